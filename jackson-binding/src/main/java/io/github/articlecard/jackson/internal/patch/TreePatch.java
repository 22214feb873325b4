package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a patch, at one {@link Width}: walks the source tree against the target data,
 * hands each changed node to the patch for its kind (block mapping, block sequence, flow collection,
 * scalar) or re-renders it in its place, and collects the edits. Every step answers whether it could
 * make its change locally; one that cannot makes the whole attempt give up.
 */
final class TreePatch {
  final String text;
  final Lines lines;
  final YamlEmitter emitter;
  final StylePolicy policy;
  final Width width;
  final String eol;
  final EditList edits = new EditList();
  private final SourceMap source;
  private final BlockMappingPatch blockMappings = new BlockMappingPatch(this);
  private final BlockSequencePatch blockSequences = new BlockSequencePatch(this);
  private final FlowCollectionPatch flowCollections = new FlowCollectionPatch(this);
  private final ScalarPatch scalars = new ScalarPatch(this);
  private final AnchorPlan plan;
  /** Anchored nodes whose data this attempt changes, keeping the anchor where the node stands. */
  private final Set<SourceNode> changedAnchors = identitySet();
  /** Anchored nodes a replacement has rewritten, with their anchor or without it. */
  private final Set<SourceNode> rewrittenAnchors = identitySet();
  /** Block sequences whose items this patch rearranged: whether their new last item ends in kept lines. */
  private final Map<SourceNode, Boolean> keptTails = new IdentityHashMap<>();

  TreePatch(SourceMap source, YamlEmitter emitter, StylePolicy policy, Width width,
      AnchorPlan plan) {
    this.source = source;
    this.plan = plan;
    this.text = source.text();
    this.lines = new Lines(text);
    this.emitter = emitter;
    this.eol = emitter.eol();
    this.policy = policy;
    this.width = width;
  }

  /** Returns the patched front matter text, or null when this width cannot express the change. */
  @Nullable String run(ObjectNode target) {
    SourceNode.Mapping root = source.root();
    if (target.isEmpty()) { // every key removed: the comments that are no key's stay
      if (root == null) {
        return text; // nothing there, nothing asked for: the text as it is
      }
      boolean done = (root.flow()
          ? replace(root, target, Place.FLOW, new ArrayList<>())
          : blockMappings.removeEveryEntry(root));
      return done ? edits.apply(text) : null;
    }
    if (root == null) {
      if (!text.isEmpty() && !text.endsWith("\n")) {
        return null;
      }
      return text + emitter.document(target);
    }
    List<Object> path = new ArrayList<>();
    boolean done = root.flow() ? diff(root, target, Place.FLOW, path)
        : blockMappings.patch(root, target, path, true);
    if (!done) {
      return null;
    }
    for (SourceNode anchored : plan.movedAnchors()) {
      if (!rewrittenAnchors.contains(anchored) && !edits.takesAway(anchored.start())
          && !removeAnchor(anchored)) {
        return null;
      }
    }
    return edits.apply(text);
  }

  /** Tells whether this attempt changes the data of an anchored node and keeps it in place. */
  boolean changesAnchorOf(SourceNode node) {
    return changedAnchors.contains(node);
  }

  /**
   * The anchor to write in front of a new rendering of a node ({@code "&name"}), empty when it has
   * none or its anchor moves to an alias.
   */
  String anchorText(SourceNode node) {
    String anchor = node.anchor();
    if (anchor == null) {
      return "";
    }
    changedAnchors.add(node);
    rewrittenAnchors.add(node);
    return plan.movesAnchorOf(node) ? "" : "&" + anchor;
  }

