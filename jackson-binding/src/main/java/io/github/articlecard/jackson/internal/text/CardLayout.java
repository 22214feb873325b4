package io.github.articlecard.jackson.internal.text;

/**
 * Where the parts of a card text are: BOM and opening delimiter line, front matter, closing
 * delimiter line, body. Offsets are UTF-16 indexes into {@link #text()}.
 *
 * @param text the whole card text, BOM included
 * @param frontMatterStart index of the first character after the opening line's line break
 * @param frontMatterEnd index of the first character of the closing line
 * @param bodyStart index of the first character after the closing line's line break
 * @param lineEnding the opening line's line break, used for inserted lines
 */
public record CardLayout(
    String text, int frontMatterStart, int frontMatterEnd, int bodyStart, String lineEnding) {

  /** Returns the front matter text. */
  public String frontMatter() {
    return text.substring(frontMatterStart, frontMatterEnd);
  }

  /** Returns the body, verbatim. */
  public String body() {
    return text.substring(bodyStart);
  }

  /** Returns the closing delimiter line with its line break. */
  public String closingLine() {
    return text.substring(frontMatterEnd, bodyStart);
  }

  /**
   * Returns a card text with the same head and closing line around new front matter and body; a
   * closing line that ended the file gets a line break when a body now follows it.
   */
  public String assemble(String frontMatter, String body) {
    String closing = closingLine();
    if (!body.isEmpty() && !closing.endsWith("\n")) {
      closing += lineEnding;
    }
    StringBuilder out = new StringBuilder(frontMatterStart + frontMatter.length() + closing.length()
        + body.length());
    return out.append(text, 0, frontMatterStart).append(frontMatter).append(closing).append(body)
        .toString();
  }
}
