package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card that several PATHs name ({@code older/ older/x.md}, {@code . older/}, {@code ./x.md x.md})
 * is listed once, where it is first named, so that {@code set}, {@code unset}, {@code mv},
 * {@code check}, {@code json} and {@code fmt} count and edit it once; names are shown normalised
 * ({@code ./older/x.md} as {@code older/x.md}), so that diff headers are ones {@code git apply}
 * takes; a diff of a card above the working folder is refused.
 */
class CardsNamedOnceTest extends CardFolderTest {
  private static final String AI_AS_A_WORD = TestFiles.resource("cli/named-once/ai-as-a-word.md");
  private static final String AI_IN_OTHER_WORDS =
      TestFiles.resource("cli/named-once/ai-in-other-words.md");
  private static final String AI_AT_THE_START =
      TestFiles.resource("cli/named-once/ai-at-the-start.md");

  private Path older;
  private Path word;

  @BeforeEach
  void writeTheCards() throws IOException {
    older = folder.resolve("older");
    word = write("older/a-word.md", AI_AS_A_WORD);
    write("older/b-other-words.md", AI_IN_OTHER_WORDS.replace("\n", "\r\n"));
    write("older/c-start.md", AI_AT_THE_START.replace("\n", "\r\n"));
    write("top.md", AI_AS_A_WORD.replace("\n", "\r\n"));
  }

  /** Ways to name the cards of older/ and one of them again, each card once in the result. */
  static Stream<Arguments> overlaps() {
    Function<Path, List<String>> folderThenFile = root -> List.of(root.resolve("older") + "/",
        root.resolve("older/a-word.md").toString());
    Function<Path, List<String>> fileThenFolder = root -> List.of(
        root.resolve("older/a-word.md").toString(), root.resolve("older").toString());
    Function<Path, List<String>> folderTwice = root -> List.of(root.resolve("older") + "/",
        root.resolve("older").toString());
    Function<Path, List<String>> parentAndFolder = root -> List.of(root.toString(),
        root.resolve("older").toString());
    Function<Path, List<String>> dotAndPlain = root -> List.of(
        root.resolve("older/./a-word.md").toString(), root.resolve("older/a-word.md").toString(),
        root.resolve("older/../older/a-word.md").toString());
    return Stream.of(Arguments.of("older/ older/x.md", folderThenFile, 3),
        Arguments.of("older/x.md older", fileThenFolder, 3),
        Arguments.of("older/ older", folderTwice, 3),
        Arguments.of(". older/", parentAndFolder, 4),
        Arguments.of("older/./x.md older/x.md older/../older/x.md", dotAndPlain, 1));
  }

