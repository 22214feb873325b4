package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The data a user's type is bound from: the front matter data, with every fraction carrying its
 * exact text as its decimal value, so that a {@code BigDecimal} property reads {@code 19.90} with
 * its two decimals. Everything else (doubles, untyped values, trees) reads the same double as
 * before. The front matter data itself is never changed.
 */
final class BindingTree {
  private BindingTree() {}

  /** A double that knows the decimal it was written as. */
  private static final class WrittenDouble extends DoubleNode {
    private static final long serialVersionUID = 1L;

    private final BigDecimal written;

    WrittenDouble(double value, BigDecimal written) {
      super(value);
      this.written = written;
    }

    @Override
    public BigDecimal decimalValue() {
      return written;
    }
  }

  static JsonNode of(SourceMap source) {
    return exact(source.data(), source.root());
  }

  @SuppressWarnings("ReferenceEquality") // an unchanged child is the very same node
  private static JsonNode exact(JsonNode data, @Nullable SourceNode at) {
    SourceNode node = ValueMerge.resolved(at);
    if (data.isDouble() && node instanceof SourceNode.Scalar scalar) {
      return written(data.doubleValue(), scalar.value(), data);
    }
    if (data.isObject() && node instanceof SourceNode.Mapping mapping) {
      ObjectNode copy = null;
      for (SourceNode.Entry entry : mapping.entries()) {
        JsonNode child = data.get(entry.key().value());
        JsonNode exact = child == null ? null : exact(child, entry.value());
        if (exact != null && exact != child) {
          if (copy == null) {
            copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> property : data.properties()) {
              copy.set(property.getKey(), property.getValue());
            }
          }
          copy.set(entry.key().value(), exact);
        }
      }
      return copy == null ? data : copy;
    }
    if (data.isArray() && node instanceof SourceNode.Sequence sequence
        && sequence.items().size() == data.size()) {
      ArrayNode copy = null;
      for (int i = 0; i < data.size(); i++) {
        JsonNode exact = exact(data.get(i), sequence.node(i));
        if (exact != data.get(i)) {
          if (copy == null) {
            copy = JsonNodeFactory.instance.arrayNode(data.size());
            copy.addAll((ArrayNode) data);
          }
          copy.set(i, exact);
        }
      }
      return copy == null ? data : copy;
    }
    return data;
  }

  private static JsonNode written(double value, String text, JsonNode data) {
    try {
      BigDecimal written = new BigDecimal(text);
      return written.doubleValue() == value ? new WrittenDouble(value, written) : data;
    } catch (NumberFormatException e) { // .inf, .nan
      return data;
    }
  }
}
