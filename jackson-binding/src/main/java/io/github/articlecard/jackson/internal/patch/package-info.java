/**
 * The minimal text patch: turns a change of front matter data into the smallest text edit of the
 * source that reads as the new data.
 *
 * <p>The flow: {@code FrontMatterPatcher} asks the {@code StyleDecision}, within the document, for
 * the style of new text (indentation, quoting, key order, blank lines) and writes the candidate of
 * one {@code Width} (minimal, entry, document, bare); which widths are tried, in which
 * order, and which candidate wins is the edit ladder's ({@code EditStep.LADDER}, climbed by
 * {@code CardEditor}), which re-reads every candidate. A {@code TreePatch} walks the source map
 * against the target data and hands each changed node to the patch for its kind:
 * {@code BlockMappingPatch}, {@code BlockSequencePatch}, {@code FlowCollectionPatch},
 * {@code ScalarPatch}. Each reads one immutable {@code PatchContext} and returns its edits
 * ({@code NodeEdits}: an {@code EditList} of spans replaced, removed, inserted or moved, and the
 * anchored nodes it rewrote), which its parent absorbs; they are applied at once. Sequences match
 * their items by what they are ({@code DataAlignment}); items that own whole lines move with them
 * ({@code LineItemPlacement}, {@code OneItemALine}); the first item of a compact nested
 * sequence ({@code - - a}), on its parent's line, gives that place to whatever comes first
 * ({@code CompactFirstItem}). Where an edit leaves aliases meaning an old value, or puts an alias
 * before its anchor, an {@code AnchorPlan} made from where a first attempt put each node says
 * which alias takes the anchor and which is written out, and a second attempt carries it out
 * ({@code MovedAnchors}). Which lines an entry or item owns (its comments,
 * the blank lines around it, the kept lines of a {@code |+} scalar; a flow mapping entry's comma
 * and comment) is the source map's to say ({@code Decor}, worked out once per collection when
 * first asked for); nothing here rescans text for it.
 *
 * <p>Knows nothing of the card model; the style of new text comes from a {@code StyleDecision}.
 */
@NullMarked
package io.github.articlecard.jackson.internal.patch;

import org.jspecify.annotations.NullMarked;
