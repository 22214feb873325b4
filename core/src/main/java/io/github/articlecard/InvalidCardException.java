package io.github.articlecard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ArticleCard#requireValid()} when a card has validation problems; it lists all
 * of them, not just the first.
 *
 * <pre>{@code
 * try {
 *   card.requireValid();
 * } catch (InvalidCardException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidCardException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   */
  public InvalidCardException(List<ValidationProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in card order.
   *
   * @return the problems
   */
  public List<ValidationProblem> problems() {
    return problems;
  }

  private static String describe(List<ValidationProblem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in card:\n  "
        + problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n  "));
  }
}