  private String[] line(String command, List<String> paths, String... edit) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(paths);
    if (edit.length > 0) {
      args.add("--");
      args.addAll(List.of(edit));
    }
    return args.toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlaps")
  void aCardNamedTwiceIsEditedOnce(String shown, Function<Path, List<String>> paths, int cards)
      throws IOException {
    ToolRun run = ToolRun.of(line("set", paths.apply(folder), "topics[+]", "X"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("updated " + cards + ", unchanged 0, refused 0");
    assertThat(run.out().lines().filter(line -> line.startsWith("updated "))).hasSize(cards)
        .doesNotHaveDuplicates();
    assertThat(TestFiles.read(word).lines().filter(line -> line.endsWith("- X"))).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlaps")
  void aCardNamedTwiceIsCheckedPrintedAndFormattedOnce(String shown,
      Function<Path, List<String>> paths, int cards) {
    ToolRun check = ToolRun.of(line("check", paths.apply(folder)));
    ToolRun json = ToolRun.of(line("json", paths.apply(folder)));
    ToolRun unset = ToolRun.of(line("unset", paths.apply(folder), "--dry-run", "quality"));
    ToolRun fmt = ToolRun.of(line("fmt", paths.apply(folder), "--diff", "--style", "standard"));

    assertThat(check.out()).as(check.err())
        .startsWith("checked " + cards + (cards == 1 ? " file:" : " files:"));
    assertThat(cards == 1 ? json.out().lines().filter(l -> l.startsWith("{")).count()
        : json.out().lines().count()).as(json.err()).isEqualTo(cards);
    assertThat(unset.err()).contains("would update " + cards + ",");
    assertThat(unset.out().lines().filter(line -> line.startsWith("--- a/")))
        .hasSize(cards).doesNotHaveDuplicates();
    assertThat(fmt.out().lines().filter(line -> line.startsWith("--- a/")))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlaps")
  void theDryRunOfCardsNamedTwiceAppliesAndGivesWhatTheRealRunWrites(String shown,
      Function<Path, List<String>> paths, int cards) throws IOException, InterruptedException {
    Map<String, String> before = texts();
    ToolRun dryRun = ToolRun.of(line("set", paths.apply(folder), "topics[+]", "X", "--dry-run"));
    ToolRun real = ToolRun.of(line("set", paths.apply(folder), "topics[+]", "X"));
    Map<String, String> written = texts();
    restore(before);

    assertThat(DiffsThatApplyTest.run(dryRun.out(), "git", "apply", "-p1", "-"))
        .as(dryRun.out()).isZero();
    assertThat(texts()).isEqualTo(written);
    assertThat(real.status()).isZero();
  }

  @Test
  void aFolderNamedWithDotsIsShownWithout() throws IOException, InterruptedException {
    ToolRun run = ToolRun.of("unset", "--dry-run", folder + "/./older/.", "quality");

    assertThat(run.out()).contains("--- a/" + older.toString().substring(1) + "/a-word.md\n")
        .doesNotContain("/./");
    assertThat(DiffsThatApplyTest.run(run.out(), "git", "apply", "-p1", "-")).isZero();
    assertThat(TestFiles.read(word)).doesNotContain("quality:");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "./older", "older/.", "./older/./a-word.md"})
  void aRelativePathIsShownNormalisedAndItsDiffApplies(String path)
      throws IOException, InterruptedException {
    Map<String, String> before = texts();
    Process dryRun = command(folder, "set", "--dry-run", path, "topics[+]", "X");
    String diff = new String(dryRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(dryRun.waitFor()).as(diff).isZero();
    Process real = command(folder, "-q", "set", path, "topics[+]", "X");
    assertThat(real.waitFor()).isZero();
    Map<String, String> written = texts();
    restore(before);

    assertThat(diff).contains("--- a/older/a-word.md\n+++ b/older/a-word.md\n")
        .doesNotContain("a/./", "/./");
    Process apply = new ProcessBuilder("git", "apply", "-p1", "-").directory(folder.toFile())
        .redirectErrorStream(true).start();
    apply.getOutputStream().write(diff.getBytes(StandardCharsets.UTF_8));
    apply.getOutputStream().close();
    assertThat(apply.waitFor())
        .as(new String(apply.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    assertThat(texts()).isEqualTo(written);
  }

  @Test
  void theCardsOfTheWorkingFolderAreNamedWithoutDot() throws IOException, InterruptedException {
    Process run = command(older, "json", "--with-path", ".");
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(run.waitFor()).isZero();
    assertThat(out).contains("{\"path\":\"a-word.md\"").doesNotContain("./");
  }

  @ParameterizedTest
  @ValueSource(strings = {"set --dry-run PATH quality 5", "unset -n PATH quality",
      "mv --dry-run PATH quality score --new", "fmt --diff PATH"})
  void aDiffOfCardsAboveTheWorkingFolderIsRefused(String command) {
    Path relative = Path.of("").toAbsolutePath().relativize(older);
    assumeTrue(relative.startsWith(".."), "the temporary folder is below the working folder");
    List<String> args = new ArrayList<>();
    for (String word : command.split(" ")) {
      args.add(word.equals("PATH") ? relative.toString() : word);
    }

    ToolRun run = ToolRun.of(args.toArray(String[]::new));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.problems().get(0)).contains("is above the working folder",
        "name it by its absolute path");
    assertThat(TestFiles.read(word)).isEqualTo(AI_AS_A_WORD);
  }

  @Test
  void editingCardsAboveTheWorkingFolderWithoutADiffGoesOn() {
    Path relative = Path.of("").toAbsolutePath().relativize(older);
    assumeTrue(relative.startsWith(".."), "the temporary folder is below the working folder");

    ToolRun run = ToolRun.of("set", relative.toString(), "quality", "5");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(word)).contains("quality: 5");
  }

  private Map<String, String> texts() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        texts.put(folder.relativize(file).toString(), TestFiles.read(file));
      }
    }
    return texts;
  }

  private void restore(Map<String, String> texts) throws IOException {
    for (Map.Entry<String, String> text : texts.entrySet()) {
      write(text.getKey(), text.getValue());
    }
  }

  /** Starts the command as its own process in a folder, stderr into stdout's stream apart. */
  static Process command(Path in, String... args) throws IOException {
    List<String> classPath = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          classPath.add(entry);
        }
      }
    }
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-cp",
        String.join(File.pathSeparator, classPath), "io.github.articlecard.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(in.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
