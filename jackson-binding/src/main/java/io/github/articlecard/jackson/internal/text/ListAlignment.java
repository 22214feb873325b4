package io.github.articlecard.jackson.internal.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which items of an old list and a new list are the same item, matched by what they are rather
 * than where they stand, so that an edit can keep each kept item's text, comments and extras
 * wherever it moved.
 *
 * <p>Items are the same when they are {@code equals} (callers pass keys whose equality is what
 * "the same item" means). The alignment is made in three steps, each near-linear:
 *
 * <ol>
 *   <li>equal items in order: the common head and tail, then a patience diff of the middle (items
 *       that occur once in each list anchor it, a longest increasing run of them is kept, and the
 *       gaps between are aligned the same way); where a gap has no such items, a small one is
 *       aligned exactly and a large one greedily;
 *   <li>equal items that moved past others (a swap, a sort): paired wherever they stand;
 *   <li>the changed items: each paired with the old item it most resembles ({@link Resemblance}),
 *       the best pairs first, wherever they moved; items that resemble nothing stay unpaired
 *       (removed and inserted, not "the same slot"), and items that resemble each other only
 *       {@link Resemblance#WEAK weakly} pair only as a value changed in place: at the same index,
 *       between the same equal items of step 1.
 * </ol>
 *
 * <p>Steps 1 and 3 have budgets: beyond them a huge, wholly different list falls back to greedy
 * pairing, pairing by shared traits, or by position, so that nothing is quadratic in time or
 * memory.
 */
public final class ListAlignment {
  /** Cells of an exact LCS table, for a gap without items that occur once on each side. */
  private static final int EXACT_CELLS = 1 << 14;
  /** Item pairs step 3 may score in all; beyond it each gap is weighed alone. */
  private static final int CHANGED_PAIRS = 1 << 16;
  /** Item pairs step 3 may score in one gap weighed alone; beyond it items pair by position. */
  private static final int GAP_PAIRS = 1 << 12;
  /** Old items that may share one trait for it to find candidates; more share what tells little. */
  private static final int SHARED_TRAIT = 8;
  /** Stands for a null item in hash maps. */
  private static final Object NULL = new Object();

  /** How much an old item and a new item have in common, for items that are not equal. */
  @FunctionalInterface
  public interface Resemblance {
    /** Nothing in common: never paired. */
    int NOTHING = 0;
    /**
     * Nothing in common but that each could stand in the other's place (two strings, say): paired
     * only as a value changed where it stands, at the same index and between the same kept items.
     */
    int WEAK = 1;

    /**
     * Scores an old item against a new one: {@link #NOTHING}, {@link #WEAK}, or more the more they
     * share (for mappings, the key/value pairs they have in common).
     */
    int score(int oldIndex, int newIndex);

    /**
     * Returns what tells an old item apart (for a mapping, hashes of its telling key/value pairs),
     * so that where there are too many pairs to weigh, a changed item is still found among the
     * items that share one of them; none by default.
     */
    default int[] oldTraits(int oldIndex) {
      return new int[0];
    }

    /** Returns what tells a new item apart, as {@link #oldTraits} does for an old one. */
    default int[] newTraits(int newIndex) {
      return new int[0];
    }
  }

  private final int[] oldOfNew;
  private final int[] newOfOld;
  private final boolean[] equal;
  /** New indexes whose pair is one of the equal items in order of step 1: the gaps' bounds. */
  private final boolean[] anchor;
  private boolean @Nullable [] staying;

  private ListAlignment(int oldSize, int newSize) {
    oldOfNew = new int[newSize];
    newOfOld = new int[oldSize];
    Arrays.fill(oldOfNew, -1);
    Arrays.fill(newOfOld, -1);
    equal = new boolean[newSize];
    anchor = new boolean[newSize];
  }

  /**
   * Aligns two lists.
   *
   * @param before the old items, compared with {@code equals}
   * @param after the new items
   * @param resemblance scores an old item that is not equal to a new one
   */
  public static ListAlignment of(List<?> before, List<?> after, Resemblance resemblance) {
    ListAlignment alignment = new ListAlignment(before.size(), after.size());
    alignment.equalInOrder(before, after);
    alignment.equalMoved(before, after);
    alignment.changed(resemblance);
    return alignment;
  }

  /** Returns the number of old items. */
  public int oldSize() {
    return newOfOld.length;
  }

  /** Returns the number of new items. */
  public int newSize() {
    return oldOfNew.length;
  }

  /** Returns the old index of the item a new one is, or -1 for a new item. */
  public int oldIndexOf(int newIndex) {
    return oldOfNew[newIndex];
  }

  /** Returns the new index of an old item, or -1 when it was removed. */
  public int newIndexOf(int oldIndex) {
    return newOfOld[oldIndex];
  }

  /** Tells whether a new item is its old item unchanged. */
  public boolean isEqual(int newIndex) {
    return equal[newIndex];
  }

  /**
   * Tells whether a paired new item stays where it was relative to the other staying ones: the
   * staying items are a longest run of pairs in the same order in both lists; the other paired
   * items moved past them.
   */
  public boolean stays(int newIndex) {
    boolean[] known = staying;
    if (known == null) {
      known = new boolean[newSize()];
      int[] paired = new int[newSize()];
      int[] olds = new int[newSize()];
      int count = 0;
      for (int j = 0; j < newSize(); j++) {
        if (oldOfNew[j] >= 0) {
          paired[count] = j;
          olds[count++] = oldOfNew[j];
        }
      }
      for (int k : longestIncreasing(olds, count)) {
        known[paired[k]] = true;
      }
      staying = known;
    }
    return known[newIndex];
  }

  /** Tells whether no paired item moved: every pair stays. */
  public boolean inOrder() {
    for (int j = 0; j < newSize(); j++) {
      if (oldOfNew[j] >= 0 && !stays(j)) {
        return false;
      }
    }
    return true;
  }

  private void pair(int oldIndex, int newIndex, boolean same) {
    oldOfNew[newIndex] = oldIndex;
    newOfOld[oldIndex] = newIndex;
    equal[newIndex] = same;
  }

  // Step 1: equal items in order.

  private void equalInOrder(List<?> before, List<?> after) {
    ArrayDeque<int[]> ranges = new ArrayDeque<>();
    ranges.push(new int[] {0, before.size(), 0, after.size()});
    long work = 0;
    long budget = 16L * (before.size() + after.size()) + 1024;
    while (!ranges.isEmpty()) {
      int[] range = ranges.pop();
      int oldLow = range[0];
      int oldHigh = range[1];
      int newLow = range[2];
      int newHigh = range[3];
      while (oldLow < oldHigh && newLow < newHigh
          && Objects.equals(before.get(oldLow), after.get(newLow))) {
        inOrder(oldLow++, newLow++);
      }
      while (oldLow < oldHigh && newLow < newHigh
          && Objects.equals(before.get(oldHigh - 1), after.get(newHigh - 1))) {
        inOrder(--oldHigh, --newHigh);
      }
      if (oldLow == oldHigh || newLow == newHigh) {
        continue;
      }
      work += (oldHigh - oldLow) + (newHigh - newLow);
      if (work > budget) {
        greedy(before, after, oldLow, oldHigh, newLow, newHigh);
        continue;
      }
      List<int[]> unique = uniquePairs(before, after, oldLow, oldHigh, newLow, newHigh);
      if (unique.isEmpty()) {
        if ((long) (oldHigh - oldLow + 1) * (newHigh - newLow + 1) <= EXACT_CELLS) {
          exact(before, after, oldLow, oldHigh, newLow, newHigh);
        } else {
          greedy(before, after, oldLow, oldHigh, newLow, newHigh);
        }
        continue;
      }
      int[] news = new int[unique.size()];
      for (int k = 0; k < news.length; k++) {
        news[k] = unique.get(k)[1];
      }
      int previousOld = oldLow;
      int previousNew = newLow;
      for (int k : longestIncreasing(news, news.length)) {
        int[] anchored = unique.get(k);
        inOrder(anchored[0], anchored[1]);
        ranges.push(new int[] {previousOld, anchored[0], previousNew, anchored[1]});
        previousOld = anchored[0] + 1;
        previousNew = anchored[1] + 1;
      }
      ranges.push(new int[] {previousOld, oldHigh, previousNew, newHigh});
    }
  }

  private void inOrder(int oldIndex, int newIndex) {
    pair(oldIndex, newIndex, true);
    anchor[newIndex] = true;
  }

  /** The pairs of items that occur exactly once in each range, in old order: {old, new}. */
  private static List<int[]> uniquePairs(List<?> before, List<?> after, int oldLow, int oldHigh,
      int newLow, int newHigh) {
    Map<Object, int[]> counts = new HashMap<>(); // {old count, new count, new index}
    int[][] ofOld = new int[oldHigh - oldLow][];
    for (int i = oldLow; i < oldHigh; i++) {
      int[] count = counts.computeIfAbsent(key(before.get(i)), item -> new int[3]);
      count[0]++;
      ofOld[i - oldLow] = count;
    }
    for (int j = newLow; j < newHigh; j++) {
      int[] count = counts.get(key(after.get(j)));
      if (count != null) {
        count[1]++;
        count[2] = j;
      }
    }
    List<int[]> unique = new ArrayList<>();
    for (int i = oldLow; i < oldHigh; i++) {
      int[] count = ofOld[i - oldLow];
      if (count[0] == 1 && count[1] == 1) {
        unique.add(new int[] {i, count[2]});
      }
    }
    return unique;
  }

  private static Object key(@Nullable Object item) {
    return item == null ? NULL : item;
  }

  /** An exact longest common subsequence of a small range. */
  private void exact(List<?> before, List<?> after, int oldLow, int oldHigh, int newLow,
      int newHigh) {
    int rows = oldHigh - oldLow;
    int columns = newHigh - newLow;
    int[] length = new int[(rows + 1) * (columns + 1)]; // from (i, j) to the end
    for (int i = rows - 1; i >= 0; i--) {
      for (int j = columns - 1; j >= 0; j--) {
        length[i * (columns + 1) + j] =
            Objects.equals(before.get(oldLow + i), after.get(newLow + j))
                ? 1 + length[(i + 1) * (columns + 1) + j + 1]
                : Math.max(length[(i + 1) * (columns + 1) + j], length[i * (columns + 1) + j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < rows && j < columns) {
      if (Objects.equals(before.get(oldLow + i), after.get(newLow + j))) {
        inOrder(oldLow + i++, newLow + j++);
      } else if (length[(i + 1) * (columns + 1) + j] >= length[i * (columns + 1) + j + 1]) {
        i++;
      } else {
        j++;
      }
    }
  }

  /** Pairs each new item with the next equal old item after the last pair: linear, in order. */
  private void greedy(List<?> before, List<?> after, int oldLow, int oldHigh, int newLow,
      int newHigh) {
    Map<Object, ArrayDeque<Integer>> places = new HashMap<>();
    for (int i = oldLow; i < oldHigh; i++) {
      places.computeIfAbsent(key(before.get(i)), item -> new ArrayDeque<>()).add(i);
    }
    int last = oldLow - 1;
    for (int j = newLow; j < newHigh; j++) {
      ArrayDeque<Integer> olds = places.get(key(after.get(j)));
      while (olds != null && !olds.isEmpty() && olds.peek() <= last) {
        olds.poll();
      }
      if (olds != null && !olds.isEmpty()) {
        last = olds.poll();
        inOrder(last, j);
      }
    }
  }

  // Step 2: equal items that moved.

  private void equalMoved(List<?> before, List<?> after) {
    Map<Object, ArrayDeque<Integer>> unpaired = new HashMap<>();
    for (int i = 0; i < oldSize(); i++) {
      if (newOfOld[i] < 0) {
        unpaired.computeIfAbsent(key(before.get(i)), item -> new ArrayDeque<>()).add(i);
      }
    }
    if (unpaired.isEmpty()) {
      return;
    }
    for (int j = 0; j < newSize(); j++) {
      if (oldOfNew[j] < 0) {
        ArrayDeque<Integer> olds = unpaired.get(key(after.get(j)));
        if (olds != null && !olds.isEmpty()) {
          pair(olds.poll(), j, true);
        }
      }
    }
  }

  // Step 3: changed items.

  /**
   * Pairs the changed items, the most resembling pairs first: items in the same gap (between the
   * same equal items in order) by any resemblance, a weak one only at the same index; items in
   * different gaps (moved and changed) only by more than a weak one. Among equal scores, pairs in
   * the same gap come first, then the pair nearest to standing side by side. Where there are too
   * many pairs to weigh, items are paired with the items that share a trait with them
   * ({@link Resemblance#oldTraits}), and then each gap on its own.
   */
  private void changed(Resemblance resemblance) {
    int[] olds = unpaired(newOfOld, 0, oldSize());
    int[] news = unpaired(oldOfNew, 0, newSize());
    if (olds.length == 0 || news.length == 0) {
      return;
    }
    int[] oldGaps = new int[oldSize()];
    int[] newGaps = new int[newSize()];
    int gap = 0;
    for (int j = 0; j < newSize(); j++) {
      if (anchor[j]) {
        oldGaps[oldOfNew[j]] = -1;
        newGaps[j] = -1;
      }
    }
    for (int i = 0; i < oldSize(); i++) {
      if (oldGaps[i] < 0) {
        gap++;
      } else {
        oldGaps[i] = gap;
      }
    }
    gap = 0;
    for (int j = 0; j < newSize(); j++) {
      if (newGaps[j] < 0) {
        gap++;
      } else {
        newGaps[j] = gap;
      }
    }
    Resemblance anywhere = (i, j) -> oldGaps[i] == newGaps[j] ? inGap(resemblance, i, j)
        : resemblance.score(i, j) > Resemblance.WEAK ? resemblance.score(i, j)
        : Resemblance.NOTHING;
    PairTest sameGap = (i, j) -> oldGaps[i] == newGaps[j];
    if ((long) olds.length * news.length <= CHANGED_PAIRS) {
      bestFirst(olds, news, anywhere, sameGap);
      return;
    }
    pairBest(byTraits(olds, news, resemblance, anywhere, sameGap));
    olds = unpaired(newOfOld, 0, oldSize());
    news = unpaired(oldOfNew, 0, newSize());
    int from = 0;
    int to = 0;
    while (from < olds.length && to < news.length) {
      int oldGap = oldGaps[olds[from]];
      int newGap = newGaps[news[to]];
      if (oldGap < newGap) {
        from++;
      } else if (newGap < oldGap) {
        to++;
      } else {
        int oldEnd = from;
        while (oldEnd < olds.length && oldGaps[olds[oldEnd]] == oldGap) {
          oldEnd++;
        }
        int newEnd = to;
        while (newEnd < news.length && newGaps[news[newEnd]] == newGap) {
          newEnd++;
        }
        alignGap(Arrays.copyOfRange(olds, from, oldEnd), Arrays.copyOfRange(news, to, newEnd),
            resemblance);
        from = oldEnd;
        to = newEnd;
      }
    }
  }

  private static int[] unpaired(int[] partners, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (partners[k] < 0) {
        count++;
      }
    }
    int[] out = new int[count];
    count = 0;
    for (int k = from; k < to; k++) {
      if (partners[k] < 0) {
        out[count++] = k;
      }
    }
    return out;
  }

  /**
   * Pairs the changed items of one gap, the most resembling pairs first; a gap too large to weigh
   * pairs by position.
   */
  private void alignGap(int[] olds, int[] news, Resemblance resemblance) {
    if ((long) olds.length * news.length > GAP_PAIRS) {
      for (int k = 0; k < Math.min(olds.length, news.length); k++) {
        if (inGap(resemblance, olds[k], news[k]) > Resemblance.NOTHING) {
          pair(olds[k], news[k], false);
        }
      }
      return;
    }
    bestFirst(olds, news, (i, j) -> inGap(resemblance, i, j), (i, j) -> true);
  }

  /** The resemblance of two items in a gap: a weak one counts only in the same slot. */
  private static int inGap(Resemblance resemblance, int oldIndex, int newIndex) {
    int score = resemblance.score(oldIndex, newIndex);
    return score == Resemblance.WEAK && oldIndex != newIndex ? Resemblance.NOTHING : score;
  }

  /** Tells something of a pair of an old and a new index. */
  @FunctionalInterface
  private interface PairTest {
    boolean test(int oldIndex, int newIndex);
  }

  /**
   * Pairs items that resemble each other, the highest score first; among equal scores, preferred
   * pairs first, then the pair whose indexes differ least.
   */
  private void bestFirst(int[] olds, int[] news, Resemblance resemblance, PairTest preferred) {
    List<int[]> candidates = new ArrayList<>();
    for (int i : olds) {
      for (int j : news) {
        addCandidate(candidates, resemblance, preferred, i, j);
      }
    }
    pairBest(candidates);
  }

  /** Adds a pair that resembles as {score, not preferred, distance, old, new}. */
  private static void addCandidate(List<int[]> candidates, Resemblance resemblance,
      PairTest preferred, int oldIndex, int newIndex) {
    int score = resemblance.score(oldIndex, newIndex);
    if (score > Resemblance.NOTHING) {
      candidates.add(new int[] {score, preferred.test(oldIndex, newIndex) ? 0 : 1,
          Math.abs(oldIndex - newIndex), oldIndex, newIndex});
    }
  }

  /**
   * The pairs of items that share a trait that few old items have ({@link Resemblance#oldTraits}):
   * the candidates among too many items to weigh every pair, found in near-linear time.
   */
  private static List<int[]> byTraits(int[] olds, int[] news, Resemblance traits,
      Resemblance resemblance, PairTest preferred) {
    Map<Integer, List<Integer>> holders = new HashMap<>();
    for (int i : olds) {
      for (int trait : traits.oldTraits(i)) {
        List<Integer> list = holders.computeIfAbsent(trait, key -> new ArrayList<>(1));
        if (list.size() <= SHARED_TRAIT) {
          list.add(i);
        }
      }
    }
    List<int[]> candidates = new ArrayList<>();
    for (int j : news) {
      Set<Integer> weighed = new HashSet<>();
      for (int trait : traits.newTraits(j)) {
        List<Integer> list = holders.get(trait);
        if (list == null || list.size() > SHARED_TRAIT) {
          continue; // told by nothing, or shared by so many that it tells little
        }
        for (int i : list) {
          if (weighed.add(i)) {
            addCandidate(candidates, resemblance, preferred, i, j);
          }
        }
      }
    }
    return candidates;
  }

  /** Pairs candidates {score, not preferred, distance, old, new}, the best first. */
  private void pairBest(List<int[]> candidates) {
    candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
        : a[1] != b[1] ? Integer.compare(a[1], b[1])
        : a[2] != b[2] ? Integer.compare(a[2], b[2])
        : a[4] != b[4] ? Integer.compare(a[4], b[4]) : Integer.compare(a[3], b[3]));
    for (int[] candidate : candidates) {
      if (newOfOld[candidate[3]] < 0 && oldOfNew[candidate[4]] < 0) {
        pair(candidate[3], candidate[4], false);
      }
    }
  }

  /**
   * The positions (in {@code 0..count}) of a longest strictly increasing subsequence of
   * {@code values}, in order: patience sorting, O(n log n).
   */
  static int[] longestIncreasing(int[] values, int count) {
    int[] tails = new int[count]; // position of the smallest tail of each length
    int[] previous = new int[count];
    int length = 0;
    for (int k = 0; k < count; k++) {
      int low = 0;
      int high = length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (values[tails[middle]] < values[k]) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      previous[k] = low > 0 ? tails[low - 1] : -1;
      tails[low] = k;
      if (low == length) {
        length++;
      }
    }
    int[] out = new int[length];
    for (int k = length - 1, at = length > 0 ? tails[length - 1] : -1; k >= 0; k--) {
      out[k] = at;
      at = previous[at];
    }
    return out;
  }
}
