package io.github.articlecard.jackson.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.PlainData;
import io.github.articlecard.jackson.internal.bind.PlainJson;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** JSON in and out for the command: cards with the card's key names, reports, values. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ArticleCardModule())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
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
   * {@code -0.0} as {@code -0.0}).
   *
   * @throws UsageException if the JSON has a key twice in one object (JSON parsers disagree on
   *     which one counts, so neither is taken)
   */
  static @Nullable JsonNode parse(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      if (parser.nextToken() == null) {
        return null;
      }
      Object value = PlainJson.read(parser);
      return parser.nextToken() != null ? null : PlainData.toNode(value);
    } catch (JsonMappingException e) {
      String problem = e.getOriginalMessage();
      if (problem != null && problem.startsWith("duplicate key")) {
        throw new UsageException("VALUE is JSON with a " + problem + " in one object: write each"
            + " key once");
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
