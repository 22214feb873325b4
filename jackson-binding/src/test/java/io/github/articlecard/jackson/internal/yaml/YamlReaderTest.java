package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader's own behaviour where it differs from the SnakeYAML reader the library had: what
 * YAML 1.2 allows reads, what it does not (and what the library refuses by policy) is refused at
 * the line of the fault, in every variant (LF and CRLF, nesting, list items, keys and values).
 */
class YamlReaderTest {
  private static SourceMap read(String text) {
    return CardReader.readFrontMatter(text, ReadLimits.DEFAULTS, SourceText.of(text), 0);
  }

  private static CardParseException refused(String text) {
    return catchThrowableOfType(CardParseException.class, () -> read(text));
  }

  @Test
  void aLineIndentedLessThanTheFirstKeyIsRefusedNotDropped() {
    for (String text : List.of("  title: t\nquality: 1\n", "  title: t\r\nquality: 1\r\n",
        " a:\n   b: 1\nc: 2\n", "  - a\n- b\n")) {
      CardParseException e = refused(text);

      assertThat(e).as(text).isNotNull();
      assertThat(e.line()).as(text).isEqualTo(text.startsWith(" a:") ? 3 : 2);
    }
  }

  @Test
  void tabsYamlAllowsAsWhiteSpaceRead() {
    assertThat(read("a: b\t\nseq:\t\n - x\t\nc: d\t# note\n").data().toString())
        .isEqualTo("{\"a\":\"b\",\"seq\":[\"x\"],\"c\":\"d\"}");
    assertThat(read("a: 1\n\t\n \t\nb: 2\n").data().size()).isEqualTo(2); // blank lines
    assertThat(read("m: {a: 1,\tb: [x,\ty]}\n").data().toString())
        .isEqualTo("{\"m\":{\"a\":1,\"b\":[\"x\",\"y\"]}}");
    assertThat(read("a: one\n \ttwo\n").data().get("a").textValue()).isEqualTo("one two");
  }

  @Test
  void aTabBeforeAKeyAnItemOrAValueIsRefusedAsAHandEditingMistake() {
    for (String text : List.of("\ttitle: t\n", " \ttitle: t\n", "a:\n  b: 1\n  \tc: 2\n",
        "list:\n\t- a\n", "title:\t\"x\"\n", "list:\n  -\tx\n", "a:\r\n\tb: 1\r\n")) {
      CardParseException e = refused(text);

      assertThat(e).as(text).isNotNull();
      assertThat(e.kind()).as(text).isEqualTo(Kind.SYNTAX);
      assertThat(e.problem()).as(text).containsAnyOf("tabs cannot be used for indentation",
          "use a space");
      assertThat(text.split("\n")[e.line() - 1]).as(text).contains("\t");
    }
  }

