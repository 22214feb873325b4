package io.github.articlecard.jackson;

import org.jspecify.annotations.Nullable;

/**
 * The card text is not a well-formed card: a delimiter is missing, the YAML is malformed, a limit
 * was exceeded, and so on. {@link #line()} and {@link #column()} are 1-based and count in the whole
 * file (not in the front matter); {@link #excerpt()} quotes the offending line with a caret under the
 * column, and the message ends with it.
 *
 * <pre>{@code
 * catch (CardParseException e) {
 *   editor.jumpTo(e.line(), e.column());
 *   editor.showHint(e.problem());
 * }
 * }</pre>
 */
public class CardParseException extends CardException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param kind what kind of problem
   * @param problem what went wrong and, where it helps, what to do, without the position
   * @param line the 1-based line in the file
   * @param column the 1-based column (in code points)
   * @param excerpt the offending line with a caret under the column, or null
   * @param cause the underlying exception, if any
   */
  public CardParseException(Kind kind, String problem, int line, int column,
      @Nullable String excerpt, @Nullable Throwable cause) {
    this(kind, problem, null, line, column, excerpt, cause);
  }

  private CardParseException(Kind kind, String problem, @Nullable String sourceName, int line,
      int column, @Nullable String excerpt, @Nullable Throwable cause) {
    super(kind, problem, sourceName, line, column, excerpt, cause);
  }

  @Override
  CardParseException withSourceName(String name) {
    return copied(new CardParseException(kind(), problem(), name, line(), column(),
        excerpt().orElse(null), getCause()));
  }
}
