package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every subcommand shares: help, the version, exit status 2 for wrong usage, and one error
 * shape on stderr ({@code articlecard: FILE:LINE:COLUMN: message}) with no Java class names.
 */
class CardToolTest extends CardFolderTest {
  private static final String[] COMMANDS = {"check", "get", "set", "unset", "fmt", "json"};

  private Path seed;

  @BeforeEach
  void writeSeed() throws IOException {
    seed = seed("seed.md");
  }

  @Test
  void helpListsEveryCommandOnStdoutAndExitsZero() {
    for (String help : new String[] {"--help", "-h", "help"}) {
      ToolRun run = ToolRun.of(help);

      assertThat(run.status()).as(help).isZero();
      assertThat(run.err()).as(help).isEmpty();
      for (String command : COMMANDS) {
        assertThat(run.out()).as(help).contains("  " + command + " ");
      }
      assertThat(run.out()).contains("exit status: 0 all well, 1 something failed, 2 wrong usage")
          .contains("articlecard: FILE:LINE:COLUMN: message");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "get", "set", "unset", "fmt", "json"})
  void eachCommandHasItsOwnHelpThreeWays(String command) {
    ToolRun flag = ToolRun.of(command, "--help");
    ToolRun shortFlag = ToolRun.of(command, "-h");
    ToolRun topic = ToolRun.of("help", command);

    assertThat(flag.status()).isZero();
    assertThat(flag.out()).startsWith("usage: articlecard " + command + " ")
        .contains("options:").contains("--help").contains("exit status: 0");
    assertThat(shortFlag.out()).isEqualTo(flag.out());
    assertThat(topic.out()).isEqualTo(flag.out());
  }

