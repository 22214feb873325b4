/**
 * YAML, for any front matter: the parser that builds the source map ({@code FrontMatterParser}
 * into {@code SourceMap} and {@code SourceNode}: spans, styles, anchors), scalar resolution, the read
 * limits, data equality, and the emitter that writes data as YAML under a {@code StylePolicy}.
 * Knows nothing of the card model.
 */
@NullMarked
package io.github.articlecard.jackson.internal.yaml;

import org.jspecify.annotations.NullMarked;
