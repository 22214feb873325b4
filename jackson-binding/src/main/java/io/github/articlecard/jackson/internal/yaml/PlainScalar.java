package io.github.articlecard.jackson.internal.yaml;

/**
 * Reads a plain (unquoted) scalar: text up to a {@code ": "}, a {@code " #"} or the end of its
 * line; in a flow collection also up to {@code , [ ] { }}. It goes on over the following lines
 * that are indented more than its collection (blank lines between become line breaks, a single
 * line break a space), never past a comment.
 */
final class PlainScalar {
  private final Cursor cursor;
  /** Whether the last scalar read ran over more than one line. */
  boolean multiLine;

  PlainScalar(Cursor cursor) {
    this.cursor = cursor;
  }

  /** Tells whether a plain scalar can start at {@code i} (block or flow context). */
  boolean canStart(int i, boolean flow) {
    char c = cursor.at(i);
    if (cursor.isBlank(i) || c == Cursor.END) {
      return false;
    }
    switch (c) {
      case '-': case '?': case ':':
        return !cursor.isBlank(i + 1) && !(flow && Cursor.isFlowIndicator(cursor.at(i + 1)));
      case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!':
      case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
        return false;
      default:
        return true;
    }
  }

  /**
   * Reads the scalar at the cursor and leaves the cursor after its last character.
   *
   * @param blockIndent the indentation of the enclosing block collection (-1 at the root): lines
   *     indented no more than it end the scalar
   * @param flow whether the scalar is inside a flow collection
   * @param oneLine whether the scalar is a key, which cannot go on over lines
   * @return the scalar's value
   */
  String read(int blockIndent, boolean flow, boolean oneLine) {
    String text = cursor.text;
    char[] chars = cursor.chars;
    multiLine = false;
    StringBuilder value = null;
    int firstFrom = cursor.pos;
    int firstEnd = -1;
    while (true) {
      int from = cursor.pos;
      int i = from;
      int contentEnd = from;
      boolean stopped = false;
      while (i < cursor.length) {
        char c = chars[i];
        if (Cursor.isBreak(c)) {
          break;
        }
        if ((c == ':' && (cursor.isBlank(i + 1) || (flow && Cursor.isFlowIndicator(cursor.at(i + 1)))))
            || (c == '#' && i > from && Cursor.isSpace(chars[i - 1]))
            || (flow && Cursor.isFlowIndicator(c))) {
          stopped = true;
          break;
        }
        if (!Cursor.isSpace(c)) {
          contentEnd = i + 1;
        }
        i++;
      }
      if (firstEnd < 0) {
        firstEnd = contentEnd;
      } else if (value != null) {
        value.append(text, from, contentEnd);
      }
      cursor.pos = contentEnd;
      if (stopped || i >= cursor.length || oneLine) {
        break;
      }
      int breaks = 0;
      int lineStart = i;
      int content = i;
      while (content < cursor.length && Cursor.isBreak(chars[content])) {
        lineStart = cursor.afterBreak(content);
        breaks++;
        content = cursor.skipSpaces(lineStart);
      }
      if (!continues(lineStart, content, blockIndent, flow)) {
        break;
      }
      if (value == null) {
        value = new StringBuilder().append(text, firstFrom, firstEnd);
      }
      if (breaks == 1) {
        value.append(' ');
      } else {
        value.append("\n".repeat(breaks - 1));
      }
      multiLine = true;
      cursor.pos = content;
      cursor.lineStart = lineStart;
    }
    if (value != null) {
      return value.toString();
    }
    // a key's text is most often one an earlier card had too
    return oneLine ? KeyNames.of(chars, firstFrom, firstEnd) : text.substring(firstFrom, firstEnd);
  }

  /** Tells whether the line at {@code lineStart}, its content at {@code content}, goes on a scalar. */
  private boolean continues(int lineStart, int content, int blockIndent, boolean flow) {
    if (content >= cursor.length || cursor.spacesAt(lineStart) <= blockIndent
        || cursor.isDocumentMarker(lineStart)) {
      return false;
    }
    char c = cursor.chars[content];
    return c != '#' && !(flow && Cursor.isFlowIndicator(c))
        && !(c == ':' && (cursor.isBlank(content + 1)
            || (flow && Cursor.isFlowIndicator(cursor.at(content + 1)))));
  }
}
