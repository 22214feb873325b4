package io.github.articlecard.jackson.internal.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text edits of one patch: spans of the source replaced, removed, or text inserted at an
 * offset, collected in any order and applied at once. At one offset, insertions go before a removal
 * or replacement that starts there, and in the order they were added.
 */
final class EditList {
  private static final Comparator<Edit> ORDER = Comparator.comparingInt(Edit::start)
      .thenComparingInt(edit -> edit.isInsertion() ? 0 : 1)
      .thenComparingInt(Edit::order);

  private record Edit(int start, int end, String text, int order) {
    boolean isInsertion() {
      return start == end;
    }
  }

  private final List<Edit> edits = new ArrayList<>();
  private boolean sorted = true;

  /** Replaces the text between two offsets. */
  void replace(int start, int end, String text) {
    Edit edit = new Edit(start, end, text, edits.size());
    if (!edits.isEmpty() && ORDER.compare(edits.get(edits.size() - 1), edit) > 0) {
      sorted = false;
    }
    edits.add(edit);
  }

  /** Inserts text at an offset. */
  void insert(int at, String text) {
    replace(at, at, text);
  }

  /** Removes the text between two offsets. */
  void remove(int start, int end) {
    replace(start, end, "");
  }

  /** Tells whether no edit has been added. */
  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Tells whether a removal or replacement takes away the character at an offset. */
  boolean takesAway(int offset) {
    sort();
    int low = 0;
    int high = edits.size() - 1;
    int found = -1;
    while (low <= high) { // the last edit starting at or before the offset
      int middle = (low + high) >>> 1;
      if (edits.get(middle).start() <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    for (int i = found; i >= 0; i--) {
      Edit edit = edits.get(i);
      if (edit.end() > offset) {
        return true;
      }
      if (!edit.isInsertion()) {
        return false; // edits that apply do not overlap: none further back reaches the offset
      }
    }
    return false;
  }

  /**
   * Returns the text with every edit applied, or null when two edits overlap (then no local patch
   * expresses the change).
   */
  @Nullable String apply(String text) {
    sort();
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Edit edit : edits) {
      if (edit.start() < at) {
        return null;
      }
      out.append(text, at, edit.start()).append(edit.text());
      at = edit.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private void sort() {
    if (!sorted) {
      edits.sort(ORDER);
      sorted = true;
    }
  }
}
