package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Puts the items of a sequence whose items own whole lines (block items; flow items each on lines
 * of their own) in the order of an {@link ListAlignment}: the staying items keep their place; an
 * item that moved takes its own lines (its comments, and the edits made inside it) from its old
 * place to its new one; a new item's lines are inserted where it belongs. Both go after the
 * staying item before them in the new order, or before the first staying item. Removing the lines
 * of the items that went, and patching the kept ones, is the caller's, before placing them: what
 * the patch of an item inserted at the end of its lines (a key after its last) moves with it.
 *
 * <p>In a sequence whose items are all separated by blank lines (or by the kept lines of the item
 * above), the new order is too: an item that moves or goes takes the blank lines above it along,
 * and one blank line goes between each item that arrives and its neighbours; the first item has
 * none above it.
 *
 * <p>In a compact nested sequence, whose first item stands on its parent's line ({@code - - a}),
 * whatever comes first in the new order is written there, and the old first item, wherever else
 * it goes, on lines of its own ({@link CompactFirstItem}).
 *
 * <p>No blank line ends up right after an item whose lines end with the kept lines of a block
 * scalar ({@code |+}, {@code >+}), where it would join that value: where such an item arrives, or
 * where the items after it went away, the blank lines that would follow it go (the kept lines
 * themselves keep the items apart).
 */
final class LineItemPlacement {
  private LineItemPlacement() {}

  /** The lines each old item owns. */
  interface OwnedLines {
    /** Where the blank lines directly above an old item's lines start ({@link #start} if none). */
    int blankStart(int oldIndex);

    /** Where the lines of an old item start (its comment lines above included). */
    int start(int oldIndex);

    /** The end of the lines of an old item, after its last line break. */
    int end(int oldIndex);

    /** Tells whether the item is the first thing on its line, so that its lines can move. */
    boolean ownLine(int oldIndex);

    /**
     * Tells whether an old item's lines end with the kept lines of a block scalar ({@code |+}):
     * a blank line right after them would join that value.
     */
    default boolean endsInKeptLines(int oldIndex) {
      return false;
    }
  }

  /**
   * Adds the edits that move and insert items whose lines all start a line, and those that keep
   * blank lines between items and away from kept lines.
   *
   * @return false when an item that must move does not own whole lines, or there is no line start
   *     to put items at
   */
  static boolean place(EditList edits, Lines lines, ListAlignment alignment, OwnedLines owned,
      IntFunction<String> freshLines, String eol) {
    return place(edits, lines, alignment, owned, freshLines, eol, null);
  }

