package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.List;
import java.util.Map;

/**
 * Patches a flow collection ({@code {a: 1}}, {@code [a, b]}) in place: changed values are patched
 * where they stand, new entries and items appended after the last one, on its line, with the
 * collection's quoting. A flow mapping that loses entries is re-rendered instead; a flow sequence
 * whose items are removed or move is rearranged, its items matched by what they are.
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

  /** Tells whether a flow sequence can be patched in place: it has items to match. */
  static boolean fits(SourceNode.Sequence sequence, JsonNode target) {
    return !sequence.items().isEmpty();
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

  /**
   * Patches a flow sequence that {@link #fits fits}, its items matched by what they are
   * ({@link DataAlignment}). Where every item stays in its place, changed items are patched there
   * and new ones appended after the last, on its line (on lines of their own in a sequence written
   * one item a line). Otherwise, in a sequence written one item a line ({@link OneItemALine}),
   * each item owns its lines and moves or goes with them, new items get lines of their own, and
   * commas follow the sequence's own use; in one without comments between items, the items are put
   * in their new order with the first separator between them. Any other layout is written again in
   * flow style.
   *
   * @return false when an item cannot be patched
   */
  boolean patch(SourceNode.Sequence sequence, JsonNode target, List<Object> path) {
    List<SourceNode.Item> items = sequence.items();
    ListAlignment alignment = DataAlignment.of(sequence, target);
    OneItemALine lines = OneItemALine.of(patch.lines, sequence);
    if (keepsEveryItemInPlace(alignment) && (lines == null || target.size() == items.size())) {
      return patchInPlace(sequence, target, path);
    }
    if (lines == null && !withoutCommentsBetweenItems(sequence)) {
      return patch.replace(sequence, target, Place.FLOW, path);
    }
    for (int j = 0; j < target.size(); j++) {
      int old = alignment.oldIndexOf(j);
      if (old < 0) {
        continue;
      }
      path.add(j);
      boolean done = patch.diff(sequence.node(old), target.get(j), Place.FLOW, path);
      path.remove(path.size() - 1);
      if (!done) {
        return false;
      }
    }
    ScalarStyle style = stringStyle(sequence);
    return lines != null ? rearrangeLines(sequence, lines, alignment, target, style)
        : rearrangeInline(sequence, alignment, target, style);
  }

  private static boolean keepsEveryItemInPlace(ListAlignment alignment) {
    for (int i = 0; i < alignment.oldSize(); i++) {
      if (alignment.newIndexOf(i) != i) {
        return false;
      }
    }
    return true;
  }

  /** Patches each item where it stands and appends the new ones after the last, on its line. */
  private boolean patchInPlace(SourceNode.Sequence sequence, JsonNode target, List<Object> path) {
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
   * Rearranges a sequence written one item a line: removed items go with their lines, moved ones
   * take them along, new ones are inserted on lines of their own; every item but the last has a
   * comma, and the last has one when the old last had.
   */
  private boolean rearrangeLines(SourceNode.Sequence sequence, OneItemALine lines,
      ListAlignment alignment, JsonNode target, ScalarStyle style) {
    int last = target.size() - 1;
    for (int i = 0; i < alignment.oldSize(); i++) {
      int j = alignment.newIndexOf(i);
      if (j < 0) {
        patch.edits.remove(lines.start(i), lines.end(i));
        continue;
      }
      boolean comma = j < last || lines.trailingComma();
      if (comma && lines.comma(i) < 0) {
        patch.edits.insert(sequence.node(i).contentEnd(patch.text), ",");
      } else if (!comma && lines.comma(i) >= 0) {
        patch.edits.remove(lines.comma(i), lines.comma(i) + 1);
      }
    }
    String indent = " ".repeat(lines.column());
    return LineItemPlacement.place(patch.edits, patch.text, alignment, lines,
        j -> indent + patch.emitter.flow(target.get(j), style)
            + (j < last || lines.trailingComma() ? "," : "") + patch.eol, patch.eol);
  }

  /** Puts the items of a sequence without comments between them in their new order. */
  private boolean rearrangeInline(SourceNode.Sequence sequence, ListAlignment alignment,
      JsonNode target, ScalarStyle style) {
    List<SourceNode.Item> items = sequence.items();
    String text = patch.text;
    int first = items.get(0).node().start();
    String separator = items.size() > 1
        ? text.substring(items.get(0).node().contentEnd(text), items.get(1).node().start()) : ", ";
    for (int j = 0; j < target.size(); j++) {
      if (j > 0) {
        patch.edits.insert(first, separator);
      }
      int old = alignment.oldIndexOf(j);
      if (old < 0) {
        patch.edits.insert(first, patch.emitter.flow(target.get(j), style));
      } else {
        SourceNode node = items.get(old).node();
        patch.edits.move(node.start(), node.contentEnd(text), first);
      }
    }
    for (int i = 0; i < items.size(); i++) {
      SourceNode node = items.get(i).node();
      if (alignment.newIndexOf(i) < 0) {
        patch.edits.remove(node.start(), node.contentEnd(text));
      }
      if (i + 1 < items.size()) {
        patch.edits.remove(node.contentEnd(text), items.get(i + 1).node().start());
      }
    }
    return true;
  }

  /** Tells whether no comment stands between two items of a flow sequence. */
  private boolean withoutCommentsBetweenItems(SourceNode.Sequence sequence) {
    List<SourceNode.Item> items = sequence.items();
    for (int i = 0; i + 1 < items.size(); i++) {
      int from = items.get(i).node().contentEnd(patch.text);
      if (patch.text.substring(from, items.get(i + 1).node().start()).indexOf('#') >= 0) {
        return false;
      }
    }
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
