/**
 * The minimal text patch: turns a change of front matter data into the smallest text edit of the
 * source that reads as the new data.
 *
 * <p>The flow: {@code FrontMatterPatcher} infers the document's {@code Indentation} and tries each
 * {@code Width} in turn (minimal, entry, document, bare), verifying every candidate by re-reading
 * it. A {@code TreePatch} walks the source map against the target data and hands each changed node
 * to the patch for its kind: {@code BlockMappingPatch}, {@code BlockSequencePatch},
 * {@code FlowCollectionPatch}, {@code ScalarPatch}. Sequences match their items by what they are
 * ({@code DataAlignment}); items that own whole lines move with them ({@code LineItemPlacement},
 * {@code OneItemALine}). They collect their changes in an {@code EditList} (spans replaced,
 * removed, inserted or moved), applied at once. Which lines an entry or item owns (its comments,
 * the blank lines around it, the kept lines of a {@code |+} scalar; a flow mapping entry's comma
 * and comment) was decided when the source map was built ({@code Decor}); nothing here rescans
 * text for it.
 *
 * <p>Knows nothing of the card model; the style of new text comes from a {@code StylePolicy}.
 */
@NullMarked
package io.github.articlecard.jackson.internal.patch;

import org.jspecify.annotations.NullMarked;
