package io.github.articlecard.jackson;

import org.jspecify.annotations.Nullable;

/**
 * The front matter is well-formed YAML but does not fit the article model, such as
 * {@code quality: high}. {@link #path()} names the value ({@code related[2].images[0].width});
 * {@link #line()} and {@link #column()} locate it in the file (0 when there is no source text, as
 * for JSON read through {@link ArticleCardModule}).
 *
 * <pre>{@code
 * catch (CardBindingException e) {
 *   log.warn("{} at {}:{}: {}", e.path(), e.line(), e.column(), e.getMessage());
 * }
 * }</pre>
 */
public class CardBindingException extends CardException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param path the model path of the value
   * @param line the 1-based line in the file, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param cause the underlying exception, if any
   */
  public CardBindingException(
      String message, String path, int line, int column, @Nullable Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the model path of the value that does not fit, such as {@code related[2].quality}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the 1-based line of the value in the file, or 0 when unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the value, or 0 when unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
