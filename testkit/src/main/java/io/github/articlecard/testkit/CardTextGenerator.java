package io.github.articlecard.testkit;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.internal.StyledYamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of card texts in varied but valid YAML styles: plain, single- and
 * double-quoted and literal scalars, block and flow collections, comments, blank lines, two- or
 * four-space indentation, indented or flush sequences, LF or CRLF, a BOM, a missing final newline.
 * Each text comes with the card it means and the lines of every value, for fidelity tests of code
 * that edits cards. The same seed gives the same texts on any machine.
 *
 * <pre>{@code
 * CardTextGenerator texts = TestCards.textGenerator(7);
 * GeneratedCardText generated = texts.next();
 * assertThat(generated.text()).roundTripsUnchanged();
 * }</pre>
 */
public final class CardTextGenerator {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private final Random random;
  private final CardGenerator cards;

  CardTextGenerator(long seed) {
    this.random = new Random(seed);
    this.cards = new CardGenerator(seed ^ 0x5DEECE66DL);
  }

  /**
   * Returns the next text.
   *
   * @return the text, its card and its value lines
   */
  public GeneratedCardText next() {
    ArticleCard card = cards.next();
    StyledYamlWriter.Result written = new StyledYamlWriter(random)
        .write(MAPPER.toFrontMatter(card), card.body());
    List<GeneratedCardText.ValueLines> values = new ArrayList<>(written.leaves().size());
    for (StyledYamlWriter.Leaf leaf : written.leaves()) {
      values.add(new GeneratedCardText.ValueLines(leaf.path(), leaf.firstLine(), leaf.lastLine()));
    }
    return new GeneratedCardText(written.text(), card, List.copyOf(values));
  }
}
