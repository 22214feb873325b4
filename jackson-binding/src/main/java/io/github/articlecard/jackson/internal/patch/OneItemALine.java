package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a flow sequence written one item a line, each at the same column, with nothing but
 * its comma and a comment after it on its last line:
 *
 * <pre>{@code
 * topics: [
 *   # above AI: AI's
 *   AI,  # artificial intelligence
 *   ML   # machine learning
 * ]
 * }</pre>
 *
 * <p>Each item then owns its lines like a block item: the comment lines directly above it at its
 * column (not past the item before), its own lines and its comment; the blank lines above those
 * are no one's.
 */
final class OneItemALine implements LineItemPlacement.OwnedLines {
  private final int[] blankStarts;
  private final int[] starts;
  private final int[] ends;
  private final int[] commas;
  private final int column;

  private OneItemALine(int[] blankStarts, int[] starts, int[] ends, int[] commas, int column) {
    this.blankStarts = blankStarts;
    this.starts = starts;
    this.ends = ends;
    this.commas = commas;
    this.column = column;
  }

  /** The lines of a flow sequence's items, or null when it is not written one item a line. */
  static @Nullable OneItemALine of(Lines lines, SourceNode.Sequence sequence) {
    String text = lines.text();
    List<SourceNode.Item> items = sequence.items();
    int size = items.size();
    int[] blankStarts = new int[size];
    int[] starts = new int[size];
    int[] ends = new int[size];
    int[] commas = new int[size];
    int column = lines.offsetInLine(items.get(0).node().start());
    int floor = lines.lineEnd(sequence.start());
    for (int i = 0; i < size; i++) {
      SourceNode node = items.get(i).node();
      int lineStart = lines.lineStart(node.start());
      if (lineStart < floor || !lines.onlySpaces(lineStart, node.start())
          || node.start() - lineStart != column) {
        return null;
      }
      int after = node.contentEnd(text);
      after = skipBlanks(text, after);
      commas[i] = after < text.length() && text.charAt(after) == ',' ? after : -1;
      if (commas[i] >= 0) {
        after = skipBlanks(text, after + 1);
      } else if (i + 1 < size) {
        return null; // the comma is not on the item's line
      }
      if (after < text.length() && text.charAt(after) == '#') {
        after = text.indexOf('\n', after);
      } else if (after < text.length() && text.charAt(after) == '\r') {
        after++;
      }
      if (after < 0 || after >= text.length() || text.charAt(after) != '\n') {
        return null;
      }
      starts[i] = Math.max(lines.commentsAbove(lineStart, column), floor);
      blankStarts[i] = Math.max(lines.blankLinesAbove(starts[i]), floor);
      ends[i] = after + 1;
      floor = ends[i];
    }
    return new OneItemALine(blankStarts, starts, ends, commas, column);
  }

  private static int skipBlanks(String text, int from) {
    int at = from;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  @Override
  public int blankStart(int oldIndex) {
    return blankStarts[oldIndex];
  }

  @Override
  public int start(int oldIndex) {
    return starts[oldIndex];
  }

  @Override
  public int end(int oldIndex) {
    return ends[oldIndex];
  }

  @Override
  public boolean ownLine(int oldIndex) {
    return true;
  }

  /** The offset of the comma after an item, -1 when it has none. */
  int comma(int oldIndex) {
    return commas[oldIndex];
  }

  /** Tells whether the last item has a comma after it too. */
  boolean trailingComma() {
    return commas[commas.length - 1] >= 0;
  }

  /** The column the items stand at. */
  int column() {
    return column;
  }
}
