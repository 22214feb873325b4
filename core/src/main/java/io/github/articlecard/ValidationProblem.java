package io.github.articlecard;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a card: where ({@link #path()}, such as {@code related[1].images[0].width}),
 * what ({@link #message()}, such as {@code must be >= 0}), which {@link ValidationRule rule} it
 * breaks and how much that matters ({@link CardValidator.Severity}).
 *
 * <pre>{@code
 * for (ValidationProblem problem : card.validate()) {
 *   System.out.println(problem);   // related[1].images[0].width: must be >= 0
 * }
 * }</pre>
 *
 * @param path the model path of the value, with YAML key names and list indexes
 * @param message what is wrong, in a few words
 * @param rule the rule it breaks
 * @param severity how much it matters: {@code ERROR} or {@code WARNING}
 */
public record ValidationProblem(String path, String message, ValidationRule rule,
    CardValidator.Severity severity) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a problem.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the severity is {@code OFF}
   */
  public ValidationProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    if (severity == CardValidator.Severity.OFF) {
      throw new IllegalArgumentException("a problem of a rule that is off is not reported");
    }
  }

  /**
   * Tells whether the problem makes the card invalid.
   *
   * @return true for {@code ERROR}
   */
  public boolean isError() {
    return severity == CardValidator.Severity.ERROR;
  }

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
