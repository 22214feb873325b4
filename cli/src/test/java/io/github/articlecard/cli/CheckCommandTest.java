package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.cli.RacingFiles.Flipper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code articlecard check}: problems on stderr in one shape, a summary, JSON, folders. */
class CheckCommandTest extends CardFolderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path seed;
  private Path crlf;
  private Path bad;
  private Path invalid;

  @BeforeEach
  void writeCards() throws IOException {
    seed = seed("good/seed.md");
    crlf = crlfSeed("good/crlf.md");
    bad = write("bad/quality.md", "---\ntitle: t\nquality: high\n---\n");
    invalid = write("bad/negative.md", "---\ntitle: t\nquality: -5\n---\n");
  }

  @Test
  void problemsGoToStderrInOneShapeAndASummaryToStdoutWithNoLinePerGoodCard() {
    ToolRun run = ToolRun.of("check", folder.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(
        "checked 4 files: 2 ok, 1 invalid, 1 error, 0 lossy; 0 warnings\n");
    assertThat(run.problems()).containsExactly(
        "articlecard: " + invalid + ":3:10: error: quality: must be >= 0 [quality]",
        "articlecard: " + bad + ":3:10: quality: expected a whole number, found \"high\"");
    assertThat(run.err()).contains("  3 | quality: high\n    |          ^\n")
        .doesNotContain(seed.toString()).doesNotContain(crlf.toString());
  }

  @Test
  void goodCardsExitZeroWithOnlyTheSummary() {
    ToolRun run = ToolRun.of("check", seed.toString(), crlf.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("checked 2 files: 2 ok, 0 invalid, 0 errors, 0 lossy; 0 warnings\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void verboseNamesEveryCardWithItsStatus() {
    ToolRun run = ToolRun.of("check", "-v", folder.toString());

    assertThat(run.out().lines()).containsExactly(
        "invalid " + invalid, "error   " + bad, "ok      " + crlf, "ok      " + seed,
        "checked 4 files: 2 ok, 1 invalid, 1 error, 0 lossy; 0 warnings");
    assertThat(ToolRun.of("check", "--verbose", seed.toString()).out())
        .startsWith("ok      " + seed + "\n");
  }

  @Test
  void quietPrintsOnlyTheProblems() {
    ToolRun quiet = ToolRun.of("-q", "check", folder.toString());
    ToolRun alsoQuiet = ToolRun.of("check", "--quiet", folder.toString());

    assertThat(quiet.status()).isEqualTo(1);
    assertThat(quiet.out()).isEmpty();
    assertThat(quiet.problems()).hasSize(2);
    assertThat(alsoQuiet.out()).isEmpty();
    assertThat(alsoQuiet.err()).isEqualTo(quiet.err());
    assertThat(ToolRun.of("-q", "check", seed.toString()).out()).isEmpty();
  }

  @Test
  void jsonIsOneReportWithAFileListAndASummaryObject() throws IOException {
    ToolRun run = ToolRun.of("check", "--json", folder.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(report.get("summary")).isEqualTo(JSON.readTree(
        "{\"files\":4,\"ok\":2,\"invalid\":1,\"error\":1,\"lossy\":0,\"warnings\":0}"));
    JsonNode files = report.get("files");
    assertThat(files).hasSize(4);
    assertThat(files.get(0)).isEqualTo(JSON.readTree("{\"file\":" + quoted(invalid)
        + ",\"status\":\"invalid\",\"roundTrip\":true,\"problems\":[{\"kind\":\"VALIDATION\","
        + "\"rule\":\"quality\",\"severity\":\"error\",\"path\":\"quality\",\"message\":\"must be >= 0\","
        + "\"line\":3,\"column\":10}],"
        + "\"warnings\":[]}"));
    assertThat(files.get(1)).isEqualTo(JSON.readTree("{\"file\":" + quoted(bad)
        + ",\"status\":\"error\",\"error\":{\"kind\":\"BINDING\",\"path\":\"quality\","
        + "\"message\":\"quality: expected a whole number, found \\\"high\\\"\",\"line\":3,\"column\":10},"
        + "\"warnings\":[]}"));
    assertThat(files.get(2).get("file").asText()).isEqualTo(crlf.toString());
    assertThat(files.get(2).get("status").asText()).isEqualTo("ok");
    assertThat(files.get(2).get("problems")).isEmpty();
  }

  @Test
  void jsonHasNoLineOrColumnForProblemsWithoutAPlace() throws IOException {
    Path untitled = write("untitled.md", "---\nquality: 1\n---\n");
    Path missing = folder.resolve("missing.md");

    JsonNode files = JSON.readTree(ToolRun.of("check", "--json", untitled.toString(),
        missing.toString()).out()).get("files");

    JsonNode problem = files.get(0).get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("title");
    assertThat(problem.get("message").asText()).isEqualTo("must not be blank");
    assertThat(problem.has("line")).isFalse();
    assertThat(problem.has("column")).isFalse();
    JsonNode error = files.get(1).get("error");
    assertThat(error.get("kind").asText()).isEqualTo("IO");
    assertThat(error.get("message").asText()).isEqualTo("cannot read: no such file");
    assertThat(error.has("line")).isFalse();
    assertThat(error.has("column")).isFalse();
    assertThat(files.get(1).has("roundTrip")).isFalse();
  }

  @Test
  void aProblemWithoutAPlaceHasNoPositionPartsInText() throws IOException {
    Path untitled = write("untitled.md", "---\nquality: 1\n---\n");

    assertThat(ToolRun.of("check", untitled.toString()).problems())
        .containsExactly("articlecard: " + untitled + ": error: title: must not be blank [title]");
  }

  @Test
  void suspiciousButValidYamlGivesWarningsAtTheirPlaceAndExitZero() throws IOException {
    Path hashes = write("hashes.md", TestFiles.resource("cli/hash-cuts-values.md"));

    ToolRun run = ToolRun.of("check", hashes.toString());
    JsonNode json = JSON.readTree(ToolRun.of("check", "--json", hashes.toString()).out());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("checked 1 file: 1 ok, 0 invalid, 0 errors, 0 lossy; 2 warnings\n");
    assertThat(run.problems()).hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).startsWith("articlecard: " + hashes + ":2:").contains(": warning: "),
            second -> assertThat(second).startsWith("articlecard: " + hashes + ":5:").contains(": warning: "));
    JsonNode warning = json.get("files").get(0).get("warnings").get(0);
    assertThat(warning.get("kind").asText()).isEqualTo("COMMENT_IN_VALUE");
    assertThat(warning.get("line").asInt()).isEqualTo(2);
    assertThat(warning.get("column").asInt()).isEqualTo(14);
    JsonNode second = json.get("files").get(0).get("warnings").get(1);
    assertThat(second.get("kind").asText()).isEqualTo("COMMENT_IN_VALUE");
    assertThat(second.get("line").asInt()).isEqualTo(5);
    assertThat(run.err()).contains("  2 | title: We're #1 at AI");
    assertThat(json.get("summary").get("warnings").asInt()).isEqualTo(2);
    assertThat(json.get("files").get(0).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void foldersPassOverTargetAndHiddenFoldersButNamedOnesAreRead() throws IOException {
    String broken = "---\ntitle: [\n---\n";
    Path built = write("target/classes/copy.md", broken);
    Path hidden = write(".cache/copy.md", broken);
    Path hiddenFile = write("good/.draft.md", broken);
    write("good/target/copy.md", broken);

    ToolRun run = ToolRun.of("check", folder.resolve("good").toString());
    ToolRun named = ToolRun.of("check", folder.resolve(".cache").toString(), built.toString(),
        hiddenFile.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("checked 2 files: 2 ok");
    assertThat(named.status()).isEqualTo(1);
    assertThat(named.problems()).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("articlecard: " + hidden + ":"))
        .anySatisfy(line -> assertThat(line).startsWith("articlecard: " + built + ":"))
        .anySatisfy(line -> assertThat(line).startsWith("articlecard: " + hiddenFile + ":"));
  }

  @Test
  void excludePassesOverNamesAtAnyDepthAndPathsBelowTheFolder() {
    ToolRun byName = ToolRun.of("check", "--exclude", "bad", folder.toString());
    ToolRun byGlob = ToolRun.of("check", "--exclude=*.md", folder.toString());
    ToolRun byPath = ToolRun.of("check", "--exclude", "bad/quality.md", "--exclude", "good/crl?.md",
        folder.toString());

    assertThat(byName.status()).isZero();
    assertThat(byName.out()).startsWith("checked 2 files: 2 ok");
    assertThat(byGlob.out()).startsWith("checked 0 files");
    assertThat(byGlob.err()).isEqualTo("articlecard: " + folder + ": warning: no card files (*.md)"
        + " in this folder outside --exclude *.md (hidden folders and target/ are passed over)\n");
    assertThat(byGlob.out()).endsWith("; 1 warning\n");
    assertThat(byPath.status()).isEqualTo(1);
    assertThat(byPath.out()).startsWith("checked 2 files: 1 ok, 1 invalid, 0 errors");
  }

  @Test
  void everyCommandNamesAFolderWithoutCardsAndCheckCountsIt() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty/.hidden"));
    write("empty/.hidden/card.md", "---\ntitle: t\n---\n");
    write("empty/target/card.md", "---\ntitle: t\n---\n");
    Path none = folder.resolve("empty");
    String warning = "articlecard: " + none + ": warning: no card files (*.md) in this folder"
        + " (hidden folders and target/ are passed over)";

    ToolRun check = ToolRun.of("check", none.toString(), seed.toString());
    ToolRun json = ToolRun.of("json", none.toString());
    ToolRun fmt = ToolRun.of("fmt", "--check", none.toString());
    ToolRun report = ToolRun.of("check", "--json", none.toString());

    assertThat(check.status()).isZero();
    assertThat(check.err().lines()).containsExactly(warning);
    assertThat(check.out()).isEqualTo("checked 1 file: 1 ok, 0 invalid, 0 errors, 0 lossy; 1 warning\n");
    assertThat(json.err().lines()).containsExactly(warning);
    assertThat(json.out()).isEmpty();
    assertThat(fmt.err().lines()).containsExactly(warning);
    JsonNode summary = JSON.readTree(report.out());
    assertThat(summary.at("/warnings/0/folder").asText()).isEqualTo(none.toString());
    assertThat(summary.at("/summary/warnings").asInt()).isEqualTo(1);
    assertThat(empty).isDirectory();
  }

  @Test
  void anEmptyExcludeIsAUsageError() {
    for (String[] args : new String[][] {{"check", "--exclude", "", folder.toString()},
        {"json", "--exclude=", folder.toString()}, {"fmt", "--exclude", " ", folder.toString()}}) {
      ToolRun run = ToolRun.of(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).startsWith("articlecard: --exclude: needs a GLOB");
    }
  }

  @Test
  void anUnreadableSubfolderIsReportedAndTheRestIsChecked() {
    Path locked = folder.resolve("bad");

    ToolRun run = ToolRun.withFolders(SpecialFiles.denying(Set.of(locked)), "check", folder.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "articlecard: " + locked + ": cannot list the folder: permission denied");
    assertThat(run.out()).isEqualTo("checked 3 files: 2 ok, 0 invalid, 1 error, 0 lossy; 0 warnings\n");
  }

  @Test
  void anUnreadableSubfolderIsAnErrorWithoutAPlaceInJson() throws IOException {
    Path locked = folder.resolve("good");

    ToolRun run = ToolRun.withFolders(SpecialFiles.denying(Set.of(locked)), "check", "--json",
        folder.toString());

    JsonNode first = JSON.readTree(run.out()).get("files").get(0);
    assertThat(first.get("file").asText()).isEqualTo(locked.toString());
    assertThat(first.get("error")).isEqualTo(JSON.readTree(
        "{\"kind\":\"IO\",\"message\":\"cannot list the folder: permission denied\"}"));
  }

  @Test
  void crlfCardsAndNestedPathsGetTheirPlaces() throws IOException {
    Path nested = write("crlf/nested.md", "---\r\ntitle: \"t\"\r\nrelated:\r\n  - title: \"r\"\r\n"
        + "    quality: -3\r\n    images:\r\n      - url: \"https://x.example/a.png\"\r\n"
        + "        width: many\r\n---\r\n");
    Path invalidNested = write("crlf/invalid.md", "---\r\ntitle: \"t\"\r\nrelated:\r\n  - title: \" \"\r\n"
        + "    quality: -3\r\n---\r\n");

    ToolRun run = ToolRun.of("check", folder.resolve("crlf").toString());

    assertThat(run.problems()).containsExactly(
        "articlecard: " + invalidNested + ":4:12: error: related[0].title: must not be blank [title]",
        "articlecard: " + invalidNested + ":5:14: error: related[0].quality: must be >= 0 [quality]",
        "articlecard: " + nested + ":8:16: related[0].images[0].width: expected a whole number,"
            + " found \"many\"");
    assertThat(run.err()).contains("  5 |     quality: -3\n    |              ^\n");
  }

  @Test
  void aRealUnreadableSubfolderIsReportedAndTheRestIsChecked() throws IOException {
    assumeTrue(!SpecialFiles.runningAsRoot(folder),
        "root reads folders whatever their permission bits; the test above injects the failure");
    Path locked = SpecialFiles.mode(folder.resolve("bad"), "---------");
    ToolRun run;
    try {
      run = ToolRun.of("check", "--json", folder.toString());
    } finally {
      SpecialFiles.mode(locked, "rwx------");
    }
    JsonNode report = JSON.readTree(run.out());
    assertThat(run.status()).isEqualTo(1);
    assertThat(report.get("files").get(0).get("error").get("message").asText())
        .isEqualTo("cannot list the folder: permission denied");
    assertThat(report.get("summary").get("ok").asInt()).isEqualTo(2);
  }

  @Test
  void aFolderThatDoesNotExistOrAFileThatIsMissingIsAnErrorAndTheRestIsChecked() {
    Path missing = folder.resolve("missing.md");

    ToolRun run = ToolRun.of("check", missing.toString(), seed.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly("articlecard: " + missing + ": cannot read: no such file");
    assertThat(run.out()).startsWith("checked 2 files: 1 ok, 0 invalid, 1 error");
  }

  @Test
  void fifosDevicesAndDanglingLinksNamedMdAreReportedAndTheRestIsChecked() throws Exception {
    Path odd = Files.createDirectories(folder.resolve("odd"));
    Files.createSymbolicLink(odd.resolve("gone.md"), odd.resolve("moved.md"));
    Path fifo = SpecialFiles.fifo(odd.resolve("pipe.md"));
    boolean devices = Files.exists(SpecialFiles.ZERO);
    if (devices) {
      Files.createSymbolicLink(odd.resolve("zero.md"), SpecialFiles.ZERO);
    }

    ToolRun[] run = new ToolRun[1];
    SpecialFiles.whileAWriterWaits(fifo, () -> run[0] = ToolRun.of("check", folder.toString()));

    assertThat(run[0].status()).isEqualTo(1);
    assertThat(run[0].problems())
        .contains("articlecard: " + odd.resolve("gone.md") + ": cannot read: no such file (a symbolic link to nothing)")
        .contains("articlecard: " + fifo + ": cannot read: not a regular file but a FIFO (named pipe); only regular files are read as cards");
    if (devices) {
      assertThat(run[0].problems()).contains("articlecard: " + odd.resolve("zero.md")
          + ": cannot read: not a regular file but a character device; only regular files are read as cards");
    }
    assertThat(run[0].out()).contains(" 2 ok, ");
  }

  @Test
  void checkOverLinksThatFlipBetweenACardAndAFifoNeverBlocks() throws Exception {
    RacingFiles racing = RacingFiles.in(Files.createDirectories(folder.resolve("racing")), SEED);
    int[] runs = {0};
    try (Flipper flipper = new Flipper(() -> {
      racing.flipToFifo();
      racing.flipToCard();
      racing.fifoInAndOut();
    })) {
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        for (int i = 0; i < 40; i++) {
          for (ToolRun run : List.of(ToolRun.of("check", racing.folder.toString()),
              ToolRun.of("check", racing.card.toString(), racing.real.toString()))) {
            assertThat(run.status()).isBetween(0, 1);
            assertThat(run.problems()).allSatisfy(problem -> assertThat(problem).contains(": cannot "));
            runs[0]++;
          }
        }
      });
    } finally {
      racing.releaseTheFifo();
    }

    assertThat(runs[0]).isEqualTo(80);
    assertThat(ToolRun.of("check", racing.card.toString()).status()).isZero();
  }

  @Test
  void standardInputIsCheckedAsOneCard() {
    ToolRun good = ToolRun.withInput(SEED, "check", "-");
    ToolRun invalidCard = ToolRun.withInput("---\r\ntitle: t\r\nquality: -5\r\n---\r\n", "check", "-", "-v");

    assertThat(good.status()).isZero();
    assertThat(good.out()).isEqualTo("checked 1 file: 1 ok, 0 invalid, 0 errors, 0 lossy; 0 warnings\n");
    assertThat(invalidCard.status()).isEqualTo(1);
    assertThat(invalidCard.problems()).containsExactly("articlecard: <stdin>:3:10: error: quality: must be >= 0 [quality]");
    assertThat(invalidCard.out()).startsWith("invalid <stdin>\n");
  }

  @Test
  void progressGoesToStderrInTheOneShapeUnlessQuiet() {
    ToolRun run = ToolRun.withProgress("check", seed.toString(), crlf.toString());
    ToolRun quiet = ToolRun.withProgress("check", "-q", seed.toString(), crlf.toString());

    assertThat(run.err()).isEqualTo(
        "articlecard: checked 1 of 2 files\narticlecard: checked 2 of 2 files\n");
    assertThat(quiet.err()).isEmpty();
  }

  private static String quoted(Path path) {
    return JSON.valueToTree(path.toString()).toString();
  }

}
