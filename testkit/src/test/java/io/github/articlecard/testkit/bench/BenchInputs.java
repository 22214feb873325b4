package io.github.articlecard.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardMapper;
import java.util.Map;
import io.github.articlecard.testkit.CardGenerator;
import io.github.articlecard.testkit.CardTextGenerator;
import io.github.articlecard.testkit.TestCards;

/** The three benchmark inputs, all generated from fixed seeds so that every run measures the same texts. */
final class BenchInputs {
  static final int SIZE = 64;
  /** How many cards a house style is learned from: a repository's worth, its first 64 the texts'. */
  static final int BATCH = 10_000;

  private BenchInputs() {}

  /**
   * {@code seed}: the seed card; {@code generated}: house-style cards from the card generator;
   * {@code generic}: texts in varied YAML styles (comments, flow collections, quoting styles).
   */
  static String[] texts(String input) {
    return texts(input, SIZE);
  }

  /** The first {@code count} texts of an input, the same in every run. */
  static String[] texts(String input, int count) {
    String[] texts = new String[count];
    CardMapper mapper = CardMapper.builder().build();
    CardGenerator cards = TestCards.generator(1);
    CardTextGenerator styled = TestCards.textGenerator(1);
    for (int i = 0; i < count; i++) {
      texts[i] = switch (input) {
        case "seed" -> TestCards.seedText();
        case "generated" -> mapper.write(cards.next());
        case "generic" -> styled.next().text();
        default -> throw new IllegalArgumentException(input);
      };
    }
    return texts;
  }

  /**
   * The front matter with one field changed: the first top-level number gets one more, else the
   * first text gets a letter more, else a key is added.
   */
  static ObjectNode oneFieldEdited(ObjectNode frontMatter) {
    ObjectNode edited = frontMatter.deepCopy();
    for (Map.Entry<String, JsonNode> field : frontMatter.properties()) {
      JsonNode value = field.getValue();
      if (value.isIntegralNumber()) {
        edited.put(field.getKey(), value.asLong() + 1);
        return edited;
      }
    }
    for (Map.Entry<String, JsonNode> field : frontMatter.properties()) {
      if (field.getValue().isTextual()) {
        edited.put(field.getKey(), field.getValue().textValue() + "x");
        return edited;
      }
    }
    edited.put("edited", true);
    return edited;
  }

  /** The front matter slice, as a user of plain Jackson would cut it. */
  static String frontMatter(String text) {
    int start = text.indexOf('\n') + 1;
    int end = text.indexOf("\n---", start - 1);
    int dots = text.indexOf("\n...", start - 1);
    if (end < 0 || (dots >= 0 && dots < end)) {
      end = dots;
    }
    return text.substring(start, end + 1);
  }
}
