package io.github.articlecard.jackson;

/**
 * A place in a card's text: 1-based line and column, as in {@link CardException}, and the offset
 * of the character in {@link CardDocument#text()}.
 *
 * <pre>{@code
 * doc.positionOf("related[0].title")
 *     .ifPresent(at -> System.out.println(file + ":" + at.line() + ":" + at.column()));
 * }</pre>
 *
 * @param line the 1-based line (lines end with LF; a CR before it belongs to the line break)
 * @param column the 1-based column, counted in code points
 * @param offset the index of the character in the text, in UTF-16 units ({@code String.charAt})
 */
public record Position(int line, int column, int offset) {
  /**
   * Creates a position.
   *
   * @throws IllegalArgumentException if line or column is below 1 or offset below 0
   */
  public Position {
    if (line < 1 || column < 1 || offset < 0) {
      throw new IllegalArgumentException("not a position: line " + line + ", column " + column
          + ", offset " + offset);
    }
  }

  /** Returns {@code line L, column C}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
