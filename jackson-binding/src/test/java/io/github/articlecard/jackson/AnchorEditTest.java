package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changing the value behind an anchor while aliases keep the old value is a local edit on large
 * generated cards too: the anchor moves to the first alias with the old value written out there,
 * and every comment line, blank line and other entry keeps its text.
 */
class AnchorEditTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final int ENTRIES = 2_000;
  private static final int COMMENTS_PER_ENTRY = 10;
  private static final int ALIAS_EVERY = 100;

  static Stream<Arguments> anchoredValues() {
    List<Arguments> kinds = List.of(
        Arguments.of("plain scalar", "&s hello", "\"bye\""),
        Arguments.of("quoted scalar", "&s \"hello there\"", "\"bye\""),
        Arguments.of("literal block", "&s |\n  line one\n  line two", "\"line three\\n\""),
        Arguments.of("block mapping", "&s\n  size: 10 # points\n  color: red",
            "{\"size\": 10, \"color\": \"blue\"}"),
        Arguments.of("block sequence", "&s\n  - news\n  - tech", "[\"news\", \"tech\", \"ai\"]"),
        Arguments.of("flow mapping", "&s {size: 10, color: red}",
            "{\"size\": 12, \"color\": \"red\"}"),
        Arguments.of("flow sequence", "&s [1, 2, 3]", "[1, 2]"));
    return kinds.stream().flatMap(kind -> Stream.of("\n", "\r\n").map(eol -> Arguments.of(
        kind.get()[0], kind.get()[1], kind.get()[2], eol.equals("\n") ? "LF" : "CRLF")));
  }

  @ParameterizedTest(name = "{0}, {3}")
  @MethodSource("anchoredValues")
  void changingTheAnchoredValueKeepsEveryCommentAndEveryOtherLine(String kind, String anchored,
      String newValue, String lineEnding) throws Exception {
    String eol = lineEnding.equals("LF") ? "\n" : "\r\n";
    String text = largeCard(anchored, eol);
    CardDocument doc = MAPPER.read(text);
    JsonNode old = doc.frontMatter().get("shared");
    ObjectNode target = doc.frontMatter();
    target.set("shared", JSON.readTree(newValue));

    String edited = doc.withFrontMatter(target).text();

    ObjectNode reread = MAPPER.read(edited).frontMatter();
    assertThat(reread).isEqualTo(target);
    assertThat(reread.get("copy" + ALIAS_EVERY)).isEqualTo(old);
    assertThat(commentAndBlankLines(edited)).isEqualTo(commentAndBlankLines(text));
    List<LineDiff.Hunk> hunks = LineDiff.between(text, edited);
    assertThat(hunks.stream().mapToInt(hunk -> hunk.removed().size() + hunk.added().size()).sum())
        .isLessThanOrEqualTo(10);
    for (LineDiff.Hunk hunk : hunks) {
      for (String removed : hunk.removed()) {
        assertThat(removed).as("a line the edit had no need to change")
            .matches("(?s)(shared:.*| .*|copy" + ALIAS_EVERY + ": \\*s\r?\n)");
      }
    }
  }

  @ParameterizedTest(name = "{0}, {3}")
  @MethodSource("anchoredValues")
  void removingTheAnchoredEntryWritesTheValueOutAtTheFirstAlias(String kind, String anchored,
      String newValue, String lineEnding) {
    String eol = lineEnding.equals("LF") ? "\n" : "\r\n";
    String text = largeCard(anchored, eol);
    CardDocument doc = MAPPER.read(text);
    ObjectNode target = doc.frontMatter();
    target.remove("shared");

    String edited = doc.withFrontMatter(target).text();

    assertThat(MAPPER.read(edited).frontMatter()).isEqualTo(target);
    assertThat(edited).contains("copy" + ALIAS_EVERY + ": &s").contains("copy" + 2 * ALIAS_EVERY + ": *s");
    assertThat(commentAndBlankLines(edited)).containsSubsequence(
        commentAndBlankLines(text).subList(1, commentAndBlankLines(text).size()));
    assertThat(LineDiff.between(text, edited)).hasSizeLessThanOrEqualTo(2);
  }

  /**
   * A card of {@value ENTRIES} entries, each under {@value COMMENTS_PER_ENTRY} comment lines and
   * a blank line, with {@code shared} anchored at the top and an alias of it every
   * {@value ALIAS_EVERY} entries.
   */
  private static String largeCard(String anchored, String eol) {
    StringBuilder out = new StringBuilder("---").append(eol).append("# generated").append(eol)
        .append("shared: ").append(anchored.replace("\n", eol)).append(eol);
    for (int i = 1; i <= ENTRIES; i++) {
      out.append(eol);
      for (int c = 0; c < COMMENTS_PER_ENTRY; c++) {
        out.append("# comment ").append(c).append(" about entry ").append(i).append(eol);
      }
      if (i % ALIAS_EVERY == 0) {
        out.append("copy").append(i).append(": *s").append(eol);
      } else {
        out.append("entry").append(i).append(": value ").append(i).append(" # trailing").append(eol);
      }
    }
    return out.append("---").append(eol).append("body").append(eol).toString();
  }

  private static List<String> commentAndBlankLines(String text) {
    return LineDiff.lines(text).stream().filter(line -> line.isBlank() || line.startsWith("#"))
        .toList();
  }
}
