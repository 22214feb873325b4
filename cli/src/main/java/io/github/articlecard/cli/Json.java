package io.github.articlecard.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** JSON in and out for the command: cards with the card's key names, reports, values. */
final class Json {
  /** Jackson's own check refuses a key given twice in one object (JSON parsers disagree on which one counts). */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new ArticleCardModule())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  private static final ObjectWriter COMPACT = MAPPER.writer();

  private Json() {}

  /** Writes a value (a card, a report) as indented JSON. */
  static String pretty(Object value) {
    return write(PRETTY, value);
  }

  /** Writes a value as JSON on one line. */
  static String compact(Object value) {
    return write(COMPACT, value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new CardException(CardException.Kind.UNWRITABLE,
          "cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads one JSON value that is the whole text (decimals exactly, as written), or returns null
   * when the text is not JSON. A fraction reads as the card reader reads the same digits, so that
   * it is written back as it was typed ({@code 1.0} as {@code 1.0}, {@code 1.50} as {@code 1.50},
   * {@code -0.0} as {@code -0.0}): a double when the text is exactly how Java writes that double,
   * else the exact decimal with its digits and scale.
   *
   * @throws UsageException if the JSON has a key twice in one object (JSON parsers disagree on
   *     which one counts, so neither is taken)
   */
  static @Nullable JsonNode parse(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        if (parser.nextToken() == null) {
          return null;
        }
        JsonNode value = value(parser);
        return parser.nextToken() != null ? null : value;
      } catch (JsonProcessingException e) {
        String key = parser.currentName();
        String problem = e.getOriginalMessage();
        if (key != null && problem != null && problem.startsWith("Duplicate field")) {
          throw new UsageException("VALUE is JSON with a duplicate key \"" + key + "\" in one"
              + " object: write each key once");
        }
        return null;
      }
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads the value that starts at the parser's current token; leaves it on the value's last. */
  private static JsonNode value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.set(key, value(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        yield array;
      }
      case VALUE_STRING -> TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT -> whole(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> fraction(parser.getText(), parser.getDecimalValue());
      case VALUE_TRUE, VALUE_FALSE -> BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL -> NullNode.getInstance();
      default -> throw new IllegalStateException("not the start of a JSON value: " + token);
    };
  }

  /** A whole number as the smallest of int, long and BigInteger, as the card reader has it. */
  private static JsonNode whole(BigInteger value) {
    int bits = value.bitLength();
    if (bits < Integer.SIZE) {
      return IntNode.valueOf(value.intValue());
    }
    return bits < Long.SIZE ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
  }

  /**
   * A fraction as the card reader has the same digits: the double when the text is exactly how
   * Java writes that double ({@code 1.5}, {@code -0.0}), else the exact decimal ({@code 1.50}).
   */
  private static JsonNode fraction(String text, BigDecimal exact) {
    double d = exact.signum() == 0 ? Double.parseDouble(text) : exact.doubleValue();
    return !Double.isInfinite(d) && Double.toString(d).equals(text) ? DoubleNode.valueOf(d)
        : DecimalNode.valueOf(exact);
  }
}
