package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.ModelRecord;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * How one model type is read from front matter data and written back; also how a changed value is
 * merged into the data it was read from, so that unchanged parts keep their original form.
 *
 * @param <T> the model type
 */
abstract class Codec<T> {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Reads a value, null for "absent"; {@code node} is never null but may be a null node. */
  abstract @Nullable T read(JsonNode node, BindContext context);

  /**
   * Reads a value from a node of the source map as {@link #read(JsonNode, BindContext)} reads its
   * data: lists and records walk the nodes, so that no Jackson container is built; a scalar's
   * data is at hand.
   */
  @Nullable T read(SourceNode node, BindContext context) {
    return read(node.data(), context);
  }

  /** The node an alias stands for, or the node itself. */
  static SourceNode resolved(SourceNode node) {
    return node instanceof SourceNode.Alias alias ? alias.target() : node;
  }

  /** Writes a non-null value as data in its canonical form. */
  abstract JsonNode write(T value);

  /** Writes a changed value, reusing what it can of the data the old value was read from. */
  JsonNode merge(JsonNode oldNode, @Nullable T oldValue, T newValue) {
    return write(newValue);
  }

  /** Text, leniently accepting whole numbers and booleans written bare; null reads as absent. */
  static <T> Codec<T> text(Function<String, T> wrap, Function<T, String> unwrap) {
    return new Codec<T>() {
      @Override
      @Nullable T read(JsonNode node, BindContext context) {
        if (node.isTextual()) {
          return wrap.apply(node.textValue());
        }
        if (node.isIntegralNumber() || node.isBoolean()) {
          return wrap.apply(node.asText());
        }
        if (node.isNull()) {
          return null;
        }
        throw context.mismatch("text", node);
      }

      @Override
      JsonNode write(T value) {
        return TextNode.valueOf(unwrap.apply(value));
      }
    };
  }

  /** A whole number that fits an int; null reads as absent. */
  static final Codec<Integer> INT = new Codec<>() {
    @Override
    @Nullable Integer read(JsonNode node, BindContext context) {
      if (node.isIntegralNumber()) {
        if (node.canConvertToInt()) {
          return node.intValue();
        }
        throw context.mismatch("a whole number between " + Integer.MIN_VALUE + " and "
            + Integer.MAX_VALUE, node);
      }
      if (node.isTextual()) {
        try {
          return Integer.parseInt(node.textValue().trim());
        } catch (NumberFormatException e) {
          throw context.mismatch("a whole number", node);
        }
      }
      if (node.isNull()) {
        return null;
      }
      throw context.mismatch("a whole number", node);
    }

    @Override
    JsonNode write(Integer value) {
      return IntNode.valueOf(value);
    }
  };

