package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.text.ListAlignment;
import java.util.function.IntFunction;

/**
 * Puts the items of a sequence whose items own whole lines (block items; flow items each on lines
 * of their own) in the order of an {@link ListAlignment}: the staying items keep their place; an
 * item that moved takes its own lines (its comments, and the edits made inside it) from its old
 * place to its new one; a new item's lines are inserted where it belongs. Both go after the
 * staying item before them in the new order, or before the first staying item. Removing the items
 * that went, and patching the kept ones, is the caller's.
 */
final class LineItemPlacement {
  private LineItemPlacement() {}

  /** The lines each old item owns. */
  interface OwnedLines {
    /** Where the lines of an old item start (its comment lines above included). */
    int start(int oldIndex);

    /** The end of the lines of an old item, after its last line break. */
    int end(int oldIndex);

    /** Tells whether the item is the first thing on its line, so that its lines can move. */
    boolean ownLine(int oldIndex);
  }

  /**
   * Adds the edits that move and insert items.
   *
   * @param freshLines the lines of a new item, by its new index, each line with its line break
   * @return false when an item that must move does not own whole lines, or there is no line start
   *     to put items at
   */
  static boolean place(EditList edits, String text, ListAlignment alignment, OwnedLines owned,
      IntFunction<String> freshLines) {
    int at = -1;
    for (int j = 0; j < alignment.newSize() && at < 0; j++) {
      int old = alignment.oldIndexOf(j);
      if (old >= 0 && alignment.stays(j)) {
        at = owned.ownLine(old) ? owned.start(old) : -2;
      }
    }
    if (at == -1 && alignment.oldSize() > 0) { // nothing stays: the new items go where the first stood
      at = owned.ownLine(0) ? owned.start(0) : -2;
    }
    for (int j = 0; j < alignment.newSize(); j++) {
      int old = alignment.oldIndexOf(j);
      if (old >= 0 && alignment.stays(j)) {
        at = owned.end(old);
        continue;
      }
      if (at < 0 || !startsLine(text, at)) {
        return false;
      }
      if (old < 0) {
        edits.insert(at, freshLines.apply(j));
      } else if (owned.ownLine(old) && startsLine(text, owned.end(old))) {
        edits.move(owned.start(old), owned.end(old), at);
      } else {
        return false;
      }
    }
    return true;
  }

  /** Tells whether an offset is at the start of a line (after a line break, or the text's start). */
  private static boolean startsLine(String text, int at) {
    return at == 0 || (at <= text.length() && text.charAt(at - 1) == '\n');
  }
}
