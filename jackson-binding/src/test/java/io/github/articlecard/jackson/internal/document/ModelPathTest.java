package io.github.articlecard.jackson.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ModelPath}: parsing model paths, and where a path's value stands in a card's text. */
class ModelPathTest {
  private static final CardReader READER = new CardReader(ReadLimits.DEFAULTS);

  @Test
  void keysIndexesAndQuotedKeysParseIntoSteps() {
    assertThat(ModelPath.parse("related[0].images[12].width"))
        .containsExactly("related", 0, "images", 12, "width");
    assertThat(ModelPath.parse("params[\"og.title\"]")).containsExactly("params", "og.title");
    assertThat(ModelPath.parse("a[\"x\\\"y]\"].b")).containsExactly("a", "x\"y]", "b");
    assertThat(ModelPath.parse("m[0][1]")).containsExactly("m", 0, 1);
    assertThat(ModelPath.parse("")).isEmpty();
    assertThat(ModelPath.parse("list[99999999999999]")).containsExactly("list", Integer.MAX_VALUE);
  }

  @Test
  void malformedPathsNameWhereTheyGoWrong() {
    for (String path : List.of("a..b", "a.", "[x]", "a[", "a[\"b]", ".a", "a]")) {
      assertThatThrownBy(() -> ModelPath.parse(path)).as(path)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a model path")
          .hasMessageContaining("at character");
    }
  }

  @Test
  void aPathsValueIsFoundInTheWholeTextPastTheOpeningLine() {
    String text = "\uFEFF---\r\ntitle: \"T\"\r\nlist:\r\n  - a\r\n  - {k: v}\r\n---\r\n";
    ParsedCard parsed = READER.read(text);

    assertThat(ModelPath.offsetOf(parsed, ModelPath.parse("title"))).hasValue(text.indexOf("\"T\""));
    assertThat(ModelPath.offsetOf(parsed, ModelPath.parse("list[1].k")))
        .hasValue(text.indexOf("v}"));
    assertThat(ModelPath.offsetOf(parsed, ModelPath.parse("list"))).hasValue(text.indexOf("- a"));
    assertThat(ModelPath.offsetOf(parsed, ModelPath.parse(""))).hasValue(text.indexOf("title"));
  }

  @Test
  void anAbsentKeyOrAnIndexPastTheEndHasNoOffset() {
    ParsedCard parsed = READER.read("---\ntitle: T\nlist: [a]\n---\n");

    for (String path : List.of("nothing", "list[1]", "title.x", "list[0].k", "list[9999999999]")) {
      assertThat(ModelPath.offsetOf(parsed, ModelPath.parse(path))).as(path).isEmpty();
    }
  }
}
