package io.github.articlecard.jackson;

import java.util.Objects;

/**
 * A comment in a card's front matter, as {@link CardDocument#comments()} lists them: where its
 * {@code #} stands, its text, and whether it stands on a line of its own or after a value. For
 * tools that must not lose comments, such as a formatter that rewrites a card in its house style
 * (which has no place for them), and for tools that show them.
 *
 * <pre>{@code
 * for (CardComment comment : mapper.read(path).comments()) {
 *   System.out.println(path + ":" + comment.line() + ": " + comment.text()
 *       + (comment.ownLine() ? "" : " (after a value)"));
 * }
 * }</pre>
 *
 * @param position where the comment's {@code #} stands in {@link CardDocument#text()}
 * @param text the comment as written, from its {@code #} to the end of its line, without the
 *     line break
 * @param ownLine whether only white space stands before it on its line; false for a comment after
 *     a key, a value or a list dash ({@code quality: 5 # five})
 */
public record CardComment(Position position, String text, boolean ownLine) {
  /**
   * Creates a comment.
   *
   * @throws IllegalArgumentException if the text does not start with {@code #} or holds a line
   *     break
   */
  public CardComment {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(text, "text");
    if (!text.startsWith("#") || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("not a comment: \"" + text + "\"");
    }
  }

  /**
   * Returns the 1-based line of the comment in the whole card text.
   *
   * @return the line
   */
  public int line() {
    return position.line();
  }

  /**
   * Returns the 1-based column of the comment's {@code #}, counted in code points.
   *
   * @return the column
   */
  public int column() {
    return position.column();
  }
}
