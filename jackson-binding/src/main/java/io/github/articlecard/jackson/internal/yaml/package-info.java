/**
 * YAML, for any front matter: the parser that builds the source map ({@code FrontMatterParser}
 * into {@code SourceMap} and immutable {@code SourceNode}s: spans, {@code ScalarStyle}s, anchors,
 * and the lines each entry and item owns, its {@code Decor}), scalar resolution, the read limits,
 * data equality, the matching of list items by what they are ({@code DataAlignment}), and the
 * emitter that writes data as YAML under a {@code StylePolicy} (a fixed one such as the card's
 * house style, or a document's own: {@code DocumentStyle}). Knows nothing of the card model.
 */
@NullMarked
package io.github.articlecard.jackson.internal.yaml;

import org.jspecify.annotations.NullMarked;
