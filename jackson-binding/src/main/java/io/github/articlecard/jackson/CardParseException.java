package io.github.articlecard.jackson;

import org.jspecify.annotations.Nullable;

/**
 * The card text is not a well-formed card: a delimiter is missing, the YAML is malformed, a limit
 * was exceeded, and so on. {@link #line()} and {@link #column()} are 1-based and count in the whole
 * file (not in the front matter); the message quotes the offending line with a caret under the
 * column.
 *
 * <pre>{@code
 * catch (CardParseException e) {
 *   editor.jumpTo(e.line(), e.column());
 * }
 * }</pre>
 */
public class CardParseException extends CardException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param message the full message, including the position and the quoted line
   * @param line the 1-based line in the file
   * @param column the 1-based column (in code points)
   * @param cause the underlying exception, if any
   */
  public CardParseException(String message, int line, int column, @Nullable Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the 1-based line of the problem in the file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem, counted in code points.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
