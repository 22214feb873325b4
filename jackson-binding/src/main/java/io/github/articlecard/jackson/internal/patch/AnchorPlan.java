package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Where anchors move when a patch changes or removes an anchored node while aliases of it keep its
 * old value. Every alias that survives the patch still means the old value, so the first of them
 * takes the anchor and the old value written out ({@code copy: &b hello}); the later ones stay
 * aliases of it, and the changed node loses its anchor. Lines outside the changed entries keep their
 * text.
 *
 * <p>The plan is made from a first patch attempt ({@link #after}); a second attempt then carries it
 * out ({@link MovedAnchors}), so that the anchors are right the first time each node is written.
 */
final class AnchorPlan {
  /** No anchor moves. */
  static final AnchorPlan NONE = new AnchorPlan(new IdentityHashMap<>(), new int[0]);

  /** The anchored node of each move, by the alias that takes its anchor. */
  private final IdentityHashMap<SourceNode.Alias, SourceNode> takers;
  private final Set<SourceNode> moved;
  /** Where the taking aliases start, in order: to find the ones inside a node. */
  private final int[] starts;

  private AnchorPlan(IdentityHashMap<SourceNode.Alias, SourceNode> takers, int[] starts) {
    this.takers = takers;
    this.starts = starts;
    Set<SourceNode> anchored = Collections.newSetFromMap(new IdentityHashMap<>());
    anchored.addAll(takers.values());
    this.moved = anchored;
  }

  /**
   * Plans the moves that a first attempt needs: for every anchored node it changed or took away
   * while an alias of it survives, the first surviving alias takes the anchor.
   */
  static AnchorPlan after(SourceMap source, NodeEdits attempt) {
    if (source.aliases().isEmpty()) {
      return NONE;
    }
    IdentityHashMap<SourceNode.Alias, SourceNode> takers = new IdentityHashMap<>();
    Set<SourceNode> planned = Collections.newSetFromMap(new IdentityHashMap<>());
    List<SourceNode.Alias> order = new ArrayList<>();
    for (SourceNode.Alias alias : source.aliases()) {
      SourceNode anchored = alias.target();
      if (planned.contains(anchored) || attempt.takesAway(alias.start())) {
        continue;
      }
      if (attempt.changesAnchored(anchored) || attempt.takesAway(anchored.start())) {
        takers.put(alias, anchored);
        planned.add(anchored);
        order.add(alias);
      }
    }
    if (takers.isEmpty()) {
      return NONE;
    }
    int[] starts = new int[order.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = order.get(i).start();
    }
    return new AnchorPlan(takers, starts);
  }

  /** Tells whether nothing moves. */
  boolean isEmpty() {
    return takers.isEmpty();
  }

  /**
   * The anchor to write in front of a new rendering of a node ({@code "&name"}): empty when it has
   * none or its anchor moves to an alias.
   */
  String anchorFor(SourceNode node) {
    String anchor = node.anchor();
    return anchor == null || moved.contains(node) ? "" : "&" + anchor;
  }

  /** The nodes whose anchors move away. */
  Set<SourceNode> movedAnchors() {
    return moved;
  }

  /** Tells whether an alias takes the anchor of the node it stands for, with its old value. */
  boolean takesAnchor(SourceNode.Alias alias) {
    return takers.containsKey(alias);
  }

  /** Tells whether an alias that takes an anchor stands inside a node's span. */
  boolean reachesInto(SourceNode node) {
    if (starts.length == 0) {
      return false;
    }
    int at = Arrays.binarySearch(starts, node.start());
    int first = at >= 0 ? at : -at - 1;
    return first < starts.length && starts[first] < Math.max(node.end(), node.start() + 1);
  }
}
