package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.CardValidator;
import io.github.articlecard.ValidationRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation problems come with their places, by the mapper's validator: {@code doc.problems()}
 * and {@code CardFile.problems()} and {@code warnings()} give a report without glue code.
 */
class ProblemsAtTheirPlacesTest {
  private static final String JEKYLL = String.join("\n",
      "---",
      "title: \"A post\"",
      "webUrl: /2021/03/14/a-post.html",
      "heat: -7",
      "images:",
      "  - url: /assets/images/x.jpg",
      "    width: -1",
      "---",
      "");

  @Test
  void theDefaultValidatorReportsOnlyTheNegativeWidthAtItsPlace() {
    CardDocument doc = CardMapper.builder().build().read(JEKYLL);

    assertThat(doc.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.validation()).hasToString("images[0].width: must be >= 0");
      assertThat(problem.rule()).isEqualTo(ValidationRule.IMAGE_SIZE);
      assertThat(problem.severity()).isEqualTo(CardValidator.Severity.ERROR);
      assertThat(problem.line()).isEqualTo(7);
      assertThat(problem.column()).isEqualTo(12);
      assertThat(problem.excerpt()).isEqualTo("  7 |     width: -1\n    |            ^");
      assertThat(problem.message()).startsWith("line 7, column 12: images[0].width: must be >= 0\n");
    });
  }

  @Test
  void theMappersValidatorDecidesTheRulesAndSeverities() {
    CardMapper strict = CardMapper.builder().validator(CardValidator.builder().relativeUrls(false)
        .severity(ValidationRule.HEAT, CardValidator.Severity.WARNING).build()).build();

    List<CardProblem> problems = strict.read(JEKYLL.replace("\n", "\r\n")).problems();

    assertThat(problems).extracting(problem -> problem.line() + ":" + problem.column() + " "
        + problem.severity() + " " + problem.validation()).containsExactly(
        "3:9 ERROR webUrl: malformed URL \"/2021/03/14/a-post.html\" (needs a scheme and no"
            + " whitespace or control characters)",
        "4:7 WARNING heat: must be >= -1",
        "6:10 ERROR images[0].url: malformed URL \"/assets/images/x.jpg\" (needs a scheme and no"
            + " whitespace or control characters)",
        "7:12 ERROR images[0].width: must be >= 0");
  }

  @Test
  void aProblemAboutAnAbsentKeyHasNoPlace() {
    CardProblem problem = CardMapper.builder().build().read("---\nquality: 1\n---\n").problems().get(0);

    assertThat(problem.validation()).hasToString("title: must not be blank");
    assertThat(problem.position()).isEmpty();
    assertThat(problem.line()).isZero();
    assertThat(problem.excerpt()).isEmpty();
    assertThat(problem.message()).isEqualTo("title: must not be blank");
  }

  @Test
  void aDocumentWhoseCardDoesNotBindHasNoProblemsToGive() {
    CardDocument doc = CardMapper.builder().build().read("---\ntitle: t\nquality: high\n---\n");

    assertThatThrownBy(doc::problems).isInstanceOf(CardBindingException.class);
  }

  @Test
  void cardFilesCarryTheirProblemsAndWarningsWithTheFileNamed(@TempDir Path folder)
      throws IOException {
    Files.writeString(folder.resolve("a.md"), JEKYLL);
    Files.writeString(folder.resolve("b.md"), "---\ntitle: We're #1 at AI\n---\n");
    Files.writeString(folder.resolve("c.md"), "---\ntitle: t\nquality: high\n---\n");
    CardMapper mapper = CardMapper.builder().build();

    List<CardFile> files;
    try (Stream<CardFile> all = mapper.readAll(folder)) {
      files = all.sorted(Comparator.comparing(CardFile::path)).toList();
    }

    assertThat(files.get(0).problems()).singleElement().satisfies(problem ->
        assertThat(problem.message()).startsWith(folder.resolve("a.md") + ": line 7, column 12: "));
    assertThat(files.get(0).warnings()).isEmpty();
    assertThat(files.get(1).problems()).isEmpty();
    assertThat(files.get(1).warnings()).singleElement().satisfies(warning ->
        assertThat(warning.kind()).isEqualTo(CardWarning.Kind.COMMENT_IN_VALUE));
    assertThat(files.get(2).failed()).isTrue();
    assertThat(files.get(2).problems()).isEmpty();
  }
}
