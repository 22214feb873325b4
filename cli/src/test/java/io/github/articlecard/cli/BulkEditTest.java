package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code set}, {@code unset} and {@code mv} over folders and several PATHs in one run: cards
 * listed as {@code check} lists them ({@code --exclude}, hidden and {@code target/} folders passed
 * over, a file named always read), each edited on its own, refusals reported at their files while
 * the run goes on, one summary on stderr, exit status 1 when a card was refused; several PATHs end
 * with {@code --}, and a command line that could take a PATH for a KEY is wrong usage showing the
 * form; one file alone keeps its messages.
 */
class BulkEditTest extends CardFolderTest {
  static final String AI = TestFiles.resource("cli/bulk/ai.md");
  static final String CLOUD = TestFiles.resource("cli/bulk/cloud.md");
  static final String POWER = TestFiles.resource("cli/bulk/no-final-newline.md");
  static final String BROKEN = TestFiles.resource("cli/bulk/broken.md");

  private Path content;
  private Path cloud;
  private Path ai;
  private Path power;
  private Path draft;
  private Path named;
  private List<Path> passedOver;

  @BeforeEach
  void writeTheCards() throws IOException {
    content = folder.resolve("content");
    cloud = write("content/2020/cloud.md", CLOUD.replace("\n", "\r\n"));
    ai = write("content/2021/ai.md", AI);
    power = write("content/2021/power.md", POWER);
    draft = write("content/drafts/draft-ai.md", AI);
    named = write("extra/named.md", AI.replace("\n", "\r\n"));
    passedOver = List.of(write("content/.hidden/ai.md", AI), write("content/target/ai.md", AI),
        write("content/2021/.ai.md", AI));
  }