  @Test
  void helpWinsOverOtherArgumentsOfTheCommand() {
    ToolRun run = ToolRun.of("set", seed.toString(), "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("usage: articlecard set ");
  }

  @Test
  void commandHelpNamesEachOfItsOptions() {
    assertThat(ToolRun.of("check", "--help").out()).contains("--json").contains("-v, --verbose")
        .contains("--exclude GLOB").contains("-q, --quiet");
    assertThat(ToolRun.of("set", "--help").out()).contains("--dry-run").contains("--new")
        .contains("'\"null\"'");
    assertThat(ToolRun.of("unset", "--help").out()).contains("--dry-run");
    assertThat(ToolRun.of("fmt", "--help").out()).contains("--check").contains("--diff")
        .contains("--force").contains("--exclude GLOB");
    assertThat(ToolRun.of("json", "--help").out()).contains("NDJSON").contains("--exclude GLOB");
  }

  @Test
  void versionIsTheProjectVersionFromTheBuild() {
    ToolRun run = ToolRun.of("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("articlecard " + System.getProperty("articlecard.version") + "\n");
    assertThat(run.out()).matches("articlecard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void wrongUsageExitsWithTwoAndShowsTheCommandsUsage() {
    assertThat(ToolRun.of().status()).isEqualTo(2);
    assertThat(ToolRun.of().err()).startsWith("articlecard: no command given\nusage: articlecard");

    ToolRun unknown = ToolRun.of("frobnicate");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("articlecard: unknown command 'frobnicate'\n");

    ToolRun missing = ToolRun.of("get", seed.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("articlecard: get: too few arguments\n"
        + "usage: articlecard get FILE KEY\narticlecard help get says more.\n");

    ToolRun option = ToolRun.of("check", "--bogus", seed.toString());
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).startsWith("articlecard: check: unknown option --bogus\n"
        + "usage: articlecard check ");
    assertThat(option.out()).isEmpty();
  }

  @Test
  void moreUsageErrors() {
    assertThat(ToolRun.of("--bogus", "check", seed.toString()).err())
        .startsWith("articlecard: unknown option --bogus\n");
    assertThat(ToolRun.of("get", seed.toString(), "title", "extra").err())
        .startsWith("articlecard: get: too many arguments (unexpected 'extra')\n");
    assertThat(ToolRun.of("set", seed.toString(), "title").err())
        .startsWith("articlecard: set: too few arguments\n");
    assertThat(ToolRun.of("set", seed.toString(), "title", "x", "quality").err())
        .startsWith("articlecard: set: KEY and VALUE come in pairs; 'quality' has no VALUE\n");
    assertThat(ToolRun.of("check", "--exclude").err())
        .startsWith("articlecard: check: option --exclude needs a GLOB\n");
    assertThat(ToolRun.of("check", "--json=yes", seed.toString()).err())
        .startsWith("articlecard: check: option --json takes no value\n");
    assertThat(ToolRun.of("get", seed.toString(), "topics[x]").err())
        .startsWith("articlecard: not a key path: 'topics[x]': expected a list index such as [0]");
    assertThat(ToolRun.of("check", "-", "-").err())
        .startsWith("articlecard: standard input (-) can be read only once\n");
    assertThat(ToolRun.of("help", "frobnicate").status()).isEqualTo(2);
    for (String[] args : new String[][] {{"--bogus"}, {"get", seed.toString()},
        {"get", seed.toString(), "topics[x]"}, {"check", "--exclude", "[", seed.toString()}}) {
      assertThat(ToolRun.of(args).status()).as(String.join(" ", args)).isEqualTo(2);
    }
  }

  @Test
  void optionsMayFollowOperandsAndDoubleDashEndsThem() {
    assertThat(ToolRun.of("check", seed.toString(), "-q").out()).isEmpty();
    assertThat(ToolRun.of("-q", "check", seed.toString()).out()).isEmpty();
    assertThat(ToolRun.of("check", seed.toString(), "-v").out()).startsWith("ok      " + seed + "\n");

    ToolRun run = ToolRun.of("check", seed.toString(), "--", "-v");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly("articlecard: -v: cannot read: no such file");
  }

  @Test
  void aFileThatIsAFolderIsAnErrorInTheOneShapeWithNoJavaClassName() throws IOException {
    Path directory = Files.createDirectories(folder.resolve("a-folder.md"));

    ToolRun run = ToolRun.of("get", directory.toString(), "title");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("articlecard: " + directory + ": cannot read: not a regular file but a folder; only regular files are read as cards\n");
  }

  @Test
  void aFolderWhereSetAndUnsetTakeAPathIsReadForItsCards() throws IOException {
    Path directory = Files.createDirectories(folder.resolve("a-folder.md"));

    for (String[] args : new String[][] {{"set", directory.toString(), "title", "x"},
        {"unset", directory.toString(), "title"}}) {
      ToolRun run = ToolRun.of(args);

      assertThat(run.status()).as(args[0]).isZero();
      assertThat(run.err()).as(args[0]).isEqualTo("articlecard: " + directory + ": warning: no"
          + " card files (*.md) in this folder (hidden folders and target/ are passed over)\n"
          + "articlecard: updated 0, unchanged 0, refused 0\n");
    }
  }

  @Test
  void noProblemEverNamesAJavaClass() throws IOException {
    Path directory = Files.createDirectories(folder.resolve("dir.md"));
    Path bad = Files.writeString(folder.resolve("bad.md"), "---\ntitle: [unclosed\n---\n");
    Path binary = Files.write(folder.resolve("binary.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
    Path missing = folder.resolve("missing.md");

    for (String[] args : new String[][] {{"check", folder.toString(), missing.toString()},
        {"json", directory.toString(), bad.toString(), binary.toString(), missing.toString()},
        {"fmt", "--check", folder.toString()}, {"get", bad.toString(), "title"},
        {"set", binary.toString(), "title", "x"}, {"unset", missing.toString(), "title"}}) {
      ToolRun run = ToolRun.of(args);

      assertThat(run.status()).as(args[0]).isEqualTo(1);
      assertThat(run.problems()).as(args[0]).isNotEmpty().allSatisfy(line -> assertThat(line)
          .doesNotContainPattern("(java|javax|com|org)\\.[a-z]+\\.")
          .doesNotContain("Exception").doesNotContain("Error:"));
    }
  }

  @Test
  void problemsHaveThePlaceWhenThereIsOneAndQuoteTheLine() throws IOException {
    Path bad = Files.writeString(folder.resolve("bad.md"), "---\ntitle: \"t\"\nquality: high\n---\n");

    ToolRun run = ToolRun.of("get", bad.toString(), "title");
    ToolRun json = ToolRun.of("json", bad.toString());

    assertThat(run.status()).isZero();
    assertThat(json.status()).isEqualTo(1);
    assertThat(json.err()).isEqualTo("articlecard: " + bad
        + ":3:10: quality: expected a whole number, found \"high\"\n"
        + "  3 | quality: high\n"
        + "    |          ^\n");
  }

  @Test
  void standardInputIsNamedStdinInProblems() {
    ToolRun run = ToolRun.withInput("---\ntitle: \"t\"\nquality: high\n---\n", "json", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "articlecard: <stdin>:3:10: quality: expected a whole number, found \"high\"");
  }

  @Test
  void emptyStandardInputIsAMissingDelimiterNotACrash() {
    ToolRun run = ToolRun.withInput("", "get", "-", "title");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).singleElement().asString().startsWith("articlecard: <stdin>");
  }

  @Test
  void aBugIsReportedInTheOneShapeWithoutAStackTrace() {
    ToolRun run = ToolRun.withFolders((finder, folder) -> {
      throw new IllegalStateException("the disk is on fire");
    }, "check", folder.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + folder + ": unexpected failure, a bug in"
        + " articlecard (please report it with this card): the disk is on fire\n");
  }
}
