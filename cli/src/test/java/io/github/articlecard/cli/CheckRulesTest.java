package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.CardValidator;
import io.github.articlecard.CardValidator.Severity;
import io.github.articlecard.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check}'s rule options ({@code --rule}, {@code --range}, {@code --relative-urls}): what
 * they set, in either option form, and the usage errors that name what is wrong.
 */
class CheckRulesTest {
  private static CardValidator validatorOf(String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.add("card.md");
    return CheckRules.fromOptions(Command.CHECK.parse(args)).validator();
  }

  @Test
  void withoutOptionsTheValidatorIsTheDefaults() {
    CardValidator validator = validatorOf();

    assertThat(validator.toString()).isEqualTo(CardValidator.defaults().toString());
  }

  @Test
  void ruleOptionsSetEachRulesSeverityInBothOptionForms() {
    CardValidator validator = validatorOf("--rule", "heat=warning", "--rule=url=off",
        "--rule", "image-size=error", "--rule", "title = off");

    assertThat(validator.severity(ValidationRule.HEAT)).isEqualTo(Severity.WARNING);
    assertThat(validator.severity(ValidationRule.URL)).isEqualTo(Severity.OFF);
    assertThat(validator.severity(ValidationRule.IMAGE_SIZE)).isEqualTo(Severity.ERROR);
    assertThat(validator.severity(ValidationRule.TITLE)).isEqualTo(Severity.OFF);
    assertThat(validator.severity(ValidationRule.TOPICS)).isEqualTo(Severity.ERROR);
  }

  @Test
  void ruleIdsAndSeveritiesAreReadWhateverTheirCase() {
    CardValidator validator = validatorOf("--rule", "HEAT=Warning", "--rule", "Image-Size=OFF");

    assertThat(validator.severity(ValidationRule.HEAT)).isEqualTo(Severity.WARNING);
    assertThat(validator.severity(ValidationRule.IMAGE_SIZE)).isEqualTo(Severity.OFF);
  }

  @Test
  void theLastOptionGivenForARuleWins() {
    CardValidator validator = validatorOf("--rule", "heat=warning", "--range", "heat=0..5",
        "--rule", "heat=error", "--range=heat=-1..1000", "--relative-urls", "false",
        "--relative-urls=true");

    assertThat(validator.severity(ValidationRule.HEAT)).isEqualTo(Severity.ERROR);
    assertThat(validator.minimum(ValidationRule.HEAT)).isEqualTo(-1);
    assertThat(validator.maximum(ValidationRule.HEAT)).isEqualTo(1000);
    assertThat(validator.allowsRelativeUrls()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      heat=-1..1000          | HEAT       | -1          | 1000
      quality=0..            | QUALITY    | 0           | 2147483647
      heat=..1000            | HEAT       | -2147483648 | 1000
      image-size=-5..-1      | IMAGE_SIZE | -5          | -1
      quality= 10 .. 10      | QUALITY    | 10          | 10
      heat=..                | HEAT       | -2147483648 | 2147483647
      heat=+3..2147483647    | HEAT       | 3           | 2147483647
      """)
  void rangesTakeWholeNumbersAndAnEndLeftOutIsNoBound(String range, ValidationRule rule, int min,
      int max) {
    CardValidator validator = validatorOf("--range", range);

    assertThat(validator.minimum(rule)).isEqualTo(min);
    assertThat(validator.maximum(rule)).isEqualTo(max);
  }

  @Test
  void aRangeForARuleThatIsOffByDefaultTurnsItOnAsAnErrorUnlessItsSeverityIsGiven() {
    assertThat(validatorOf("--range", "heat=0..10").severity(ValidationRule.HEAT))
        .isEqualTo(Severity.ERROR);
    assertThat(validatorOf("--range", "heat=0..10", "--rule", "heat=warning")
        .severity(ValidationRule.HEAT)).isEqualTo(Severity.WARNING);
    assertThat(validatorOf("--rule", "heat=off", "--range", "heat=0..10")
        .severity(ValidationRule.HEAT)).isEqualTo(Severity.OFF);
    assertThat(validatorOf("--rule", "quality=warning", "--range", "quality=0..5")
        .severity(ValidationRule.QUALITY)).isEqualTo(Severity.WARNING);
    assertThat(validatorOf("--rule", "quality=off", "--range", "quality=0..5")
        .severity(ValidationRule.QUALITY)).isEqualTo(Severity.OFF);
  }

  @Test
  void aSeverityFromTheFileCountsForARangeFromTheOptionsAndTheOtherWayRound() {
    CheckRules fileOff = new CheckRules.Builder().severity(ValidationRule.HEAT, "off").build();
    CheckRules fileRange = new CheckRules.Builder().range(ValidationRule.HEAT, "-1..").build();
    CheckRules optionRange = new CheckRules.Builder().range(ValidationRule.HEAT, "0..9").build();
    CheckRules optionWarning = new CheckRules.Builder().severity(ValidationRule.HEAT, "warning")
        .build();

    assertThat(optionRange.over(fileOff).validator().severity(ValidationRule.HEAT))
        .isEqualTo(Severity.OFF);
    assertThat(optionWarning.over(fileRange).validator().severity(ValidationRule.HEAT))
        .isEqualTo(Severity.WARNING);
    assertThat(CheckRules.NONE.over(fileRange).validator().severity(ValidationRule.HEAT))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void relativeUrlsTakesTrueOrFalse() {
    assertThat(validatorOf("--relative-urls=false").allowsRelativeUrls()).isFalse();
    assertThat(validatorOf("--relative-urls", "FALSE").allowsRelativeUrls()).isFalse();
    assertThat(validatorOf("--relative-urls=true").allowsRelativeUrls()).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      --rule           | haet=warning  | --rule haet=warning: unknown rule 'haet'; the rules are title, topics, url, quality, heat, image-size
      --rule           | heat=warn     | --rule heat=warn: unknown severity 'warn'; the severities are error, warning, off
      --rule           | heat          | --rule heat: expected ID=SEVERITY, such as heat=warning
      --rule           | =warning      | --rule =warning: no rule named; the rules are title, topics, url, quality, heat, image-size
      --rule           | heat=         | --rule heat=: no severity; the severities are error, warning, off
      --range          | url=0..1      | --range url=0..1: url is not a range rule; the range rules are quality, heat, image-size
      --range          | heet=0..1     | --range heet=0..1: unknown rule 'heet'; the rules are title, topics, url, quality, heat, image-size
      --range          | heat=1000..-1 | --range heat=1000..-1: the range 1000..-1 is empty: 1000 is above -1
      --range          | heat=-1-1000  | --range heat=-1-1000: expected a range MIN..MAX of whole numbers, such as -1..1000 (an end left out is no bound: 0..), found '-1-1000'
      --range          | heat=one..ten | --range heat=one..ten: 'one' in one..ten is not a whole number from -2147483648 to 2147483647
      --range          | heat=0..1e3   | --range heat=0..1e3: '1e3' in 0..1e3 is not a whole number from -2147483648 to 2147483647
      --range          | heat=0..3000000000 | --range heat=0..3000000000: '3000000000' in 0..3000000000 is not a whole number from -2147483648 to 2147483647
      --range          | heat          | --range heat: expected ID=MIN..MAX, such as heat=-1..1000
      --relative-urls  | yes           | --relative-urls yes: expected true or false, found 'yes'
      """)
  void aWrongRuleOptionIsAUsageErrorThatSaysWhatIsRightAndChecksNothing(String option,
      String value, String problem) {
    ToolRun run = ToolRun.of("check", option, value, "no-such-card.md");
    ToolRun joined = ToolRun.of("check", option + "=" + value, "no-such-card.md");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).startsWith("articlecard: " + problem,
        "usage: " + Command.CHECK.usageLine().substring("usage: ".length()));
    assertThat(run.err()).doesNotContain("no-such-card.md:").endsWith(
        "articlecard help check says more.\n");
    assertThat(joined.status()).isEqualTo(2);
    assertThat(joined.err()).isEqualTo(run.err());
  }

