package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The front matter is one YAML document (issue 10, class 1): a line inside it that starts another
 * document or ends this one is an error at that line (the files are in {@code hostile/}); what the
 * library writes never has such a line; and {@code mapper.write(card)} checks its own output by
 * re-reading it.
 */
class DocumentMarkerTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final List<String> MARKER_TEXTS = List.of("... note", "--- x", "...", "---",
      "... ", "---\t", "...#", "--- # c", "... \"q\"", "---\n---", "x\n--- y", "x\n... y");

  @Test
  void noDataIsDroppedBehindAMarkerLine() {
    for (String marker : List.of("--- # end of metadata", "... x", "--- !tag", "---  y", "...\tz")) {
      for (String eol : List.of("\n", "\r\n")) {
        String text = ("---\ntitle: \"T\"\n" + marker + "\nquality: 99\n---\nbody\n")
            .replace("\n", eol);

        Throwable thrown = catchThrowable(() -> MAPPER.read(text));

        assertThat(thrown).as(marker).isInstanceOf(CardParseException.class);
        CardParseException e = (CardParseException) thrown;
        assertThat(e.kind()).isEqualTo(CardException.Kind.DOCUMENT_MARKER);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
      }
    }
  }

  @Test
  void anEarlierMistakeIsReportedBeforeALaterMarker() {
    CardParseException e = (CardParseException) catchThrowable(
        () -> MAPPER.read("---\nquality:11\nheat: 1\n--- x\n---\n"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("write 'quality: 11'");
  }

  @Test
  void keysThatLookLikeMarkersAreQuotedByTheCanonicalWriter() {
    Extras.Builder extras = Extras.builder();
    for (int i = 0; i < MARKER_TEXTS.size(); i++) {
      extras.put(MARKER_TEXTS.get(i), i);
    }
    ArticleCard card = ArticleCard.builder().title("t")
        .provider(Provider.builder().name("P").extras(Extras.of(Map.of("... p", "--- v"))).build())
        .topics(MARKER_TEXTS).extras(extras.build()).build();

    String text = MAPPER.write(card);

    assertNoMarkerLineInFrontMatter(text);
    assertThat(MAPPER.read(text).card()).isEqualTo(card);
  }

  @Test
  void keysThatLookLikeMarkersAreQuotedWhenInserted() {
    for (String document : List.of("---\na: 1\n---\n", "---\nlist:\n- x\n---\n",
        "---\r\nm:\n  k: v\r\n---\r\n")) {
      CardDocument doc = MAPPER.read(document);
      ObjectNode data = doc.frontMatter();
      for (String key : MARKER_TEXTS) {
        data.put(key, key);
        data.withArray("list").add(key);
      }

      String edited = doc.withFrontMatter(data).text();

      assertNoMarkerLineInFrontMatter(edited);
      assertThat(MAPPER.read(edited).frontMatter()).isEqualTo(data);
    }
  }

  @Test
  void theCanonicalWriterChecksItsOwnOutput() {
    CardMapper small = CardMapper.builder().maxFrontMatterSize(60).build();
    ArticleCard card = ArticleCard.builder().title("x".repeat(80)).build();

    Throwable thrown = catchThrowable(() -> small.write(card));

    assertThat(thrown).isInstanceOf(CardException.class).isNotInstanceOf(CardParseException.class);
    assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.LIMIT);
    assertThat(thrown).hasMessageContaining("maxFrontMatterSize");
    assertThat(MAPPER.read(MAPPER.write(card)).card()).isEqualTo(card);
  }

  private static void assertNoMarkerLineInFrontMatter(String text) {
    int start = text.indexOf('\n') + 1;
    int end = text.indexOf("\n---", start - 1);
    for (String line : text.substring(start, end).split("\r?\n")) {
      assertThat(line.matches("(---|\\.\\.\\.)([ \\t].*)?")).as(line).isFalse();
    }
  }
}
