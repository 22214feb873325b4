package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code articlecard check} with its rules from options and {@code .articlecard.properties}: the
 * options over the nearest file over the defaults, each problem with its rule and severity in text
 * and JSON, and warnings that do not fail the run; on LF and CRLF cards.
 */
class CheckWithRulesTest extends CardFolderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SITE_CARD =
      TestFiles.resource("io/github/articlecard/cli/check-rules/site-card.md");
  private static final String CLEAN_CARD =
      TestFiles.resource("io/github/articlecard/cli/check-rules/clean-card.md");

  @BeforeEach
  void fenceTheSearchForRulesFiles() throws IOException {
    Files.createDirectories(folder.resolve(".git")); // no rules file above the test's folder applies
  }

  private Path siteCard(String name, String lineEnding) throws IOException {
    return write(name, SITE_CARD.replace("\n", lineEnding));
  }

  @ParameterizedTest(name = "line ending {0}")
  @ValueSource(strings = {"LF", "CRLF"})
  void theDefaultsReportNothingOnASitesRelativeLinksAndLowHeat(String ending) throws IOException {
    Path card = siteCard("site/card.md", ending.equals("LF") ? "\n" : "\r\n");

    ToolRun run = ToolRun.of("check", card.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("checked 1 file: 1 ok, 0 invalid, 0 errors, 0 lossy; 0 warnings\n");
  }

  @ParameterizedTest(name = "line ending {0}")
  @ValueSource(strings = {"LF", "CRLF"})
  void eachProblemSaysItsSeverityAndEndsWithItsRule(String ending) throws IOException {
    Path card = siteCard("site/card.md", ending.equals("LF") ? "\n" : "\r\n");

    ToolRun run = ToolRun.of("check", "--rule", "heat=warning", "--relative-urls=false",
        "--range", "quality=0..1000", card.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "articlecard: " + card + ":3:9: error: webUrl: malformed URL \"/2021/03/jekyll-notes.html\""
            + " (needs a scheme and no whitespace or control characters) [url]",
        "articlecard: " + card + ":5:7: warning: heat: must be >= -1 [heat]",
        "articlecard: " + card + ":7:10: error: images[0].url: malformed URL"
            + " \"/assets/images/jekyll.jpg\" (needs a scheme and no whitespace or control"
            + " characters) [url]",
        "articlecard: " + card + ":12:13: error: related[0].webUrl: malformed URL"
            + " \"../2020/older.html\" (needs a scheme and no whitespace or control characters)"
            + " [url]",
        "articlecard: " + card + ":13:14: error: related[0].quality: must be between 0 and 1000"
            + " [quality]");
    assertThat(run.err()).contains("  5 | heat: -7\n    |       ^\n");
    assertThat(run.out()).isEqualTo("checked 1 file: 0 ok, 1 invalid, 0 errors, 0 lossy; 1 warning\n");
  }

  @Test
  void warningsAloneLeaveTheCardOkAndTheExitStatusZero() throws IOException {
    Path card = siteCard("site/card.md", "\n");

    ToolRun run = ToolRun.of("check", "-v", "--rule", "heat=warning", "--rule", "url=warning",
        "--relative-urls", "false", card.toString());
    ToolRun asErrors = ToolRun.of("check", "--rule", "heat=error", card.toString());

    assertThat(run.status()).isZero();
    assertThat(run.problems()).hasSize(4).allSatisfy(line -> assertThat(line).contains(": warning: "));
    assertThat(run.out()).isEqualTo("ok      " + card
        + "\nchecked 1 file: 1 ok, 0 invalid, 0 errors, 0 lossy; 4 warnings\n");
    assertThat(asErrors.status()).isEqualTo(1);
    assertThat(asErrors.problems()).containsExactly(
        "articlecard: " + card + ":5:7: error: heat: must be >= -1 [heat]");
  }

  @Test
  void offSilencesARuleThatIsOnByDefault() throws IOException {
    Path card = write("negative.md", "---\r\ntitle: \" \"\r\nquality: -5\r\n---\r\n");

    ToolRun on = ToolRun.of("check", card.toString());
    ToolRun off = ToolRun.of("check", "--rule", "quality=off", "--rule", "title=off", card.toString());

    assertThat(on.status()).isEqualTo(1);
    assertThat(on.problems()).containsExactly(
        "articlecard: " + card + ":2:8: error: title: must not be blank [title]",
        "articlecard: " + card + ":3:10: error: quality: must be >= 0 [quality]");
    assertThat(off.status()).isZero();
    assertThat(off.err()).isEmpty();
  }

  @Test
  void jsonNamesTheRuleAndSeverityOfEachProblem() throws IOException {
    Path card = siteCard("site/card.md", "\r\n");

    ToolRun run = ToolRun.of("check", "--json", "--rule", "heat=warning", "--range",
        "quality=0..1000", card.toString());

    JsonNode file = JSON.readTree(run.out()).get("files").get(0);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(file.get("status").asText()).isEqualTo("invalid");
    assertThat(file.get("problems")).containsExactly(
        JSON.readTree("{\"kind\":\"VALIDATION\",\"rule\":\"heat\",\"severity\":\"warning\","
            + "\"path\":\"heat\",\"message\":\"must be >= -1\",\"line\":5,\"column\":7}"),
        JSON.readTree("{\"kind\":\"VALIDATION\",\"rule\":\"quality\",\"severity\":\"error\","
            + "\"path\":\"related[0].quality\",\"message\":\"must be between 0 and 1000\","
            + "\"line\":13,\"column\":14}"));
    assertThat(JSON.readTree(run.out()).at("/summary/warnings").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(run.out()).at("/summary/invalid").asInt()).isEqualTo(1);
  }

  @Test
  void jsonOfWarningsAloneIsAnOkCardAndExitsZero() throws IOException {
    Path card = siteCard("site/card.md", "\n");

    ToolRun run = ToolRun.of("check", "--json", "--rule", "heat=warning", card.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(run.status()).isZero();
    assertThat(report.at("/files/0/status").asText()).isEqualTo("ok");
    assertThat(report.at("/files/0/problems/0/severity").asText()).isEqualTo("warning");
    assertThat(report.at("/files/0/problems/0/rule").asText()).isEqualTo("heat");
    assertThat(report.get("summary")).isEqualTo(JSON.readTree(
        "{\"files\":1,\"ok\":1,\"invalid\":0,\"error\":0,\"lossy\":0,\"warnings\":1}"));
  }

  @Test
  void aFoldersRulesFileAppliesToItsCardsAndTheOptionsOverrideIt() throws IOException {
    write("site/" + RulesFiles.NAME, """
        # the site's rules
        rule.heat = warning
        range.heat = -1..1000
        relativeUrls = false
        rule.url = warning
        """);
    Path card = siteCard("site/2021/03/card.md", "\r\n");

    ToolRun byFile = ToolRun.of("check", folder.resolve("site").toString());
    ToolRun overridden = ToolRun.of("check", "--rule", "heat=error", "--relative-urls=true",
        folder.resolve("site").toString());
    ToolRun ignored = ToolRun.of("check", "--no-config", folder.resolve("site").toString());

    assertThat(byFile.status()).isZero();
    assertThat(byFile.problems()).containsExactly(
        "articlecard: " + card + ":3:9: warning: webUrl: malformed URL \"/2021/03/jekyll-notes.html\""
            + " (needs a scheme and no whitespace or control characters) [url]",
        "articlecard: " + card + ":5:7: warning: heat: must be between -1 and 1000 [heat]",
        "articlecard: " + card + ":7:10: warning: images[0].url: malformed URL"
            + " \"/assets/images/jekyll.jpg\" (needs a scheme and no whitespace or control"
            + " characters) [url]",
        "articlecard: " + card + ":12:13: warning: related[0].webUrl: malformed URL"
            + " \"../2020/older.html\" (needs a scheme and no whitespace or control characters)"
            + " [url]");
    assertThat(overridden.status()).isEqualTo(1);
    assertThat(overridden.problems()).containsExactly(
        "articlecard: " + card + ":5:7: error: heat: must be between -1 and 1000 [heat]");
    assertThat(ignored.status()).isZero();
    assertThat(ignored.err()).isEmpty();
  }

  @Test
  void aRangeInTheFileAloneChecksHeatAsAnError() throws IOException {
    write("site/" + RulesFiles.NAME, "range.heat = -1..1000\n");
    Path card = siteCard("site/card.md", "\r\n");

    ToolRun run = ToolRun.of("check", card.toString());
    ToolRun warned = ToolRun.of("check", "--rule", "heat=warning", card.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "articlecard: " + card + ":5:7: error: heat: must be between -1 and 1000 [heat]");
    assertThat(warned.status()).isZero();
    assertThat(warned.problems()).containsExactly(
        "articlecard: " + card + ":5:7: warning: heat: must be between -1 and 1000 [heat]");
  }

  @Test
  void severalFoldersCheckedAtOnceEachTakeTheirNearestRulesFile() throws IOException {
    write(RulesFiles.NAME, "rule.heat = warning\n");
    write("strict/" + RulesFiles.NAME, "rule.heat = error\nrange.quality = 0..1000\n");
    write("strict/drafts/" + RulesFiles.NAME, "rule.heat = off\n");
    Path plain = siteCard("plain/card.md", "\n");
    Path strict = siteCard("strict/card.md", "\r\n");
    Path draft = siteCard("strict/drafts/card.md", "\n");
    Path clean = write("strict/clean.md", CLEAN_CARD);

    ToolRun run = ToolRun.of("check", "--json", folder.resolve("plain").toString(),
        folder.resolve("strict").toString());

    JsonNode files = JSON.readTree(run.out()).get("files");
    assertThat(run.status()).isEqualTo(1);
    assertThat(files).extracting(file -> file.get("file").asText()).containsExactly(
        plain.toString(), strict.toString(), clean.toString(), draft.toString());
    assertThat(files.get(0).get("problems")).extracting(problem -> problem.get("rule").asText()
        + " " + problem.get("severity").asText()).containsExactly("heat warning");
    assertThat(files.get(0).get("status").asText()).isEqualTo("ok");
    assertThat(files.get(1).get("problems")).extracting(problem -> problem.get("rule").asText()
        + " " + problem.get("severity").asText()).containsExactly("heat error", "quality error");
    assertThat(files.get(1).get("status").asText()).isEqualTo("invalid");
    assertThat(files.get(2).get("problems")).isEmpty();
    assertThat(files.get(3).get("problems")).isEmpty();
    assertThat(files.get(3).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void aBrokenRulesFileIsAnErrorAtItsLineAndNoCardIsChecked() throws IOException {
    Path rules = write("site/" + RulesFiles.NAME, "rule.heat = warning\r\nrule.haet = error\r\n");
    siteCard("site/card.md", "\r\n");
    Path elsewhere = siteCard("elsewhere/card.md", "\n");

    ToolRun run = ToolRun.of("check", elsewhere.toString(), folder.resolve("site").toString());
    ToolRun json = ToolRun.of("check", "--json", folder.resolve("site").toString());
    ToolRun noConfig = ToolRun.of("check", "--no-config", folder.resolve("site").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("articlecard: " + rules + ":2:1: rule.haet: unknown rule"
        + " 'haet'; the rules are title, topics, url, quality, heat, image-size\n"
        + "  2 | rule.haet = error\n    | ^\n");
    assertThat(json.status()).isEqualTo(2);
    assertThat(json.out()).isEmpty();
    assertThat(json.err()).isEqualTo(run.err());
    assertThat(noConfig.status()).isZero();
  }

  @Test
  void aRulesFileThatIsAFolderIsAnErrorNamingIt() throws IOException {
    Path rules = Files.createDirectories(folder.resolve("site/" + RulesFiles.NAME));
    Path card = siteCard("site/card.md", "\n");

    ToolRun run = ToolRun.of("check", card.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("articlecard: " + rules
        + ": cannot read the rules: not a regular file\n");
  }

  @Test
  void aRulesFileAboveTheRepositoryRootDoesNotApply() throws IOException {
    write(RulesFiles.NAME, "rule.heat = error\n");
    Files.createDirectories(folder.resolve("repo/.git"));
    Path card = siteCard("repo/content/card.md", "\n");
    Path outsideTheRepository = siteCard("loose/card.md", "\n");

    ToolRun inside = ToolRun.of("check", card.toString());
    ToolRun outside = ToolRun.of("check", outsideTheRepository.toString());

    assertThat(inside.status()).isZero();
    assertThat(outside.status()).isEqualTo(1);
    assertThat(outside.problems()).containsExactly(
        "articlecard: " + outsideTheRepository + ":5:7: error: heat: must be >= -1 [heat]");
  }

  @Test
  void theDefaultsReportNothingOnTheSharedCorpusAndRulesFromOptionsApplyToIt() {
    Path corpus = corpus().resolve("smartable-2021");

    ToolRun defaults = ToolRun.of("check", corpus.toString());
    ToolRun warned = ToolRun.of("check", "--no-config", "--rule", "heat=warning", "--range",
        "heat=-1..100", corpus.toString());
    ToolRun failed = ToolRun.of("check", "--no-config", "--rule", "heat=error", "--range",
        "heat=-1..100", corpus.toString());

    assertThat(defaults.status()).isZero();
    assertThat(defaults.err()).isEmpty();
    assertThat(defaults.out()).isEqualTo(
        "checked 192 files: 192 ok, 0 invalid, 0 errors, 0 lossy; 0 warnings\n");
    assertThat(warned.status()).isZero();
    assertThat(warned.problems()).isNotEmpty().allSatisfy(line -> assertThat(line)
        .contains(": warning: heat: must be between -1 and 100 [heat]"));
    assertThat(warned.out()).startsWith("checked 192 files: 192 ok, 0 invalid")
        .endsWith("; " + warned.problems().size() + " warnings\n");
    assertThat(failed.status()).isEqualTo(1);
    assertThat(failed.problems()).hasSameSizeAs(warned.problems());
  }

  /** The shared corpus ({@code ../shared/corpus} beside the project); skipped without it, but on CI. */
  private static Path corpus() {
    String configured = System.getProperty("articlecard.corpus");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
    if (!Files.isDirectory(path.resolve("smartable-2021"))) {
      String message = "the shared card corpus is not at " + path.toAbsolutePath().normalize();
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      assumeTrue(false, message + " (skipped)");
    }
    return path;
  }

  @Test
  void standardInputTakesTheOptions() {
    ToolRun run = ToolRun.withInput(SITE_CARD.replace("\n", "\r\n"), "check", "--no-config",
        "--rule", "heat=error", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).isEqualTo(List.of(
        "articlecard: <stdin>:5:7: error: heat: must be >= -1 [heat]"));
  }
}
