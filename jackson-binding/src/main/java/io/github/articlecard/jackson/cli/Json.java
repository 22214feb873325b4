package io.github.articlecard.jackson.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.ScalarResolver;
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
   * when the text is not JSON. Each fraction becomes the data YAML gives the same digits, so that
   * it is written back as it was typed ({@code 1.0} as {@code 1.0}, {@code 1.50} as {@code 1.50}).
   */
  static @Nullable JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? null : asYaml(node);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static JsonNode asYaml(JsonNode node) {
    if (node.isBigDecimal()) {
      JsonNode yaml = ScalarResolver.resolvePlain(node.decimalValue().toString());
      return yaml.isNumber() ? yaml : node;
    }
    if (node instanceof ObjectNode object) {
      object.properties().forEach(entry -> entry.setValue(asYaml(entry.getValue())));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, asYaml(array.get(i)));
      }
    }
    return node;
  }
}
