package io.github.articlecard;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a card: where ({@link #path()}, such as {@code related[1].images[0].width})
 * and what ({@link #message()}, such as {@code must be >= 0}).
 *
 * <pre>{@code
 * for (ValidationProblem problem : card.validate()) {
 *   System.out.println(problem);   // related[1].images[0].width: must be >= 0
 * }
 * }</pre>
 *
 * @param path the model path of the value, with YAML key names and list indexes
 * @param message what is wrong, in a few words
 */
public record ValidationProblem(String path, String message) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a problem.
   *
   * @param path the model path
   * @param message what is wrong
   */
  public ValidationProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
