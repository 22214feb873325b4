package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Provider;
import io.github.articlecard.Url;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New text written through {@code withCard} takes the quoting of its siblings first (those of its
 * own kind, then those the standard quotes alike), in a front matter that is one flow mapping, on
 * one line or several, and in a block one, nested too, LF and CRLF; the standard's quoting only
 * where the document shows none. A known key goes where the house order puts it, also in a flow
 * mapping that loses its last key in the same edit (on one line, with a trailing comma, on lines of
 * its own, where the kept last entry keeps its comma and its line).
 */
class NewTextFollowsItsSiblingsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  /** The layouts a front matter of {@code title} and {@code quality} can take, ITEM the title. */
  private static final List<String> LAYOUTS = List.of(
      "{title: ITEM, quality: 5}\n",
      "{\n  title: ITEM,\n  quality: 5\n}\n",
      "title: ITEM\nquality: 5\n");

  private static String edited(String frontMatter, String eol,
      UnaryOperator<ArticleCard.Builder> edit) {
    CardDocument doc = MAPPER.read(("---\n" + frontMatter + "---\n").replace("\n", eol));
    return doc.withCard(edit.apply(doc.card().toBuilder()).build()).text();
  }

  @ParameterizedTest(name = "title {0}: excerpt {1}, link {2}")
  @CsvSource(delimiter = '|', value = {
      "\"T\" | \"E\" | \"https://a.org/x\"",
      "T     | E     | https://a.org/x",
      "'T'   | 'E'   | 'https://a.org/x'"})
  void newTextAndLinksTakeTheQuotingOfTheTextBesideThem(String title, String excerpt,
      String link) {
    for (String layout : LAYOUTS) {
      for (String eol : List.of("\n", "\r\n")) {
        String frontMatter = layout.replace("ITEM", title);

        String written = edited(frontMatter, eol,
            card -> card.excerpt("E").webUrl("https://a.org/x"));

        assertThat(written).as(layout + eol.length())
            .contains("excerpt: " + excerpt).contains("webUrl: " + link)
            .contains("title: " + title);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{title: \"T\", provider: {name: \"Mint\"}} | domain: \"mint.com\"",
      "{title: T, provider: {name: Mint}}         | domain: mint.com",
      "{title: 'T', provider: {name: 'Mint'}}     | domain: 'mint.com'"})
  void aNewKeyInANestedFlowMappingTakesItsSiblingsQuoting(String frontMatter, String expected) {
    for (String eol : List.of("\n", "\r\n")) {
      assertThat(edited(frontMatter + "\n", eol,
          card -> card.provider(Provider.of("Mint", "mint.com")))).contains(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{title: T, webUrl: https://a.org/y}           | ampWebUrl: https://a.org/x",
      "{title: \"T\", webUrl: https://a.org/y}       | ampWebUrl: https://a.org/x",
      "{title: T, webUrl: \"https://a.org/y\"}       | ampWebUrl: \"https://a.org/x\"",
      "'title: \"T\"\nwebUrl: https://a.org/y\n'     | ampWebUrl: https://a.org/x"})
  void aNewLinkFollowsTheLinksBesideItBeforeTheText(String frontMatter, String expected) {
    for (String eol : List.of("\n", "\r\n")) {
      assertThat(edited(frontMatter.endsWith("\n") ? frontMatter : frontMatter + "\n", eol,
          card -> card.ampWebUrl(Url.of("https://a.org/x")))).contains(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{category: news, title: \"T\"} | excerpt: \"E\"",
      "{category: news, title: T}     | excerpt: E",
      "{type: article, title: T}      | excerpt: E"})
  void openSetsWrittenPlainDoNotDecideTheQuotingOfText(String frontMatter, String expected) {
    for (String eol : List.of("\n", "\r\n")) {
      assertThat(edited(frontMatter + "\n", eol, card -> card.excerpt("E"))).contains(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{title: T, webUrl: https://a.org/y, quality: 5, secured: S}"
          + " | {title: T, webUrl: https://a.org/y, ampWebUrl: https://a.org/x, quality: 5}",
      "{title: T, webUrl: https://a.org/y, quality: 5, secured: S,}"
          + " | {title: T, webUrl: https://a.org/y, ampWebUrl: https://a.org/x, quality: 5,}",
      "'{\n  title: T,\n  webUrl: https://a.org/y,\n  quality: 5,\n  secured: S\n}'"
          + " | '{\n  title: T,\n  webUrl: https://a.org/y,\n  ampWebUrl: https://a.org/x,\n"
          + "  quality: 5,\n}'"})
  void aKnownKeyGoesWhereTheHouseOrderPutsItInAFlowMappingThatLosesItsLastKey(
      String frontMatter, String expected) {
    for (String eol : List.of("\n", "\r\n")) {
      String written = edited(frontMatter + "\n", eol,
          card -> card.ampWebUrl(Url.of("https://a.org/x")).secured(null));

      assertThat(written).isEqualTo(("---\n" + expected + "\n---\n").replace("\n", eol));
    }
  }
}
