package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlecard.CardValidator;
import io.github.articlecard.CardValidator.Severity;
import io.github.articlecard.ValidationRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code .articlecard.properties}: how its lines read (comments, separators, line endings), the
 * errors that name the file, line and column, and how the file of a folder is found: the nearest
 * one, no higher than a folder holding {@code .git}.
 */
class RulesFilesTest extends CardFolderTest {
  @Test
  void aFileReadsCommentsBlankLinesAndBothSeparatorsAsAPropertiesFileDoes() {
    CardValidator validator = RulesFiles.parse("rules", """
        # the house rules
        ! also a comment

          rule.heat = warning
        rule.url:off
        range.heat=-1..1000
        \trange.quality :  0..100\t
        relativeUrls = false
        """).validator();

    assertThat(validator.severity(ValidationRule.HEAT)).isEqualTo(Severity.WARNING);
    assertThat(validator.severity(ValidationRule.URL)).isEqualTo(Severity.OFF);
    assertThat(validator.minimum(ValidationRule.HEAT)).isEqualTo(-1);
    assertThat(validator.maximum(ValidationRule.HEAT)).isEqualTo(1000);
    assertThat(validator.maximum(ValidationRule.QUALITY)).isEqualTo(100);
    assertThat(validator.allowsRelativeUrls()).isFalse();
    assertThat(validator.severity(ValidationRule.TITLE)).isEqualTo(Severity.ERROR);
  }