  /** Every card file below the folder and its bytes, to compare after a run. */
  private Map<Path, String> files() throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    try (var walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(file, TestFiles.read(file));
      }
    }
    return files;
  }

  /** Asserts the only change is one line, {@code removed} (or none) become {@code added}. */
  private static void onlyLineChanged(String before, Path file, List<String> removed,
      List<String> added) {
    List<LineDiff.Hunk> hunks = LineDiff.between(before, TestFiles.read(file));
    assertThat(hunks).as(file.toString()).hasSize(1);
    assertThat(hunks.get(0).removed()).as(file.toString()).isEqualTo(removed);
    assertThat(hunks.get(0).added()).as(file.toString()).isEqualTo(added);
  }

  @Test
  void setOnAFolderAddsTheTopicToEachCardNamesEachAndEndsWithASummary() throws IOException {
    Map<Path, String> before = files();

    ToolRun run = ToolRun.of("set", content.toString(), "--exclude", "drafts", "topics[+]",
        "Artificial Intelligence");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("updated " + cloud + "\nupdated " + ai + "\nupdated " + power
        + "\n");
    assertThat(run.err()).isEqualTo("articlecard: updated 3, unchanged 0, refused 0\n");
    onlyLineChanged(before.get(cloud), cloud, List.of("topics: [Cloud, Security]\r\n"),
        List.of("topics: [Cloud, Security, Artificial Intelligence]\r\n"));
    onlyLineChanged(before.get(ai), ai, List.of(), List.of("  - Artificial Intelligence\n"));
    onlyLineChanged(before.get(power), power, List.of(), List.of("- Artificial Intelligence\n"));
    for (Path untouched : List.of(draft, named, passedOver.get(0), passedOver.get(1),
        passedOver.get(2))) {
      assertThat(TestFiles.read(untouched)).as(untouched.toString())
          .isEqualTo(before.get(untouched));
    }
  }

  @Test
  void severalPathsEndWithDoubleDashAndAFileNamedAmongThemIsReadWhateverExcludeSays()
      throws IOException {
    Map<Path, String> before = files();

    ToolRun run = ToolRun.of("set", "--exclude", "drafts", folder.resolve("content/2021")
        .toString(), named.toString(), draft.toString(), "--", "quality", "60");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("updated " + ai + "\nupdated " + power + "\nupdated " + named
        + "\nupdated " + draft + "\n");
    assertThat(run.err()).isEqualTo("articlecard: updated 4, unchanged 0, refused 0\n");
    onlyLineChanged(before.get(named), named, List.of("quality: 59\r\n"), List.of("quality: 60\r\n"));
    onlyLineChanged(before.get(power), power, List.of("quality: 45\n"), List.of("quality: 60\n"));
    assertThat(TestFiles.read(cloud)).isEqualTo(before.get(cloud));
  }

  @Test
  void unchangedCardsAreCountedAndNotNamed() {
    ToolRun run = ToolRun.of("set", folder.resolve("content/2021").toString(), "quality", "59");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("updated " + power + "\n");
    assertThat(run.err()).isEqualTo("articlecard: updated 1, unchanged 1, refused 0\n");
  }

  @Test
  void unsetReportsACardWithoutTheKeyAndOneThatDoesNotReadAtTheirFilesAndGoesOn()
      throws IOException {
    Path broken = write("content/2021/broken.md", BROKEN);
    Map<Path, String> before = files();

    ToolRun run = ToolRun.of("unset", "--exclude", "drafts", content.toString(), "sourceUrl");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("updated " + ai + "\n");
    assertThat(run.problems()).hasSize(4);
    assertThat(run.problems().get(0)).isEqualTo("articlecard: " + cloud
        + ": not changed: no value at `sourceUrl`");
    assertThat(run.problems().get(1)).startsWith("articlecard: " + broken + ":2:");
    assertThat(run.problems().get(2)).isEqualTo("articlecard: " + power
        + ": not changed: no value at `sourceUrl`");
    assertThat(run.problems().get(3)).isEqualTo("articlecard: updated 1, unchanged 0, refused 3");
    assertThat(run.err()).endsWith("articlecard: updated 1, unchanged 0, refused 3\n");
    onlyLineChanged(before.get(ai), ai, List.of("sourceUrl: \"https://www.livemint.com/companies/"
        + "news/facebook-ai.html\" # the older schema's link\n"), List.of());
    for (Path untouched : List.of(cloud, broken, power, draft)) {
      assertThat(TestFiles.read(untouched)).isEqualTo(before.get(untouched));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void mvRefusesACardWithoutTheKeyAndOneWithTheNewNameAndRenamesTheOthers(String eol)
      throws IOException {
    Path base = folder.resolve("mv");
    Path both = write("mv/both.md", AI.replace("type: article\n",
        "originalUrl: \"https://example.org/x\"\ntype: article\n").replace("\n", eol));
    Path plain = write("mv/plain.md", AI.replace("\n", eol));
    Path without = write("mv/without.md", CLOUD.replace("\n", eol));
    String before = TestFiles.read(plain);

    ToolRun run = ToolRun.of("mv", base.toString(), "sourceUrl", "originalUrl");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("updated " + plain + "\n");
    assertThat(run.problems()).containsExactly(
        "articlecard: " + both + ": not changed: cannot rename 'sourceUrl' to 'originalUrl': the"
            + " mapping already has a key 'originalUrl'; unset it first, or edit only the cards"
            + " without it: --where '!has:originalUrl'",
        "articlecard: " + without + ": not changed: no value at `sourceUrl`; --where"
            + " has:sourceUrl edits only the cards that have it",
        "articlecard: updated 1, unchanged 0, refused 2");
    onlyLineChanged(before, plain, List.of("sourceUrl: \"https://www.livemint.com/companies/news/"
        + "facebook-ai.html\" # the older schema's link" + eol), List.of("originalUrl: \"https://"
        + "www.livemint.com/companies/news/facebook-ai.html\" # the older schema's link" + eol));
  }

  @Test
  void anEditThatWouldKeepACardFromBindingIsRefusedThereAndMadeWhereTheCardDidNotBind()
      throws IOException {
    Path bad = write("binding/not-binding.md", "---\ntitle: \"T\"\nquality: lots\nheat: 1\n---\n");
    Path good = write("binding/ai.md", AI);

    ToolRun run = ToolRun.of("set", folder.resolve("binding").toString(), "heat", "high");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("updated " + bad + "\n");
    assertThat(run.problems()).containsExactly("articlecard: " + good + ": not changed: heat:"
        + " expected a whole number, found \"high\"", "articlecard: updated 1, unchanged 0,"
        + " refused 1");
    assertThat(TestFiles.read(good)).isEqualTo(AI);
  }

  @Test
  void aKeyTheFormatDoesNotKnowIsRefusedInEveryCardThatLacksIt() {
    ToolRun run = ToolRun.of("set", folder.resolve("content/2021").toString(), "reviewer", "5");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.problems()).hasSize(3);
    assertThat(run.problems().get(0)).startsWith("articlecard: " + ai + ": not changed: `reviewer`"
        + " is not a key of the card format (the card format has category, title,");
    assertThat(run.problems().get(1)).startsWith("articlecard: " + power + ": not changed:");
    assertThat(run.problems().get(2)).isEqualTo("articlecard: updated 0, unchanged 0, refused 2");
  }

  @Test
  void aMisspelledKeyIsRefusedOnceBeforeAnyCardIsRead() {
    ToolRun run = ToolRun.of("set", folder.resolve("content/2021").toString(), "qualty", "5");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.problems()).containsExactly("articlecard: set: `qualty` is not a key of the"
        + " card format; did you mean `quality`? (--new sets it anyway)");
  }

  @Test
  void quietPrintsTheProblemsOnlyNeitherTheCardsWrittenNorTheSummary() {
    ToolRun run = ToolRun.of("-q", "unset", content.toString(), "sourceUrl");
    ToolRun late = ToolRun.of("set", content.toString(), "heat", "3", "--quiet");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.problems()).containsExactly(
        "articlecard: " + cloud + ": not changed: no value at `sourceUrl`",
        "articlecard: " + power + ": not changed: no value at `sourceUrl`");
    assertThat(late.status()).isZero();
    assertThat(late.out() + late.err()).isEmpty();
  }

  @Test
  void oneFileAloneKeepsItsMessagesWithOrWithoutDoubleDash() {
    ToolRun set = ToolRun.of("set", ai.toString(), "quality", "60");
    ToolRun again = ToolRun.of("set", ai.toString(), "--", "quality", "60");
    ToolRun refused = ToolRun.of("unset", ai.toString(), "--", "webUrl");
    ToolRun leading = ToolRun.of("set", "--", ai.toString(), "quality", "61");

    assertThat(set.status()).isZero();
    assertThat(set.out()).isEqualTo("updated " + ai + "\n");
    assertThat(set.err()).isEmpty();
    assertThat(again.out()).isEqualTo("unchanged " + ai + "\n");
    assertThat(again.err()).isEmpty();
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo("articlecard: " + ai + ": not changed: no value at"
        + " `webUrl`\n");
    assertThat(leading.out()).isEqualTo("updated " + ai + "\n");
    assertThat(TestFiles.read(ai)).contains("quality: 61\n");
  }

  @Test
  void optionsMayFollowTheDoubleDashAndSetsValuesAfterItAreTakenAsTheyAre() throws IOException {
    Map<Path, String> before = files();

    ToolRun dryRun = ToolRun.of("unset", ai.toString(), power.toString(), "--", "quality",
        "--dry-run");
    ToolRun values = ToolRun.of("set", ai.toString(), power.toString(), "--", "heat", "-1",
        "title", "--json", "-n");

    assertThat(dryRun.status()).as(dryRun.err()).isZero();
    assertThat(dryRun.out()).contains("-quality: 59\n").contains("-quality: 45\n");
    assertThat(dryRun.err()).isEqualTo("articlecard: would update 2, unchanged 0, refused 0\n");
    assertThat(values.status()).as(values.err()).isZero();
    assertThat(values.out()).contains("+title: \"--json\"\n").contains("+heat: -1\n");
    assertThat(files()).isEqualTo(before);
  }

  /** A command line and the problem it is refused with. */
  private record Wrong(List<String> args, String problem) {}

  @Test
  void aCommandLineThatCouldTakeAPathForAKeyIsWrongUsageShowingTheFormWithDoubleDash()
      throws IOException {
    Map<Path, String> before = files();
    String a = ai.toString();
    String p = power.toString();
    String c = content.toString();
    List<Wrong> wrong = List.of(
        new Wrong(List.of("set", a, p, "title", "X"), "set: '" + p + "' stands where a KEY goes"
            + " but names a file or folder; several PATHs end with --: articlecard set " + a + " "
            + p + " -- title X"),
        new Wrong(List.of("set", a, "title", "X", p, "Y"), "set: '" + p + "' stands where a KEY"
            + " goes but names a file or folder; several PATHs end with --: articlecard set " + a
            + " title X " + p + " -- Y"),
        new Wrong(List.of("unset", a, c, "title"), "unset: '" + c + "' stands where a KEY goes"
            + " but names a file or folder; several PATHs end with --: articlecard unset " + a
            + " " + c + " -- title"),
        new Wrong(List.of("unset", a, "drafts/", "title"), "unset: 'drafts/' stands where a KEY"),
        // the module's folder, where the tests run, holds src/
        new Wrong(List.of("unset", a, "title", "src"), "unset: 'src' stands where a KEY"),
        new Wrong(List.of("set", a, "missing.md", "quality", "1"), "set: 'missing.md' stands"
            + " where a KEY"),
        new Wrong(List.of("mv", a, p, "sourceUrl"), "mv: '" + p + "' stands where a KEY goes but"
            + " names a file or folder; several PATHs end with --: articlecard mv " + a + " " + p
            + " -- sourceUrl"),
        new Wrong(List.of("set", "-", a, "--", "title", "X"), "set: standard input (-) is edited"
            + " alone, not with other PATHs"),
        new Wrong(List.of("unset", a, p, "--"), "unset: nothing to do after --: the edit follows"
            + " it"),
        new Wrong(List.of("set", a, p, "--", "title"), "set: too few arguments"),
        new Wrong(List.of("mv", a, p, "--", "sourceUrl", "originalUrl", "x"), "mv: too many"
            + " arguments (unexpected 'x')"));
    for (Wrong line : wrong) {
      String command = line.args().get(0);
      ToolRun run = ToolRun.of(line.args().toArray(String[]::new));

      assertThat(run.status()).as(line.args().toString()).isEqualTo(2);
      assertThat(run.err()).as(line.args().toString())
          .startsWith("articlecard: " + line.problem())
          .contains("\nusage: articlecard " + command + " ")
          .contains(" PATH [PATH... --] ");
    }
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void aSubfolderThatCannotBeListedIsReportedAndTheRestIsEdited() throws IOException {
    Path locked = folder.resolve("content/2020");

    ToolRun run = ToolRun.withFolders(SpecialFiles.denying(Set.of(locked)), "set",
        content.toString(), "--exclude", "drafts", "heat", "3");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly("articlecard: " + locked + ": cannot list the"
        + " folder: permission denied", "articlecard: updated 2, unchanged 0, refused 0");
    assertThat(run.out()).isEqualTo("updated " + ai + "\nupdated " + power + "\n");
    assertThat(TestFiles.read(cloud)).isEqualTo(CLOUD.replace("\n", "\r\n"));
  }

  @Test
  void aCardDeletedAfterTheListingIsPassedOverAndNotCounted() {
    ToolRun run = ToolRun.withFolders(VanishedCardsTest.deletingAfterListing(power), "set",
        folder.resolve("content/2021").toString(), "heat", "3");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("updated " + ai + "\n");
    assertThat(run.err()).isEqualTo("articlecard: updated 1, unchanged 0, refused 0\n");
  }

  @Test
  void theHelpOfSetUnsetAndMvShowsTheFormForManyPathsWhyAndTheConditions() {
    for (String command : List.of("set", "unset", "mv")) {
      String help = ToolRun.of("help", command).out();

      assertThat(help).as(command).startsWith("usage: articlecard " + command + " ")
          .contains(" PATH [PATH... --] ")
          .contains("Several PATHs end with --, so that no PATH is taken for a KEY")
          .contains("  articlecard " + command + " content/ drafts/a.md -- ")
          .contains("updated N, unchanged M, refused K")
          .contains("--where COND").contains("KEY~TEXT").contains("has:KEY")
          .contains("--exclude GLOB");
    }
  }

  @Test
  void aValueThatIsJsonWithAKeyTwiceIsWrongUsageNotAFailureOfEachCard() throws IOException {
    Map<Path, String> before = files();

    ToolRun run = ToolRun.of("set", content.toString(), "provider",
        "{\"name\":\"a\",\"name\":\"b\"}");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("articlecard: VALUE is JSON with a duplicate key \"name\"");
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void anEmptyFolderIsAWarningAndASummaryOfNothing() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    ToolRun run = ToolRun.of("unset", empty.toString(), "title");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEqualTo("articlecard: " + empty + ": warning: no card files (*.md) in"
        + " this folder (hidden folders and target/ are passed over)\n"
        + "articlecard: updated 0, unchanged 0, refused 0\n");
  }
}
