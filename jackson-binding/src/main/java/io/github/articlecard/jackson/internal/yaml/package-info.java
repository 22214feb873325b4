/**
 * YAML, for any front matter: the reader that builds the source map, scalar resolution, the read
 * limits, data equality, the matching of list items by what they are ({@code DataAlignment}), and
 * the emitter that writes data as YAML in the style a {@code StyleDecision} chooses (the document's
 * own, then a house style learned by {@code StyleLearner}, then a format's standard, a
 * {@code StylePolicy}). Knows nothing of the card model.
 *
 * <p>The reader ({@code YamlReader}) goes over the text once, in three stages that call each other
 * as it goes, with no event objects between them:
 * <ol>
 *   <li>characters: {@code Cursor} (where it is, line starts, white space and comments),
 *       {@code FrontMatterCharacters} (what may never stand in a front matter);
 *   <li>tokens: one class per scalar style ({@code PlainScalar}, {@code SingleQuotedScalar} and
 *       {@code DoubleQuotedScalar} on {@code QuotedScalar}, {@code BlockScalar} for literal and
 *       folded) and {@code NodeProperties} (anchor, tag);
 *   <li>nodes with their decor: one class per collection kind ({@code BlockMapping},
 *       {@code BlockSequence}, {@code FlowCollection}), which build the immutable
 *       {@code SourceNode}s of the {@code SourceMap} through {@code SourceNodes}: spans,
 *       {@code ScalarStyle}s, anchors, and every check and limit on the way. What each entry
 *       and item owns ({@code Decor}: the lines of block entries and items, kept lines of
 *       {@code |+} and {@code >+} included; the text of flow-mapping entries) is worked out for
 *       a whole collection the first time an edit or a write asks ({@code CollectionDecor}), as
 *       a read to a card or to data never needs it.
 * </ol>
 * A problem stops it as a {@code YamlProblem} (kind, offset, words; the hints about hand-editing
 * mistakes come from {@code MistakeHints}); the document layer turns it into a positioned
 * {@code CardParseException}.
 */
@NullMarked
package io.github.articlecard.jackson.internal.yaml;

import org.jspecify.annotations.NullMarked;
