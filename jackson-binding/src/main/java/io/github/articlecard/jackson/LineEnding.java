package io.github.articlecard.jackson;

/**
 * The line break {@link CardMapper#write(io.github.articlecard.ArticleCard)} writes. Edits of a read
 * document always keep the document's own line breaks.
 *
 * <pre>{@code
 * CardMapper windows = CardMapper.builder().lineEnding(LineEnding.CRLF).build();
 * }</pre>
 */
public enum LineEnding {
  /** {@code \n}, the default. */
  LF("\n"),
  /** {@code \r\n}. */
  CRLF("\r\n");

  private final String characters;

  LineEnding(String characters) {
    this.characters = characters;
  }

  /**
   * Returns the line break characters.
   *
   * @return {@code "\n"} or {@code "\r\n"}
   */
  public String characters() {
    return characters;
  }
}