  @Test
  void theFurtherLinesOfAQuotedValueAreIndentedUnderItsKey() {
    assertThat(read("a: \"one\n  two\"\nb: 'x\n  y'\n").data().toString())
        .isEqualTo("{\"a\":\"one two\",\"b\":\"x y\"}");
    for (String text : List.of("a: \"one\ntwo\"\n", "a: 'one\ntwo'\n", "a: \"one\r\ntwo\"\r\n",
        "list:\n  - \"one\n  two\"\n", "m:\n  k: 'one\n  two'\n")) {
      CardParseException e = refused(text);

      assertThat(e).as(text).isNotNull();
      assertThat(e.line()).as(text).isEqualTo(text.startsWith("a:") ? 2 : 3);
    }
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsOpeningQuote() {
    for (String text : List.of("title: \"open\nnext: \"x\"\n", "m:\n  k: 'open\n  n: 'x'\n",
        "list:\n  - \"open\n  - \"x\"\n", "title: \"open\r\nnext: \"x\"\r\n")) {
      CardParseException e = refused(text);

      assertThat(e).as(text).isNotNull();
      assertThat(e.problem()).as(text).contains("unclosed quote");
      assertThat(text.split("\n")[e.line() - 1].charAt(e.column() - 1)).as(text).isIn('"', '\'');
    }
  }

  @Test
  void aBlockScalarOfBlankLinesOnlyIsEmpty() {
    assertThat(read("a: |\n  \nb: 1\n").data().get("a").textValue()).isEmpty();
    assertThat(read("a: >\n\n   \nb: 1\n").data().get("a").textValue()).isEmpty();
    assertThat(read("a: |+\n  \n\nb: 1\n").data().get("a").textValue()).isEqualTo("\n\n");
  }

  @Test
  void theEndOfTheTextStandsForTheLineBreakOfABlockScalarsLastLine() {
    // L24T-01; SnakeYAML drops that line break
    for (String eol : List.of("\n", "\r\n")) {
      assertThat(read("e: |" + eol + "  first" + eol + "  more").data().get("e").textValue())
          .isEqualTo("first\nmore\n");
      assertThat(read("e: >" + eol + "  a" + eol + "  b").data().get("e").textValue())
          .isEqualTo("a b\n");
      assertThat(read("e: |+" + eol + "  x").data().get("e").textValue()).isEqualTo("x\n");
      assertThat(read("e: |-" + eol + "  x").data().get("e").textValue()).isEqualTo("x");
      assertThat(read("p:" + eol + "  e: |" + eol + "    x").data().get("p").get("e").textValue())
          .isEqualTo("x\n");
      assertThat(read("l:" + eol + "- |" + eol + "  x").data().get("l").get(0).textValue())
          .isEqualTo("x\n");
    }
  }

  @Test
  void aListOrAnExplicitKeyOnTheLineOfItsAnchorOrTagIsRefusedThere() {
    // properties before a block collection end their line; on a line of their own they may
    assertThat(read("tags: !!seq\n  - a\nm: &m\n  ? k\n  : v\n").data().toString())
        .isEqualTo("{\"tags\":[\"a\"],\"m\":{\"k\":\"v\"}}");
    for (String text : List.of("tags:\n ! - a\nx: 1\n", "tags:\r\n  !!seq - a\r\n",
        "l:\n  - &a - x\n", "m:\n  &a ? k\n  : v\n", "p:\n  q:\n    &a !!seq - x\n")) {
      CardParseException e = refused(text);

      assertThat(e).as(text).isNotNull();
      assertThat(e.kind()).as(text).isEqualTo(Kind.SYNTAX);
      assertThat(e.problem()).as(text).contains("on the line of its anchor or tag");
      assertThat(text.split("\n")[e.line() - 1].charAt(e.column() - 1)).as(text).isIn('-', '?');
    }
  }

  @Test
  void aKeyOfNoTextButItsAnchorOrTagIsTheEmptyText() {
    // as SnakeYAML read it, and as flow mappings ({! : 1}) already did; ': 1' is still refused
    for (String eol : List.of("\n", "\r\n")) {
      assertThat(read("! : 1" + eol + "b: 2" + eol).data().toString())
          .isEqualTo("{\"\":1,\"b\":2}");
      assertThat(read("a: 1" + eol + "&k : 2" + eol).data().toString())
          .isEqualTo("{\"a\":1,\"\":2}");
      assertThat(read("m:" + eol + "  b: 2" + eol + "  !!str : 1" + eol).data().toString())
          .isEqualTo("{\"m\":{\"b\":2,\"\":1}}");
      assertThat(read("l:" + eol + "- ! : 1" + eol + "  b: 2" + eol).data().toString())
          .isEqualTo("{\"l\":[{\"\":1,\"b\":2}]}");
      assertThat(refused(": 1" + eol).problem()).contains("a ':' with no key before it");
      assertThat(refused("a: 1" + eol + ": 2" + eol).line()).isEqualTo(2);
    }
  }

  @Test
  void aKeyOfNothingIsRefusedInEveryFormYamlAllowsIt() {
    // YAML reads these keys as null; no card could name them, as ': 1' in a block mapping
    for (String eol : List.of("\n", "\r\n")) {
      for (String text : List.of("?" + eol + ": v" + eol, "? " + eol + ": v" + eol + "b: 1" + eol,
          "a: 1" + eol + "? # a comment" + eol + ": v" + eol, "m: {: v}" + eol,
          "m: {? }" + eol, "m: {a: 1, ? : 2}" + eol, "m: [? ]" + eol, "m: [: v]" + eol,
          "m: [a, ? : v]" + eol, "m:" + eol + "  - ? " + eol + "    : v" + eol,
          "m: {x: {: v}}" + eol)) {
        CardParseException e = refused(text);
        assertThat(e.kind()).as(text).isIn(Kind.UNSUPPORTED, Kind.SYNTAX);
        assertThat(e.problem()).as(text).containsAnyOf("not nothing", "no key before it");
      }
      // the empty text, written as such, is a key
      assertThat(read("\"\": 1" + eol + "m: {'': 2}" + eol).data().toString())
          .isEqualTo("{\"\":1,\"m\":{\"\":2}}");
    }
  }

  @Test
  void commentsAreFoundOutsideValuesOnly() {
    String text = "# top\na: \"# not\" # one\nb: |\n  # not\nc: [x, # two\n  y]\n";

    List<Integer> comments = YamlReader.comments(text, ReadLimits.DEFAULTS);

    assertThat(comments).extracting(at -> text.substring(at, text.indexOf('\n', at)))
        .containsExactly("# top", "# one", "# two");
  }
}