  /**
   * Adds the edits that move and insert items, and those that keep blank lines between items and
   * away from kept lines.
   *
   * @param freshLines the lines of a new item, by its new index, each line with its line break
   * @param eol the line break of a blank line between items
   * @param compact the first item when it stands on its parent's line ({@code - - a}), else null:
   *     whatever comes first in the new order is written there
   * @return false when an item that must move does not own whole lines, or there is no line start
   *     to put items at
   */
  static boolean place(EditList edits, Lines lines, ListAlignment alignment, OwnedLines owned,
      IntFunction<String> freshLines, String eol, @Nullable CompactFirstItem compact) {
    String text = lines.text();
    int itemEdits = edits.mark(); // the edits made so far are the items' own: they go with them
    boolean spaced = spaced(owned, alignment.oldSize());
    int firstStaying = -1;
    for (int j = 0; j < alignment.newSize() && firstStaying < 0; j++) {
      if (alignment.oldIndexOf(j) >= 0 && alignment.stays(j)) {
        firstStaying = alignment.oldIndexOf(j);
      }
    }
    if (spaced) {
      for (int i = 1; i < alignment.oldSize(); i++) {
        int j = alignment.newIndexOf(i);
        if ((j < 0 || !alignment.stays(j) || i == firstStaying)
            && !edits.takesAway(owned.blankStart(i))) { // a removed item after kept lines took it
          edits.remove(owned.blankStart(i), owned.start(i)); // no blank line above the new first
        }
      }
    }
    // the old first item stays first (then it stays: nothing is written where it stands) or not
    CompactFirstItem head = compact != null && alignment.oldIndexOf(0) != 0 ? compact : null;
    int home = firstStaying >= 0 ? firstStaying : 0; // nothing stays: new items go where the first stood
    int at = alignment.oldSize() > 0 && (owned.ownLine(home) || head != null && home == 0)
        ? owned.start(home) : -1;
    boolean front = firstStaying >= 0; // before a staying item, which then needs a blank line above
    boolean placedAny = false;
    KeptTail tail = new KeptTail(edits, lines, owned, alignment.oldSize());
    for (int j = 0; j < alignment.newSize(); j++) {
      int old = alignment.oldIndexOf(j);
      if (head != null && j == 0) { // the new first goes onto the parent's line
        if (old >= 0 && !startsLine(text, owned.end(old))) {
          return false;
        }
        if (old < 0) {
          head.insertFirst(edits, freshLines.apply(0));
        } else {
          head.moveFirst(edits, old);
        }
        tail.kept = old >= 0 && owned.endsInKeptLines(old);
        if (old >= 0 && alignment.stays(0)) {
          tail.last = old;
          at = owned.end(old);
          front = false;
        } else if (spaced && front && !tail.kept) {
          edits.insert(head.start(), eol);
        }
        placedAny = true;
        continue;
      }
      if (old >= 0 && alignment.stays(j)) {
        if (head != null && old == 0) {
          head.indentInPlace(edits); // after the items written in front of it
        }
        if (!front) {
          tail.passGapsUpTo(old); // the gaps between the staying item before and this one
          if (spaced && !tail.kept && owned.blankStart(old) == owned.start(old)) {
            edits.insert(owned.start(old), eol); // kept lines kept it apart, and they went
          }
        }
        tail.kept = owned.endsInKeptLines(old);
        tail.last = old;
        at = owned.end(old);
        front = false;
        placedAny = true;
        continue;
      }
      if (at < 0 || !startsLine(text, at) && (head == null || at != head.start())) {
        return false;
      }
      boolean blankBefore = spaced && !front && placedAny && !tail.kept;
      if (blankBefore) {
        edits.insert(at, eol);
      }
      if (old < 0) {
        edits.insert(at, freshLines.apply(j));
        tail.kept = false;
      } else if (owned.ownLine(old) && startsLine(text, owned.end(old))) {
        edits.move(owned.start(old), owned.end(old), at, itemEdits);
        tail.kept = owned.endsInKeptLines(old);
      } else if (head != null && old == 0 && startsLine(text, owned.end(old))) {
        head.moveTo(edits, at);
        tail.kept = owned.endsInKeptLines(old);
      } else {
        return false;
      }
      if (spaced && front && !tail.kept) {
        edits.insert(at, eol);
      }
      placedAny = true;
    }
    tail.passGapsUpTo(alignment.oldSize());
    return true;
  }

  /**
   * Follows the text of a sequence in its new order, from one staying item to the next, to find
   * the blank lines that would stand right after kept lines: those the gaps after a staying item
   * (or after the item last placed behind it) start with, once the items between went away.
   */
  private static final class KeptTail {
    private final EditList edits;
    private final Lines lines;
    private final OwnedLines owned;
    private final int size;
    /** Whether the text so far ends with kept lines. */
    boolean kept;
    /** The old index of the last staying item passed, -1 before the first. */
    int last = -1;

    KeptTail(EditList edits, Lines lines, OwnedLines owned, int size) {
      this.edits = edits;
      this.lines = lines;
      this.owned = owned;
      this.size = size;
    }

    /**
     * Passes the gaps above the old items after {@link #last} up to {@code next}, the items
     * between having gone; {@code next} is the old size for the blank lines after the last item.
     * While the text so far ends with kept lines, the blank lines of each gap go.
     */
    void passGapsUpTo(int next) {
      for (int i = Math.max(last + 1, 1); i <= next && kept; i++) {
        removeLeadingBlankLines(owned.end(i - 1), i < size ? owned.start(i) : lines.text().length());
      }
    }

    /** Removes the blank lines from {@code from} to the first line that stays, or {@code to}. */
    private void removeLeadingBlankLines(int from, int to) {
      for (int lineStart = from; lineStart < to; lineStart = lines.lineEnd(lineStart)) {
        if (edits.takesAway(lineStart)) {
          continue;
        }
        if (!lines.isBlankLine(lineStart)) {
          kept = false; // a comment, or what follows the sequence
          return;
        }
        edits.remove(lineStart, lines.lineEnd(lineStart));
      }
    }
  }

  /**
   * Tells whether every item after the first has blank lines above it, or the kept lines of the
   * item before it.
   */
  private static boolean spaced(OwnedLines owned, int size) {
    if (size < 2) {
      return false;
    }
    for (int i = 1; i < size; i++) {
      if (owned.blankStart(i) >= owned.start(i) && !owned.endsInKeptLines(i - 1)) {
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
