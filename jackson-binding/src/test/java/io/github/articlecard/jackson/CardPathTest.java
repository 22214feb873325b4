package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.CardPath.Index;
import io.github.articlecard.jackson.CardPath.Key;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CardPath}: the one path syntax of {@code positionOf}, {@code withKeyRenamed} and binding
 * errors.
 */
class CardPathTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @Test
  void keysAndIndexesParseIntoSteps() {
    assertThat(CardPath.parse("related[0].images[12].width").steps()).containsExactly(
        new Key("related"), new Index(0), new Key("images"), new Index(12), new Key("width"));
    assertThat(CardPath.parse("m[0][1]").steps()).containsExactly(new Key("m"), new Index(0), new Index(1));
    assertThat(CardPath.parse("[3]").steps()).containsExactly(new Index(3));
    assertThat(CardPath.parse("").isRoot()).isTrue();
    assertThat(CardPath.parse("list[99999999999999]").steps())
        .containsExactly(new Key("list"), new Index(Integer.MAX_VALUE));
  }

  @Test
  void quotedKeysHoldDotsBracketsQuotesAndBackslashes() {
    assertThat(CardPath.parse("params[\"og.title\"]").steps())
        .containsExactly(new Key("params"), new Key("og.title"));
    assertThat(CardPath.parse("[\"a[0]\"].b").steps()).containsExactly(new Key("a[0]"), new Key("b"));
    assertThat(CardPath.parse("x[\"say \\\"hi\\\"\"]").steps())
        .containsExactly(new Key("x"), new Key("say \"hi\""));
    assertThat(CardPath.parse("x[\"back\\\\slash\"]").steps())
        .containsExactly(new Key("x"), new Key("back\\slash"));
    assertThat(CardPath.parse("[\"\"]").steps()).containsExactly(new Key(""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "related[0].provider.name | related[0].provider.name",
      "params[\"og.title\"]     | params[\"og.title\"]",
      "params[\"plain\"]        | params.plain",
      "[\"a.b\"].c[2]           | [\"a.b\"].c[2]",
      "x[\"say \\\"hi\\\"\"]    | x[\"say \\\"hi\\\"\"]",
      "x[\"\"].y                | x[\"\"].y",
      "a[\"]\"][0][1]           | a[\"]\"][0][1]"})
  void writingAPathGivesTextThatReadsAsTheSameSteps(String text, String written) {
    CardPath path = CardPath.parse(text);

    assertThat(path.toString()).isEqualTo(written);
    assertThat(CardPath.parse(path.toString())).isEqualTo(path);
  }

  @Test
  void stepsAddedOneByOneWriteTheirQuotingThemselves() {
    CardPath path = CardPath.root().key("params").key("og.title").index(2).key("a\"b").key("c\\d");

    assertThat(path.toString()).isEqualTo("params[\"og.title\"][2][\"a\\\"b\"][\"c\\\\d\"]");
    assertThat(CardPath.parse(path.toString())).isEqualTo(path);
    assertThat(CardPath.root().toString()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b", "a.", "[x]", "a[", "a[\"b]", ".a", "a]", "a[-1]", "a[1.5]",
      "a[]", "a.[0]"})
  void malformedPathsAreRefusedSayingWhere(String text) {
    assertThatThrownBy(() -> CardPath.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a model path").hasMessageContaining("at character");
  }

  @Test
  void aNegativeIndexIsNoStep() {
    assertThatThrownBy(() -> new Index(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardPath.root().index(-2)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "provider.name", "related[1].provider.domain",
      "related[3].images[0].height", "topics[1]", ""})
  void positionOfTakesAPathAsTextOrAsSteps(String path) {
    CardDocument seed = MAPPER.read(TestFiles.resource("cards/seed.md"));

    assertThat(seed.positionOf(CardPath.parse(path))).isPresent().isEqualTo(seed.positionOf(path));
  }

  @Test
  void aKeyHoldingADotIsRenamedAndLocatedThroughItsSteps() {
    CardDocument doc = MAPPER.read("---\r\ntitle: t\r\nparams:\r\n  og.title: x # kept\r\n---\r\n");
    CardPath key = CardPath.root().key("params").key("og.title");

    assertThat(doc.positionOf(key).orElseThrow().line()).isEqualTo(4);
    assertThat(doc.withKeyRenamed(key, "og:title").text())
        .isEqualTo("---\r\ntitle: t\r\nparams:\r\n  og:title: x # kept\r\n---\r\n");
    assertThatThrownBy(() -> doc.withKeyRenamed(CardPath.root().key("params").index(0), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("params[0]");
    assertThatThrownBy(() -> doc.withKeyRenamed(CardPath.root(), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBindingErrorGivesItsPathAsStepsThatPointAtTheValue() {
    CardDocument doc = MAPPER.read("---\ntitle: t\nrelated:\n  - title: r\n    images:\n"
        + "      - url: u\n        width: many\n---\n");

    CardBindingException e = catchBinding(doc);

    assertThat(e.path()).isEqualTo("related[0].images[0].width");
    assertThat(e.cardPath()).isEqualTo(CardPath.root().key("related").index(0).key("images")
        .index(0).key("width"));
    assertThat(doc.positionOf(e.cardPath()).orElseThrow().line()).isEqualTo(e.line());
  }

  @Test
  void aBindingErrorUnderAKeyHoldingADotQuotesItInItsPath() {
    record Page(String title, java.util.Map<String, Integer> params) {}
    CardDocument doc = MAPPER.read("---\ntitle: t\nparams:\n  og.width: wide\n---\n");

    CardBindingException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        CardBindingException.class, () -> doc.as(Page.class));

    assertThat(e.cardPath()).isEqualTo(CardPath.root().key("params").key("og.width"));
    assertThat(e.path()).isEqualTo("params[\"og.width\"]");
    assertThat(doc.positionOf(e.cardPath()).orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void aPathGivenToTheConstructorOutsideTheSyntaxIsOneKey() {
    CardBindingException e = new CardBindingException("not [a path", "bad", 0, 0, null, null);

    assertThat(e.cardPath().steps()).isEqualTo(List.of(new Key("not [a path")));
  }

  private static CardBindingException catchBinding(CardDocument doc) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(CardBindingException.class,
        doc::card);
  }
}
