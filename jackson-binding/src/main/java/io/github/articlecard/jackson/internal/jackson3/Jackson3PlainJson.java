package io.github.articlecard.jackson.internal.jackson3;

import io.github.articlecard.jackson.internal.bind.JsonNumbers;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DatabindException;

/**
 * Streams plain data (see {@code internal.bind.ModelJson}) as JSON with Jackson 3, token by token,
 * and reads it back: the Jackson 3 twin of {@code internal.bind.PlainJson}, with its rules, so that
 * both modules give the same JSON and read it as the same values. No setting of the application's
 * mapper (sorted map keys, null inclusion) changes a model value's JSON form. Numbers read back as
 * {@code Extras} holds them: whole numbers as the smallest of Integer, Long and BigInteger,
 * fractions as Double when written exactly as Java writes that double ({@code 1.5}), else as the
 * exact BigDecimal ({@code 1.50}); a BigDecimal is written with every digit and its scale, never in
 * a double's form. Lists and maps are walked without recursion, so deep data meets Jackson's own
 * nesting limits ({@code StreamReadConstraints}, {@code StreamWriteConstraints}) as an exception,
 * never as a {@code StackOverflowError}.
 */
public final class Jackson3PlainJson {
  private Jackson3PlainJson() {}

  /** Writes plain data as one JSON value. */
  public static void write(@Nullable Object value, JsonGenerator generator) {
    if (value instanceof List || value instanceof Map) {
      stream(value, true, generator);
    } else {
      writeScalar(value, generator);
    }
  }

  /** Writes the entries of a map as properties of an object the caller has started. */
  public static void writeFields(Map<?, ?> map, JsonGenerator generator) {
    stream(map, false, generator);
  }

  /** A list or map being written: its items or entries still to write. */
  private record Writing(boolean object, Iterator<?> items, boolean closes) {}

  private static void stream(Object container, boolean wrapped, JsonGenerator generator) {
    Deque<Writing> stack = new ArrayDeque<>();
    stack.push(start(container, wrapped, generator));
    while (!stack.isEmpty()) {
      Writing top = stack.element();
      if (!top.items().hasNext()) {
        stack.pop();
        if (top.closes() && top.object()) {
          generator.writeEndObject();
        } else if (top.closes()) {
          generator.writeEndArray();
        }
        continue;
      }
      Object item = top.items().next();
      if (top.object()) {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
        generator.writeName((String) entry.getKey());
        item = entry.getValue();
      }
      if (item instanceof List || item instanceof Map) {
        stack.push(start(item, true, generator));
      } else {
        writeScalar(item, generator);
      }
    }
  }

  private static Writing start(Object container, boolean wrapped, JsonGenerator generator) {
    if (container instanceof List<?> list) {
      generator.writeStartArray(list, list.size());
      return new Writing(false, list.iterator(), true);
    }
    Map<?, ?> map = (Map<?, ?>) container;
    if (wrapped) {
      generator.writeStartObject(map);
    }
    return new Writing(true, map.entrySet().iterator(), wrapped);
  }

  private static void writeScalar(@Nullable Object value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof Number number) {
      writeNumber(number, generator);
    } else {
      throw new IllegalArgumentException("not plain data: " + value.getClass().getName());
    }
  }

  private static void writeNumber(Number number, JsonGenerator generator) {
    String text = JsonNumbers.text(number, generator.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER));
    if (text != null) {
      generator.writeNumber(text);
    } else if (number instanceof Integer whole) {
      generator.writeNumber(whole);
    } else if (number instanceof Long whole) {
      generator.writeNumber(whole);
    } else if (number instanceof BigInteger whole) {
      generator.writeNumber(whole);
    } else if (number instanceof Double fraction) {
      generator.writeNumber(fraction);
    } else {
      throw new IllegalArgumentException("not plain data: " + number.getClass().getName());
    }
  }

  /**
   * Reads one JSON value as plain data, starting at the parser's current token; also from inside
   * an object whose start was already read (current token a property name or the object's end),
   * as Jackson hands it over for polymorphic types. Leaves the parser on the value's last token.
   *
   * @throws DatabindException for a key that appears twice in one object, or tokens that are not
   *     one JSON value
   */
  public static @Nullable Object read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    Deque<Reading> stack = new ArrayDeque<>();
    if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT) {
      stack.push(new Reading(true, null));
    } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      stack.push(new Reading(token == JsonToken.START_OBJECT, null));
      token = parser.nextToken();
    } else {
      return readScalar(parser, token);
    }
    while (true) {
      Reading top = stack.element();
      if (token == (top.map != null ? JsonToken.END_OBJECT : JsonToken.END_ARRAY)) {
        stack.pop();
        Object value = top.finish();
        Reading parent = stack.peek();
        if (parent == null) {
          return value;
        }
        parent.add(top.key, value);
      } else {
        String key = null;
        if (top.map != null) {
          if (token != JsonToken.PROPERTY_NAME) {
            throw DatabindException.from(parser, "expected a key or the end of the object");
          }
          key = parser.currentName();
          if (top.map.containsKey(key)) {
            throw DatabindException.from(parser, "duplicate key \"" + key + "\"");
          }
          token = parser.nextToken();
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          if (top.map != null) {
            top.map.put(Objects.requireNonNull(key), null); // the key's place, and its name for the duplicate check
          }
          stack.push(new Reading(token == JsonToken.START_OBJECT, key));
        } else {
          top.add(key, readScalar(parser, token));
        }
      }
      token = parser.nextToken();
    }
  }

  /** An array or object being read: what it holds so far. */
  private static final class Reading {
    /** The key this value has in its parent object; null in an array or at the top. */
    final @Nullable String key;
    final @Nullable List<@Nullable Object> list;
    final @Nullable Map<String, @Nullable Object> map;

    Reading(boolean object, @Nullable String key) {
      this.key = key;
      this.list = object ? null : new ArrayList<>();
      this.map = object ? new LinkedHashMap<>() : null;
    }

    /** Adds an item, or puts a value under its key (where an unfinished one held its place). */
    void add(@Nullable String childKey, @Nullable Object value) {
      if (map != null) {
        map.put(Objects.requireNonNull(childKey), value);
      } else {
        Objects.requireNonNull(list).add(value);
      }
    }

    /** Returns what was read, unmodifiable. */
    Object finish() {
      return map != null ? Collections.unmodifiableMap(map)
          : Collections.unmodifiableList(Objects.requireNonNull(list));
    }
  }

  private static @Nullable Object readScalar(JsonParser parser, @Nullable JsonToken token) {
    if (token == null) {
      throw DatabindException.from(parser, "the JSON ends before its value");
    }
    return switch (token) {
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER_INT -> JsonNumbers.whole(parser.getNumberValue());
      case VALUE_NUMBER_FLOAT -> fraction(parser);
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw DatabindException.from(parser, "expected a JSON value, found " + token);
    };
  }

  private static Object fraction(JsonParser parser) {
    if (parser.isNaN()) {
      return parser.getDoubleValue();
    }
    return JsonNumbers.fraction(parser.getString(), parser.getDecimalValue());
  }
}
