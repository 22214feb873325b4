package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Streams plain data (see {@link ModelJson}) as JSON with Jackson 2, token by token, so that no
 * setting of the application's mapper (sorted map keys, null inclusion, float handling, the fast
 * double writer) changes a model value's JSON form. Numbers follow {@link JsonNumbers}, as the
 * Jackson 3 module's do: whole numbers read as the smallest of Integer, Long and BigInteger,
 * fractions as Double when written exactly as Java writes that double ({@code 1.5}), else as the
 * exact BigDecimal ({@code 1.50}), as in a card's front matter; a BigDecimal is written with every
 * digit and its scale, never in a double's form.
 */
public final class PlainJson {
  private PlainJson() {}

  /** Writes plain data as one JSON value. */
  public static void write(@Nullable Object value, JsonGenerator generator) throws IOException {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject(value);
      writeFields(map, generator);
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray(value, list.size());
      for (Object item : list) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else {
      writeScalar(value, generator);
    }
  }

  /** Writes the entries of a map as fields of an object the caller has started. */
  public static void writeFields(Map<?, ?> map, JsonGenerator generator) throws IOException {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      generator.writeFieldName((String) entry.getKey());
      write(entry.getValue(), generator);
    }
  }

  private static void writeScalar(@Nullable Object value, JsonGenerator generator)
      throws IOException {
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

  private static void writeNumber(Number number, JsonGenerator generator) throws IOException {
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
   * an object whose start was already read (current token a field name or the object's end), as
   * Jackson hands it over for polymorphic types. Leaves the parser on the value's last token.
   *
   * @throws JsonMappingException for a key that appears twice in one object
   */
  public static @Nullable Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return readFields(parser);
    }
    return readValue(parser, token);
  }

  private static @Nullable Object readValue(JsonParser parser, @Nullable JsonToken token)
      throws IOException {
    if (token == null) {
      throw JsonMappingException.from(parser, "the JSON ends before its value");
    }
    return switch (token) {
      case START_OBJECT -> {
        parser.nextToken();
        yield readFields(parser);
      }
      case START_ARRAY -> {
        List<@Nullable Object> items = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          items.add(readValue(parser, next));
        }
        yield Collections.unmodifiableList(items);
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> JsonNumbers.whole(parser.getNumberValue());
      case VALUE_NUMBER_FLOAT -> fraction(parser);
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw JsonMappingException.from(parser, "expected a JSON value, found " + token);
    };
  }

  /** Reads fields up to the end of the object; the current token is the first field name or the end. */
  private static Map<String, @Nullable Object> readFields(JsonParser parser) throws IOException {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    for (JsonToken token = parser.currentToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String key = parser.currentName();
      if (fields.containsKey(key)) {
        throw JsonMappingException.from(parser, "duplicate key \"" + key + "\"");
      }
      fields.put(key, readValue(parser, parser.nextToken()));
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw JsonMappingException.from(parser, "expected a key or the end of the object");
    }
    return Collections.unmodifiableMap(fields);
  }

  private static Object fraction(JsonParser parser) throws IOException {
    if (parser.isNaN()) {
      return parser.getDoubleValue();
    }
    return JsonNumbers.fraction(parser.getText(), parser.getDecimalValue());
  }
}
