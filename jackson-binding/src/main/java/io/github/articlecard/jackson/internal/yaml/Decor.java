package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.internal.text.Lines;

/**
 * The lines an entry of a block mapping or an item of a block sequence owns, decided once for a
 * whole collection when an edit or a write first asks ({@link CollectionDecor}): the comment lines directly above it at its own indentation, its own lines,
 * its trailing comment and the deeper-indented comment lines below it. Blank lines belong to no one;
 * the decor says where the blank lines directly above start and whether a blank line (or the end of
 * its collection) follows, which is what removing or inserting beside it needs to know.
 *
 * <p>An entry of a flow mapping ({@link #ofFlowEntry}) owns its text rather than lines: its key and
 * value, the comma after them, and the comment after that on its line (with that line's break);
 * one whose key is the first thing on its line also owns the comment lines directly above it. Items
 * of flow sequences own nothing: they have {@link #FLOW}.
 *
 * <p>Offsets are UTF-16 indexes into the front matter text.
 *
 * @param blankStart where the blank lines directly above {@code start} begin ({@code start} if none)
 * @param start where the owned lines begin: the first comment line above, or the line of the key
 *     (or of the {@code ?} of an explicit key) or dash; the key or dash itself when something else
 *     stands before it on its line
 * @param end the end of the owned lines: after the line break of the value's last line, or of the
 *     last deeper comment line below it
 * @param ownLine whether the key (or the {@code ?} of an explicit key) or dash is the first thing
 *     on its line
 * @param blankAfter whether what follows {@code end} is a blank line, a line indented less (the end of
 *     the collection) or the end of the text
 * @param endsInKeptLines whether the owned lines end with the trailing lines of a keep-chomped
 *     block scalar ({@code |+}, {@code >+}): a blank line written at {@code end} would join that
 *     value, and none stands there already (that scalar took them all)
 * @param removalEnd where removing the entry or item ends: {@code end}, or past the blank lines
 *     after it when it follows right after kept lines of the sibling before it, which those blank
 *     lines would otherwise join
 */
public record Decor(int blankStart, int start, int end, boolean ownLine, boolean blankAfter,
    boolean endsInKeptLines, int removalEnd) {
  /** The decor of items of flow sequences, which own no text of their own. */
  public static final Decor FLOW = new Decor(-1, -1, -1, false, false, false, -1);

  /** Tells whether blank lines stand directly above the owned lines. */
  public boolean spaceBefore() {
    return blankStart < start;
  }

  /**
   * Computes the decor of a block entry or item.
   *
   * @param lines the front matter's lines
   * @param first the offset of the key (or of the {@code ?} of an explicit key) or the dash
   * @param contentEnd the offset after the value's last meaningful character
   * @param floor where the lines of the entry or item before end (0 for the first): nothing above
   *     it is claimed, so that no two siblings own the same line
   * @param value the entry's value or the item's node
   * @param afterKeptLines whether the lines of the sibling before end in kept lines
   */
  static Decor of(Lines lines, int first, int contentEnd, int floor, SourceNode value,
      boolean afterKeptLines) {
    String text = lines.text();
    int lineStart = lines.lineStart(first);
    int column = first - lineStart;
    boolean ownLine = lines.onlySpaces(lineStart, first);
    int start = first;
    int blankStart = first;
    if (ownLine && lineStart == floor) {
      start = lineStart; // right below its sibling: nothing between them to own
      blankStart = lineStart;
    } else if (ownLine) {
      start = Math.max(lines.commentsAbove(lineStart, column), floor);
      blankStart = Math.max(lines.blankLinesAbove(start), floor);
    }
    int valueEnd = lines.lineEnd(contentEnd);
    int end = lines.commentsBelow(valueEnd, column);
    boolean blankAfter = end >= text.length() || lines.isBlankLine(end)
        || lines.indentAt(end) < column;
    boolean endsInKeptLines = value.endsInKeptLines() && end == valueEnd;
    int removalEnd = afterKeptLines && start == floor ? lines.skipBlankLines(end) : end;
    return new Decor(blankStart, start, end, ownLine, blankAfter, endsInKeptLines, removalEnd);
  }

  /**
   * Tells whether blank lines stand directly above the lines a block entry or item owns, as
   * {@code of(lines, first, ...).spaceBefore()} does, without working out the rest of its decor.
   *
   * @param first the offset of the key (or {@code ?}) or dash
   * @param floor where the lines of the sibling before end ({@link #end})
   */
  static boolean spaceBefore(Lines lines, int first, int floor) {
    int lineStart = lines.lineStart(first);
    if (lineStart == floor || !lines.onlySpaces(lineStart, first)) {
      return false;
    }
    int start = Math.max(lines.commentsAbove(lineStart, first - lineStart), floor);
    return Math.max(lines.blankLinesAbove(start), floor) < start;
  }

  /**
   * The end of a block entry's or item's owned lines, as {@link #of} finds it: after the line
   * break of the value's last line, and of the deeper comment lines below it.
   *
   * @param column the column of the key (or {@code ?}) or dash
   */
  static int end(Lines lines, int contentEnd, int column) {
    return lines.commentsBelow(lines.lineEnd(contentEnd), column);
  }

  /**
   * Computes the decor of an entry of a flow mapping ({@code {a: 1, b: 2}}).
   *
   * @param lines the front matter's lines
   * @param key the offset of the key
   * @param valueEnd the offset after the value
   * @param floor where the text of the entry before ends (the offset after the mapping's opening
   *     brace for the first)
   */
  static Decor ofFlowEntry(Lines lines, int key, int valueEnd, int floor) {
    String text = lines.text();
    int lineStart = lines.lineStart(key);
    boolean ownLine = lineStart >= floor && onlyBlanks(text, lineStart, key);
    int start = key;
    int blankStart = key;
    if (ownLine) {
      start = Math.max(lines.commentsAbove(lineStart, key - lineStart), floor);
      blankStart = Math.max(lines.blankLinesAbove(start), floor);
    }
    int at = valueEnd; // the comma may stand after comments and line breaks
    while (at < text.length() && (isBlank(text.charAt(at)) || text.charAt(at) == '#')) {
      at = text.charAt(at) == '#' ? lineEndBefore(text, at) : at + 1;
    }
    int end = at < text.length() && text.charAt(at) == ',' ? at + 1 : valueEnd;
    int rest = end;
    while (rest < text.length() && (text.charAt(rest) == ' ' || text.charAt(rest) == '\t')) {
      rest++;
    }
    if (rest >= text.length() || text.charAt(rest) == '#' || text.charAt(rest) == '\r'
        || text.charAt(rest) == '\n') {
      end = lines.lineEnd(rest); // nothing else on the line: its comment and break are the entry's
    } else if (end > valueEnd) {
      end = rest; // the next entry follows on the line, after the blanks
    }
    return new Decor(blankStart, start, end, ownLine, false, false, end);
  }

  private static boolean onlyBlanks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** The offset of the line break that ends the line holding {@code at}, or the end of the text. */
  private static int lineEndBefore(String text, int at) {
    int lineBreak = text.indexOf('\n', at);
    return lineBreak < 0 ? text.length() : lineBreak;
  }
}
