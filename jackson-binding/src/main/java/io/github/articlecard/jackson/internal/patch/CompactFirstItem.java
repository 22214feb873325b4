package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first item of a compact nested block sequence, which stands on its parent's line right after
 * the parent's indicator, while the other items stand on lines of their own at its column:
 *
 * <pre>{@code
 * rows:
 *   - - a # a      <- the first item's lines start after "  - "
 *     - b
 * }</pre>
 *
 * <p>Whatever comes first in a new order is written where the first item stands, joined to the
 * parent's line; any other item, the old first one included, stands on lines of its own, indented
 * to the items' column. An item with comment lines above it cannot follow the parent's indicator:
 * where one comes first, the parent's line is split after its indicator and the item keeps its
 * comments above it.
 */
final class CompactFirstItem {
  private final Lines lines;
  private final List<SourceNode.Item> items;
  private final String indentation;
  /** Where the blanks between the parent's indicator and the first item's dash begin. */
  private final int afterIndicator;
  private final String eol;

  private CompactFirstItem(Lines lines, List<SourceNode.Item> items, int afterIndicator,
      String eol) {
    this.lines = lines;
    this.items = items;
    this.indentation = " ".repeat(lines.offsetInLine(items.get(0).dash()));
    this.afterIndicator = afterIndicator;
    this.eol = eol;
  }

  /**
   * The first item of a block sequence whose items all have their dash, when it stands after its
   * parent's indicators on their line ({@code - - a}, {@code - - - a}, {@code ? - a},
   * {@code : - a}); null when it starts its own line, or anything but indicators and spaces stands
   * before it there.
   *
   * @param eol the line break written where the parent's line is split
   */
  static @Nullable CompactFirstItem of(Lines lines, List<SourceNode.Item> items, String eol) {
    int dash = items.get(0).dash();
    int lineStart = lines.lineStart(dash);
    if (items.get(0).decor().ownLine()) {
      return null;
    }
    String text = lines.text();
    for (int at = lineStart; at < dash; at++) {
      char c = text.charAt(at);
      if (c != ' ' && c != '-' && c != '?' && c != ':') {
        return null;
      }
    }
    int afterIndicator = dash;
    while (afterIndicator > lineStart && text.charAt(afterIndicator - 1) == ' ') {
      afterIndicator--;
    }
    return afterIndicator == lineStart ? null
        : new CompactFirstItem(lines, items, afterIndicator, eol);
  }

  /** Where the first item's lines start: its dash, where whatever comes first is written. */
  int start() {
    return items.get(0).dash();
  }

  /**
   * Writes a new item first, on the parent's line.
   *
   * @param freshLines the item's lines, indented to the items' column
   */
  void insertFirst(EditList edits, String freshLines) {
    edits.insert(start(), freshLines.substring(indentation.length()));
  }

  /**
   * Moves another old item up to stand first: its dash joins the parent's line, or, when comment
   * lines stand above it, the parent's line is split and the item's lines follow it whole.
   */
  void moveFirst(EditList edits, int oldIndex) {
    SourceNode.Item item = items.get(oldIndex);
    Decor decor = item.decor();
    int dashLineStart = lines.lineStart(item.dash());
    if (decor.start() == dashLineStart) {
      edits.remove(dashLineStart, item.dash());
      edits.move(item.dash(), decor.end(), start());
    } else {
      edits.replace(afterIndicator, start(), eol);
      edits.move(decor.start(), decor.end(), start());
    }
  }

  /**
   * Indents the old first item, which stays where it is while other items now come before it:
   * called after those items were written in front of it.
   */
  void indentInPlace(EditList edits) {
    edits.insert(start(), indentation);
  }

  /** Moves the old first item onto lines of its own, at a line start. */
  void moveTo(EditList edits, int at) {
    edits.insert(at, indentation);
    edits.move(start(), items.get(0).decor().end(), at);
  }
}
