package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Provider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that cannot be stored is refused, never altered (issue 10, class 7): an unpaired surrogate
 * anywhere is an error (not a {@code ?} in the file), and characters YAML does not allow raw are
 * written escaped, so that what is written reads back.
 */
class UnstorableTextTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final CardDocument DOC = MAPPER.read("---\ntitle: \"t\"\nprovider:\n  name: P\n---\nbody\n");
  private static final List<String> LONE = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF",
      "a\uD83Db", "\uDE00\uD83D");

  @Test
  void readingATextWithAnUnpairedSurrogateAnywhereFails() {
    for (String lone : LONE) {
      for (String text : List.of("---\ntitle: t\n---\nbody " + lone + "\n",
          "---\ntitle: \"" + lone + "\"\n---\n", "---\r\na: 1\r\n---\r\n" + lone)) {
        Throwable thrown = catchThrowable(() -> MAPPER.read(text));

        assertThat(thrown).as(text).isInstanceOf(CardParseException.class);
        assertThat(((CardParseException) thrown).kind()).isEqualTo(CardException.Kind.CHARACTER);
        assertThat(thrown).hasMessageContaining("unpaired surrogate");
      }
    }
    CardParseException e = (CardParseException) catchThrowable(
        () -> MAPPER.read("---\na: 1\n---\nline\nsecond \uD800 line\n"));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(8);
  }

  @Test
  void aBodyWithAnUnpairedSurrogateIsRefusedAndNothingIsWritten(@TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("card.md");
    Files.writeString(file, DOC.text());
    for (String lone : LONE) {
      assertUnwritable(() -> DOC.withBody("body " + lone));
      assertUnwritable(() -> DOC.withCard(DOC.card().toBuilder().body(lone).build()));
      assertUnwritable(() -> MAPPER.write(ArticleCard.builder().title("t").body(lone).build()));
      assertUnwritable(() -> MAPPER.write(ArticleCard.builder().title("t").body(lone).build(), file));
    }
    assertThat(Files.readString(file)).isEqualTo(DOC.text());
    assertThat(DOC.withBody("pair \uD83D\uDE00 ok").body()).isEqualTo("pair \uD83D\uDE00 ok");
  }

  @Test
  void valuesAndKeysWithAnUnpairedSurrogateAreRefused() {
    for (String lone : LONE) {
      ObjectNode value = DOC.frontMatter().put("title", lone);
      ObjectNode key = DOC.frontMatter().put("k" + lone, 1);
      ObjectNode nested = DOC.frontMatter();
      nested.withObject("provider").withArray("tags").add("x").add(lone);

      assertUnwritable(() -> DOC.withFrontMatter(value));
      assertUnwritable(() -> DOC.withFrontMatter(key));
      assertUnwritable(() -> DOC.withFrontMatter(nested));
      assertUnwritable(() -> DOC.withCard(DOC.card().toBuilder().title(lone).build()));
      assertUnwritable(() -> MAPPER.write(ArticleCard.builder().title("t")
          .extras(Extras.of(Map.of("x", List.of(Map.of("y", lone))))).build()));
      assertUnwritable(() -> MAPPER.write(ArticleCard.builder().title("t")
          .provider(Provider.builder().name(lone).build()).build()));
    }
  }

  @Test
  void charactersYamlForbidsRawAreWrittenEscapedAndReadBack() {
    String forbidden = "a\uFFFEb\uFFFFc\u0080d\u009Fe\u007Ff\u0085g\u2028h\u2029i\uFEFFj\u0000k\u001Bl";
    ArticleCard card = ArticleCard.builder().title(forbidden).excerpt("x\u0086y")
        .topics(List.of(forbidden, "\uFFFE"))
        .extras(Extras.of(Map.of("key" + forbidden, forbidden, "\uFFFF", List.of("\u0090"))))
        .build();

    String text = MAPPER.write(card);

    assertRawOnlyWhereAllowed(text);
    assertThat(MAPPER.read(text).card()).isEqualTo(card);
    assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(text);

    ObjectNode data = DOC.frontMatter().put("title", forbidden).put(forbidden, forbidden);
    data.withObject("provider").put("name", forbidden);
    String edited = DOC.withFrontMatter(data).text();
    assertRawOnlyWhereAllowed(edited);
    assertThat(MAPPER.read(edited).frontMatter()).isEqualTo(data);
  }

  private static void assertRawOnlyWhereAllowed(String text) {
    int end = text.indexOf("\n---\n", 3);
    String frontMatter = text.substring(0, end);
    frontMatter.codePoints().forEach(c -> assertThat(c == '\n' || c == '\t'
        || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || c >= 0x10000)
        .as("U+%04X written raw", c).isTrue());
  }

  private static void assertUnwritable(Runnable write) {
    Throwable thrown = catchThrowable(write::run);
    assertThat(thrown).isInstanceOf(CardException.class);
    assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.UNWRITABLE);
    assertThat(thrown).hasMessageContaining("unpaired surrogate");
  }
}
