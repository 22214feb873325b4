package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.cli.KeyPath.Append;
import io.github.articlecard.cli.KeyPath.Index;
import io.github.articlecard.cli.KeyPath.Key;
import io.github.articlecard.jackson.CardPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Key paths as the command takes them. */
class KeyPathTest {
  @Test
  void keysIndexesAndNegativeIndexes() {
    assertThat(KeyPath.parse("related[0].provider.name").steps())
        .containsExactly(new Key("related"), new Index(0), new Key("provider"), new Key("name"));
    assertThat(KeyPath.parse("topics[-1]").steps()).containsExactly(new Key("topics"), new Index(-1));
    assertThat(KeyPath.parse("images[-2].width").steps())
        .containsExactly(new Key("images"), new Index(-2), new Key("width"));
    assertThat(KeyPath.parse("matrix[1][-1]").steps())
        .containsExactly(new Key("matrix"), new Index(1), new Index(-1));
  }

  @Test
  void quotedKeysHoldDotsBracketsAndQuotes() {
    assertThat(KeyPath.parse("params[\"og.title\"]").steps())
        .containsExactly(new Key("params"), new Key("og.title"));
    assertThat(KeyPath.parse("[\"a[0]\"].b").steps()).containsExactly(new Key("a[0]"), new Key("b"));
    assertThat(KeyPath.parse("x[\"say \\\"hi\\\"\"]").steps())
        .containsExactly(new Key("x"), new Key("say \"hi\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"related[0].provider.name", "topics[-1]", "params[\"og.title\"]",
      "x[\"say \\\"hi\\\"\"][2]", "[\"a.b\"].c", "topics[+]", "related[+].images[+]"})
  void formattingGivesBackAPathThatParsesToTheSameSteps(String text) {
    KeyPath path = KeyPath.parse(text);

    assertThat(KeyPath.parse(KeyPath.format(path.steps())).steps()).isEqualTo(path.steps());
  }

  @Test
  void plusInBracketsIsANewItemAtTheEnd() {
    assertThat(KeyPath.parse("topics[+]").steps()).containsExactly(new Key("topics"), new Append());
    assertThat(KeyPath.parse("related[+].images[+]").steps()).containsExactly(new Key("related"),
        new Append(), new Key("images"), new Append());
    assertThat(KeyPath.parse("params[\"[+]\"]").steps())
        .containsExactly(new Key("params"), new Key("[+]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".title", "title.", "a..b", "topics[", "topics[x]", "topics[1.5]",
      "topics[]", "topics]", "a[\"unclosed]", "topics[99999999999]", "a.[0]", "topics[+",
      "topics[++]", "topics[+1]x", "topics.[+]"})
  void malformedPathsAreUsageErrorsThatSayWhere(String text) {
    assertThatThrownBy(() -> KeyPath.parse(text)).isInstanceOf(UsageException.class)
        .satisfies(e -> assertThat(((UsageException) e).problem()).containsAnyOf("key path", "expected"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "related[0].provider.name", "matrix[1][2]", "params[\"og.title\"]",
      "[\"a.b\"].c", "x[\"say \\\"hi\\\"\"]", "x[\"\"].y", "a[\"]\"][0]", "images[12].width",
      "params[\"plain\"]"})
  void everyPathWithoutANegativeIndexIsACardPath(String text) {
    KeyPath path = KeyPath.parse(text);
    CardPath card = CardPath.parse(text);

    assertThat(path.steps()).hasSameSizeAs(card.steps());
    for (int i = 0; i < card.steps().size(); i++) {
      assertThat(path.steps().get(i)).isEqualTo(card.steps().get(i) instanceof CardPath.Key key
          ? new Key(key.name()) : new Index(((CardPath.Index) card.steps().get(i)).index()));
    }
    assertThat(KeyPath.format(path.steps())).isEqualTo(card.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {".title", "title.", "a..b", "topics[", "topics[x]", "topics[1.5]",
      "topics[]", "topics]", "a[\"unclosed]", "a.[0]"})
  void whatTheCommandRefusesCardPathRefusesToo(String text) {
    assertThatThrownBy(() -> KeyPath.parse(text)).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> CardPath.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
