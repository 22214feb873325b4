package io.github.articlecard.jackson.internal.jackson3;

import io.github.articlecard.jackson.internal.bind.JsonNumbers;
import io.github.articlecard.jackson.internal.bind.PlainDataStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
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
 * a double's form. The walk, without recursion, is {@code internal.bind.PlainDataStream}'s, so deep
 * data meets Jackson's own nesting limits ({@code StreamReadConstraints},
 * {@code StreamWriteConstraints}) as an exception, never as a {@code StackOverflowError}.
 */
public final class Jackson3PlainJson {
  private Jackson3PlainJson() {}

  /** Writes plain data as one JSON value. */
  public static void write(@Nullable Object value, JsonGenerator generator) {
    PlainDataStream.write(value, new Writer(generator));
  }

  /** Writes the entries of a map as properties of an object the caller has started. */
  public static void writeFields(Map<?, ?> map, JsonGenerator generator) {
    PlainDataStream.writeFields(map, new Writer(generator));
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
    return PlainDataStream.read(new Reader(parser));
  }

  /** Jackson 3's generator as the walk's sink. */
  private record Writer(JsonGenerator generator) implements PlainDataStream.Sink<RuntimeException> {
    @Override
    public void startObject(Map<?, ?> value) {
      generator.writeStartObject(value);
    }

    @Override
    public void endObject() {
      generator.writeEndObject();
    }

    @Override
    public void startArray(List<?> value) {
      generator.writeStartArray(value, value.size());
    }

    @Override
    public void endArray() {
      generator.writeEndArray();
    }

    @Override
    public void name(String key) {
      generator.writeName(key);
    }

    @Override
    public void nullValue() {
      generator.writeNull();
    }

    @Override
    public void string(String text) {
      generator.writeString(text);
    }

    @Override
    public void bool(boolean flag) {
      generator.writeBoolean(flag);
    }

    @Override
    public void number(String text) {
      generator.writeNumber(text);
    }

    @Override
    public void number(int whole) {
      generator.writeNumber(whole);
    }

    @Override
    public void number(long whole) {
      generator.writeNumber(whole);
    }

    @Override
    public void number(BigInteger whole) {
      generator.writeNumber(whole);
    }

    @Override
    public void number(double fraction) {
      generator.writeNumber(fraction);
    }

    @Override
    public boolean fastDoubles() {
      return generator.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }
  }

  /** Jackson 3's parser as the walk's source. */
  private record Reader(JsonParser parser) implements PlainDataStream.Source<RuntimeException> {
    @Override
    public PlainDataStream.Token current() {
      return token(parser.currentToken());
    }

    @Override
    public PlainDataStream.Token next() {
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
        case PROPERTY_NAME -> PlainDataStream.Token.NAME;
        default -> PlainDataStream.Token.SCALAR;
      };
    }

    @Override
    public String name() {
      return parser.currentName();
    }

    @Override
    public @Nullable Object scalar() {
      JsonToken token = parser.currentToken();
      return switch (token) {
        case VALUE_STRING -> parser.getString();
        case VALUE_NUMBER_INT -> JsonNumbers.whole(parser.getNumberValue());
        case VALUE_NUMBER_FLOAT -> parser.isNaN() ? parser.getDoubleValue()
            : JsonNumbers.fraction(parser.getString(), parser.getDecimalValue());
        case VALUE_TRUE -> true;
        case VALUE_FALSE -> false;
        case VALUE_NULL -> null;
        default -> throw failure("expected a JSON value, found " + token);
      };
    }

    @Override
    public DatabindException failure(String problem) {
      return DatabindException.from(parser, problem);
    }
  }
}
