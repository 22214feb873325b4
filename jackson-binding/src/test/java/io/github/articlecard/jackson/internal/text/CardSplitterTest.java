package io.github.articlecard.jackson.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardParseException;
import org.junit.jupiter.api.Test;

/** Splitting a card into opening line, front matter, closing line and body changes no character. */
class CardSplitterTest {
  @Test
  void thePartsAreFoundAndReassembleToTheText() {
    String text = "---\ntitle: x\n---\nbody\n---\nmore\n";
    CardLayout layout = CardSplitter.split(text);

    assertThat(layout.frontMatter()).isEqualTo("title: x\n");
    assertThat(layout.body()).isEqualTo("body\n---\nmore\n");
    assertThat(layout.closingLine()).isEqualTo("---\n");
    assertThat(layout.lineEnding()).isEqualTo("\n");
    assertThat(layout.assemble(layout.frontMatter(), layout.body())).isEqualTo(text);
  }

  @Test
  void aBomCrlfAndTrailingBlanksOnTheDelimitersAreKept() {
    String text = "\uFEFF---  \r\na: 1\r\n...\t\r\nbody";
    CardLayout layout = CardSplitter.split(text);

    assertThat(layout.frontMatter()).isEqualTo("a: 1\r\n");
    assertThat(layout.body()).isEqualTo("body");
    assertThat(layout.lineEnding()).isEqualTo("\r\n");
    assertThat(layout.assemble("a: 2\r\n", layout.body())).isEqualTo("\uFEFF---  \r\na: 2\r\n...\t\r\nbody");
  }

  @Test
  void aLineThatOnlyStartsLikeADelimiterDoesNotCloseTheFrontMatter() {
    CardLayout layout = CardSplitter.split("---\na: ---x\n----\n---\n");

    assertThat(layout.frontMatter()).isEqualTo("a: ---x\n----\n");
    assertThat(layout.body()).isEmpty();
  }

  @Test
  void anEmptyFrontMatterAndAClosingLineAtTheEndOfTheText() {
    CardLayout layout = CardSplitter.split("---\n---");

    assertThat(layout.frontMatter()).isEmpty();
    assertThat(layout.body()).isEmpty();
  }

  @Test
  void aMissingDelimiterIsAParseErrorOfItsKind() {
    assertThatThrownBy(() -> CardSplitter.split("title: x\n")).isInstanceOf(CardParseException.class)
        .extracting(e -> ((CardException) e).kind()).isEqualTo(CardException.Kind.MISSING_DELIMITER);
    assertThatThrownBy(() -> CardSplitter.split("---\ntitle: x\n")).isInstanceOf(CardParseException.class)
        .extracting(e -> ((CardException) e).kind()).isEqualTo(CardException.Kind.MISSING_DELIMITER);
  }
}
