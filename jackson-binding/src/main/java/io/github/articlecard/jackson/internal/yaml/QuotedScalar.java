package io.github.articlecard.jackson.internal.yaml;

/**
 * What single- and double-quoted scalars share: reading up to the closing quote, folding line
 * breaks (one becomes a space, each blank line a line break, white space around them dropped),
 * and refusing lines that are not indented under the value's collection.
 */
abstract class QuotedScalar {
  final Cursor cursor;
  final MistakeHints hints;

  QuotedScalar(Cursor cursor, MistakeHints hints) {
    this.cursor = cursor;
    this.hints = hints;
  }

  /** The quote character. */
  abstract char quote();

  /**
   * Reads what follows the character at {@code i} when it is the quote or an escape, appending
   * to {@code value}; returns the offset after it, or -1 when the quote at {@code i} closes the
   * value.
   */
  abstract int special(int i, StringBuilder value);

  /**
   * Reads the scalar whose opening quote is at the cursor and leaves the cursor after its closing
   * quote.
   *
   * @param blockIndent the indentation of the enclosing block collection (-1 at the root): the
   *     value's further lines must be indented more
   * @return the scalar's value
   */
  String read(int blockIndent) {
    String text = cursor.text;
    char[] chars = cursor.chars;
    int opening = cursor.pos;
    char quote = quote();
    boolean escapes = quote == '"';
    int i = opening + 1;
    while (i < cursor.length) { // most values: one line, nothing escaped
      char c = chars[i];
      if (c == quote || (escapes && c == '\\') || Cursor.isBreak(c)) {
        break;
      }
      i++;
    }
    if (i < cursor.length && chars[i] == quote && (escapes || cursor.at(i + 1) != quote)) {
      cursor.pos = i + 1;
      return text.substring(opening + 1, i);
    }
    StringBuilder value = new StringBuilder(Math.max(16, 2 * (i - opening)));
    /** The value's length without the white space at the end of the current line. */
    int kept = 0;
    int run = opening + 1; // the start of the ordinary characters not yet appended
    i = run;
    while (true) {
      if (i >= cursor.length) {
        throw hints.unclosedQuote(opening);
      }
      char c = chars[i];
      boolean special = c == quote || (escapes && c == '\\');
      if (!special && !Cursor.isBreak(c)) {
        i++;
        continue;
      }
      if (i > run) {
        value.append(text, run, i);
        int content = cursor.trimEnd(run, i);
        if (content > run) {
          kept = value.length() - (i - content);
        }
      }
      if (special) {
        if (c == '\\' && Cursor.isBreak(cursor.at(i + 1))) {
          i = fold(opening, cursor.afterBreak(i + 1), value, blockIndent, false);
        } else {
          int next = special(i, value);
          if (next < 0) {
            cursor.pos = i + 1;
            return value.toString();
          }
          i = next;
        }
      } else {
        value.setLength(kept);
        i = fold(opening, cursor.afterBreak(i), value, blockIndent, true);
      }
      kept = value.length();
      run = i;
    }
  }

  /**
   * Folds the line break before {@code lineStart}: blank lines become line breaks, a single break
   * a space (unless it was escaped); returns where the next line's text starts.
   */
  private int fold(int opening, int lineStart, StringBuilder value, int blockIndent,
      boolean space) {
    int start = lineStart;
    int content = cursor.skipSpaces(start);
    int breaks = 0;
    while (content < cursor.length && Cursor.isBreak(cursor.chars[content])) {
      breaks++;
      start = cursor.afterBreak(content);
      content = cursor.skipSpaces(start);
    }
    if (content >= cursor.length) {
      throw hints.unclosedQuote(opening);
    }
    if (cursor.isDocumentMarker(start)) {
      throw new YamlProblem(io.github.articlecard.jackson.CardException.Kind.DOCUMENT_MARKER,
          start, "a document marker line inside a quoted value");
    }
    if (cursor.spacesAt(start) <= blockIndent) {
      throw hints.quoteLines(opening, content, closingQuote(content));
    }
    if (breaks > 0) {
      value.append("\n".repeat(breaks));
    } else if (space) {
      value.append(' ');
    }
    cursor.lineStart = start;
    return content;
  }

  /**
   * Where a reader that ignores indentation would stop: at the closing quote, or at an escape it
   * does not know, from {@code from}; -1 if nowhere.
   */
  private int closingQuote(int from) {
    char quote = quote();
    for (int i = from; i < cursor.length; i++) {
      char c = cursor.chars[i];
      if (quote == '"' && c == '\\') {
        if ("0abt\tnvfre \"/\\N_LPxuU\r\n".indexOf(cursor.at(i + 1)) < 0) {
          return i + 1;
        }
        i++;
      } else if (c == quote) {
        if (quote == '\'' && cursor.at(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }
}