  @Test
  void crlfAndCrLineEndingsAndAByteOrderMarkReadAsLfDoes() {
    String lf = "rule.heat = warning\nrange.heat = 0..9\nrelativeUrls = false\n";

    CheckRules rules = RulesFiles.parse("rules", lf);

    assertThat(RulesFiles.parse("rules", lf.replace("\n", "\r\n"))).isEqualTo(rules);
    assertThat(RulesFiles.parse("rules", lf.replace("\n", "\r"))).isEqualTo(rules);
    assertThat(RulesFiles.parse("rules", "\uFEFF" + lf.replace("\n", "\r\n"))).isEqualTo(rules);
    assertThat(RulesFiles.parse("rules", "")).isEqualTo(CheckRules.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      rule.heat warning             | 1:1  | expected KEY = VALUE, such as rule.heat = warning
      rule.haet = warning           | 1:1  | rule.haet: unknown rule 'haet'; the rules are title, topics, url, quality, heat, image-size
      rule.heat = warn              | 1:13 | rule.heat: unknown severity 'warn'; the severities are error, warning, off
      rule.heat = warning  # noisy  | 1:13 | rule.heat: unknown severity 'warning  # noisy'; the severities are error, warning, off
      range.url = 0..1              | 1:1  | range.url: url is not a range rule; the range rules are quality, heat, image-size
      range.heat = 10..1            | 1:14 | range.heat: the range 10..1 is empty: 10 is above 1
      range.heat = ten              | 1:14 | range.heat: expected a range MIN..MAX of whole numbers, such as -1..1000 (an end left out is no bound: 0..), found 'ten'
      relativeUrls = no             | 1:16 | relativeUrls: expected true or false, found 'no'
      relativeURLs = false          | 1:1  | unknown key 'relativeURLs'; the keys are rule.ID, range.ID and relativeUrls
      heat = warning                | 1:1  | unknown key 'heat'; the keys are rule.ID, range.ID and relativeUrls
      `  rule.é = off`              | 1:3  | rule.é: unknown rule 'é'; the rules are title, topics, url, quality, heat, image-size
      """)
  void aBrokenLineIsAnErrorAtItsLineAndColumnWithTheLineQuoted(String line, String place,
      String problem) {
    String text = "# rules\n\n" + line + "\nrule.url = off\n";
    int lineNumber = 2 + Integer.parseInt(place.substring(0, place.indexOf(':')));
    int column = Integer.parseInt(place.substring(place.indexOf(':') + 1));

    Diagnostic lf = brokenBy(text);
    Diagnostic crlf = brokenBy(text.replace("\n", "\r\n"));

    assertThat(lf.format("")).isEqualTo("articlecard: site/.articlecard.properties:" + lineNumber
        + ":" + column + ": " + problem + "\n  " + lineNumber + " | " + line + "\n    | "
        + " ".repeat(column - 1) + "^");
    assertThat(lf.kind()).isEqualTo(RulesFiles.KIND);
    assertThat(crlf).isEqualTo(lf);
  }

  @Test
  void aKeySetTwiceIsAnErrorNamingTheFirstLine() {
    Diagnostic twice = brokenBy("rule.heat = warning\nrule.url = off\nrule.HEAT = error\n");
    Diagnostic range = brokenBy("range.quality = 0..\nrange.quality = 0..10\n");

    assertThat(twice.line()).isEqualTo(3);
    assertThat(twice.problem()).isEqualTo("rule.HEAT is set twice (first on line 1)");
    assertThat(range.line()).isEqualTo(2);
    assertThat(range.problem()).isEqualTo("range.quality is set twice (first on line 1)");
    assertThat(RulesFiles.parse("rules", "rule.heat = warning\nrange.heat = 0..9\n")
        .validator().severity(ValidationRule.HEAT)).isEqualTo(Severity.WARNING);
  }

  private static Diagnostic brokenBy(String text) {
    RulesFiles.BrokenException broken = catchThrowableOfType(RulesFiles.BrokenException.class,
        () -> RulesFiles.parse("site/.articlecard.properties", text));
    assertThat(broken).as("broken").isNotNull();
    return broken.diagnostic();
  }

  @Test
  void theNearestFileAppliesAndTheSearchStopsAtARepositoryRoot() throws IOException {
    Path outside = write(RulesFiles.NAME, "rule.title = off\n");
    Files.createDirectories(folder.resolve("repo/.git"));
    Path repo = write("repo/" + RulesFiles.NAME, "rule.heat = warning\n");
    Path strict = write("repo/strict/" + RulesFiles.NAME, "rule.heat = error\n");
    Files.createDirectories(folder.resolve("repo/strict/2021/03"));
    Files.createDirectories(folder.resolve("repo/plain/2021"));
    Files.createDirectories(folder.resolve("worktree/content"));
    write("worktree/.git", "gitdir: /elsewhere/.git/worktrees/worktree\n");
    Files.createDirectories(folder.resolve("loose/content"));
    RulesFiles files = new RulesFiles();

    assertThat(files.nearest(folder.resolve("repo/strict/2021/03"))).contains(strict);
    assertThat(files.nearest(folder.resolve("repo/strict"))).contains(strict);
    assertThat(files.nearest(folder.resolve("repo/plain/2021"))).contains(repo);
    assertThat(files.nearest(folder.resolve("repo"))).contains(repo);
    assertThat(files.nearest(folder.resolve("worktree/content"))).isEmpty();
    assertThat(files.nearest(folder.resolve("loose/content"))).contains(outside);
    assertThat(files.nearest(folder.resolve("repo/plain/2021/../../strict/2021"))).contains(strict);
  }

  @Test
  void aRepositoryRootsOwnFileApplies() throws IOException {
    Files.createDirectories(folder.resolve("repo/.git"));
    Path own = write("repo/" + RulesFiles.NAME, "rule.heat = warning\n");
    Files.createDirectories(folder.resolve("repo/content"));

    assertThat(new RulesFiles().nearest(folder.resolve("repo/content"))).contains(own);
  }

  @Test
  void eachFileIsReadOnceARun() throws IOException {
    Path file = write(RulesFiles.NAME, "rule.heat = warning\n");
    RulesFiles files = new RulesFiles();

    CheckRules first = files.rules(file);
    Files.writeString(file, "rule.heat = error\n");

    assertThat(files.rules(file)).isSameAs(first);
    assertThat(new RulesFiles().rules(file).validator().severity(ValidationRule.HEAT))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void aFileThatCannotBeReadIsAnErrorNamingIt() throws IOException {
    Path folderNamedLikeIt = Files.createDirectories(folder.resolve("a/" + RulesFiles.NAME));
    Path dangling = Files.createSymbolicLink(Files.createDirectories(folder.resolve("b"))
        .resolve(RulesFiles.NAME), folder.resolve("b/gone"));
    Path latin1 = Files.write(Files.createDirectories(folder.resolve("c")).resolve(RulesFiles.NAME),
        new byte[] {'r', 'u', 'l', 'e', '.', 'h', 'e', 'a', 't', '=', (byte) 0xe9});

    assertThatThrownBy(() -> new RulesFiles().rules(folderNamedLikeIt))
        .isInstanceOfSatisfying(RulesFiles.BrokenException.class, e ->
            assertThat(e.diagnostic().format("")).isEqualTo("articlecard: " + folderNamedLikeIt
                + ": cannot read the rules: not a regular file"));
    assertThatThrownBy(() -> new RulesFiles().rules(dangling))
        .isInstanceOfSatisfying(RulesFiles.BrokenException.class, e ->
            assertThat(e.diagnostic().problem())
                .isEqualTo("cannot read the rules: a symbolic link to nothing"));
    assertThatThrownBy(() -> new RulesFiles().rules(latin1))
        .isInstanceOfSatisfying(RulesFiles.BrokenException.class, e ->
            assertThat(e.diagnostic().problem()).isEqualTo("cannot read the rules: not UTF-8 text"));
    assertThat(new RulesFiles().nearest(folder.resolve("b"))).contains(dangling);
  }
}
