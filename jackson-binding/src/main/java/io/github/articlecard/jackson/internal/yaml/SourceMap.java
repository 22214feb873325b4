package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parsed front matter: its text, the root {@link SourceNode} (null when the front matter holds
 * no node at all) and the data. Immutable once built; the data must not be modified.
 */
public final class SourceMap {
  private final String text;
  private final SourceNode.@Nullable Mapping root;
  /** The data of a front matter with no node, or the root's data once given. */
  private final @Nullable ObjectNode data;
  private final List<SourceNode.Alias> aliases;

  /**
   * The source map takes the list of aliases over; nothing may change it afterwards.
   *
   * @param data the data, or null: then the root's, built when it is asked for (an empty
   *     mapping when there is no root)
   */
  SourceMap(String text, @Nullable SourceNode root, @Nullable ObjectNode data,
      List<SourceNode.Alias> aliases) {
    this.text = text;
    this.root = (SourceNode.Mapping) root;
    this.data = data != null || root != null ? data : JsonNodeFactory.instance.objectNode();
    this.aliases = Collections.unmodifiableList(aliases);
  }

  /** Returns the front matter text. */
  public String text() {
    return text;
  }

  /**
   * Tells whether the data means the same as other data ({@link DataEquality#same}), without
   * building the data from the nodes when it has not been built yet.
   */
  public boolean holds(ObjectNode expected) {
    ObjectNode built = data;
    return built != null || root == null ? DataEquality.same(data(), expected)
        : DataEquality.same(root, expected);
  }

  /** Returns the data; shared, callers must copy before modifying ({@link #copyData()}). */
  public ObjectNode data() {
    if (data != null) {
      return data;
    }
    return (ObjectNode) Objects.requireNonNull(root).data();
  }

  /** Returns a fresh copy of the data, built from the nodes. */
  public ObjectNode copyData() {
    if (data != null) {
      return data.deepCopy();
    }
    return (ObjectNode) Objects.requireNonNull(root).copyData();
  }

  /** Returns the root mapping, or null when the front matter holds no node. */
  public SourceNode.@Nullable Mapping root() {
    return root;
  }

  /** Returns every alias of the front matter, in the order they stand in the text. */
  public List<SourceNode.Alias> aliases() {
    return aliases;
  }

  /**
   * Returns the offset in the front matter of the value at a model path (keys and list indexes),
   * or of the nearest enclosing node found; -1 when the front matter is empty.
   */
  public int offsetOf(List<Object> path) {
    SourceNode node = root;
    if (node == null) {
      return -1;
    }
    for (Object step : path) {
      SourceNode next = child(node, step);
      if (next == null) {
        break;
      }
      node = next;
    }
    return node instanceof SourceNode.Scalar scalar ? scalar.valueStart() : node.start();
  }

  private static @Nullable SourceNode child(SourceNode node, Object step) {
    SourceNode target = node instanceof SourceNode.Alias alias ? alias.target() : node;
    if (target instanceof SourceNode.Mapping mapping && step instanceof String string) {
      SourceNode.Entry entry = mapping.entry(string);
      return entry == null ? null : entry.value();
    }
    if (target instanceof SourceNode.Sequence sequence && step instanceof Integer i) {
      int index = i;
      return index < sequence.items().size() ? sequence.node(index) : null;
    }
    return null;
  }
}
