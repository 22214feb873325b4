package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.CardValidator;
import io.github.articlecard.CardValidator.Severity;
import io.github.articlecard.ValidationRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's section on check's rules shows a file, an error and a usage that are the real ones. */
class CheckRulesReadmeTest extends CardFolderTest {
  private static final String README = TestFiles.readme();

  @Test
  void theReadmesRulesFileReadsToTheRulesItSays() {
    CardValidator validator =
        RulesFiles.parse("README", TestFiles.readmeBlock("```properties\n")).validator();

    assertThat(validator.severity(ValidationRule.HEAT)).isEqualTo(Severity.WARNING);
    assertThat(validator.minimum(ValidationRule.HEAT)).isEqualTo(-1);
    assertThat(validator.maximum(ValidationRule.HEAT)).isEqualTo(1000);
    assertThat(validator.allowsRelativeUrls()).isFalse();
    assertThat(validator.severity(ValidationRule.URL)).isEqualTo(Severity.WARNING);
    assertThat(validator.maximum(ValidationRule.QUALITY)).isEqualTo(1000);
  }

  @Test
  void theReadmesBrokenFileErrorIsWhatCheckPrints() throws IOException {
    Files.createDirectories(folder.resolve(".git"));
    Path rules = write("site/" + RulesFiles.NAME, "# rules\nrule.haet = warning\n");
    seed("site/card.md");
    String shown = TestFiles.readmeBlock("```\n$ articlecard check site/\n");

    ToolRun run = ToolRun.of("check", folder.resolve("site").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().replace(rules.toString(), "site/" + RulesFiles.NAME)).isEqualTo(shown);
  }

  @Test
  void theReadmeShowsChecksUsageAndTheUsageErrorOfAWrongSeverity() {
    ToolRun run = ToolRun.of("check", "--rule", "heat=warn", "card.md");

    assertThat(README).contains("| `check " + Command.CHECK.synopsis() + "` |");
    assertThat(README).contains("`" + run.err().lines().findFirst().orElseThrow() + "`");
  }
}
