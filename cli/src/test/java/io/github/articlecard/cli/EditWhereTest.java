package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --where} on {@code set}, {@code unset} and {@code mv}, LF and CRLF: only the cards where
 * every condition holds are edited, the others left byte for byte and counted as skipped; a card
 * that does not read is reported and counted as refused, never skipped; a condition that is not
 * well formed is wrong usage before any card is read; one file alone and standard input take
 * conditions too.
 */
class EditWhereTest extends CardFolderTest {
  private Path ai;
  private Path cloud;
  private Path power;

  private void writeCards(String eol) throws IOException {
    ai = write("content/2021/ai.md", BulkEditTest.AI.replace("\n", eol));
    cloud = write("content/2020/cloud.md", BulkEditTest.CLOUD.replace("\n", eol));
    power = write("content/2021/power.md", BulkEditTest.POWER.replace("\n", eol));
  }

  private String content() {
    return folder.resolve("content").toString();
  }

  private Map<Path, String> cards() {
    Map<Path, String> cards = new TreeMap<>();
    for (Path card : List.of(ai, cloud, power)) {
      cards.put(card, TestFiles.read(card));
    }
    return cards;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void theTopicGoesToEveryCardWhoseTitleMentionsAi(String eol) throws IOException {
    writeCards(eol);
    String untouched = TestFiles.read(cloud);

    ToolRun run = ToolRun.of("set", content(), "topics[+]", "Artificial Intelligence", "--where",
        "title~AI");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("updated " + ai + "\nupdated " + power + "\n");
    assertThat(run.err()).isEqualTo("articlecard: updated 2, unchanged 0, refused 0, skipped 1"
        + " (not matching --where)\n");
    assertThat(TestFiles.read(ai)).contains("  - AI" + eol + "  - Artificial Intelligence" + eol);
    assertThat(TestFiles.read(power)).contains("- Power Apps" + eol + "- Artificial Intelligence"
        + eol);
    assertThat(TestFiles.read(cloud)).isEqualTo(untouched);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void everyConditionMustHold(String eol) throws IOException {
    writeCards(eol);

    ToolRun run = ToolRun.of("set", content(), "--where", "title~AI", "--where=quality>=50",
        "heat", "5");

    assertThat(run.out()).isEqualTo("updated " + ai + "\n");
    assertThat(run.err()).isEqualTo("articlecard: updated 1, unchanged 0, refused 0, skipped 2"
        + " (not matching --where)\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void datesNumbersNestedKeysListsAndNegationsPickTheirCards(String eol) throws IOException {
    writeCards(eol);
    String[][] picks = {
        {"publishedDateTime<2021-01-01", "cloud"},
        {"publishedDateTime>=2021-03-14T13:26:00Z", "ai"},
        {"provider.domain=cloud.google.com", "cloud"},
        {"topics=Security", "cloud"},
        {"topics~apps", "power"},
        {"topics[0]=~^Facebook", "ai"},
        {"heat>0", "cloud"},
        {"published=true", "cloud"},
        {"!has:provider", "power"},
        {"has:price", "ai"},
        {"provider.name!=Mint", "cloud power"}};
    for (String[] pick : picks) {
      ToolRun run = ToolRun.of("set", "--dry-run", content(), "--where", pick[0], "quality", "1");

      assertThat(run.status()).as(pick[0] + ": " + run.err()).isZero();
      for (Path card : List.of(ai, cloud, power)) {
        String name = card.getFileName().toString().replace(".md", "");
        assertThat(run.out().contains("+++ b/" + card.toString().substring(1) + "\n"))
            .as(pick[0] + " picks " + name).isEqualTo(List.of(pick[1].split(" ")).contains(name));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void unsetAndMvTakeConditionsSoCardsWithoutTheKeyAreSkippedNotRefused(String eol)
      throws IOException {
    writeCards(eol);

    ToolRun unset = ToolRun.of("unset", content(), "price", "--where", "has:price");
    ToolRun mv = ToolRun.of("mv", content(), "sourceUrl", "originalUrl", "--where",
        "has:sourceUrl");

    assertThat(unset.status()).as(unset.err()).isZero();
    assertThat(unset.err()).isEqualTo("articlecard: updated 1, unchanged 0, refused 0, skipped 2"
        + " (not matching --where)\n");
    assertThat(mv.status()).as(mv.err()).isZero();
    assertThat(mv.out()).isEqualTo("updated " + ai + "\n");
    assertThat(TestFiles.read(ai)).doesNotContain("price:").doesNotContain("sourceUrl:")
        .contains(eol + "originalUrl: \"https://www.livemint.com/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aCardThatDoesNotReadIsReportedAndRefusedNotSkipped(String eol) throws IOException {
    writeCards(eol);
    Path broken = write("content/2021/broken.md", BulkEditTest.BROKEN.replace("\n", eol));

    ToolRun run = ToolRun.of("set", content(), "--where", "title~AI", "quality", "1");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).hasSize(2);
    assertThat(run.problems().get(0)).startsWith("articlecard: " + broken + ":2:");
    assertThat(run.problems().get(1)).isEqualTo("articlecard: updated 2, unchanged 0, refused 1,"
        + " skipped 1 (not matching --where)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "title!AI", "quality>high", "topics[+]~AI", "title=~(",
      "=AI"})
  void aConditionThatIsNotWellFormedIsWrongUsageAndNothingIsWritten(String condition)
      throws IOException {
    writeCards("\n");
    Map<Path, String> before = cards();

    ToolRun run = ToolRun.of("set", content(), "--where", "title~AI", "--where", condition,
        "quality", "1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("articlecard: --where '" + condition + "': ")
        .contains("\nusage: articlecard set ");
    assertThat(cards()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void oneFileAloneThatDoesNotMatchIsNamedSkippedAndStandardInputGoesThroughAsItWas(String eol)
      throws IOException {
    writeCards(eol);
    String card = TestFiles.read(cloud);

    ToolRun alone = ToolRun.of("set", cloud.toString(), "quality", "1", "--where", "title~AI");
    ToolRun matching = ToolRun.of("set", ai.toString(), "quality", "1", "--where", "title~AI");
    ToolRun through = ToolRun.withInput(card, "set", "-", "quality", "1", "--where", "title~AI");
    ToolRun edited = ToolRun.withInput(card, "set", "-", "quality", "1", "--where", "!has:price");
    ToolRun dryRun = ToolRun.withInput(card, "set", "-n", "-", "quality", "1", "--where",
        "title~AI");
    ToolRun fileDryRun = ToolRun.of("set", "-n", cloud.toString(), "quality", "1", "--where",
        "title~AI");

    assertThat(alone.status()).isZero();
    assertThat(alone.out()).isEqualTo("skipped " + cloud + " (not matching --where)\n");
    assertThat(alone.err()).isEmpty();
    assertThat(TestFiles.read(cloud)).isEqualTo(card);
    assertThat(matching.out()).isEqualTo("updated " + ai + "\n");
    assertThat(through.out()).isEqualTo(card);
    assertThat(edited.out()).isEqualTo(card.replace("quality: 80", "quality: 1"));
    assertThat(dryRun.out()).isEmpty();
    assertThat(fileDryRun.out()).isEmpty(); // stdout holds the diff alone
  }
}
