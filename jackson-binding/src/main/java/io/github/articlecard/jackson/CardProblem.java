package io.github.articlecard.jackson;

import io.github.articlecard.CardValidator;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.ValidationRule;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validation problem of a card document at the place of its value: the
 * {@link ValidationProblem} ({@link CardDocument#problems()} finds them with the mapper's
 * {@link CardValidator}), with the line and column in the file and the line quoted, so that a
 * report needs no glue code. A problem about an absent key (a missing title) has no place.
 *
 * <pre>{@code
 * for (CardProblem problem : doc.problems()) {
 *   System.err.println(problem.message());
 *   // card.md: line 7, column 12: images[0].width: must be >= 0
 *   //   7 |     width: -1
 *   //     |            ^
 * }
 * }</pre>
 */
public final class CardProblem {
  private final ValidationProblem validation;
  private final @Nullable String sourceName;
  private final @Nullable Position position;
  private final String excerpt;

  /**
   * Creates a located problem.
   *
   * @param validation the problem
   * @param sourceName the file the card came from, or null
   * @param position where the value stands, or null when the key is absent
   * @param excerpt the line with a caret under the column, or empty without a position
   */
  public CardProblem(ValidationProblem validation, @Nullable String sourceName,
      @Nullable Position position, String excerpt) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.sourceName = sourceName;
    this.position = position;
    this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
  }

  /**
   * Returns the problem as the validator found it: path, message, rule and severity.
   *
   * @return the validation problem
   */
  public ValidationProblem validation() {
    return validation;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the rule
   */
  public ValidationRule rule() {
    return validation.rule();
  }

  /**
   * Returns how much the problem matters: an error or a warning.
   *
   * @return the severity
   */
  public CardValidator.Severity severity() {
    return validation.severity();
  }

  /**
   * Returns the file the card came from, when it was read from one.
   *
   * @return the source name
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * Returns where the value stands in the text, or empty for a problem about an absent key.
   *
   * @return the position
   */
  public Optional<Position> position() {
    return Optional.ofNullable(position);
  }

  /**
   * Returns the 1-based line of the value in the file, or 0 without a position.
   *
   * @return the line
   */
  public int line() {
    return position == null ? 0 : position.line();
  }

  /**
   * Returns the 1-based column of the value, in code points, or 0 without a position.
   *
   * @return the column
   */
  public int column() {
    return position == null ? 0 : position.column();
  }

  /**
   * Returns the value's line, numbered, with a caret under the column (two lines of text); empty
   * without a position.
   *
   * @return the excerpt
   */
  public String excerpt() {
    return excerpt;
  }

  /**
   * Returns the problem as one text: {@code [source: ][line L, column C: ]path: message}, then the
   * excerpt on the next lines when there is one.
   *
   * @return the message
   */
  public String message() {
    return (sourceName == null ? "" : sourceName + ": ")
        + (position == null ? "" : "line " + position.line() + ", column " + position.column() + ": ")
        + validation + (excerpt.isEmpty() ? "" : "\n" + excerpt);
  }

  /** Returns {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CardProblem that && validation.equals(that.validation)
        && Objects.equals(sourceName, that.sourceName) && Objects.equals(position, that.position)
        && excerpt.equals(that.excerpt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(validation, sourceName, position, excerpt);
  }
}
