package io.github.articlecard.testkit.bench;

import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.CardGenerator;
import io.github.articlecard.testkit.CardTextGenerator;
import io.github.articlecard.testkit.TestCards;

/** The three benchmark inputs, all generated from fixed seeds so that every run measures the same texts. */
final class BenchInputs {
  static final int SIZE = 64;

  private BenchInputs() {}

  /**
   * {@code seed}: the seed card; {@code generated}: house-style cards from the card generator;
   * {@code generic}: texts in varied YAML styles (comments, flow collections, quoting styles).
   */
  static String[] texts(String input) {
    String[] texts = new String[SIZE];
    CardMapper mapper = CardMapper.builder().build();
    CardGenerator cards = TestCards.generator(1);
    CardTextGenerator styled = TestCards.textGenerator(1);
    for (int i = 0; i < SIZE; i++) {
      texts[i] = switch (input) {
        case "seed" -> TestCards.seedText();
        case "generated" -> mapper.write(cards.next());
        case "generic" -> styled.next().text();
        default -> throw new IllegalArgumentException(input);
      };
    }
    return texts;
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
