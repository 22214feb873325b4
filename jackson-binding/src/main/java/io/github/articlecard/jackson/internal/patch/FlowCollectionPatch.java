package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.List;
import java.util.Map;

/**
 * Patches a flow collection ({@code {a: 1}}, {@code [a, b]}) in place: changed values are patched
 * where they stand, new entries and items appended after the last one, on its line, with the
 * collection's quoting. A flow collection that loses entries or items is re-rendered instead.
 */
final class FlowCollectionPatch {
  private final TreePatch patch;

  FlowCollectionPatch(TreePatch patch) {
    this.patch = patch;
  }

  /** Tells whether a flow mapping can be patched in place: it keeps every key. */
  static boolean fits(SourceNode.Mapping mapping, JsonNode target) {
    if (mapping.entries().isEmpty()) {
      return false;
    }
    for (SourceNode.Entry entry : mapping.entries()) {
      if (!target.has(entry.key().value())) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a flow sequence can be patched in place: it keeps at least as many items. */
  static boolean fits(SourceNode.Sequence sequence, JsonNode target) {
    return !sequence.items().isEmpty() && sequence.items().size() <= target.size();
  }

  /** Patches a flow mapping that {@link #fits fits}; false when a value cannot be patched. */
  boolean patch(SourceNode.Mapping mapping, JsonNode target, List<Object> path) {
    for (SourceNode.Entry entry : mapping.entries()) {
      path.add(entry.key().value());
      boolean done = patch.diff(entry.value(), target.get(entry.key().value()), Place.FLOW, path);
      path.remove(path.size() - 1);
      if (!done) {
        return false;
      }
    }
    if (target.size() == mapping.entries().size()) {
      return true; // it keeps every key: none is new
    }
    StringBuilder added = new StringBuilder();
    ScalarStyle style = stringStyle(mapping);
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      if (mapping.entry(property.getKey()) == null) {
        added.append(", ").append(YamlEmitter.key(property.getKey())).append(": ")
            .append(patch.emitter.flow(property.getValue(), style));
      }
    }
    int at = mapping.entries().get(mapping.entries().size() - 1).value().contentEnd(patch.text);
    patch.edits.insert(at, added.toString());
    return true;
  }

  /** Patches a flow sequence that {@link #fits fits}; false when an item cannot be patched. */
  boolean patch(SourceNode.Sequence sequence, JsonNode target, List<Object> path) {
    int existing = sequence.items().size();
    for (int i = 0; i < existing; i++) {
      path.add(i);
      boolean done = patch.diff(sequence.node(i), target.get(i), Place.FLOW, path);
      path.remove(path.size() - 1);
      if (!done) {
        return false;
      }
    }
    if (target.size() == existing) {
      return true;
    }
    StringBuilder added = new StringBuilder();
    ScalarStyle style = stringStyle(sequence);
    for (int i = existing; i < target.size(); i++) {
      added.append(", ").append(patch.emitter.flow(target.get(i), style));
    }
    patch.edits.insert(sequence.node(existing - 1).contentEnd(patch.text), added.toString());
    return true;
  }

  /**
   * The quoting of the first string in a node (itself, or a value or item of it), for new strings
   * beside it; plain when it holds none.
   */
  static ScalarStyle stringStyle(SourceNode node) {
    if (node instanceof SourceNode.Scalar scalar && node.data().isTextual()) {
      return scalar.style().isQuoted() ? scalar.style() : ScalarStyle.PLAIN;
    }
    if (node instanceof SourceNode.Mapping mapping) {
      for (SourceNode.Entry entry : mapping.entries()) {
        if (entry.value() instanceof SourceNode.Scalar && entry.value().data().isTextual()) {
          return stringStyle(entry.value());
        }
      }
    }
    if (node instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item item : sequence.items()) {
        if (item.node() instanceof SourceNode.Scalar && item.node().data().isTextual()) {
          return stringStyle(item.node());
        }
      }
    }
    return ScalarStyle.PLAIN;
  }
}
