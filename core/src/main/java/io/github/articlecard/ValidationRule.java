package io.github.articlecard;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One rule that {@link CardValidator} checks, named by an {@link #id()} that reports, options and
 * configuration files use ({@code title}, {@code url}, {@code heat}...). Each key of the model that
 * a rule checks says so in its record's key table ({@link ModelKey#rule()}).
 *
 * <pre>{@code
 * CardValidator validator = CardValidator.builder()
 *     .severity(ValidationRule.HEAT, Severity.ERROR)      // off by default
 *     .range(ValidationRule.HEAT, -1, Integer.MAX_VALUE)
 *     .build();
 * }</pre>
 */
public enum ValidationRule {
  /** A card's and a related article's {@code title} is not blank. */
  TITLE("title", Check.NOT_BLANK, null),
  /** Each topic is not blank. */
  TOPICS("topics", Check.NOT_BLANK, null),
  /**
   * Every link is well formed: an absolute URL with a scheme, or, where the validator allows them
   * (the default), a relative one such as {@code /assets/images/x.jpg}; never whitespace or
   * control characters.
   */
  URL("url", Check.WELL_FORMED, null),
  /** {@code quality}, of a card or a related article, is in range: 0 and up by default. */
  QUALITY("quality", Check.RANGE, 0),
  /**
   * {@code heat} is in range: -1 (unranked) and up when enabled; off by default, since real cards go
   * below -1.
   */
  HEAT("heat", Check.RANGE, -1),
  /** An image's {@code width} and {@code height} are in range: 0 (unknown) and up by default. */
  IMAGE_SIZE("image-size", Check.RANGE, 0);

  /** What a rule checks of a value. */
  enum Check { NOT_BLANK, WELL_FORMED, RANGE }

  private final String id;
  private final Check check;
  private final @Nullable Integer minimum;

  ValidationRule(String id, Check check, @Nullable Integer minimum) {
    this.id = id;
    this.check = check;
    this.minimum = minimum;
  }

  /**
   * Returns the rule's name in reports, options and configuration files.
   *
   * @return such as {@code image-size}
   */
  public String id() {
    return id;
  }

  /**
   * Tells whether the rule checks that a whole number is in a range, which
   * {@link CardValidator.Builder#range} sets.
   *
   * @return true for {@link #QUALITY}, {@link #HEAT} and {@link #IMAGE_SIZE}
   */
  public boolean isRange() {
    return check == Check.RANGE;
  }

  /**
   * Returns the rule of that id, whatever its case.
   *
   * @param id such as {@code heat} or {@code image-size}
   * @return the rule, or empty when no rule has that id
   */
  public static Optional<ValidationRule> byId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    for (ValidationRule rule : values()) {
      if (rule.id.equals(wanted)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  Check check() {
    return check;
  }

  /** The smallest value a range rule accepts by default. */
  int defaultMinimum() {
    return minimum == null ? Integer.MIN_VALUE : minimum;
  }
}