  /**
   * Makes {@code old} say {@code target}: nothing when they are equal, a patch of the node's kind
   * where one fits, else a new rendering in the node's place.
   *
   * @return false when the change cannot be made locally
   */
  boolean diff(SourceNode old, JsonNode target, Place place, List<Object> path) {
    if (DataEquality.same(old.data(), target)) {
      return reach(old, place, path);
    }
    if (old.anchor() != null) {
      changedAnchors.add(old);
    }
    if (old instanceof SourceNode.Mapping mapping && target.isObject() && target.size() > 0) {
      if (!mapping.flow() && !place.flow()) {
        return BlockMappingPatch.keepsAnyKey(mapping, target)
            ? blockMappings.patch(mapping, target, path, false)
            : replace(old, target, place, path);
      }
      if (mapping.flow() && FlowCollectionPatch.fits(mapping, target, text)) {
        return flowCollections.patch(mapping, target, path);
      }
    }
    if (old instanceof SourceNode.Mapping mapping && target.isObject() && target.isEmpty()
        && !mapping.flow() && place.entry() != null && old.anchor() == null
        && text.charAt(old.start()) != '!') {
      int colon = colonOf(place.entry()); // emptied: the comments in it that are no entry's stay
      return colon >= 0 && blockMappings.empty(mapping, colon);
    }
    if (old instanceof SourceNode.Sequence sequence && target.isArray() && target.size() > 0) {
      if (!sequence.flow() && !place.flow()) {
        return blockSequences.patch(sequence, target, path);
      }
      if (sequence.flow() && FlowCollectionPatch.fits(sequence, target)) {
        return flowCollections.patch(sequence, target, path);
      }
    }
    if (old instanceof SourceNode.Scalar scalar && target.isValueNode()) {
      scalars.replace(scalar, target, place, path);
      return true;
    }
    if (old instanceof SourceNode.Alias alias && target.isValueNode()
        && alias.target() instanceof SourceNode.Scalar anchored) {
      scalars.replace(alias, anchored, target, place, path);
      return true;
    }
    return replace(old, target, place, path);
  }

  /**
   * Replaces a node by a new rendering of the target in its place, keeping its anchor and, for flow
   * collections, its flow style.
   *
   * @return false when the rendering cannot stand in that place
   */
  boolean replace(SourceNode old, JsonNode target, Place place, List<Object> path) {
    boolean flow = place.flow()
        || (old instanceof SourceNode.Mapping mapping && mapping.flow() && target.isContainerNode())
        || (old instanceof SourceNode.Sequence sequence && sequence.flow() && target.isContainerNode());
    return write(old.start(), old.contentEnd(text), target, anchorText(old), old, flow, place, path);
  }

