package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;

/**
 * Reads a literal ({@code |}) or folded ({@code >}) block scalar: the header with its optional
 * indentation indicator (1-9) and chomping indicator ({@code -} strip, {@code +} keep, clip
 * otherwise), then the lines indented at least as much as the first line of text (or as the
 * indicator says). Folding joins lines of text with a space and keeps the line breaks around
 * lines indented further.
 */
final class BlockScalar {
  private final Cursor cursor;
  private final MistakeHints hints;
  /** Whether the scalar read last keeps its trailing lines ({@code |+}, {@code >+}). */
  boolean keep;

  BlockScalar(Cursor cursor, MistakeHints hints) {
    this.cursor = cursor;
    this.hints = hints;
  }

  /**
   * Reads the scalar whose indicator is at the cursor, and leaves the cursor at the start of the
   * first line after it (past its trailing blank lines), or at the end of the text.
   *
   * @param blockIndent the indentation of the enclosing block collection (-1 at the root)
   * @return the scalar's value
   */
  String read(int blockIndent) {
    String text = cursor.text;
    char[] chars = cursor.chars;
    boolean folded = cursor.peek() == '>';
    int i = cursor.pos + 1;
    int explicit = 0;
    char chomping = ' ';
    for (int n = 0; n < 2; n++) {
      char c = cursor.at(i);
      if (c >= '1' && c <= '9' && explicit == 0) {
        explicit = c - '0';
        i++;
      } else if ((c == '-' || c == '+') && chomping == ' ') {
        chomping = c;
        i++;
      }
    }
    keep = chomping == '+';
    int after = cursor.skipSpaces(i);
    if (after < cursor.length && chars[after] == '#' && after > i) {
      cursor.comment(after);
      while (after < cursor.length && !Cursor.isBreak(chars[after])) {
        after++;
      }
    }
    if (!cursor.isBreakOrEnd(after)) {
      throw hints.blockHeader(after);
    }
    if (after >= cursor.length) {
      cursor.pos = after;
      return "";
    }
    int lineStart = cursor.afterBreak(after);
    int indent = explicit > 0 ? Math.max(blockIndent, 0) + explicit : detect(lineStart, blockIndent);
    // the lines: text lines indented at least 'indent', blank lines between and after
    StringBuilder value = new StringBuilder();
    int pendingBreaks = 0; // line breaks not yet written: after the last text line
    boolean anyText = false;
    boolean previousMoreIndented = false;
    int end = lineStart;
    int line = lineStart;
    while (line < cursor.length) {
      int spaces = cursor.spacesAt(line);
      int lineEnd = line;
      while (lineEnd < cursor.length && !Cursor.isBreak(chars[lineEnd])) {
        lineEnd++;
      }
      boolean blank = spaces >= lineEnd - line; // spaces only
      if (blank && spaces <= indent) {
        pendingBreaks++;
      } else if (spaces < indent || cursor.isDocumentMarker(line)) {
        break;
      } else {
        int from = line + indent;
        boolean moreIndented = Cursor.isSpace(chars[from]);
        if (!anyText) {
          value.append("\n".repeat(pendingBreaks));
        } else if (folded && !moreIndented && !previousMoreIndented) {
          value.append(pendingBreaks == 0 ? " " : "\n".repeat(pendingBreaks));
        } else {
          value.append("\n".repeat(pendingBreaks + 1));
        }
        value.append(text, from, lineEnd);
        anyText = true;
        previousMoreIndented = moreIndented;
        pendingBreaks = 0;
      }
      if (lineEnd >= cursor.length) {
        end = lineEnd; // the end of the text stands for the last line's break
        break;
      }
      line = cursor.afterBreak(lineEnd);
      end = line;
    }
    cursor.pos = end;
    cursor.lineStart = end >= cursor.length ? cursor.lineStartOf(end) : end;
    return chomp(value, anyText, pendingBreaks, chomping);
  }

  /**
   * Finds the indentation of a block scalar without an indicator: that of its first line of text.
   * Blank lines before it may not hold more spaces, and a tab may not stand in its indentation.
   */
  private int detect(int lineStart, int blockIndent) {
    String text = cursor.text;
    char[] chars = cursor.chars;
    int widest = 0;
    int widestLine = lineStart;
    int line = lineStart;
    while (line < cursor.length) {
      int spaces = cursor.spacesAt(line);
      char c = cursor.at(line + spaces);
      if (c == '\t' && spaces <= blockIndent) {
        throw hints.tab(line + spaces, true);
      }
      if (c != Cursor.END && !Cursor.isBreak(c)) {
        if (spaces <= blockIndent) {
          break; // no line of text: the longest blank line gives the indentation
        }
        if (spaces < widest) {
          throw new YamlProblem(Kind.SYNTAX, widestLine, "malformed YAML: a blank line at the start"
              + " of a block of lines ('|' or '>') has more spaces (" + widest + ") than its first"
              + " line of text (" + spaces + "); remove the spaces, or give the indentation with"
              + " an indicator ('|" + (spaces - Math.max(blockIndent, 0)) + "')");
        }
        return spaces;
      }
      if (spaces > widest) {
        widest = spaces;
        widestLine = line;
      }
      if (c == Cursor.END) {
        break;
      }
      line = cursor.afterBreak(line + spaces);
    }
    return Math.max(widest, blockIndent + 1);
  }

  /** Applies the chomping indicator to the text lines and the line breaks after them. */
  private static String chomp(StringBuilder value, boolean anyText, int trailingBreaks,
      char chomping) {
    int breaks = trailingBreaks; // the blank lines after the last text line
    if (chomping == '-') {
      return value.toString();
    }
    if (chomping == '+') {
      value.append("\n".repeat(anyText ? breaks + 1 : breaks));
      return value.toString();
    }
    if (anyText) {
      value.append('\n');
    }
    return value.toString();
  }
}
