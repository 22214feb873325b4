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
  private final int length;

  /** Wraps a text. */
  public Lines(String text) {
    this.text = text;
    this.length = text.length();
  }

  /** Returns the text. */
  public String text() {
    return text;
  }

  /** Returns the offset where the line holding {@code index} starts. */
  public int lineStart(int index) {
    int from = Math.min(index, length) - 1;
    return from < 0 ? 0 : text.lastIndexOf('\n', from) + 1;
  }

  /** Returns the offset after the line break of the line holding {@code index}, or the text's end. */
  public int lineEnd(int index) {
    int lineBreak = text.indexOf('\n', Math.max(index, 0));
    return lineBreak < 0 ? length : lineBreak + 1;
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
    while (i < length && text.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  /** Tells whether only spaces stand between two offsets. */
  public boolean onlySpaces(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the line starting at {@code lineStart} holds only spaces and tabs (or is the end). */
  public boolean isBlankLine(int lineStart) {
    int i = lineStart;
    while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= length || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  /** Tells whether the line before the one starting at {@code lineStart} is blank. */
  public boolean isBlankLineBefore(int lineStart) {
    return lineStart > 0 && isBlankLine(lineStart(lineStart - 1));
  }

  /** Tells whether the line starting at {@code lineStart} holds only a comment. */
  public boolean isCommentLine(int lineStart) {
    int after = lineStart + indentAt(lineStart);
    return after < length && text.charAt(after) == '#';
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
