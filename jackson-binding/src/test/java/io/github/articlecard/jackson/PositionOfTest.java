package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CardDocument#positionOf}: where a model path's value stands in the text. */
class PositionOfTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final CardDocument SEED = MAPPER.read(TestFiles.resource("cards/seed.md"));
  private static final CardDocument ALIASES = MAPPER.read(TestFiles.resource("positions/aliases.md"));
  private static final CardDocument CRLF = MAPPER.read(TestFiles.resource("positions/crlf-emoji.md"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title                       | 3  | 8  | \"Facebook will use",
      "quality                     | 11 | 10 | 59",
      "provider.name               | 16 | 9  | Mint",
      "provider                    | 16 | 3  | name: Mint",
      "topics[1]                   | 21 | 5  | AI",
      "images[0].width             | 25 | 12 | 600",
      "related[0].title            | 30 | 12 | \"AI Weekly",
      "related[1].provider.domain  | 55 | 15 | cnet.com",
      "related[3].images[0].height | 88 | 17 | 837"})
  void aPathGivesTheLineAndColumnOfItsValue(String path, int line, int column, String text) {
    Position at = SEED.positionOf(path).orElseThrow();

    assertThat(at.line()).isEqualTo(line);
    assertThat(at.column()).isEqualTo(column);
    assertThat(SEED.text().substring(at.offset())).startsWith(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"featuredContent", "images[1]", "related[4].title", "provider.images",
      "title.length", "topics[0].name", "secured[0]", "noSuchKey"})
  void aPathTheFrontMatterDoesNotHoldHasNoPosition(String path) {
    assertThat(SEED.positionOf(path)).isEmpty();
  }

  @Test
  void aPathThroughAnAliasIsFoundInTheAnchoredNode() {
    Position name = ALIASES.positionOf("related[0].provider.name").orElseThrow();
    Position alias = ALIASES.positionOf("related[0].provider").orElseThrow();
    Position scalarAlias = ALIASES.positionOf("related[1].excerpt").orElseThrow();

    assertThat(name).isEqualTo(ALIASES.positionOf("provider.name").orElseThrow());
    assertThat(name.line()).isEqualTo(4);
    assertThat(alias.line()).isEqualTo(8);
    assertThat(ALIASES.text().substring(alias.offset())).startsWith("*mint");
    assertThat(ALIASES.text().substring(scalarAlias.offset())).startsWith("*t");
    assertThat(ALIASES.text().substring(ALIASES.positionOf("related[1].title").orElseThrow().offset()))
        .startsWith("\"Second\"");
  }

  @Test
  void columnsCountCodePointsAndOffsetsCountCharsWithCrlf() {
    Position x = CRLF.positionOf("tags[1]").orElseThrow();

    assertThat(x.line()).isEqualTo(4);
    assertThat(x.column()).isEqualTo(11);
    assertThat(CRLF.text().charAt(x.offset())).isEqualTo('x');
    assertThat(CRLF.positionOf("params[\"og.title\"]").orElseThrow().line()).isEqualTo(6);
    Position tagged = CRLF.positionOf("images[0].height").orElseThrow();   // height: !!int 5
    assertThat(tagged.column()).isEqualTo(19);
    assertThat(CRLF.text().charAt(tagged.offset())).isEqualTo('5');
  }

  @Test
  void aKeyWrittenWithoutAValueHasAPosition() {
    Position excerpt = CRLF.positionOf("excerpt").orElseThrow();

    assertThat(excerpt.line()).isEqualTo(3);
    assertThat(excerpt.column()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void validationProblemsCanBeLocated() {
    List<ValidationProblem> problems = CRLF.card().validate();

    assertThat(problems).extracting(ValidationProblem::path).contains("images[0].width");
    assertThat(CRLF.positionOf("images[0].width").orElseThrow())
        .isEqualTo(new Position(9, 12, CRLF.text().indexOf("-1")));
  }

  @Test
  void theEmptyPathIsTheFrontMatterAsAWhole() {
    assertThat(SEED.positionOf("").orElseThrow()).isEqualTo(new Position(2, 1, 4));
    assertThat(MAPPER.read("---\n---\nbody").positionOf("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b", ".a", "a.", "a[x]", "a[-1]", "a[0]b", "a]", "[\"unclosed", "a[]"})
  void aMalformedPathIsRefusedSayingWhere(String path) {
    assertThatThrownBy(() -> SEED.positionOf(path))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a model path");
  }

  @Test
  void anEditedDocumentGivesPositionsInItsOwnText() {
    CardDocument edited = SEED.withCard(SEED.card().toBuilder().featuredContent("<iframe></iframe>").build());

    Position at = edited.positionOf("featuredContent").orElseThrow();

    assertThat(edited.text().substring(at.offset())).startsWith("\"<iframe></iframe>\"");
  }
}
