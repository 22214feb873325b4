package io.github.articlecard.jackson.internal.yaml;

/**
 * The YAML reader's place in the front matter text: the offset it is at, the start of that
 * offset's line, and the character classes YAML's grammar is written in. Moving past a line
 * break goes through {@link #nextLine} so that the line start is always known.
 */
final class Cursor {
  /** What {@link #at} returns past the end of the text. */
  static final char END = '\0';

  final String text;
  /** The text's characters, read by index in the reader's loops. */
  final char[] chars;
  final int length;
  /** The offset the reader is at. */
  int pos;
  /** The start of the line holding {@link #pos}. */
  int lineStart;
  /** The first tab in the white space the last {@link #skipSeparation} passed on its last line, or -1. */
  int tab = -1;
  /** The offset of the first token of the line {@link #skipSeparation} last stopped on a new line. */
  private int lineContent = -1;
  /*
   * What the last skipSeparation that moved the cursor passed: a block mapping reads there, when
   * it comes to a key, what stands between the key and the last token of the value before it
   * (see BlockMapping), so that whether blank lines stand above an entry is known without
   * looking at the text again. Only block scalars pass lines after their last token otherwise;
   * they are counted.
   */
  /** How many block scalars the cursor has passed (their trailing lines are theirs). */
  int blockScalars;
  /**
   * Whether the last {@link #skipSeparation} that moved the cursor passed a comment on a line of
   * its own (a comment after a token on its line does not count).
   */
  boolean separationOwnLineComment;
  /** How many blank lines the last {@link #skipSeparation} that moved the cursor passed. */
  int separationBlankLines;
  /** Where the last {@link #skipSeparation} that moved the cursor stopped. */
  int separationEnd = -1;
  /** Where the comments start, in order, when they are asked for; else null. */
  java.util.@org.jspecify.annotations.Nullable List<Integer> comments;

  Cursor(String text) {
    this.text = text;
    this.chars = text.toCharArray();
    this.length = chars.length;
  }

  char at(int i) {
    return i < length ? chars[i] : END;
  }

  char peek() {
    return at(pos);
  }

  boolean atEnd() {
    return pos >= length;
  }

  static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** Tells whether the character at {@code i} is white space, a line break or the end. */
  boolean isBlank(int i) {
    return i >= length || isSpace(chars[i]) || isBreak(chars[i]);
  }

  /** Tells whether the character at {@code i} is a line break or the end. */
  boolean isBreakOrEnd(int i) {
    return i >= length || isBreak(chars[i]);
  }

  static boolean isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** Returns the column of an offset on the current line or an earlier one. */
  int column(int i) {
    return i >= lineStart ? i - lineStart : i - (text.lastIndexOf('\n', i - 1) + 1);
  }

  /** Returns the start of the line holding an offset. */
  int lineStartOf(int i) {
    return i >= lineStart && i <= pos ? lineStart : text.lastIndexOf('\n', i - 1) + 1;
  }

  /** Returns the offset after the line break at {@code i} (CRLF or LF). */
  int afterBreak(int i) {
    return chars[i] == '\r' && at(i + 1) == '\n' ? i + 2 : i + 1;
  }

  /** Moves past the line break at {@link #pos}. */
  void nextLine() {
    pos = afterBreak(pos);
    lineStart = pos;
  }

  /** Returns the number of spaces at the start of the line that starts at {@code start}. */
  int spacesAt(int start) {
    int i = start;
    while (i < length && chars[i] == ' ') {
      i++;
    }
    return i - start;
  }

  /** Returns the offset of the first token of the line {@link #skipSeparation} last stopped on a new line. */
  int lineContent() {
    return lineContent;
  }

  /** Returns the first tab in the white space before {@code i} on its line, or -1. */
  int tabBefore(int i) {
    int start = lineStartOf(i);
    for (int j = start; j < i; j++) {
      char c = chars[j];
      if (c == '\t') {
        return j;
      }
      if (c != ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** Returns the offset after the spaces and tabs from {@code i}. */
  int skipSpaces(int i) {
    while (i < length && isSpace(chars[i])) {
      i++;
    }
    return i;
  }

  /** Tells whether a line starting at {@code start} is a document marker ({@code ---} or {@code ...} then white space or its end). */
  boolean isDocumentMarker(int start) {
    if (start + 3 > length) {
      return false;
    }
    char c = chars[start];
    return (c == '-' || c == '.') && chars[start + 1] == c && chars[start + 2] == c
        && isBlank(start + 3);
  }

  /**
   * Skips white space, comments and line breaks up to the next token; returns whether the token
   * is on a line of its own (a line was crossed, or the cursor was at a line's start). {@link #tab}
   * is left at the first tab of the white space on the token's line.
   */
  boolean skipSeparation() {
    boolean crossed = pos == lineStart || pos == lineContent;
    boolean blank = pos == lineStart; // nothing but white space on this line so far
    int from = pos;
    int blankLines = 0;
    boolean ownLineComment = false;
    tab = -1;
    while (pos < length) {
      char c = chars[pos];
      if (c == ' ') {
        pos++;
      } else if (c == '\t') {
        if (tab < 0) {
          tab = pos;
        }
        pos++;
      } else if (isBreak(c)) {
        if (blank) {
          blankLines++;
        }
        nextLine();
        crossed = true;
        blank = true;
        tab = -1;
      } else if (c == '#' && (pos == lineStart || isSpace(chars[pos - 1]))) {
        ownLineComment |= blank;
        comment(pos);
        while (pos < length && !isBreak(chars[pos])) {
          pos++;
        }
      } else {
        break;
      }
    }
    if (crossed) {
      lineContent = pos;
    }
    if (pos != from) {
      separationOwnLineComment = ownLineComment;
      separationBlankLines = blankLines;
      separationEnd = pos;
    }
    return crossed;
  }

  /** Notes a comment that starts at {@code at}, once (the reader may pass a comment twice). */
  void comment(int at) {
    java.util.List<Integer> found = comments;
    if (found != null && (found.isEmpty() || found.get(found.size() - 1) < at)) {
      found.add(at);
    }
  }

  /** The offset after the last character of a line's content before {@code end}, white space trimmed. */
  int trimEnd(int from, int end) {
    int i = end;
    while (i > from && isSpace(chars[i - 1])) {
      i--;
    }
    return i;
  }
}