  /** {@code true} or {@code false}; null reads as absent. */
  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    @Nullable Boolean read(JsonNode node, BindContext context) {
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
        return Boolean.valueOf(node.textValue());
      }
      if (node.isNull()) {
        return null;
      }
      throw context.mismatch("true or false", node);
    }

    @Override
    JsonNode write(Boolean value) {
      return BooleanNode.valueOf(value);
    }
  };

  /** An ISO-8601 instant, also with an offset other than Z; null reads as absent. */
  static final Codec<@Nullable Instant> INSTANT = new Codec<>() {
    @Override
    @Nullable Instant read(JsonNode node, BindContext context) {
      if (node.isNull()) {
        return null;
      }
      if (node.isTextual()) {
        String text = node.textValue().trim();
        try {
          return InstantText.parse(text);
        } catch (DateTimeParseException notAnInstant) {
          try {
            return OffsetDateTime.parse(text).toInstant();
          } catch (DateTimeParseException notAnOffsetDateTime) {
            // reported below
          }
        }
      }
      throw context.mismatch("an ISO-8601 instant such as 2021-03-14T13:26:00Z", node);
    }

    @Override
    JsonNode write(@Nullable Instant value) {
      return TextNode.valueOf(Objects.requireNonNull(value).toString());
    }
  };

  /** A list of values; null reads as absent. */
  static <E> Codec<List<E>> list(Codec<E> element) {
    return new Codec<List<E>>() {
      @Override
      @Nullable List<E> read(JsonNode node, BindContext context) {
        if (node.isNull()) {
          return null;
        }
        if (!node.isArray()) {
          throw context.mismatch("a list", node);
        }
        return items(node.size(), i -> element.read(node.get(i), context), node::get, context);
      }

      @Override
      @Nullable List<E> read(SourceNode node, BindContext context) {
        if (!(resolved(node) instanceof SourceNode.Sequence sequence)) {
          return read(node.data(), context);
        }
        List<SourceNode.Item> items = sequence.items();
        return items(items.size(), i -> element.read(items.get(i).node(), context),
            i -> items.get(i).node().data(), context);
      }

      /**
       * Reads each item, under its index; an item that reads as absent (null) is refused. The
       * list is unmodifiable ({@code List.of}), which the model's builders keep without copying.
       */
      @SuppressWarnings("unchecked") // the array holds only what read gave, each an E
      private List<E> items(int size, IntFunction<@Nullable E> read, IntFunction<JsonNode> item,
          BindContext context) {
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
          context.push(i);
          E value = read.apply(i);
          if (value == null) {
            throw context.mismatch("a value", item.apply(i));
          }
          values[i] = value;
          context.pop();
        }
        return (List<E>) List.of(values);
      }

      @Override
      JsonNode write(List<E> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        for (E value : values) {
          array.add(element.write(value));
        }
        return array;
      }

      /**
       * Pairs each new element with the old element it is ({@link DataAlignment}, on the data
       * both write), wherever it moved: an equal one keeps its old data, a changed one is merged
       * into it, a new one is written.
       */
      @Override
      JsonNode merge(JsonNode oldNode, @Nullable List<E> oldValues, List<E> newValues) {
        if (!oldNode.isArray() || oldValues == null || oldNode.size() != oldValues.size()) {
          return write(newValues);
        }
        List<JsonNode> before = new ArrayList<>(oldValues.size());
        for (E value : oldValues) {
          before.add(element.write(value));
        }
        List<JsonNode> after = new ArrayList<>(newValues.size());
        for (E value : newValues) {
          after.add(element.write(value));
        }
        ListAlignment alignment = DataAlignment.of(before, after);
        ArrayNode array = NODES.arrayNode(newValues.size());
        for (int j = 0; j < newValues.size(); j++) {
          int i = alignment.oldIndexOf(j);
          if (i < 0) {
            array.add(after.get(j));
          } else if (oldValues.get(i).equals(newValues.get(j))) {
            array.add(oldNode.get(i));
          } else {
            array.add(element.merge(oldNode.get(i), oldValues.get(i), newValues.get(j)));
          }
        }
        return array;
      }
    };
  }

  /** A record bound through its {@link Shape}; null reads as absent. */
  static <R extends Record & ModelRecord, B extends ModelRecord.Builder<R>> Codec<@Nullable R> record(
      Shape<R, B> shape) {
    return new Codec<@Nullable R>() {
      @Override
      @Nullable R read(JsonNode node, BindContext context) {
        if (node.isNull()) {
          return null;
        }
        if (!node.isObject()) {
          throw context.mismatch("a mapping of keys to values", node);
        }
        return shape.bind((ObjectNode) node, context);
      }

      @Override
      @Nullable R read(SourceNode node, BindContext context) {
        if (resolved(node) instanceof SourceNode.Mapping mapping) {
          return shape.bind(mapping, context);
        }
        return read(node.data(), context);
      }

      @Override
      JsonNode write(@Nullable R value) {
        return shape.write(Objects.requireNonNull(value));
      }

      @Override
      JsonNode merge(JsonNode oldNode, @Nullable R oldValue, @Nullable R newValue) {
        if (!oldNode.isObject() || oldValue == null) {
          return write(newValue);
        }
        return shape.merge((ObjectNode) oldNode, oldValue, Objects.requireNonNull(newValue));
      }
    };
  }
}
