package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigInteger;
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
 * digit and its scale, never in a double's form. The walk itself, without recursion, is
 * {@link PlainDataStream}'s.
 */
public final class PlainJson {
  private PlainJson() {}

  /** Writes plain data as one JSON value. */
  public static void write(@Nullable Object value, JsonGenerator generator) throws IOException {
    PlainDataStream.write(value, new Writer(generator));
  }

  /** Writes the entries of a map as fields of an object the caller has started. */
  public static void writeFields(Map<?, ?> map, JsonGenerator generator) throws IOException {
    PlainDataStream.writeFields(map, new Writer(generator));
  }

  /**
   * Reads one JSON value as plain data, starting at the parser's current token; also from inside
   * an object whose start was already read (current token a field name or the object's end), as
   * Jackson hands it over for polymorphic types. Leaves the parser on the value's last token.
   *
   * @throws JsonMappingException for a key that appears twice in one object, or tokens that are
   *     not one JSON value
   */
  public static @Nullable Object read(JsonParser parser) throws IOException {
    return PlainDataStream.read(new Reader(parser));
  }

  /** Jackson 2's generator as the walk's sink. */
  private record Writer(JsonGenerator generator) implements PlainDataStream.Sink<IOException> {
    @Override
    public void startObject(Map<?, ?> value) throws IOException {
      generator.writeStartObject(value);
    }

    @Override
    public void endObject() throws IOException {
      generator.writeEndObject();
    }

    @Override
    public void startArray(List<?> value) throws IOException {
      generator.writeStartArray(value, value.size());
    }

    @Override
    public void endArray() throws IOException {
      generator.writeEndArray();
    }

    @Override
    public void name(String key) throws IOException {
      generator.writeFieldName(key);
    }

    @Override
    public void nullValue() throws IOException {
      generator.writeNull();
    }

    @Override
    public void string(String text) throws IOException {
      generator.writeString(text);
    }

    @Override
    public void bool(boolean flag) throws IOException {
      generator.writeBoolean(flag);
    }

    @Override
    public void number(String text) throws IOException {
      generator.writeNumber(text);
    }

    @Override
    public void number(int whole) throws IOException {
      generator.writeNumber(whole);
    }

    @Override
    public void number(long whole) throws IOException {
      generator.writeNumber(whole);
    }

    @Override
    public void number(BigInteger whole) throws IOException {
      generator.writeNumber(whole);
    }

    @Override
    public void number(double fraction) throws IOException {
      generator.writeNumber(fraction);
    }

    @Override
    public boolean fastDoubles() {
      return generator.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }
  }

  /** Jackson 2's parser as the walk's source. */
  private record Reader(JsonParser parser) implements PlainDataStream.Source<IOException> {
    @Override
    public PlainDataStream.Token current() {
      return token(parser.currentToken());
    }

    @Override
    public PlainDataStream.Token next() throws IOException {
      return token(parser.nextToken());
    }

    private static PlainDataStream.Token token(@Nullable JsonToken token) {
      if (token == null) {
        return PlainDataStream.Token.END_OF_INPUT;
      }
      return switch (token) {
        case START_OBJECT -> PlainDataStream.Token.START_OBJECT;
        case END_OBJECT -> PlainDataStream.Token.END_OBJECT;
        case START_ARRAY -> PlainDataStream.Token.START_ARRAY;
        case END_ARRAY -> PlainDataStream.Token.END_ARRAY;
        case FIELD_NAME -> PlainDataStream.Token.NAME;
        default -> PlainDataStream.Token.SCALAR;
      };
    }

    @Override
    public String name() throws IOException {
      return parser.currentName();
    }

    @Override
    public @Nullable Object scalar() throws IOException {
      JsonToken token = parser.currentToken();
      return switch (token) {
        case VALUE_STRING -> parser.getText();
        case VALUE_NUMBER_INT -> JsonNumbers.whole(parser.getNumberValue());
        case VALUE_NUMBER_FLOAT -> parser.isNaN() ? parser.getDoubleValue()
            : JsonNumbers.fraction(parser.getText(), parser.getDecimalValue());
        case VALUE_TRUE -> true;
        case VALUE_FALSE -> false;
        case VALUE_NULL -> null;
        default -> throw failure("expected a JSON value, found " + token);
      };
    }

    @Override
    public JsonMappingException failure(String problem) {
      return JsonMappingException.from(parser, problem);
    }
  }
}
