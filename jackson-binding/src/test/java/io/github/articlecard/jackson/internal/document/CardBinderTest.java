package io.github.articlecard.jackson.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * {@link CardBinder}: a parsed card's front matter and body bound to the article model, and a value
 * that does not fit reported at its path, line and column in the whole text (past a BOM and CRLF
 * lines, in code points, inside block and flow collections).
 */
class CardBinderTest {
  private static final CardReader READER = new CardReader(ReadLimits.DEFAULTS);

  private static CardBindingException failure(String text) {
    ParsedCard card = READER.read(text);
    try {
      CardBinder.bind(card);
    } catch (CardBindingException e) {
      return e;
    }
    throw new AssertionError("binds: " + text);
  }

  @Test
  void theFrontMatterAndTheVerbatimBodyMakeTheCard() {
    ArticleCard card = CardBinder.bind(READER.read(
        "\uFEFF---\r\ntitle: \"T \uD83D\uDE00\"\r\nquality: 5\r\nx: [1]\r\n---\r\n# B\r\n---\r\n"));

    assertThat(card.title()).isEqualTo("T \uD83D\uDE00");
    assertThat(card.quality()).isEqualTo(5);
    assertThat(card.extras().keys()).containsExactly("x");
    assertThat(card.body()).isEqualTo("# B\r\n---\r\n");
  }

  @Test
  void anEmptyFrontMatterIsACardWithEveryKeyAbsent() {
    ArticleCard card = CardBinder.bind(READER.read("---\n---\n"));

    assertThat(card.absentKeys()).containsExactlyInAnyOrderElementsOf(ArticleCard.knownKeys());
    assertThat(card.body()).isEmpty();
  }

  @Test
  void aValueThatDoesNotFitStandsAtItsPathLineAndColumn() {
    for (String eol : new String[] {"\n", "\r\n"}) {
      String text = "\uFEFF---" + eol + "title: T" + eol + "related:" + eol + "  - title: R" + eol
          + "    images:" + eol + "      - {url: /a.png, width: wide}" + eol + "---" + eol;

      CardBindingException e = failure(text);

      assertThat(e.path()).isEqualTo("related[0].images[0].width");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.column()).isEqualTo("      - {url: /a.png, width: ".length() + 1);
      assertThat(e.problem()).isEqualTo(
          "related[0].images[0].width: expected a whole number, found \"wide\"");
    }
  }

  @Test
  void theColumnCountsCodePointsBeforeTheValue() {
    CardBindingException e = failure(
        "---\ntopics: [\uD83D\uDE00, \uD83D\uDE00\uD83D\uDE00, [x]]\n---\n");

    assertThat(e.path()).isEqualTo("topics[2]");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("topics: [X, XX, ".length() + 1);
  }

  @Test
  void aValueInABlockListStandsAtItsItem() {
    CardBindingException e = failure("---\ntopics:\n  - a\n  # comment\n  - {b: c}\n---\n");

    assertThat(e.path()).isEqualTo("topics[1]");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(5);
  }
}
