package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CardDocument#warnings()}: valid YAML that almost certainly is not what was meant (files in
 * {@code warnings/}, the expected warnings in {@code warnings/expected.tsv}); clean cards, real
 * ones included, have none.
 */
class WarningsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @Test
  void eachFileHasExactlyItsExpectedWarnings() throws IOException {
    Map<String, List<String[]>> expected = new LinkedHashMap<>();
    for (String[] row : HandEditingMistakesTest.rows("warnings/expected.tsv")) {
      expected.computeIfAbsent(row[0], f -> new ArrayList<>()).add(row);
    }
    List<String> files;
    try (Stream<Path> listed = Files.list(HandEditingMistakesTest.folder("warnings"))) {
      files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
          .toList();
    }
    assertThat(files).containsAll(expected.keySet());
    for (String file : files) {
      List<CardWarning> warnings = MAPPER.read(TestFiles.resource("warnings/" + file)).warnings();
      List<String[]> rows = expected.getOrDefault(file, List.of());

      assertThat(warnings).as(file).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        String[] row = rows.get(i);
        CardWarning warning = warnings.get(i);
        assertThat(warning.kind()).as(file).isEqualTo(CardWarning.Kind.valueOf(row[1]));
        assertThat(warning.line()).as(file + " line").isEqualTo(Integer.parseInt(row[2]));
        assertThat(warning.column()).as(file + " column").isEqualTo(Integer.parseInt(row[3]));
        assertThat(warning.problem()).as(file).contains(row[4]);
        assertThat(warning.excerpt()).as(file).startsWith("  " + row[2] + " | ");
      }
    }
  }

  @Test
  void aHashInAPlainTitleIsReadAsACommentAndWarnedAbout() {
    CardDocument doc = MAPPER.read("---\ntitle: We're #1 at AI\n---\n");

    assertThat(doc.card().title()).isEqualTo("We're");
    assertThat(doc.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.kind()).isEqualTo(CardWarning.Kind.COMMENT_IN_VALUE);
      assertThat(warning.message()).startsWith("line 2, column 14: ' #' starts a comment")
          .endsWith("  2 | title: We're #1 at AI\n    |              ^");
      assertThat(warning.sourceName()).isEmpty();
    });
  }

  @Test
  void warningsOfAFileNameTheFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("card.md");
    Files.writeString(file, "---\ntopics:\n  - AI\n  - Rank #1\n---\n");

    CardWarning warning = MAPPER.read(file).warnings().get(0);

    assertThat(warning.sourceName()).contains(file.toString());
    assertThat(warning.message()).startsWith(file + ": line 4, column 10: ");
    assertThat(warning.toString()).isEqualTo(warning.message());
  }

  @Test
  void theSeedAndEditsOfItHaveNoWarnings() {
    CardDocument doc = MAPPER.read(TestFiles.resource("cards/seed.md"));

    assertThat(doc.warnings()).isEmpty();
    assertThat(doc.withCard(doc.card().toBuilder().title("We're #1 at AI").build()).warnings())
        .isEmpty();
  }

  @Test
  @NeedsCorpus
  void realCardsHaveNoWarnings() {
    for (Path card : Corpus.allCards()) {
      assertThat(MAPPER.read(card).warnings()).as(card.toString()).isEmpty();
    }
  }

  @Test
  void manyWarningsInALargeFrontMatterAreAllFoundInTextOrder() {
    StringBuilder text = new StringBuilder("---\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("k").append(i).append(": v #").append(i).append('\n');
    }
    List<CardWarning> warnings = MAPPER.read(text.append("---\n").toString()).warnings();

    assertThat(warnings).hasSize(20_000);
    assertThat(warnings.get(19_999).line()).isEqualTo(20_001);
    assertThat(warnings.get(19_999).column()).isEqualTo(11);
    assertThat(warnings).isSortedAccordingTo((a, b) -> Integer.compare(a.line(), b.line()));
  }
}
