package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What patching one node gives the patch of its parent: the text edits, the anchored nodes whose
 * data they change in place or whose text they write anew, and, for a block sequence, whether its
 * lines end with kept lines once its items are in their new order. The patch of a node builds its
 * own and returns it; its parent {@link #absorb absorbs} it, as if the child's edits had been made
 * in the parent's list.
 */
final class NodeEdits {
  private @Nullable EditList edits;
  /** Anchored nodes whose data the edits change, keeping the anchor where the node stands. */
  private @Nullable Set<SourceNode> changedAnchors;
  /** Anchored nodes a replacement has rewritten, with their anchor or without it. */
  private @Nullable Set<SourceNode> rewrittenAnchors;
  private @Nullable Boolean endsInKeptLines;

  /** The edits, to add to. */
  EditList edits() {
    EditList list = edits;
    if (list == null) {
      list = new EditList();
      edits = list;
    }
    return list;
  }

  /**
   * Adds what patching a child node gave, made after everything here so far; {@code child} is used
   * up. Whether the child's lines end with kept lines stays the child's.
   */
  void absorb(NodeEdits child) {
    if (child.edits != null) {
      edits().absorb(child.edits);
    }
    changedAnchors = union(changedAnchors, child.changedAnchors);
    rewrittenAnchors = union(rewrittenAnchors, child.rewrittenAnchors);
  }

  private static @Nullable Set<SourceNode> union(@Nullable Set<SourceNode> a,
      @Nullable Set<SourceNode> b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    Set<SourceNode> larger = a.size() >= b.size() ? a : b;
    larger.addAll(larger == a ? b : a);
    return larger;
  }

  /** Records that the edits change the data of an anchored node and keep it in place. */
  void changeAnchored(SourceNode node) {
    if (changedAnchors == null) {
      changedAnchors = identitySet();
    }
    changedAnchors.add(node);
  }

  /**
   * Records that the edits write a node anew in its place: if it is anchored, its data changes and
   * it is written with its anchor or, where the anchor moves, without it.
   */
  void rewriteAnchored(SourceNode node) {
    if (node.anchor() == null) {
      return;
    }
    changeAnchored(node);
    if (rewrittenAnchors == null) {
      rewrittenAnchors = identitySet();
    }
    rewrittenAnchors.add(node);
  }

  /** Tells whether the edits change the data of an anchored node and keep it in place. */
  boolean changesAnchored(SourceNode node) {
    return changedAnchors != null && changedAnchors.contains(node);
  }

  /** Tells whether the edits write an anchored node anew in its place. */
  boolean rewritesAnchored(SourceNode node) {
    return rewrittenAnchors != null && rewrittenAnchors.contains(node);
  }

  /**
   * Records whether the patched node, a block sequence, ends with the kept lines of a block scalar
   * ({@code |+}) once its items are in their new order: whether its new last item does.
   */
  void endsInKeptLines(boolean kept) {
    endsInKeptLines = kept;
  }

  /**
   * Whether the patched node, a block sequence, ends with kept lines once its items are in their
   * new order; null for other nodes, whose decor says.
   */
  @Nullable Boolean endsInKeptLines() {
    return endsInKeptLines;
  }

  /** Tells whether an edit takes away the character at an offset. */
  boolean takesAway(int offset) {
    return edits != null && edits.takesAway(offset);
  }

  /**
   * Where offsets of the text end up once the edits are applied, or null when they do not fit
   * together ({@link EditList#newOffsets}).
   */
  int @Nullable [] newOffsets(String text, int[] offsets) {
    return edits == null ? offsets.clone() : edits.newOffsets(text, offsets);
  }

  /** The text with the edits applied, or null when they do not fit together. */
  @Nullable String apply(String text) {
    return edits == null ? text : edits.apply(text);
  }

  private static Set<SourceNode> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
