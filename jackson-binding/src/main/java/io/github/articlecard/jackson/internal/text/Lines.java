package io.github.articlecard.jackson.internal.text;

/**
 * Line geometry of a text, for laying out YAML: where the line holding an offset starts and ends,
 * how far into its line an offset stands, its indentation, and whether it is blank or a comment.
 * Offsets are UTF-16 indexes and everything here counts in them, from 0; a line ends after its LF
 * (a CR before the LF belongs to the line break). The 1-based line and column shown to people,
 * which count code points, are {@link SourceText}'s.
 */
public final class Lines {
  private final String text;
  /** The text's characters, which the loops here read by index. */
  private final char[] chars;
  private final int length;

  /** Wraps a text. */
  public Lines(String text) {
    this(text, text.toCharArray());
  }

  /**
   * Wraps a text whose characters a reader already holds, without copying them again.
   *
   * @param text the text
   * @param chars the text's characters ({@code text.toCharArray()}), not changed afterwards
   */
  public Lines(String text, char[] chars) {
    if (chars.length != text.length()) {
      throw new IllegalArgumentException("the characters are not the text's");
    }
    this.text = text;
    this.chars = chars;
    this.length = chars.length;
  }

  /** Returns the text. */
  public String text() {
    return text;
  }

  /** Returns the offset where the line holding {@code index} starts. */
  public int lineStart(int index) {
    int i = Math.min(index, length) - 1;
    while (i >= 0 && chars[i] != '\n') {
      i--;
    }
    return Math.max(i + 1, 0);
  }

  /** Returns the offset after the line break of the line holding {@code index}, or the text's end. */
  public int lineEnd(int index) {
    for (int i = Math.max(index, 0); i < length; i++) {
      if (chars[i] == '\n') {
        return i + 1;
      }
    }
    return length;
  }

  /**
   * Returns how far an offset stands into its line, in UTF-16 units from 0: the indentation a key
   * or dash at that offset has, which new lines beside it repeat.
   */
  public int offsetInLine(int index) {
    return offsetInLine(text, index);
  }

  /** Returns how far an offset stands into its line in a text, in UTF-16 units from 0. */
  public static int offsetInLine(String text, int index) {
    return index - (text.lastIndexOf('\n', index - 1) + 1);
  }

  /** Returns the number of spaces a line starts with. */
  public int indentAt(int lineStart) {
    int i = lineStart;
    while (i < length && chars[i] == ' ') {
      i++;
    }
    return i - lineStart;
  }

  /** Tells whether only spaces stand between two offsets. */
  public boolean onlySpaces(int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the line starting at {@code lineStart} holds only spaces and tabs (or is the end). */
  public boolean isBlankLine(int lineStart) {
    int i = lineStart;
    while (i < length && (chars[i] == ' ' || chars[i] == '\t')) {
      i++;
    }
    return i >= length || chars[i] == '\n' || chars[i] == '\r';
  }

  /** Tells whether the line before the one starting at {@code lineStart} is blank. */
  public boolean isBlankLineBefore(int lineStart) {
    return lineStart > 0 && isBlankLine(lineStart(lineStart - 1));
  }

  /** Tells whether the line starting at {@code lineStart} holds only a comment. */
  public boolean isCommentLine(int lineStart) {
    int after = lineStart + indentAt(lineStart);
    return after < length && chars[after] == '#';
  }

  /** Returns the start of the first line at or after {@code lineStart} that is not blank. */
  public int skipBlankLines(int lineStart) {
    int i = lineStart;
    while (i < length && isBlankLine(i)) {
      i = lineEnd(i);
    }
    return i;
  }

  /** Returns the start of the run of blank lines directly above a line ({@code lineStart} if none). */
  public int blankLinesAbove(int lineStart) {
    int start = lineStart;
    while (start > 0 && isBlankLineBefore(start)) {
      start = lineStart(start - 1);
    }
    return start;
  }

  /**
   * Returns the start of the comment lines directly above a line that are indented by exactly
   * {@code column} ({@code lineStart} if none).
   */
  public int commentsAbove(int lineStart, int column) {
    int start = lineStart;
    while (start > 0) {
      int previous = lineStart(start - 1);
      if (!isCommentLine(previous) || indentAt(previous) != column) {
        break;
      }
      start = previous;
    }
    return start;
  }

  /**
   * Returns the end of the comment lines from {@code lineStart} on that are indented deeper than
   * {@code column} ({@code lineStart} if none).
   */
  public int commentsBelow(int lineStart, int column) {
    int at = lineStart;
    while (at < length && isCommentLine(at) && indentAt(at) > column) {
      at = lineEnd(at);
    }
    return at;
  }
}
