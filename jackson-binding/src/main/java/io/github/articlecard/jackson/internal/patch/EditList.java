package io.github.articlecard.jackson.internal.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The text edits of one patch: spans of the source replaced, removed, moved elsewhere, or text
 * inserted at an offset, collected in any order and applied at once. At one offset, insertions
 * (moved text arriving included) go before a removal or replacement that starts there, and in the
 * order they were added.
 *
 * <p>A moved span ({@link #move}) leaves its place and arrives at another offset with the edits
 * made inside it applied, so that a list item that moves keeps its own lines, comments and
 * changes; insertions at its very start or end are not inside it and stay where they were made,
 * but for the insertions at its end that were made before a given mark (the patch of the item
 * itself, such as a key added after its last one), which go with it.
 *
 * <p>The patch of each node collects its own list and its parent {@link #absorb absorbs} it, as
 * if the child's edits had been added to the parent's list when the child was patched.
 */
final class EditList {
  private enum Kind {
    /** A span replaced by text (removed when the text is empty, inserted when the span is). */
    REPLACE,
    /** A moved span leaving its place. */
    LEAVE,
    /** A moved span arriving: an insertion of the span's text, with the edits inside it. */
    ARRIVE
  }

  private static final Comparator<Edit> ORDER = Comparator.comparingInt(Edit::start)
      .thenComparingInt(edit -> edit.isInsertion() ? 0 : edit.kind() == Kind.LEAVE ? 1 : 2)
      .thenComparingInt(Edit::order);

  /**
   * One edit.
   *
   * @param move for {@link Kind#LEAVE} and {@link Kind#ARRIVE}, the index of the move in
   *     {@link #moves}; -1 otherwise
   */
  private record Edit(int start, int end, String text, int order, Kind kind, int move) {
    boolean isInsertion() {
      return start == end;
    }
  }

  private List<Edit> edits = new ArrayList<>();
  /**
   * The moved spans, {from, to, first, mark}, by move index: the insertions at {@code to} whose
   * order is at least {@code first} and below {@code mark} are inside the span.
   */
  private List<int[]> moves = new ArrayList<>();
  /** The spans replaced or removed, start to end, for {@link #takesAway} as edits are added. */
  private TreeMap<Integer, Integer> takenAway = new TreeMap<>();
  private boolean sorted = true;
  /** The orders of the edits run from {@code firstOrder} up to, not including, {@code nextOrder}. */
  private int firstOrder;
  private int nextOrder;

  /** Replaces the text between two offsets. */
  void replace(int start, int end, String text) {
    add(new Edit(start, end, text, nextOrder++, Kind.REPLACE, -1));
    if (start < end) {
      takenAway.merge(start, end, Math::max);
    }
  }

  /**
   * Adds the edits of another list, made after every edit of this one, as if they had been added
   * here in their own order; {@code later} is used up and must not be used again. It costs the
   * size of the smaller of the two lists, so that absorbing the edits of nested patches level by
   * level stays near-linear however deep they nest.
   */
  void absorb(EditList later) {
    if (later.edits.isEmpty()) {
      return;
    }
    if (edits.isEmpty()) {
      takeOver(later);
      return;
    }
    if (later.edits.size() <= edits.size()) {
      append(later.edits, later.moves, later.firstOrder, nextOrder, moves.size());
      nextOrder += later.nextOrder - later.firstOrder;
      merge(later.takenAway, takenAway);
    } else { // this one's edits go in front of the larger list's, which this list takes over
      int span = nextOrder - firstOrder;
      later.append(edits, moves, firstOrder, later.firstOrder - span, later.moves.size());
      later.firstOrder -= span;
      merge(takenAway, later.takenAway);
      takeOver(later);
    }
    sorted = false;
  }

  /**
   * Adds edits of another list (with its moves), their orders shifted so that the first order
   * becomes {@code order}, and their move indexes shifted by {@code moveIndex}.
   */
  private void append(List<Edit> added, List<int[]> addedMoves, int first, int order,
      int moveIndex) {
    for (Edit edit : added) {
      edits.add(new Edit(edit.start(), edit.end(), edit.text(), edit.order() - first + order,
          edit.kind(), edit.move() < 0 ? -1 : edit.move() + moveIndex));
    }
    for (int[] move : addedMoves) {
      moves.add(new int[] {move[0], move[1], move[2] - first + order, move[3] - first + order});
    }
  }

  private static void merge(TreeMap<Integer, Integer> from, TreeMap<Integer, Integer> into) {
    from.forEach((start, end) -> into.merge(start, end, Math::max));
  }

  private void takeOver(EditList other) {
    edits = other.edits;
    moves = other.moves;
    takenAway = other.takenAway;
    sorted = other.sorted;
    firstOrder = other.firstOrder;
    nextOrder = other.nextOrder;
  }

  private void add(Edit edit) {
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

  /**
   * Moves the text between two offsets to another offset, with the edits made inside it; at
   * {@code at}, it arrives in the order of the insertions made there.
   */
  void move(int start, int end, int at) {
    move(start, end, at, firstOrder);
  }

  /**
   * Tells where the edits added so far end, for {@link #move(int, int, int, int)}: the insertions
   * made before it at the end of a span that moves go with the span.
   */
  int mark() {
    return nextOrder;
  }

  /**
   * Moves the text between two offsets to another offset, with the edits made inside it and the
   * insertions at its end added before {@code mark} ({@link #mark()}); at {@code at}, it arrives in
   * the order of the insertions made there.
   */
  void move(int start, int end, int at, int mark) {
    if (start >= end) {
      return;
    }
    int move = moves.size();
    moves.add(new int[] {start, end, firstOrder, mark});
    add(new Edit(start, end, "", nextOrder++, Kind.LEAVE, move));
    add(new Edit(at, at, "", nextOrder++, Kind.ARRIVE, move));
  }

  /** Tells whether no edit has been added. */
  boolean isEmpty() {
    return edits.isEmpty();
  }

  /**
   * Tells whether a removal or replacement takes away the character at an offset; text that moves
   * is not taken away.
   */
  boolean takesAway(int offset) {
    // replacements that apply do not overlap: none further back reaches the offset
    Map.Entry<Integer, Integer> last = takenAway.floorEntry(offset);
    return last != null && last.getValue() > offset;
  }

  private int lastStartingAtOrBefore(int offset) {
    int low = 0;
    int high = edits.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (edits.get(middle).start() <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /**
   * Returns the text with every edit applied, or null when two edits overlap, an edit crosses the
   * bounds of a moved span, or a moved span does not arrive exactly once (then no local patch
   * expresses the change).
   */
  @Nullable String apply(String text) {
    Application application = applied(text, null);
    return application == null ? null : application.out.toString();
  }

  /**
   * Tells where offsets of the source end up in the text with every edit applied: an offset in
   * text that stays or moves at its place there, one in a span replaced or removed at the place of
   * the replacement. Returns null when the edits do not {@link #apply apply}.
   *
   * @param offsets offsets into {@code text}
   * @return the offsets in the edited text, index for index; -1 for one past the text's end
   */
  int @Nullable [] newOffsets(String text, int[] offsets) {
    List<int[]> spans = new ArrayList<>();
    if (applied(text, spans) == null) {
      return null;
    }
    spans.sort(Comparator.comparingInt(span -> span[0]));
    int[] found = new int[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      found[i] = newOffset(spans, offsets[i]);
    }
    return found;
  }

  /**
   * The new offset of a source offset, from the spans of the source written, by start: each
   * {from, to, where, replaced}, where {@code replaced} is 1 for a span replaced by other text.
   */
  private static int newOffset(List<int[]> spans, int offset) {
    int low = 0;
    int high = spans.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int[] span = spans.get(middle);
      if (offset < span[0]) {
        high = middle - 1;
      } else if (offset >= span[1]) {
        low = middle + 1;
      } else {
        return span[3] == 1 ? span[2] : span[2] + offset - span[0];
      }
    }
    return -1; // past the end
  }

  /**
   * Applies every edit to a text, recording the spans of the source written when {@code spans} is
   * given ({from, to, where, replaced}: a span replaced or removed is written where its
   * replacement is).
   *
   * @return the application, or null when the edits do not fit together
   */
  private @Nullable Application applied(String text, @Nullable List<int[]> spans) {
    sort();
    Application application = new Application(text,
        new StringBuilder(text.length() + 256), spans);
    if (!application.emit(0, text.length(), -1, lastStartingAtOrBefore(-1) + 1)) {
      return null;
    }
    for (boolean arrived : application.arrived) {
      if (!arrived) {
        return null;
      }
    }
    return application;
  }

  /** One application of the edits to a text. */
  private final class Application {
    private final String text;
    private final StringBuilder out;
    private final boolean[] arrived = new boolean[moves.size()];
    private final @Nullable List<int[]> spans;
    /** The move each edit goes with as an insertion at the end of its span, by edit; -1 for none. */
    private final int[] insideAtEnd;

    Application(String text, StringBuilder out, @Nullable List<int[]> spans) {
      this.text = text;
      this.out = out;
      this.spans = spans;
      this.insideAtEnd = insertionsInsideAtEnds();
    }

    /**
     * Finds the insertions at the end of moved spans that go with them; where spans end together
     * (an item and the last of its own items), each goes with the span of the innermost patch.
     */
    private int[] insertionsInsideAtEnds() {
      int[] owners = new int[edits.size()];
      java.util.Arrays.fill(owners, -1);
      for (int m = 0; m < moves.size(); m++) {
        int[] move = moves.get(m);
        if (move[2] >= move[3]) {
          continue;
        }
        for (int k = lastStartingAtOrBefore(move[1]); k >= 0 && edits.get(k).start() == move[1];
            k--) {
          Edit edit = edits.get(k);
          if (edit.isInsertion() && edit.order() >= move[2] && edit.order() < move[3]
              && (owners[k] < 0 || narrower(move, moves.get(owners[k])))) {
            owners[k] = m;
          }
        }
      }
      return owners;
    }

    private boolean narrower(int[] move, int[] than) {
      return move[3] - move[2] < than[3] - than[2];
    }

    /** Writes the source text between two offsets as it stands. */
    private void copy(int from, int to) {
      if (spans != null && from < to) {
        spans.add(new int[] {from, to, out.length(), 0});
      }
      out.append(text, from, to);
    }

    /**
     * Writes the text between two offsets with the edits inside it applied, starting at edit
     * {@code first}; {@code move} is the moved span being written (-1 for the whole text), whose
     * insertions at its bounds are outside it.
     */
    boolean emit(int from, int to, int move, int first) {
      int k = first;
      if (move >= 0) {
        while (k < edits.size() && edits.get(k).start() == from
            && (edits.get(k).isInsertion() || edits.get(k).move() == move)) {
          k++; // insertions at its start belong outside, and its own leaving is not inside it
        }
      }
      int at = from;
      while (k < edits.size()) {
        Edit edit = edits.get(k);
        if (edit.start() > to) {
          break;
        }
        if (insideAtEnd[k] >= 0 ? insideAtEnd[k] != move : move >= 0 && edit.start() == to) {
          k++; // written with the span it goes with, or outside the span being written
          continue;
        }
        if (edit.start() < at || edit.end() > to) {
          return false;
        }
        copy(at, edit.start());
        k++;
        switch (edit.kind()) {
          case REPLACE -> {
            if (spans != null && edit.start() < edit.end()) {
              spans.add(new int[] {edit.start(), edit.end(), out.length(), 1});
            }
            out.append(edit.text());
            at = edit.end();
          }
          case LEAVE -> {
            at = edit.end();
            while (k < edits.size() && edits.get(k).start() < at) {
              k++; // the edits inside it are written where it arrives
            }
          }
          case ARRIVE -> {
            int moved = edit.move();
            if (arrived[moved]) {
              return false; // it arrives inside itself
            }
            arrived[moved] = true;
            int[] span = moves.get(moved);
            if (!emit(span[0], span[1], moved, lastStartingAtOrBefore(span[0] - 1) + 1)) {
              return false;
            }
            at = edit.start();
          }
        }
      }
      copy(at, to);
      return true;
    }
  }

  private void sort() {
    if (!sorted) {
      edits.sort(ORDER);
      sorted = true;
    }
  }
}
