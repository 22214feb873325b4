package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where anchors move, and which aliases are written out as their value, when a patch leaves an
 * alias where its anchor no longer says what it means: the anchored node changed or went, or the
 * alias now comes before it (list items rearranged).
 *
 * <ul>
 *   <li>An anchored node that changes or goes while aliases of it survive: the first of them in
 *       the new text takes the anchor with the old value written out ({@code copy: &b hello}); the
 *       later ones stay aliases of it, and the changed node loses its anchor.
 *   <li>An anchored node that stays the same while one alias of it now comes before it: that alias
 *       is written out as its value, and the node keeps its anchor for the aliases after it.
 *   <li>The same with two or more aliases before it: the first of them takes the anchor with the
 *       value written out, the others stay aliases of it, and the node keeps its text without its
 *       anchor. Either way the fewest nodes change.
 *   <li>An alias that would now mean another node of the same anchor name (a name used twice) is
 *       written out as its value.
 * </ul>
 *
 * <p>Lines outside the nodes named keep their text. The plan is made from a first patch attempt
 * ({@link #after}), whose edits say where every node ends up; a second attempt then carries it
 * out ({@link MovedAnchors}), so that the anchors are right the first time each node is written.
 */
final class AnchorPlan {
  /** No anchor moves. */
  static final AnchorPlan NONE = new AnchorPlan(new IdentityHashMap<>(), Set.of(), new int[0]);

  /** The anchored node of each move, by the alias that takes its anchor. */
  private final IdentityHashMap<SourceNode.Alias, SourceNode> takers;
  /** The aliases written out as their value, without an anchor. */
  private final Set<SourceNode.Alias> writtenOut;
  private final Set<SourceNode> moved;
  /** Where the aliases written out start, in order: to find the ones inside a node. */
  private final int[] starts;

  private AnchorPlan(IdentityHashMap<SourceNode.Alias, SourceNode> takers,
      Set<SourceNode.Alias> writtenOut, int[] starts) {
    this.takers = takers;
    this.writtenOut = writtenOut;
    this.starts = starts;
    Set<SourceNode> anchored = identitySet();
    anchored.addAll(takers.values());
    this.moved = anchored;
  }

  /**
   * Plans the moves that a first attempt needs, from where its edits put each alias and each
   * anchored node.
   */
  static AnchorPlan after(SourceMap source, NodeEdits attempt) {
    List<SourceNode.Alias> aliases = source.aliases();
    if (aliases.isEmpty()) {
      return NONE;
    }
    List<SourceNode> anchored = anchoredNodes(source, aliases);
    int[] offsets = new int[aliases.size() + anchored.size()];
    for (int i = 0; i < aliases.size(); i++) {
      offsets[i] = aliases.get(i).start();
    }
    for (int i = 0; i < anchored.size(); i++) {
      offsets[aliases.size() + i] = anchored.get(i).start();
    }
    int[] found = attempt.newOffsets(source.text(), offsets);
    if (found == null) {
      return NONE; // the attempt does not apply: nothing to plan for
    }
    IdentityHashMap<SourceNode, Integer> where = new IdentityHashMap<>();
    for (int i = 0; i < offsets.length; i++) {
      where.put(i < aliases.size() ? aliases.get(i) : anchored.get(i - aliases.size()), found[i]);
    }
    Comparator<SourceNode> newOrder = Comparator.comparingInt(node -> at(where, node));
    IdentityHashMap<SourceNode, List<SourceNode.Alias>> surviving = new IdentityHashMap<>();
    for (SourceNode.Alias alias : aliases) {
      if (!attempt.takesAway(alias.start())) {
        surviving.computeIfAbsent(alias.target(), node -> new ArrayList<>()).add(alias);
      }
    }
    IdentityHashMap<SourceNode.Alias, SourceNode> takers = new IdentityHashMap<>();
    Set<SourceNode.Alias> writtenOut = identitySet();
    for (Map.Entry<SourceNode, List<SourceNode.Alias>> each : surviving.entrySet()) {
      SourceNode node = each.getKey();
      List<SourceNode.Alias> its = each.getValue();
      its.sort(newOrder);
      if (attempt.changesAnchored(node) || attempt.takesAway(node.start())) {
        takers.put(its.get(0), node);
        continue;
      }
      int ahead = 0;
      while (ahead < its.size() && at(where, its.get(ahead)) < at(where, node)) {
        ahead++;
      }
      if (ahead == 1) {
        writtenOut.add(its.get(0));
      } else if (ahead > 1) {
        takers.put(its.get(0), node);
      }
    }
    writeOutMisreadAliases(attempt, anchored, surviving, where, takers, writtenOut);
    if (takers.isEmpty() && writtenOut.isEmpty()) {
      return NONE;
    }
    List<SourceNode.Alias> planned = new ArrayList<>(takers.keySet());
    planned.addAll(writtenOut);
    int[] starts = new int[planned.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = planned.get(i).start();
    }
    Arrays.sort(starts);
    return new AnchorPlan(takers, writtenOut, starts);
  }

  /**
   * Follows the new text in order and writes out every surviving alias that the anchor standing
   * before it by that name would not give its own node's value: a name used for two nodes.
   */
  private static void writeOutMisreadAliases(NodeEdits attempt, List<SourceNode> anchored,
      IdentityHashMap<SourceNode, List<SourceNode.Alias>> surviving,
      IdentityHashMap<SourceNode, Integer> where,
      IdentityHashMap<SourceNode.Alias, SourceNode> takers, Set<SourceNode.Alias> writtenOut) {
    Set<SourceNode> movedAway = identitySet();
    movedAway.addAll(takers.values());
    List<SourceNode> order = new ArrayList<>();
    for (SourceNode node : anchored) {
      boolean written = !attempt.takesAway(node.start()) || attempt.changesAnchored(node);
      if (written && !movedAway.contains(node)) {
        order.add(node);
      }
    }
    for (List<SourceNode.Alias> its : surviving.values()) {
      order.addAll(its);
    }
    order.sort(Comparator.comparingInt(node -> at(where, node)));
    Map<String, SourceNode> meaning = new HashMap<>();
    for (SourceNode node : order) {
      String anchor = node.anchor();
      if (anchor != null) {
        meaning.put(anchor, node);
      } else if (!(node instanceof SourceNode.Alias alias)) {
        continue;
      } else if (takers.containsKey(alias)) {
        meaning.put(alias.name(), alias.target());
      } else if (!writtenOut.contains(alias) && meaning.get(alias.name()) != alias.target()) {
        writtenOut.add(alias);
      }
    }
  }

  /** Where a node stands in the new text. */
  private static int at(IdentityHashMap<SourceNode, Integer> where, SourceNode node) {
    Integer found = where.get(node);
    return found == null ? -1 : found;
  }

  /** Every node anchored by a name some alias uses, keys included. */
  private static List<SourceNode> anchoredNodes(SourceMap source,
      List<SourceNode.Alias> aliases) {
    Set<String> names = new HashSet<>();
    for (SourceNode.Alias alias : aliases) {
      names.add(alias.name());
    }
    List<SourceNode> found = new ArrayList<>();
    SourceNode root = source.root();
    Deque<SourceNode> pending = new ArrayDeque<>();
    if (root != null) {
      pending.push(root);
    }
    while (!pending.isEmpty()) {
      SourceNode node = pending.pop();
      if (node.anchor() != null && names.contains(node.anchor())) {
        found.add(node);
      }
      if (node instanceof SourceNode.Mapping mapping) {
        for (SourceNode.Entry entry : mapping.entries()) {
          pending.push(entry.key());
          pending.push(entry.value());
        }
      } else if (node instanceof SourceNode.Sequence sequence) {
        for (SourceNode.Item item : sequence.items()) {
          pending.push(item.node());
        }
      }
    }
    return found;
  }

  /** Tells whether nothing moves. */
  boolean isEmpty() {
    return takers.isEmpty() && writtenOut.isEmpty();
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

  /** Tells whether an alias is written out as its value, with no anchor. */
  boolean writesOut(SourceNode.Alias alias) {
    return writtenOut.contains(alias);
  }

  /** Tells whether an alias that takes an anchor or is written out stands inside a node's span. */
  boolean reachesInto(SourceNode node) {
    if (starts.length == 0) {
      return false;
    }
    int at = Arrays.binarySearch(starts, node.start());
    int first = at >= 0 ? at : -at - 1;
    return first < starts.length && starts[first] < Math.max(node.end(), node.start() + 1);
  }

  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
