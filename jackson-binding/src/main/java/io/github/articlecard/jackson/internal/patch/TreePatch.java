package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a patch, at one {@link Width}: walks the source tree against the target data and
 * hands each changed node to the patch for its kind (block mapping, block sequence, flow
 * collection, scalar) or re-renders it in its place. Each step returns its edits
 * ({@link NodeEdits}), which its parent absorbs, or null when it cannot make its change locally;
 * then the whole attempt gives up. What the steps read is one immutable {@link PatchContext}.
 */
final class TreePatch {
  private final PatchContext context;
  private final BlockMappingPatch blockMappings;
  private final BlockSequencePatch blockSequences;
  private final FlowCollectionPatch flowCollections;
  private final ScalarPatch scalars;
  private final MovedAnchors movedAnchors;

  TreePatch(PatchContext context) {
    this.context = context;
    this.blockMappings = new BlockMappingPatch(context, this);
    this.blockSequences = new BlockSequencePatch(context, this);
    this.flowCollections = new FlowCollectionPatch(context, this);
    this.scalars = new ScalarPatch(context);
    this.movedAnchors = new MovedAnchors(context, this, scalars);
  }

  /**
   * Returns the edits that make the front matter say the target, or null when this width cannot
   * express the change.
   */
  @Nullable NodeEdits run(ObjectNode target) {
    SourceNode.Mapping root = context.source().root();
    String text = context.text();
    if (target.isEmpty()) { // every key removed: the comments that are no key's stay
      if (root == null) {
        return new NodeEdits(); // nothing there, nothing asked for: the text as it is
      }
      return root.flow() ? replace(root, target, Place.FLOW, new ArrayList<>())
          : blockMappings.removeEveryEntry(root);
    }
    if (root == null) {
      if (!text.isEmpty() && !text.endsWith("\n")) {
        return null;
      }
      NodeEdits appended = new NodeEdits();
      appended.edits().insert(text.length(), context.emitter().document(target));
      return appended;
    }
    List<Object> path = new ArrayList<>();
    NodeEdits patched = root.flow() ? diff(root, target, Place.FLOW, path)
        : blockMappings.patch(root, target, path, true);
    return patched != null && movedAnchors.removeAnchorsLeftBehind(patched) ? patched : null;
  }

  /**
   * Makes {@code old} say {@code target}: nothing when they are equal (but for the aliases in it
   * that take a moved anchor), a patch of the node's kind where one fits, else a new rendering in
   * the node's place.
   *
   * @return the edits, or null when the change cannot be made locally
   */
  @Nullable NodeEdits diff(SourceNode old, JsonNode target, Place place, List<Object> path) {
    if (DataEquality.same(old.data(), target)) {
      return movedAnchors.writeOutAliasesIn(old, place, path);
    }
    NodeEdits done = patchOfKind(old, target, place, path);
    if (done != null && old.anchor() != null) {
      done.changeAnchored(old);
    }
    return done;
  }

  /** Hands a changed node to the patch of its kind, or renders it anew in its place. */
  private @Nullable NodeEdits patchOfKind(SourceNode old, JsonNode target, Place place,
      List<Object> path) {
    String text = context.text();
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
      return colon < 0 ? null : blockMappings.empty(mapping, colon);
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
      return scalars.replace(scalar, target, place, path);
    }
    if (old instanceof SourceNode.Alias alias && target.isValueNode()
        && alias.target() instanceof SourceNode.Scalar anchored) {
      return scalars.replace(alias, anchored, target, place, path);
    }
    return replace(old, target, place, path);
  }

  /**
   * Replaces a node by a new rendering of the target in its place, keeping its anchor (unless it
   * moves) and, for flow collections, its flow style.
   *
   * @return the edits, or null when the rendering cannot stand in that place
   */
  @Nullable NodeEdits replace(SourceNode old, JsonNode target, Place place, List<Object> path) {
    boolean flow = place.flow()
        || (old instanceof SourceNode.Mapping mapping && mapping.flow() && target.isContainerNode())
        || (old instanceof SourceNode.Sequence sequence && sequence.flow() && target.isContainerNode());
    NodeEdits out = new NodeEdits();
    out.rewriteAnchored(old);
    return write(old.start(), old.contentEnd(context.text()), target,
        context.anchors().anchorFor(old), old, flow, place, path, out) ? out : null;
  }

  /** Writes out the aliases that take a moved anchor in the nodes whose data does not change. */
  MovedAnchors movedAnchors() {
    return movedAnchors;
  }

  /**
   * Writes a value over the text between two offsets, where a node stands in its place
   * ({@link #rendering}).
   *
   * @param anchor the anchor to write in front ({@code "&name"}), or empty
   * @param out the edits to add the replacement to
   * @return false when the value cannot stand in that place
   */
  boolean write(int start, int end, JsonNode value, String anchor, SourceNode like,
      boolean flow, Place place, List<Object> path, NodeEdits out) {
    Rendering rendering = rendering(start, value, anchor, like, flow, place, path);
    if (rendering == null) {
      return false;
    }
    out.edits().replace(rendering.from(), end, rendering.text());
    return true;
  }

  /**
   * The new text of a value written where a node starting at {@code start} stands in its place: on
   * one line in flow style (strings quoted like those of {@code like}), or in block style after the
   * entry's colon or the item's dash.
   *
   * @param anchor the anchor to write in front ({@code "&name"}), or empty
   * @return the text and where it starts, or null when the value cannot stand in that place
   */
  @Nullable Rendering rendering(int start, JsonNode value, String anchor, SourceNode like,
      boolean flow, Place place, List<Object> path) {
    if (flow) {
      return new Rendering(start, (anchor.isEmpty() ? "" : anchor + " ")
          + context.emitter().flow(value, StyleDecision.ownStyle(like)));
    }
    SourceNode.Entry entry = place.entry();
    if (entry != null) {
      int colon = colonOf(entry);
      if (colon < 0) {
        return null;
      }
      String rendered = context.emitter().afterKey(value, place.keyColumn(), path, null);
      return new Rendering(colon + 1, anchor.isEmpty() ? rendered : " " + anchor + rendered);
    }
    int contentColumn = context.lines().offsetInLine(start);
    String rendered = context.emitter().afterDash(value, contentColumn, path, null).substring(1);
    if (anchor.isEmpty()) {
      return new Rendering(start, rendered);
    } else if (value.isContainerNode() && value.size() > 0) {
      // "- &a key: value" would anchor the key: the anchor gets the dash's line to itself.
      return new Rendering(start,
          anchor + context.eol() + " ".repeat(contentColumn) + rendered);
    }
    return new Rendering(start, anchor + " " + rendered);
  }

  /**
   * A value's new text and the offset it replaces the source from: the node's start, or just
   * after an entry's colon.
   */
  record Rendering(int from, String text) {}

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * The offset of the colon of a block mapping entry: after its key, or for an explicit key
   * ({@code ? key}) before its value; -1 when something else stands there.
   */
  private int colonOf(SourceNode.Entry entry) {
    String text = context.text();
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
