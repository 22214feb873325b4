package io.github.articlecard;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks cards against the format's rules, each with a {@link Severity} and, where they matter,
 * options: whether relative links are allowed, the range of a score. Immutable and thread-safe.
 * {@link #defaults()} reports nothing on the cards real sites publish (relative links such as
 * {@code /assets/x.jpg} allowed, {@code heat} below -1 not checked); {@link ArticleCard#validate()}
 * uses it.
 *
 * <pre>{@code
 * CardValidator strict = CardValidator.builder()
 *     .relativeUrls(false)                                  // links need a scheme
 *     .severity(ValidationRule.HEAT, Severity.WARNING)      // report heat below -1, as a warning
 *     .severity(ValidationRule.TOPICS, Severity.OFF)
 *     .build();
 * for (ValidationProblem problem : strict.validate(card)) {
 *   System.out.println(problem.severity() + " " + problem);   // ERROR webUrl: malformed URL ...
 * }
 * }</pre>
 *
 * <p>A validator is {@link Serializable} (a Spark closure can capture it): its settings are written
 * and read back through the builder, with its checks.
 */
public final class CardValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How much a broken rule matters. */
  public enum Severity {
    /** A problem that makes the card invalid ({@link ArticleCard#requireValid()} throws). */
    ERROR,
    /** A problem reported but not making the card invalid. */
    WARNING,
    /** Not checked. */
    OFF
  }

  /** An inclusive range of whole numbers. */
  private record Range(int min, int max) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static final CardValidator DEFAULTS = new Builder().build();

  private final Map<ValidationRule, Severity> severities;
  private final Map<ValidationRule, Range> ranges;
  private final boolean relativeUrls;

  private CardValidator(Builder builder) {
    this.severities = new EnumMap<>(builder.severities);
    this.ranges = new EnumMap<>(builder.ranges);
    this.relativeUrls = builder.relativeUrls;
  }

  /**
   * Returns the validator {@link ArticleCard#validate()} uses: every rule an error except
   * {@link ValidationRule#HEAT}, which is off; relative links allowed; {@code quality} and image
   * sizes from 0 up.
   *
   * @return the default validator
   */
  public static CardValidator defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this validator's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.severities.putAll(severities);
    builder.ranges.putAll(ranges);
    builder.relativeUrls = relativeUrls;
    return builder;
  }

  /**
   * Returns how much a broken rule matters to this validator.
   *
   * @param rule the rule
   * @return its severity
   */
  public Severity severity(ValidationRule rule) {
    return Objects.requireNonNull(severities.get(Objects.requireNonNull(rule, "rule")));
  }

  /**
   * Tells whether links without a scheme ({@code /assets/x.jpg}, {@code ../a.html}) are well formed.
   *
   * @return true when relative links are allowed
   */
  public boolean allowsRelativeUrls() {
    return relativeUrls;
  }

  /**
   * Returns the smallest value a range rule accepts.
   *
   * @param rule a range rule
   * @return the minimum, inclusive ({@code Integer.MIN_VALUE} for none)
   * @throws IllegalArgumentException if the rule is not a range rule
   */
  public int minimum(ValidationRule rule) {
    return range(rule).min();
  }

  /**
   * Returns the largest value a range rule accepts.
   *
   * @param rule a range rule
   * @return the maximum, inclusive ({@code Integer.MAX_VALUE} for none)
   * @throws IllegalArgumentException if the rule is not a range rule
   */
  public int maximum(ValidationRule rule) {
    return range(rule).max();
  }

  private Range range(ValidationRule rule) {
    Range range = ranges.get(Objects.requireNonNull(rule, "rule"));
    if (range == null) {
      throw new IllegalArgumentException(rule.id() + " is not a range rule");
    }
    return range;
  }

  /**
   * Checks a card and returns every problem found, in card order, each with its path, rule and
   * severity (never {@link Severity#OFF}). Reading never calls this: real data must load even when
   * it breaks a rule.
   *
   * @param card the card
   * @return the problems; empty when the card breaks no rule that is on
   */
  public List<ValidationProblem> validate(ArticleCard card) {
    Objects.requireNonNull(card, "card");
    Problems problems = new Problems(this);
    ModelKeys.tableOf(card).collectProblems(card, "", problems);
    return problems.toList();
  }

  /** Tells whether a whole number is within a range rule's range. */
  boolean inRange(ValidationRule rule, int value) {
    Range range = range(rule);
    return value >= range.min() && value <= range.max();
  }

  /** Writes this validator's settings, as {@link Settings}, instead of its fields. */
  private Object writeReplace() {
    return new Settings(new EnumMap<>(severities), new EnumMap<>(ranges), relativeUrls);
  }

  @SuppressWarnings("UnusedVariable") // called by serialization
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a CardValidator is read through its settings");
  }

  /**
   * The serialized form of a {@link CardValidator}: its settings, read back through the builder,
   * so that a rule or range it refuses cannot come in this way.
   */
  private record Settings(EnumMap<ValidationRule, Severity> severities,
      EnumMap<ValidationRule, Range> ranges, boolean relativeUrls) implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder builder = builder().relativeUrls(relativeUrls);
        severities.forEach(builder::severity);
        ranges.forEach((rule, range) -> builder.range(rule, range.min(), range.max()));
        return builder.build();
      } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("CardValidator: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /** Returns the settings: the severities, then the ranges, then whether relative links pass. */
  @Override
  public String toString() {
    return "CardValidator" + severities + ranges + "[relativeUrls=" + relativeUrls + "]";
  }

  /** Builds a {@link CardValidator}, starting from the defaults. */
  public static final class Builder {
    private final Map<ValidationRule, Severity> severities = new EnumMap<>(ValidationRule.class);
    private final Map<ValidationRule, Range> ranges = new EnumMap<>(ValidationRule.class);
    private boolean relativeUrls = true;

    private Builder() {
      for (ValidationRule rule : ValidationRule.values()) {
        severities.put(rule, rule == ValidationRule.HEAT ? Severity.OFF : Severity.ERROR);
        if (rule.isRange()) {
          ranges.put(rule, new Range(rule.defaultMinimum(), Integer.MAX_VALUE));
        }
      }
    }

    /**
     * Sets how much a broken rule matters.
     *
     * @param rule the rule
     * @param severity error, warning or off
     * @return this builder
     */
    public Builder severity(ValidationRule rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets whether links without a scheme are well formed ({@code true} by default).
     *
     * @param allowed false to require a scheme ({@code https:}) in every link
     * @return this builder
     */
    public Builder relativeUrls(boolean allowed) {
      this.relativeUrls = allowed;
      return this;
    }

    /**
     * Sets the inclusive range of a range rule ({@link ValidationRule#isRange()}).
     *
     * @param rule the rule
     * @param min the smallest valid value
     * @param max the largest valid value
     * @return this builder
     * @throws IllegalArgumentException if the rule is not a range rule, or min is above max
     */
    public Builder range(ValidationRule rule, int min, int max) {
      Objects.requireNonNull(rule, "rule");
      if (!rule.isRange()) {
        throw new IllegalArgumentException(rule.id() + " is not a range rule");
      }
      if (min > max) {
        throw new IllegalArgumentException(rule.id() + ": min " + min + " is above max " + max);
      }
      ranges.put(rule, new Range(min, max));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public CardValidator build() {
      return new CardValidator(this);
    }
  }
}
