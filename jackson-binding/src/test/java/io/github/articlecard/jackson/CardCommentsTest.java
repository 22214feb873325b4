package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CardDocument#comments()}: every comment of the front matter and nothing else. In the test
 * cards under {@code comments/}, every real comment holds the word {@code COMMENT} and no other
 * text does, so the expected comments are read off the card itself.
 */
class CardCommentsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String FOLDER = "io/github/articlecard/jackson/comments/";

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
      "block.md, LF", "block.md, CRLF", "block.md, BOM and CRLF",
      "flow.md, LF", "flow.md, CRLF",
      "flow-root.md, LF", "flow-root.md, CRLF",
      "anchors.md, LF", "anchors.md, BOM and LF",
      "only-comments.md, LF", "only-comments.md, CRLF",
      "none.md, LF", "none.md, CRLF"})
  void everyCommentIsListedAndNoHashInsideAValueOrTheBody(String card, String form) {
    String text = variant(TestFiles.resource(FOLDER + card), form);

    List<CardComment> comments = MAPPER.read(text).comments();

    assertThat(comments).isEqualTo(expected(text));
  }

  @Test
  void eachCommentSaysWhereItsHashStandsAndWhetherItHasItsLine() {
    String text = "---\r\n# above\r\ntitle: \"T # not\" # after\r\ntopics:\r\n  - \uD83E\uDD16 # robot\r\n---\r\n";

    List<CardComment> comments = MAPPER.read(text).comments();

    assertThat(comments).extracting(CardComment::line, CardComment::column, CardComment::text,
        CardComment::ownLine).containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 1, "# above", true),
            org.assertj.core.groups.Tuple.tuple(3, 18, "# after", false),
            org.assertj.core.groups.Tuple.tuple(5, 7, "# robot", false));
    assertThat(comments.get(2).position().offset()).isEqualTo(text.indexOf("# robot"));
  }

  @Test
  void aCardInTheHouseStyleHasNoComments() {
    CardDocument seed = MAPPER.read(TestFiles.resource("cards/seed.md"));

    assertThat(seed.comments()).isEmpty();
  }

  @Test
  void anEditedDocumentListsTheCommentsOfItsOwnText() {
    CardDocument doc = MAPPER.read(TestFiles.resource(FOLDER + "block.md"));
    CardDocument edited = doc.withFrontMatter(withoutKey(doc, "provider"));

    assertThat(edited.comments()).isEqualTo(expected(edited.text()));
    assertThat(edited.comments()).hasSize(doc.comments().size() - 3);
  }

  @Test
  void aCommentIsTextFromAHashToTheEndOfOneLine() {
    Position at = new Position(1, 1, 0);

    assertThatThrownBy(() -> new CardComment(at, "no hash", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CardComment(at, "# two\nlines", true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode withoutKey(CardDocument doc,
      String key) {
    com.fasterxml.jackson.databind.node.ObjectNode data = doc.frontMatter();
    data.remove(key);
    return data;
  }

  private static String variant(String text, String form) {
    String lines = form.contains("CRLF") ? text.replace("\n", "\r\n") : text;
    return form.startsWith("BOM") ? "\uFEFF" + lines : lines;
  }

  /** The comments of a test card: for each {@code COMMENT}, the {@code #} before it on its line. */
  private static List<CardComment> expected(String text) {
    int bodyStart = text.indexOf("\n---", text.indexOf("---") + 3);
    List<CardComment> comments = new ArrayList<>();
    for (int at = text.indexOf("COMMENT"); at >= 0 && at < bodyStart;
        at = text.indexOf("COMMENT", at + 1)) {
      int hash = text.lastIndexOf('#', at);
      int lineStart = text.lastIndexOf('\n', hash) + 1;
      int lineEnd = text.indexOf('\n', at);
      if (text.charAt(lineEnd - 1) == '\r') {
        lineEnd--;
      }
      int line = (int) text.substring(0, hash).chars().filter(c -> c == '\n').count() + 1;
      int column = text.codePointCount(lineStart, hash) + 1
          - (lineStart == 0 && text.startsWith("\uFEFF") ? 1 : 0);
      comments.add(new CardComment(new Position(line, column, hash), text.substring(hash, lineEnd),
          text.substring(lineStart, hash).isBlank()));
    }
    return comments;
  }
}
