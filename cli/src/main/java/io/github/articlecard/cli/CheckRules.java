package io.github.articlecard.cli;

import io.github.articlecard.CardValidator;
import io.github.articlecard.CardValidator.Severity;
import io.github.articlecard.ValidationRule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The validation settings one source gives {@code check} (its options, or a
 * {@code .articlecard.properties} file): a severity per rule, a range per range rule, whether
 * relative links pass; what a source does not set is left to the next source down, and then to
 * {@link CardValidator#defaults()}. The texts of the settings ({@code heat=warning},
 * {@code -1..1000}, {@code false}) are read here, for the options and the file alike.
 *
 * <pre>{@code
 * CheckRules rules = CheckRules.fromOptions(arguments).over(rulesFile);
 * CardValidator validator = rules.validator();
 * }</pre>
 *
 * @param severities the severity of each rule this source sets
 * @param ranges the range of each range rule this source sets
 * @param relativeUrls whether links without a scheme pass, or null when this source does not say
 */
record CheckRules(Map<ValidationRule, Severity> severities, Map<ValidationRule, Range> ranges,
    @Nullable Boolean relativeUrls) {
  /** A source that sets nothing. */
  static final CheckRules NONE = new CheckRules(Map.of(), Map.of(), null);

  /** The option that sets a rule's severity. */
  static final String RULE = "--rule";
  /** The option that sets a range rule's range. */
  static final String RANGE = "--range";
  /** The option that says whether relative links pass. */
  static final String RELATIVE_URLS = "--relative-urls";
  /** The flag that leaves configuration files unread. */
  static final String NO_CONFIG = "--no-config";

  /**
   * An inclusive range of whole numbers; an end left out of its text is no bound.
   *
   * @param min the smallest valid value ({@link Integer#MIN_VALUE}: no bound)
   * @param max the largest valid value ({@link Integer#MAX_VALUE}: no bound)
   */
  record Range(int min, int max) {}

  CheckRules {
    severities = Map.copyOf(severities);
    ranges = Map.copyOf(ranges);
  }

  /**
   * Reads the options of {@code check}: {@code --rule ID=SEVERITY}, {@code --range ID=MIN..MAX}
   * (each repeatable, the last given for a rule winning) and {@code --relative-urls BOOL}.
   *
   * @throws UsageException naming the option and what is wrong with its value
   */
  static CheckRules fromOptions(Command.Arguments arguments) {
    Builder builder = new Builder();
    for (String setting : arguments.values(RULE)) {
      fromOption(RULE, setting, () -> {
        String[] idAndValue = split(setting, "SEVERITY", "heat=warning");
        builder.severity(rule(idAndValue[0]), idAndValue[1]);
      });
    }
    for (String setting : arguments.values(RANGE)) {
      fromOption(RANGE, setting, () -> {
        String[] idAndValue = split(setting, "MIN..MAX", "heat=-1..1000");
        builder.range(rangeRule(idAndValue[0]), idAndValue[1]);
      });
    }
    for (String setting : arguments.values(RELATIVE_URLS)) {
      fromOption(RELATIVE_URLS, setting, () -> builder.relativeUrls(setting));
    }
    return builder.build();
  }

  private static void fromOption(String option, String setting, Runnable read) {
    try {
      read.run();
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + setting + ": " + e.getMessage());
    }
  }

  /** Splits {@code ID=VALUE}; a failure names the value and gives an example. */
  private static String[] split(String setting, String valueName, String example) {
    int equals = setting.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("expected ID=" + valueName + ", such as " + example);
    }
    return new String[] {setting.substring(0, equals).strip(),
        setting.substring(equals + 1).strip()};
  }

  /**
   * Returns the rule of an id.
   *
   * @throws IllegalArgumentException naming the rules, when no rule has that id
   */
  static ValidationRule rule(String id) {
    Optional<ValidationRule> rule = ValidationRule.byId(id);
    if (rule.isEmpty()) {
      throw new IllegalArgumentException((id.isEmpty() ? "no rule named"
          : "unknown rule '" + id + "'") + "; the rules are " + ids(false));
    }
    return rule.get();
  }

  /**
   * Returns the range rule of an id.
   *
   * @throws IllegalArgumentException naming the range rules, when no range rule has that id
   */
  static ValidationRule rangeRule(String id) {
    ValidationRule rule = rule(id);
    if (!rule.isRange()) {
      throw new IllegalArgumentException(rule.id() + " is not a range rule; the range rules are "
          + ids(true));
    }
    return rule;
  }

  private static String ids(boolean rangesOnly) {
    return Arrays.stream(ValidationRule.values()).filter(rule -> !rangesOnly || rule.isRange())
        .map(ValidationRule::id).collect(Collectors.joining(", "));
  }

  /**
   * Returns the settings of this source over those of another: what this one sets wins, what it
   * does not is taken from {@code below}.
   */
  CheckRules over(CheckRules below) {
    Map<ValidationRule, Severity> allSeverities = new EnumMap<>(ValidationRule.class);
    allSeverities.putAll(below.severities);
    allSeverities.putAll(severities);
    Map<ValidationRule, Range> allRanges = new EnumMap<>(ValidationRule.class);
    allRanges.putAll(below.ranges);
    allRanges.putAll(ranges);
    return new CheckRules(allSeverities, allRanges,
        relativeUrls != null ? relativeUrls : below.relativeUrls);
  }

  /**
   * Returns the validator of these settings, the defaults for what they do not set. A range given
   * for a rule that is off by default ({@code heat}) turns it on as an error, unless a severity is
   * given for it too: a range is asked for to be checked.
   */
  CardValidator validator() {
    CardValidator.Builder builder = CardValidator.builder();
    ranges.forEach((rule, range) -> {
      builder.range(rule, range.min(), range.max());
      if (CardValidator.defaults().severity(rule) == Severity.OFF) {
        builder.severity(rule, Severity.ERROR);
      }
    });
    severities.forEach(builder::severity);
    if (relativeUrls != null) {
      builder.relativeUrls(relativeUrls);
    }
    return builder.build();
  }

  /** Returns the word a severity is written with in options, files and reports: {@code warning}. */
  static String word(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Gathers settings from the texts of their values; each method throws
   * {@link IllegalArgumentException} with a message that says what is wrong and what would be
   * right, for the caller to place.
   */
  static final class Builder {
    private final Map<ValidationRule, Severity> severities = new EnumMap<>(ValidationRule.class);
    private final Map<ValidationRule, Range> ranges = new EnumMap<>(ValidationRule.class);
    private @Nullable Boolean relativeUrls;

    /** Sets a rule's severity from its text: {@code error}, {@code warning} or {@code off}. */
    Builder severity(ValidationRule rule, String word) {
      for (Severity severity : Severity.values()) {
        if (word(severity).equals(word.toLowerCase(Locale.ROOT))) {
          severities.put(rule, severity);
          return this;
        }
      }
      throw new IllegalArgumentException((word.isEmpty() ? "no severity"
          : "unknown severity '" + word + "'") + "; the severities are error, warning, off");
    }

    /** Sets a range rule's range from its text, such as {@code -1..1000} or {@code 0..}. */
    Builder range(ValidationRule rule, String text) {
      int dots = text.indexOf("..");
      if (dots < 0) {
        throw new IllegalArgumentException("expected a range MIN..MAX of whole numbers, such as"
            + " -1..1000 (an end left out is no bound: 0..), found '" + text + "'");
      }
      int min = end(text.substring(0, dots).strip(), Integer.MIN_VALUE, text);
      int max = end(text.substring(dots + 2).strip(), Integer.MAX_VALUE, text);
      if (min > max) {
        throw new IllegalArgumentException("the range " + text + " is empty: " + min
            + " is above " + max);
      }
      ranges.put(rule, new Range(min, max));
      return this;
    }

    /** Sets whether relative links pass from the text {@code true} or {@code false}. */
    Builder relativeUrls(String allowed) {
      String word = allowed.strip().toLowerCase(Locale.ROOT);
      if (!word.equals("true") && !word.equals("false")) {
        throw new IllegalArgumentException("expected true or false, found '" + allowed + "'");
      }
      relativeUrls = Boolean.valueOf(word);
      return this;
    }

    CheckRules build() {
      return new CheckRules(severities, ranges, relativeUrls);
    }

    private static int end(String number, int none, String range) {
      if (number.isEmpty()) {
        return none;
      }
      try {
        return Integer.parseInt(number);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + number + "' in " + range + " is not a whole"
            + " number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      }
    }
  }
}
