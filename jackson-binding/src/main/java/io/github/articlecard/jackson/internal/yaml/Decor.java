package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.internal.text.Lines;

/**
 * The lines an entry of a block mapping or an item of a block sequence owns, decided once when the
 * source map is built: the comment lines directly above it at its own indentation, its own lines,
 * its trailing comment and the deeper-indented comment lines below it. Blank lines belong to no one;
 * the decor says where the blank lines directly above start and whether a blank line (or the end of
 * its collection) follows, which is what removing or inserting beside it needs to know.
 *
 * <p>Offsets are UTF-16 indexes into the front matter text. Entries and items of flow collections
 * own no lines: they have {@link #FLOW}.
 *
 * @param blankStart where the blank lines directly above {@code start} begin ({@code start} if none)
 * @param start where the owned lines begin: the first comment line above, or the line of the key
 *     or dash; the key or dash itself when something else stands before it on its line
 * @param end the end of the owned lines: after the line break of the value's last line, or of the
 *     last deeper comment line below it
 * @param ownLine whether the key or dash is the first thing on its line
 * @param blankAfter whether what follows {@code end} is a blank line, a line indented less (the end of
 *     the collection) or the end of the text
 */
public record Decor(int blankStart, int start, int end, boolean ownLine, boolean blankAfter) {
  /** The decor of entries and items of flow collections, which own no lines. */
  public static final Decor FLOW = new Decor(-1, -1, -1, false, false);

  /** Tells whether blank lines stand directly above the owned lines. */
  public boolean spaceBefore() {
    return blankStart < start;
  }

  /**
   * Computes the decor of a block entry or item.
   *
   * @param lines the front matter's lines
   * @param first the offset of the key or the dash
   * @param contentEnd the offset after the value's last meaningful character
   * @param floor where the lines of the entry or item before end (0 for the first): nothing above
   *     it is claimed, so that no two siblings own the same line
   */
  static Decor of(Lines lines, int first, int contentEnd, int floor) {
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
    int end = lines.commentsBelow(lines.lineEnd(contentEnd), column);
    boolean blankAfter = end >= text.length() || lines.isBlankLine(end)
        || lines.indentAt(end) < column;
    return new Decor(blankStart, start, end, ownLine, blankAfter);
  }
}
