package io.github.articlecard.jackson;

import org.jspecify.annotations.Nullable;

/**
 * The front matter is well-formed YAML but does not fit the type it is bound to, such as
 * {@code quality: high}. {@link #path()} names the value ({@code related[2].images[0].width}),
 * {@link #cardPath()} gives the same path as steps; {@link #line()} and {@link #column()} locate it
 * in the file (0 when there is no source text, as for JSON read through
 * {@link ArticleCardModule}). {@link #problem()} is a sentence that names the path,
 * {@code quality: expected a whole number, found "high"}, and the message puts the place before
 * it: {@code line 6, column 10: quality: expected a whole number, found "high"}.
 *
 * <pre>{@code
 * catch (CardBindingException e) {
 *   log.warn("{}:{}: {}", e.line(), e.column(), e.problem());   // 6:10: quality: expected a ...
 * }
 * }</pre>
 */
public class CardBindingException extends CardException {
  private static final long serialVersionUID = 2L;

  private final String path;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param path the model path of the value in {@link CardPath}'s syntax, such as
   *     {@code related[2].quality}
   * @param problem what is wrong with it, such as {@code expected a whole number, found "high"}
   * @param line the 1-based line in the file, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param excerpt the offending line with a caret under the column, or null
   * @param cause the underlying exception, if any
   */
  public CardBindingException(String path, String problem, int line, int column,
      @Nullable String excerpt, @Nullable Throwable cause) {
    this(path, problem, null, line, column, excerpt, cause);
  }

  private CardBindingException(String path, String problem, @Nullable String sourceName, int line,
      int column, @Nullable String excerpt, @Nullable Throwable cause) {
    super(Kind.BINDING, path.isEmpty() ? problem : path + ": " + problem, sourceName, line, column,
        excerpt, cause);
    this.path = path;
    this.detail = problem;
  }

  /**
   * Returns the model path of the value that does not fit, such as {@code related[2].quality};
   * empty for the front matter as a whole. The text of {@link #cardPath()}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the model path of the value that does not fit as steps, for code that follows it or
   * points at the value with {@link CardDocument#positionOf(CardPath)}: {@code related[2].quality}
   * is the key {@code related}, the index 2 and the key {@code quality}.
   *
   * <pre>{@code
   * catch (CardBindingException e) {
   *   if (e.cardPath().steps().get(0).equals(new CardPath.Key("related"))) { ... }
   * }
   * }</pre>
   *
   * @return the path; {@link CardPath#root()} for the front matter as a whole (a path given to the
   *     constructor that is not in {@link CardPath}'s syntax is one key holding that text)
   */
  public CardPath cardPath() {
    try {
      return CardPath.parse(path);
    } catch (IllegalArgumentException e) {
      return CardPath.root().key(path);
    }
  }

  @Override
  CardBindingException withSourceName(String name) {
    return copied(new CardBindingException(path, detail, name, line(), column(),
        excerpt().orElse(null), getCause()));
  }
}