  @Test
  void aRuleOptionWithoutItsValueIsAUsageError() {
    for (String option : List.of("--rule", "--range", "--relative-urls")) {
      ToolRun run = ToolRun.of("check", "card.md", option);

      assertThat(run.status()).as(option).isEqualTo(2);
      assertThat(run.err()).startsWith("articlecard: check: option " + option + " needs a ");
    }
  }

  @Test
  void theHelpOfCheckShowsTheRuleOptionsAndTheFile() {
    ToolRun help = ToolRun.of("help", "check");

    assertThat(help.out()).contains("--rule ID=SEVERITY", "--range ID=MIN..MAX",
        "--relative-urls BOOL", "--no-config", ".articlecard.properties", "rule.heat = warning",
        "range.heat = -1..1000", "relativeUrls = false");
  }

  @Test
  void overTakesWhatItSetsAndLeavesTheRestToTheRulesBelow() {
    CheckRules file = new CheckRules.Builder().severity(ValidationRule.HEAT, "warning")
        .severity(ValidationRule.URL, "off").range(ValidationRule.HEAT, "0..10")
        .relativeUrls("false").build();
    CheckRules options = new CheckRules.Builder().severity(ValidationRule.HEAT, "error")
        .range(ValidationRule.QUALITY, "0..100").build();

    CardValidator validator = options.over(file).validator();

    assertThat(validator.severity(ValidationRule.HEAT)).isEqualTo(Severity.ERROR);
    assertThat(validator.severity(ValidationRule.URL)).isEqualTo(Severity.OFF);
    assertThat(validator.minimum(ValidationRule.HEAT)).isZero();
    assertThat(validator.maximum(ValidationRule.QUALITY)).isEqualTo(100);
    assertThat(validator.allowsRelativeUrls()).isFalse();
    assertThat(CheckRules.NONE.over(file)).isEqualTo(file);
    assertThat(file.over(CheckRules.NONE)).isEqualTo(file);
  }

  @Test
  void aRangeForARuleThatIsNotARangeRuleIsRefusedByTheLookUp() {
    assertThatThrownBy(() -> CheckRules.rangeRule("topics"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topics is not a range rule; the range rules are quality, heat, image-size");
  }
}
