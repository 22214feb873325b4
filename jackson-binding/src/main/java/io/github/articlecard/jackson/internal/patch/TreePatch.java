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
import java.util.List;
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

  TreePatch(SourceMap source, YamlEmitter emitter, StylePolicy policy, Width width) {
    this.source = source;
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
    if (target.isEmpty()) {
      return null;
    }
    if (root == null) {
      if (!text.isEmpty() && !text.endsWith("\n")) {
        return null;
      }
      return text + emitter.document(target);
    }
    List<Object> path = new ArrayList<>();
    boolean done = root.flow() ? replace(root, target, Place.FLOW, path)
        : blockMappings.patch(root, target, path, true);
    return done ? edits.apply(text) : null;
  }

  /**
   * Makes {@code old} say {@code target}: nothing when they are equal, a patch of the node's kind
   * where one fits, else a new rendering in the node's place.
   *
   * @return false when the change cannot be made locally
   */
  boolean diff(SourceNode old, JsonNode target, Place place, List<Object> path) {
    if (DataEquality.same(old.data(), target)) {
      return true;
    }
    if (old instanceof SourceNode.Mapping mapping && target.isObject() && target.size() > 0) {
      if (!mapping.flow() && !place.flow()) {
        return BlockMappingPatch.keepsAnyKey(mapping, target)
            ? blockMappings.patch(mapping, target, path, false)
            : replace(old, target, place, path);
      }
      if (mapping.flow() && FlowCollectionPatch.fits(mapping, target)) {
        return flowCollections.patch(mapping, target, path);
      }
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
    boolean keepFlow = place.flow()
        || (old instanceof SourceNode.Mapping mapping && mapping.flow() && target.isContainerNode())
        || (old instanceof SourceNode.Sequence sequence && sequence.flow() && target.isContainerNode());
    String anchor = old.anchor() != null ? "&" + old.anchor() : "";
    if (keepFlow) {
      int end = old instanceof SourceNode.Scalar ? old.contentEnd(text) : old.end();
      edits.replace(old.start(), end, (anchor.isEmpty() ? "" : anchor + " ")
          + emitter.flow(target, FlowCollectionPatch.stringStyle(old)));
      return true;
    }
    SourceNode.Entry entry = place.entry();
    if (entry != null) {
      int colon = colonAfter(entry.key());
      if (colon < 0) {
        return false;
      }
      String rendered = emitter.afterKey(target, place.keyColumn(), path, null);
      edits.replace(colon + 1, old.contentEnd(text), anchor.isEmpty() ? rendered : " " + anchor + rendered);
      return true;
    }
    if (target.isContainerNode() && target.size() > 0 && !anchor.isEmpty()) {
      return false; // "- &a key: value" would anchor the key, not the mapping
    }
    int contentColumn = lines.column(old.start());
    String rendered = emitter.afterDash(target, contentColumn, path, null).substring(1);
    edits.replace(old.start(), old.contentEnd(text), anchor.isEmpty() ? rendered : anchor + " " + rendered);
    return true;
  }

  /** The offset of the colon after a block mapping key, or -1 when something else follows it. */
  private int colonAfter(SourceNode.Scalar key) {
    int i = key.end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ':' ? i : -1;
  }
}
