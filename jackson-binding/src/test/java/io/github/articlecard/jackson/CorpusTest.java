package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.LineDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every card of the shared corpus (the seed and the 192 real cards): binds, round-trips
 * byte-identical, writes back byte-identical in house style, and each typed edit changes exactly the
 * lines it should. Expected texts are built here by plain line surgery on the original.
 */
@NeedsCorpus
class CorpusTest {
  private static final CardMapper LF = CardMapper.builder().build();
  private static final CardMapper CRLF = CardMapper.builder().lineEnding(LineEnding.CRLF).build();

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  private static String eol(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  @ParameterizedTest
  @MethodSource("cards")
  void unmodifiedRoundTripIsByteIdentical(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = LF.read(text);

    assertThat(doc.withCard(doc.card()).text()).isEqualTo(text);
    assertThat(doc.withFrontMatter(doc.frontMatter()).text()).isEqualTo(text);
    assertThat(doc.withCard(doc.card().toBuilder().build()).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("cards")
  void canonicalWriteIsByteIdentical(Path file) {
    String text = TestFiles.read(file);
    CardMapper mapper = text.contains("\r\n") ? CRLF : LF;

    assertThat(mapper.write(LF.read(text).card())).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("cards")
  void newTitleChangesOnlyTheTitleLine(Path file) {
    String text = TestFiles.read(file);
    String expected = replaceLine(text, "title: ", "title: \"New title: \\\"quoted\\\" \u00e9\"");

    assertEdit(text, card -> card.toBuilder().title("New title: \"quoted\" \u00e9").build(), expected);
  }

  @ParameterizedTest
  @MethodSource("cards")
  void qualityPlusOneChangesOnlyTheQualityLine(Path file) {
    String text = TestFiles.read(file);
    int quality = LF.read(text).card().quality();
    String expected = replaceLine(text, "quality: ", "quality: " + (quality + 1));

    assertEdit(text, card -> card.toBuilder().quality(card.quality() + 1).build(), expected);
  }

  @ParameterizedTest
  @MethodSource("cards")
  void flippingPublishedChangesOnlyThePublishedLine(Path file) {
    String text = TestFiles.read(file);
    boolean published = LF.read(text).card().published();
    String expected = replaceLine(text, "published: ", "published: " + !published);

    assertEdit(text, card -> card.toBuilder().published(!card.published()).build(), expected);
  }

  @ParameterizedTest
  @MethodSource("cards")
  void appendingATopicAddsOneLineAfterTheLastTopic(Path file) {
    String text = TestFiles.read(file);
    List<String> lines = LineDiff.lines(text);
    int topics = indexOf(lines, "topics:");
    int last = topics;
    while (lines.get(last + 1).startsWith("  - ")) {
      last++;
    }
    lines.add(last + 1, "  - Machine learning" + eol(text));

    assertEdit(text, card -> card.toBuilder().addTopic("Machine learning").build(), String.join("", lines));
  }

  @ParameterizedTest
  @MethodSource("cards")
  void removingTheLastImageRemovesOnlyItsLines(Path file) {
    String text = TestFiles.read(file);
    List<String> lines = LineDiff.lines(text);
    int images = indexOf(lines, "images:");
    if (images < 0) {
      assertThat(LF.read(text).card().images()).isEmpty();
      return;
    }
    int end = images + 1;
    int lastItem = -1;
    while (lines.get(end).startsWith("  ")) {
      if (lines.get(end).startsWith("  - ")) {
        lastItem = end;
      }
      end++;
    }
    boolean onlyImage = lastItem == images + 1;
    int from = onlyImage ? images - 1 : lastItem; // the only image takes its key and the blank line before
    List<String> expected = new ArrayList<>(lines.subList(0, from));
    expected.addAll(lines.subList(end, lines.size()));

    assertEdit(text, card -> card.toBuilder()
        .images(card.images().subList(0, card.images().size() - 1)).build(), String.join("", expected));
  }

  @ParameterizedTest
  @MethodSource("cards")
  void addingAnUnknownTopLevelKeyAddsOneLineAfterItsSiblings(Path file) {
    String text = TestFiles.read(file);
    List<String> lines = LineDiff.lines(text);
    int closing = lines.subList(1, lines.size()).indexOf("---" + eol(text)) + 1;
    lines.add(closing, "reviewedBy: \"articlecard\"" + eol(text));

    assertEdit(text, card -> card.toBuilder().extra("reviewedBy", "articlecard").build(),
        String.join("", lines));
  }

  private static void assertEdit(String text, UnaryOperator<ArticleCard> edit, String expected) {
    CardDocument doc = LF.read(text);
    ArticleCard edited = edit.apply(doc.card());

    CardDocument next = doc.withCard(edited);

    assertThat(next.text()).as(() -> LineDiff.unified("expected", "actual", expected, next.text(), 2))
        .isEqualTo(expected);
    assertThat(LF.read(next.text()).card()).isEqualTo(edited);
  }

  private static String replaceLine(String text, String prefix, String replacement) {
    List<String> lines = LineDiff.lines(text);
    int index = indexOf(lines, prefix);
    lines.set(index, replacement + eol(text));
    return String.join("", lines);
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