  /**
   * Walks a node whose data does not change down to the aliases in it that take a moved anchor,
   * and writes their old value out there.
   *
   * @return false when a value cannot be written out where its alias stands
   */
  boolean reach(SourceNode node, Place place, List<Object> path) {
    if (!plan.reachesInto(node)) {
      return true;
    }
    if (node instanceof SourceNode.Alias alias) {
      return plan.takesAnchor(alias) ? writeOut(alias, place, path) : true;
    }
    if (node instanceof SourceNode.Mapping mapping) {
      boolean flow = mapping.flow() || place.flow();
      int keyColumn = flow ? -1 : BlockMappingPatch.keyColumn(lines, mapping);
      for (SourceNode.Entry entry : mapping.entries()) {
        path.add(entry.key().value());
        boolean done = reach(entry.value(), flow ? Place.FLOW : Place.value(entry, keyColumn), path);
        path.remove(path.size() - 1);
        if (!done) {
          return false;
        }
      }
    } else if (node instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item item : sequence.items()) {
        if (!reachItem(sequence, item, item.index(), path)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@link #reach Reaches} into an unchanged item, which stands at {@code index} in the target. */
  boolean reachItem(SourceNode.Sequence sequence, SourceNode.Item item, int index,
      List<Object> path) {
    if (!plan.reachesInto(item.node())) {
      return true;
    }
    Place place = sequence.flow() || item.dash() < 0 ? Place.FLOW
        : Place.item(lines.offsetInLine(item.dash()));
    path.add(index);
    boolean done = reach(item.node(), place, path);
    path.remove(path.size() - 1);
    return done;
  }

  /**
   * Writes an alias's value out where it stands, with the anchor of the node it stands for: the
   * anchor moves here, and later aliases of it stay aliases. Scalars keep the anchored scalar's
   * style; flow collections, and collections inside flow ones, are written in flow style.
   */
  private boolean writeOut(SourceNode.Alias alias, Place place, List<Object> path) {
    SourceNode anchored = alias.target();
    JsonNode value = alias.data();
    String anchor = "&" + alias.name();
    if (anchored instanceof SourceNode.Scalar scalar) {
      edits.replace(alias.start(), alias.end(),
          anchor + " " + scalars.render(scalar, value, place, path, false));
      return true;
    }
    boolean flow = place.flow() || !value.isContainerNode() || value.isEmpty()
        || (anchored instanceof SourceNode.Mapping mapping && mapping.flow())
        || (anchored instanceof SourceNode.Sequence sequence && sequence.flow());
    return write(alias.start(), alias.end(), value, anchor, anchored, flow, place, path);
  }

  /**
   * Writes a value over the text between two offsets, where a node stands in its place: on one
   * line in flow style (strings quoted like those of {@code like}), or in block style after the
   * entry's colon or the item's dash.
   *
   * @param anchor the anchor to write in front ({@code "&name"}), or empty
   * @return false when the value cannot stand in that place
   */
  private boolean write(int start, int end, JsonNode value, String anchor, SourceNode like,
      boolean flow, Place place, List<Object> path) {
    if (flow) {
      edits.replace(start, end, (anchor.isEmpty() ? "" : anchor + " ")
          + emitter.flow(value, FlowCollectionPatch.stringStyle(like)));
      return true;
    }
    SourceNode.Entry entry = place.entry();
    if (entry != null) {
      int colon = colonOf(entry);
      if (colon < 0) {
        return false;
      }
      String rendered = emitter.afterKey(value, place.keyColumn(), path, null);
      edits.replace(colon + 1, end, anchor.isEmpty() ? rendered : " " + anchor + rendered);
      return true;
    }
    int contentColumn = lines.offsetInLine(start);
    String rendered = emitter.afterDash(value, contentColumn, path, null).substring(1);
    if (anchor.isEmpty()) {
      edits.replace(start, end, rendered);
    } else if (value.isContainerNode() && value.size() > 0) {
      // "- &a key: value" would anchor the key: the anchor gets the dash's line to itself.
      edits.replace(start, end, anchor + eol + " ".repeat(contentColumn) + rendered);
    } else {
      edits.replace(start, end, anchor + " " + rendered);
    }
    return true;
  }

  /**
   * Removes the anchor of a node that stays where it is while its anchor moves, with the blanks
   * after it (or before it, when a line break or comment follows).
   */
  private boolean removeAnchor(SourceNode node) {
    String name = "&" + node.anchor();
    int at = text.indexOf(name, node.start());
    int end = at + name.length();
    if (at < 0 || (end < text.length() && !isBlank(text.charAt(end)))) {
      return false;
    }
    int after = end;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    if (after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r'
        && text.charAt(after) != '#') {
      edits.remove(at, after);
      return true;
    }
    int before = at;
    while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
      before--;
    }
    edits.remove(before, end);
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Records whether a block sequence whose items were rearranged now ends with kept lines. */
  void rearranged(SourceNode.Sequence sequence, boolean endsInKeptLines) {
    keptTails.put(sequence, endsInKeptLines);
  }

  /**
   * Tells whether an entry's lines end with the kept lines of a block scalar ({@code |+}) once
   * patched: as its decor says, unless its value is a sequence whose items were rearranged.
   */
  boolean endsInKeptLines(SourceNode.Entry entry) {
    Boolean now = keptTails.get(entry.value());
    if (now == null || !(entry.value() instanceof SourceNode.Sequence sequence)) {
      return entry.decor().endsInKeptLines();
    }
    List<SourceNode.Item> items = sequence.items();
    return now && items.get(items.size() - 1).decor().end() == entry.decor().end();
  }

  private static Set<SourceNode> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /**
   * The offset of the colon of a block mapping entry: after its key, or for an explicit key
   * ({@code ? key}) before its value; -1 when something else stands there.
   */
  private int colonOf(SourceNode.Entry entry) {
    int i = entry.key().end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ':') {
      return i;
    }
    i = entry.value().start();
    while (i > entry.key().end() && isBlank(text.charAt(i - 1))) {
      i--;
    }
    return i > entry.key().end() && text.charAt(i - 1) == ':' ? i - 1 : -1;
  }
}
