package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.LineDiff.Hunk;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every card of the shared corpus through a small record of the user's own: the unmodified value
 * gives the text back, each one-field edit changes exactly that field's lines, and every key the
 * record does not model keeps its value.
 */
@NeedsCorpus
class OwnTypesCorpusTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  /** Three of the card's keys; the others (provider, images, secured, ...) are not modeled. */
  record Teaser(String title, Instant publishedDateTime, List<String> topics) {}

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  @ParameterizedTest
  @MethodSource("cards")
  void unmodifiedTeaserGivesTheSameText(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);
    Teaser teaser = doc.as(Teaser.class);

    assertThat(teaser.title()).isEqualTo(doc.card().title());
    assertThat(teaser.publishedDateTime()).isEqualTo(doc.card().publishedDateTime());
    assertThat(doc.with(teaser).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("cards")
  void eachOneFieldEditChangesOnlyItsOwnLines(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);
    Teaser teaser = doc.as(Teaser.class);

    newTitleChangesOnlyTheTitleLine(text, doc, teaser);
    laterPublicationChangesOnlyItsLineInItsOwnStyle(text, doc, teaser);
    anAddedTopicAddsOneLine(text, doc, teaser);
    aNullTitleRemovesTheTitleLine(text, doc, teaser);
  }

  private static void newTitleChangesOnlyTheTitleLine(String text, CardDocument doc,
      Teaser teaser) {
    CardDocument next = doc.with(new Teaser("A new \"title\" \u00e9", teaser.publishedDateTime(),
        teaser.topics()));

    assertOneLineChanged(text, next.text(), "title: ");
    assertOnlyKeyChanged(doc, next, "title");
  }

  private static void laterPublicationChangesOnlyItsLineInItsOwnStyle(String text,
      CardDocument doc, Teaser teaser) {
    Instant later = teaser.publishedDateTime().plus(1, ChronoUnit.DAYS);

    CardDocument next = doc.with(new Teaser(teaser.title(), later, teaser.topics()));

    String oldLine = lineStarting(text, "publishedDateTime: ");
    String newLine = lineStarting(next.text(), "publishedDateTime: ");
    assertThat(newLine).isEqualTo(oldLine.replace(teaser.publishedDateTime().toString()
        .substring(0, 10), later.toString().substring(0, 10)));
    assertOneLineChanged(text, next.text(), "publishedDateTime: ");
    assertOnlyKeyChanged(doc, next, "publishedDateTime");
  }

  private static void anAddedTopicAddsOneLine(String text, CardDocument doc, Teaser teaser) {
    List<String> topics = teaser.topics() == null ? new ArrayList<>() : new ArrayList<>(teaser.topics());
    topics.add("Own types");

    CardDocument next = doc.with(new Teaser(teaser.title(), teaser.publishedDateTime(), topics));

    assertOnlyKeyChanged(doc, next, "topics");
    assertThat(next.as(Teaser.class).topics()).isEqualTo(topics);
    if (teaser.topics() != null && !teaser.topics().isEmpty()) {
      assertThat(LineDiff.between(text, next.text())).singleElement().satisfies(hunk -> {
        assertThat(hunk.removed()).isEmpty();
        assertThat(hunk.added()).singleElement().asString().contains("- Own types");
      });
    }
  }

  private static void aNullTitleRemovesTheTitleLine(String text, CardDocument doc,
      Teaser teaser) {
    CardDocument next = doc.with(new Teaser(null, teaser.publishedDateTime(), teaser.topics()));

    assertThat(LineDiff.between(text, next.text())).singleElement().satisfies(hunk -> {
      assertThat(hunk.added()).isEmpty();
      assertThat(hunk.removed()).singleElement().asString().startsWith("title: ");
    });
  }

  private static void assertOneLineChanged(String before, String after, String prefix) {
    List<Hunk> hunks = LineDiff.between(before, after);
    assertThat(hunks).singleElement().satisfies(hunk -> {
      assertThat(hunk.removed()).singleElement().asString().startsWith(prefix);
      assertThat(hunk.added()).singleElement().asString().startsWith(prefix);
    });
  }

  /** Every key but the given one has the same data as before (unknown keys and the body included). */
  private static void assertOnlyKeyChanged(CardDocument before, CardDocument after, String key) {
    ObjectNode was = before.frontMatter();
    ObjectNode now = after.frontMatter();
    was.remove(key);
    now.remove(key);
    assertThat(now).isEqualTo(was);
    assertThat(after.body()).isEqualTo(before.body());
  }

  private static String lineStarting(String text, String prefix) {
    return text.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow();
  }
}
