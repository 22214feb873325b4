package io.github.articlecard.jackson.internal.text;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.CardParseException;

/**
 * Splits a card text into its parts ({@link CardLayout}) without changing a character.
 *
 * <p>The opening line is {@code ---} (trailing spaces or tabs allowed) after an optional BOM; the
 * front matter ends at the first later line that is {@code ---} or {@code ...} (trailing spaces or
 * tabs allowed); everything after that line is the body.
 */
public final class CardSplitter {
  private CardSplitter() {}

  /** Splits the text, or throws {@link CardParseException} when a delimiter is missing. */
  public static CardLayout split(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int openingEnd = text.indexOf('\n', start);
    int openingContentEnd = openingEnd < 0 ? text.length() : contentEnd(text, start, openingEnd);
    // only the opening line: the front matter's own CRs are checked by the parser, the body's are content
    int carriageReturn = start;
    while (carriageReturn < openingContentEnd && text.charAt(carriageReturn) != '\r') {
      carriageReturn++;
    }
    if (carriageReturn < openingContentEnd) {
      throw SourceText.of(text).error(Kind.CHARACTER, carriageReturn,
          "carriage return (CR) without a line feed: lines must end with LF or CRLF");
    }
    if (!isDelimiter(text, start, openingContentEnd, '-')) {
      throw SourceText.of(text).error(Kind.MISSING_DELIMITER, start,
          "missing opening delimiter: a card starts with a line '---'"
          + (text.isEmpty() ? " (the input is empty)" : ""));
    }
    if (openingEnd < 0) {
      throw missingClosing(text, start, text.length());
    }
    String lineEnding = openingEnd > start && text.charAt(openingEnd - 1) == '\r' ? "\r\n" : "\n";
    int frontMatterStart = openingEnd + 1;
    int dashes = candidate(text, frontMatterStart, "---");
    int dots = candidate(text, frontMatterStart, "...");
    while (dashes >= 0 || dots >= 0) {
      int lineStart = dots < 0 || (dashes >= 0 && dashes < dots) ? dashes : dots;
      int lineEnd = text.indexOf('\n', lineStart);
      int end = lineEnd < 0 ? text.length() : lineEnd;
      int content = lineEnd < 0 ? end : contentEnd(text, lineStart, end);
      if (isDelimiter(text, lineStart, content, text.charAt(lineStart))) {
        int bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
        return new CardLayout(text, frontMatterStart, lineStart, bodyStart, lineEnding);
      }
      if (lineStart == dashes) {
        dashes = nextLineStartingWith(text, lineStart, "---");
      } else {
        dots = nextLineStartingWith(text, lineStart, "...");
      }
    }
    throw missingClosing(text, start, frontMatterStart);
  }

  /** The error for a front matter never closed, with a hint of where the closing line belongs. */
  private static CardParseException missingClosing(String text, int start, int frontMatterStart) {
    SourceText file = SourceText.of(text);
    int notYaml = firstLineNotLikeYaml(text, frontMatterStart);
    String where = notYaml < 0 ? "after the last line of the front matter"
        : "before line " + file.line(notYaml) + ", the first line that does not look like YAML";
    return file.error(Kind.MISSING_DELIMITER, start, "missing closing delimiter: the front matter"
        + " opened on line 1 is never closed by a line '---' or '...'; add a line '---' " + where);
  }

  /**
   * The start of the first line from {@code from} that cannot be front matter (not blank, not a
   * comment, not indented, not a list item, not {@code key:}), or -1.
   */
  private static int firstLineNotLikeYaml(String text, int from) {
    int lineStart = from;
    while (lineStart < text.length()) {
      int lineBreak = text.indexOf('\n', lineStart);
      int end = lineBreak < 0 ? text.length() : lineBreak;
      String line = text.substring(lineStart, end).stripTrailing();
      if (!line.isEmpty() && !looksLikeYaml(line)) {
        return lineStart;
      }
      if (lineBreak < 0) {
        break;
      }
      lineStart = lineBreak + 1;
    }
    return -1;
  }

  /** The line start {@code lineStart} if that line begins with {@code marker}, else the next such line's start, or -1. */
  private static int candidate(String text, int lineStart, String marker) {
    return text.startsWith(marker, lineStart) ? lineStart : nextLineStartingWith(text, lineStart, marker);
  }

  /** The start of the first line after the one holding {@code index} that begins with {@code marker}, or -1. */
  private static int nextLineStartingWith(String text, int index, String marker) {
    int found = text.indexOf(marker.equals("---") ? "\n---" : "\n...", index);
    return found < 0 ? -1 : found + 1;
  }

  /** Tells whether a line may be front matter: a comment, indented, a list item, {@code key:}. */
  private static boolean looksLikeYaml(String line) {
    char first = line.charAt(0);
    if ("# \t{[&!%?".indexOf(first) >= 0 || line.equals("-") || line.startsWith("- ")) {
      return true;
    }
    int from = 0;
    if (first == '"' || first == '\'') {
      from = line.indexOf(first, 1);
      if (from < 0) {
        return false;
      }
    }
    for (int colon = line.indexOf(':', Math.max(from, 1)); colon > 0;
        colon = line.indexOf(':', colon + 1)) {
      if (colon + 1 == line.length() || line.charAt(colon + 1) == ' '
          || line.charAt(colon + 1) == '\t') {
        return true;
      }
    }
    return false;
  }

  private static int contentEnd(String text, int lineStart, int lineBreak) {
    return lineBreak > lineStart && text.charAt(lineBreak - 1) == '\r' ? lineBreak - 1 : lineBreak;
  }

  private static boolean isDelimiter(String text, int from, int to, char c) {
    if (to - from < 3 || text.charAt(from) != c || text.charAt(from + 1) != c
        || text.charAt(from + 2) != c) {
      return false;
    }
    for (int i = from + 3; i < to; i++) {
      char t = text.charAt(i);
      if (t != ' ' && t != '\t') {
        return false;
      }
    }
    return true;
  }
}
