package io.github.articlecard;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects validation problems with their paths while a card is walked, by a validator's rules. */
final class Problems {
  private final CardValidator validator;
  private final List<ValidationProblem> found = new ArrayList<>();

  Problems(CardValidator validator) {
    this.validator = validator;
  }

  static String at(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  static String at(String prefix, String key, int index) {
    return at(prefix, key) + "[" + index + "]";
  }

  /** Checks a value against a rule, when the validator has the rule on. */
  void check(ValidationRule rule, String path, @Nullable Object value) {
    CardValidator.Severity severity = validator.severity(rule);
    if (severity == CardValidator.Severity.OFF) {
      return;
    }
    String message = switch (rule.check()) {
      case NOT_BLANK -> value == null || ((String) value).isBlank() ? "must not be blank" : null;
      case WELL_FORMED -> value instanceof Url url && !url.isWellFormed(validator.allowsRelativeUrls())
          ? "malformed URL \"" + url.raw() + "\" (" + (validator.allowsRelativeUrls()
              ? "needs no whitespace or control characters"
              : "needs a scheme and no whitespace or control characters") + ")"
          : null;
      case RANGE -> value instanceof Integer whole && !validator.inRange(rule, whole)
          ? range(rule) : null;
    };
    if (message != null) {
      found.add(new ValidationProblem(path, message, rule, severity));
    }
  }

  private String range(ValidationRule rule) {
    int min = validator.minimum(rule);
    int max = validator.maximum(rule);
    if (max == Integer.MAX_VALUE) {
      return "must be >= " + min;
    }
    return min == Integer.MIN_VALUE ? "must be <= " + max
        : "must be between " + min + " and " + max;
  }

  List<ValidationProblem> toList() {
    return List.copyOf(found);
  }
}
