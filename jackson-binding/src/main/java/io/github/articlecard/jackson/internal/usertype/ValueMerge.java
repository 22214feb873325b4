package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.usertype.ScalarForms.Forms;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies the difference between two serialized forms of a user's type, {@code before} (what
 * {@code as(type)} gives for the source) and {@code after} (the edited value), to the source data,
 * and to nothing else: a value whose two forms are equal keeps its source data (and so its text);
 * keys the type has no property for are never looked at; a changed scalar takes its old form
 * ({@link ScalarForms}); a property the edited value leaves out or sets to null is removed; a new
 * one is appended after its siblings. List items are matched by what they are, not where they
 * stand ({@link DataAlignment}): a kept item keeps the keys its type does not model wherever it
 * moves, and a new item is fresh.
 *
 * <p>{@code before} may be null where it is unknown (the source does not bind to the type): then
 * values are compared with the source data itself, and a property the edited value leaves out is
 * removed only where the type is known to read it.
 */
final class ValueMerge {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Forms forms;

  ValueMerge(Forms forms) {
    this.forms = forms;
  }

  /** Returns the new source data for a value: {@code source} itself when nothing changes. */
  JsonNode merge(JsonNode source, @Nullable SourceNode node, @Nullable JsonNode before,
      JsonNode after, ReadModel model) {
    if (before != null ? DataEquality.same(before, after) : DataEquality.same(source, after)) {
      return source;
    }
    if (after.isObject()) {
      return source.isObject()
          ? mergeObject((ObjectNode) source, node, before, (ObjectNode) after, model)
          : fresh(after);
    }
    if (after.isArray()) {
      return source.isArray()
          ? mergeArray((ArrayNode) source, node, before, (ArrayNode) after, model)
          : fresh(after);
    }
    if (node instanceof SourceNode.Scalar scalar && source.isValueNode()) {
      return ScalarForms.transfer(scalar, after, model.type(), forms);
    }
    return after;
  }

  @SuppressWarnings("ReferenceEquality") // merge returns the very source node when nothing changed
  private ObjectNode mergeObject(ObjectNode source, @Nullable SourceNode node,
      @Nullable JsonNode before, ObjectNode after, ReadModel model) {
    Map<String, @Nullable JsonNode> changes = new HashMap<>();
    ObjectNode added = NODES.objectNode();
    for (String property : properties(source, before, after, model)) {
      if (!model.reads(property)) {
        continue;
      }
      JsonNode was = before == null ? null : before.get(property);
      JsonNode now = after.get(property);
      String key = model.keyIn(source, property);
      if (now == null || now.isNull()) {
        boolean alsoBefore = before != null && (was == null || was.isNull());
        if (key != null && !alsoBefore) {
          changes.put(key, null);
        }
      } else if (key == null) {
        if (was == null || !DataEquality.same(was, now)) {
          added.set(property, fresh(now)); // a default the type gives for a missing key stays out
        }
      } else {
        JsonNode old = source.get(key);
        JsonNode merged = merge(old, child(node, key), was, now, model.child(property));
        if (merged != old) {
          changes.put(key, merged);
        }
      }
    }
    if (changes.isEmpty() && added.isEmpty()) {
      return source;
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : source.properties()) {
      String key = entry.getKey();
      if (!changes.containsKey(key)) {
        out.set(key, entry.getValue());
      } else {
        JsonNode changed = changes.get(key);
        if (changed != null) {
          out.set(key, changed);
        }
      }
    }
    return out.setAll(added);
  }

  /**
   * The properties to compare, in order: those of both serialized forms, and where the form before
   * is unknown, the source keys the type is known to read.
   */
  private static List<String> properties(ObjectNode source, @Nullable JsonNode before,
      ObjectNode after, ReadModel model) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    if (before != null) {
      addNames(before, seen, out, null);
    }
    addNames(after, seen, out, null);
    if (before == null && model.known()) {
      addNames(source, seen, out, model);
    }
    return out;
  }

  private static void addNames(JsonNode mapping, Set<String> seen, List<String> out,
      @Nullable ReadModel model) {
    for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
      String name = model == null ? entry.getKey() : model.propertyOf(entry.getKey());
      if (seen.add(name)) {
        out.add(name);
      }
    }
  }

  /**
   * Merges a list: each new item is paired with the old item it is ({@link DataAlignment}: the same
   * modelled content, or the most resemblance), wherever it moved, and merged into that item's
   * source data, so that it keeps the keys its type does not model; new items are fresh.
   */
  private ArrayNode mergeArray(ArrayNode source, @Nullable SourceNode node,
      @Nullable JsonNode before, ArrayNode after, ReadModel model) {
    JsonNode reference = before != null && before.isArray() && before.size() == source.size()
        ? before : null;
    ListAlignment alignment = DataAlignment.ofViews(
        reference != null ? DataAlignment.items(reference) : projected(source, after),
        DataAlignment.items(after));
    ReadModel item = model.item();
    ArrayNode out = NODES.arrayNode(after.size());
    for (int j = 0; j < after.size(); j++) {
      int i = alignment.oldIndexOf(j);
      out.add(i < 0 ? fresh(after.get(j)) : merge(source.get(i), item(node, i),
          reference == null ? null : reference.get(i), after.get(j), item));
    }
    return out;
  }

  /**
   * The source items as the type sees them, where its own view of them is unknown: mappings cut to
   * the keys the edited items have, so that keys the type does not model do not make an item look
   * changed.
   */
  private static List<JsonNode> projected(ArrayNode source, ArrayNode after) {
    Set<String> keys = new HashSet<>();
    for (JsonNode item : after) {
      item.fieldNames().forEachRemaining(keys::add);
    }
    List<JsonNode> items = new ArrayList<>(source.size());
    for (JsonNode item : source) {
      ObjectNode cut = NODES.objectNode();
      for (Map.Entry<String, JsonNode> entry : item.properties()) {
        if (keys.contains(entry.getKey())) {
          cut.set(entry.getKey(), entry.getValue());
        }
      }
      items.add(item.isObject() ? cut : item);
    }
    return items;
  }

  /** A value that has no source: as serialized, without the null properties of its mappings. */
  static JsonNode fresh(JsonNode value) {
    if (value.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        if (!entry.getValue().isNull()) {
          out.set(entry.getKey(), fresh(entry.getValue()));
        }
      }
      return out;
    }
    if (value.isArray()) {
      ArrayNode out = NODES.arrayNode(value.size());
      for (JsonNode item : value) {
        out.add(fresh(item));
      }
      return out;
    }
    return value;
  }

  private static @Nullable SourceNode child(@Nullable SourceNode node, String key) {
    if (resolved(node) instanceof SourceNode.Mapping mapping) {
      SourceNode.Entry entry = mapping.entry(key);
      return entry == null ? null : resolved(entry.value());
    }
    return null;
  }

  private static @Nullable SourceNode item(@Nullable SourceNode node, int index) {
    if (resolved(node) instanceof SourceNode.Sequence sequence && index < sequence.items().size()) {
      return resolved(sequence.node(index));
    }
    return null;
  }

  /** Follows an alias to the node it stands for. */
  static @Nullable SourceNode resolved(@Nullable SourceNode node) {
    return node instanceof SourceNode.Alias alias ? alias.target() : node;
  }
}
