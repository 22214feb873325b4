package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.ExactDouble;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Converts between Jackson data and the plain Java data that {@code Extras} holds. */
public final class PlainData {
  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  private PlainData() {}

  /**
   * Returns the plain Java value of a data node (immutable lists and maps, in order), without
   * recursion, so that data nested thousands of levels deep converts.
   */
  public static @Nullable Object toJava(JsonNode node) {
    if (!node.isContainerNode()) {
      return scalarValue(node);
    }
    Deque<Filling> stack = new ArrayDeque<>();
    Object root = fill(node, stack);
    while (!stack.isEmpty()) {
      Filling filling = stack.peek();
      if (!filling.items.hasNext()) {
        stack.pop();
        continue;
      }
      Object item = filling.items.next();
      JsonNode child = item instanceof Map.Entry<?, ?> entry ? (JsonNode) entry.getValue() : (JsonNode) item;
      Object value = child.isContainerNode() ? fill(child, stack) : scalarValue(child);
      if (filling.list != null) {
        filling.list.add(value);
      } else {
        Objects.requireNonNull(filling.map).put((String) ((Map.Entry<?, ?>) item).getKey(), value);
      }
    }
    return root;
  }

  /** A list or map being filled from a container node. */
  private static final class Filling {
    final @Nullable List<@Nullable Object> list;
    final @Nullable Map<String, @Nullable Object> map;
    final Iterator<?> items;

    Filling(JsonNode node) {
      this.list = node.isArray() ? new ArrayList<>(node.size()) : null;
      this.map = node.isArray() ? null : new LinkedHashMap<>();
      this.items = node.isArray() ? node.elements() : node.properties().iterator();
    }
  }

  private static Object fill(JsonNode node, Deque<Filling> stack) {
    Filling filling = new Filling(node);
    stack.push(filling);
    return filling.list != null ? Collections.unmodifiableList(filling.list)
        : Collections.unmodifiableMap(Objects.requireNonNull(filling.map));
  }

  private static @Nullable Object scalarValue(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NULL:
      case MISSING:
        return null;
      case NUMBER:
        if (node.isIntegralNumber()) {
          if (node.canConvertToInt()) {
            return node.intValue();
          }
          return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isFloat()) {
          return Double.valueOf(Float.toString(node.floatValue())); // 0.2f is 0.2, as in Extras
        }
        // a fraction written otherwise than Java writes its double (1.50) keeps its digits; but
        // negative zero written so (-0.00, -0.0e0) stays the double, as a BigDecimal has no sign
        if (node instanceof ExactDouble
            && Double.doubleToRawLongBits(node.doubleValue()) == NEGATIVE_ZERO) {
          return node.doubleValue();
        }
        return node.isBigDecimal() || node instanceof ExactDouble ? node.decimalValue()
            : (Object) node.doubleValue();
      default:
        throw new CardException(CardException.Kind.UNWRITABLE, "front matter holds a value that is not YAML data: " + node.getNodeType());
    }
  }

  /**
   * Returns the data node of a plain Java value. Lists and maps are converted without recursion,
   * so data nested thousands of levels deep converts (and is then refused by the nesting limit
   * with a {@code CardException}, not a {@code StackOverflowError}); a list or map reached along
   * several paths is converted once and its node shared, so shared data does not multiply here.
   */
  public static JsonNode toNode(@Nullable Object value) {
    if (!(value instanceof List) && !(value instanceof Map)) {
      return scalarNode(value);
    }
    Map<Object, JsonNode> done = new IdentityHashMap<>();
    Deque<Pending> stack = new ArrayDeque<>();
    JsonNode root = open(value, stack, done);
    while (!stack.isEmpty()) {
      Pending pending = stack.peek();
      if (!pending.items.hasNext()) {
        stack.pop();
        continue;
      }
      Object item = pending.items.next();
      Object child = item instanceof Map.Entry<?, ?> entry ? entry.getValue() : item;
      JsonNode node;
      if (child instanceof List || child instanceof Map) {
        JsonNode converted = done.get(child);
        node = converted != null ? converted : open(child, stack, done);
      } else {
        node = scalarNode(child);
      }
      if (pending.node instanceof ArrayNode array) {
        array.add(node);
      } else {
        ((ObjectNode) pending.node).set(String.valueOf(((Map.Entry<?, ?>) item).getKey()), node);
      }
    }
    return root;
  }

  /** A list or map being converted: its node, and the items or entries still to add to it. */
  private record Pending(JsonNode node, Iterator<?> items) {}

  private static JsonNode open(Object value, Deque<Pending> stack, Map<Object, JsonNode> done) {
    Pending pending = value instanceof List<?> list
        ? new Pending(JsonNodeFactory.instance.arrayNode(list.size()), list.iterator())
        : new Pending(JsonNodeFactory.instance.objectNode(), ((Map<?, ?>) value).entrySet().iterator());
    done.put(value, pending.node());
    stack.push(pending);
    return pending.node();
  }

  private static JsonNode scalarNode(@Nullable Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof String string) {
      return TextNode.valueOf(string);
    }
    if (value instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    if (value instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (value instanceof Long l) {
      return LongNode.valueOf(l);
    }
    if (value instanceof BigInteger bigInteger) {
      return BigIntegerNode.valueOf(bigInteger);
    }
    if (value instanceof Double d) {
      return DoubleNode.valueOf(d);
    }
    if (value instanceof BigDecimal bigDecimal) {
      return DecimalNode.valueOf(bigDecimal);
    }
    throw new CardException(CardException.Kind.UNWRITABLE, "not plain data: " + value.getClass().getName());
  }
}
