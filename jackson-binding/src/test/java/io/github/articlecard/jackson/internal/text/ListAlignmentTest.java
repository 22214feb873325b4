package io.github.articlecard.jackson.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListAlignmentTest {
  /**
   * Items named {@code name:value}: equal when the whole text is, resembling (by one more than a
   * name in common) when the names are, weakly when both have no name at all.
   */
  private static ListAlignment align(List<String> before, List<String> after) {
    return ListAlignment.of(before, after, (i, j) -> resemblance(before.get(i), after.get(j)));
  }

  private static int resemblance(String before, String after) {
    int colon = before.indexOf(':');
    if (colon < 0 && after.indexOf(':') < 0) {
      return ListAlignment.Resemblance.WEAK;
    }
    return colon >= 0 && after.startsWith(before.substring(0, colon + 1)) ? 2
        : ListAlignment.Resemblance.NOTHING;
  }

  /** The old index of each new item, -1 for new ones. */
  private static List<Integer> olds(ListAlignment alignment) {
    List<Integer> olds = new ArrayList<>();
    for (int j = 0; j < alignment.newSize(); j++) {
      olds.add(alignment.oldIndexOf(j));
    }
    return olds;
  }

  private static List<Boolean> staying(ListAlignment alignment) {
    List<Boolean> stays = new ArrayList<>();
    for (int j = 0; j < alignment.newSize(); j++) {
      stays.add(alignment.oldIndexOf(j) >= 0 && alignment.stays(j));
    }
    return stays;
  }

  @Test
  void removingTheFirstItemAndChangingTheLastPairsEachKeptItemWithItself() {
    ListAlignment alignment = align(List.of("home:1", "blog:2", "about:3"),
        List.of("blog:2", "about:30"));

    assertThat(olds(alignment)).containsExactly(1, 2);
    assertThat(alignment.isEqual(0)).isTrue();
    assertThat(alignment.isEqual(1)).isFalse();
    assertThat(alignment.newIndexOf(0)).isEqualTo(-1);
    assertThat(alignment.inOrder()).isTrue();
  }

  @Test
  void removingTheMiddleOrLastItemKeepsTheOthers() {
    assertThat(olds(align(List.of("a", "b", "c"), List.of("a", "c")))).containsExactly(0, 2);
    assertThat(olds(align(List.of("a", "b", "c"), List.of("a", "b")))).containsExactly(0, 1);
  }

  @Test
  void insertingAtTheFrontOrInTheMiddleLeavesEveryOldItemPaired() {
    assertThat(olds(align(List.of("a", "b"), List.of("new", "a", "b")))).containsExactly(-1, 0, 1);
    assertThat(olds(align(List.of("a", "b"), List.of("a", "new", "b")))).containsExactly(0, -1, 1);
  }

  @Test
  void aSwapPairsBothItemsWithThemselvesAndOneOfThemMoves() {
    ListAlignment alignment = align(List.of("a", "b", "c"), List.of("b", "a", "c"));

    assertThat(olds(alignment)).containsExactly(1, 0, 2);
    assertThat(alignment.isEqual(0) && alignment.isEqual(1) && alignment.isEqual(2)).isTrue();
    assertThat(staying(alignment)).containsOnlyOnce(false);
    assertThat(alignment.inOrder()).isFalse();
  }

  @Test
  void reversingPairsEveryItemAndKeepsOneInPlace() {
    ListAlignment alignment = align(List.of("a", "b", "c", "d"), List.of("d", "c", "b", "a"));

    assertThat(olds(alignment)).containsExactly(3, 2, 1, 0);
    assertThat(staying(alignment)).containsOnlyOnce(true);
  }

  @Test
  void movingTheFirstItemToTheEndMovesOnlyThatItem() {
    ListAlignment alignment = align(List.of("a", "b", "c", "d"), List.of("b", "c", "d", "a"));

    assertThat(olds(alignment)).containsExactly(1, 2, 3, 0);
    assertThat(staying(alignment)).containsExactly(true, true, true, false);
  }

  @Test
  void sortingByNamePairsEveryItemWithItself() {
    List<String> before = List.of("home:1", "blog:2", "about:3", "contact:4");
    List<String> after = new ArrayList<>(before);
    Collections.sort(after);

    ListAlignment alignment = align(before, after);

    for (int j = 0; j < after.size(); j++) {
      assertThat(before.get(alignment.oldIndexOf(j))).isEqualTo(after.get(j));
    }
  }

  @Test
  void aChangedItemPairsWithTheOldItemItResemblesNotTheOneInItsSlot() {
    ListAlignment alignment = align(List.of("x", "home:1", "blog:2", "y"),
        List.of("x", "blog:5", "y"));

    assertThat(olds(alignment)).containsExactly(0, 2, 3);
    assertThat(alignment.newIndexOf(1)).isEqualTo(-1);
  }

  @Test
  void twoChangedItemsSwappedBetweenTheSameNeighboursPairWithTheirOldSelves() {
    ListAlignment alignment = align(List.of("x", "home:1", "blog:2", "y"),
        List.of("x", "blog:5", "home:9", "y"));

    assertThat(olds(alignment)).containsExactly(0, 2, 1, 3);
    assertThat(alignment.inOrder()).isFalse();
  }

  @Test
  void aChangedItemThatAlsoMovedPairsWithItsOldSelf() {
    ListAlignment alignment = align(List.of("home:1", "blog:2", "about:3"),
        List.of("about:30", "blog:2", "home:1"));

    assertThat(olds(alignment)).containsExactly(2, 1, 0);
    assertThat(alignment.isEqual(0)).isFalse();
  }

  @Test
  void itemsThatResembleNothingAreRemovedAndInsertedNotPairedBySlot() {
    ListAlignment alignment = align(List.of("keep:1", "home:1"), List.of("keep:1", "start:9"));

    assertThat(olds(alignment)).containsExactly(0, -1);
    assertThat(alignment.newIndexOf(1)).isEqualTo(-1);
  }

  @Test
  void weaklyResemblingItemsPairWhereTheyStandButNotAcrossOthers() {
    assertThat(olds(align(List.of("a", "b", "c"), List.of("a", "B", "c"))))
        .containsExactly(0, 1, 2);
    assertThat(olds(align(List.of("AI", "ML"), List.of("ML", "XR"))))
        .containsExactly(1, -1);
    assertThat(olds(align(List.of("AI", "ML", "DL"), List.of("ML", "XR"))))
        .containsExactly(1, -1);
  }

  @Test
  void equalItemsTwiceEachPairWithAnEqualItem() {
    ListAlignment alignment = align(List.of("a", "x", "a", "y"), List.of("a", "a", "y", "x"));

    for (int j = 0; j < alignment.newSize(); j++) {
      assertThat(alignment.isEqual(j)).isTrue();
    }
    assertThat(olds(alignment)).doesNotHaveDuplicates().doesNotContain(-1);
  }

  @Test
  void everythingNewPairsNothing() {
    ListAlignment alignment = align(List.of("a:1", "b:2"), List.of("c:3", "d:4", "e:5"));

    assertThat(olds(alignment)).containsExactly(-1, -1, -1);
    assertThat(alignment.inOrder()).isTrue();
  }

  @Test
  void emptyListsAlign() {
    assertThat(olds(align(List.of(), List.of("a")))).containsExactly(-1);
    assertThat(align(List.of("a"), List.of()).newIndexOf(0)).isEqualTo(-1);
  }

  @Test
  void fiftyThousandItemsWithAFewChangesAreAlignedExactly() {
    List<String> before = IntStream.range(0, 50_000).mapToObj(i -> "item" + i + ":" + i).toList();
    List<String> after = new ArrayList<>(before);
    after.remove(10);
    after.set(20_000, "item20001:changed");
    after.add(0, after.remove(49_000));

    ListAlignment alignment = align(before, after);

    assertThat(alignment.oldIndexOf(0)).isEqualTo(49_001);
    assertThat(alignment.newIndexOf(10)).isEqualTo(-1);
    assertThat(alignment.oldIndexOf(20_001)).isEqualTo(20_001);
    assertThat(alignment.isEqual(20_001)).isFalse();
    assertThat(olds(alignment)).doesNotContain(-1);
    assertThat(staying(alignment)).containsOnlyOnce(false);
  }

  @Test
  void whollyDifferentLongListsAreComparedOnlyANearLinearNumberOfTimes() {
    int size = 50_000;
    List<String> before = IntStream.range(0, size).mapToObj(i -> "old" + i + ":" + i).toList();
    List<String> after = IntStream.range(0, size).mapToObj(i -> "new" + i + ":" + i).toList();
    AtomicLong scores = new AtomicLong();

    ListAlignment alignment = ListAlignment.of(before, after, (i, j) -> {
      scores.incrementAndGet();
      return ListAlignment.Resemblance.WEAK + 1;
    });

    assertThat(scores.get()).isLessThan(100L * size);
    assertThat(alignment.newSize()).isEqualTo(size);
  }

  @Test
  void manyChangedItemsThatMovedAreFoundByWhatTellsThem() {
    int size = 5_000;
    List<String> before = IntStream.range(0, size).mapToObj(i -> "item" + i + ":" + i).toList();
    List<String> after = new ArrayList<>(IntStream.range(0, size)
        .mapToObj(i -> "item" + i + ":changed").toList());
    Collections.shuffle(after, new java.util.Random(7));
    AtomicLong scores = new AtomicLong();
    ListAlignment.Resemblance byName = new ListAlignment.Resemblance() {
      @Override
      public int score(int oldIndex, int newIndex) {
        scores.incrementAndGet();
        return resemblance(before.get(oldIndex), after.get(newIndex));
      }

      @Override
      public int[] oldTraits(int oldIndex) {
        return new int[] {name(before.get(oldIndex)).hashCode()};
      }

      @Override
      public int[] newTraits(int newIndex) {
        return new int[] {name(after.get(newIndex)).hashCode()};
      }
    };

    ListAlignment alignment = ListAlignment.of(before, after, byName);

    for (int j = 0; j < size; j++) {
      assertThat(name(before.get(alignment.oldIndexOf(j)))).isEqualTo(name(after.get(j)));
    }
    assertThat(scores.get()).isLessThan(100L * size);
  }

  private static String name(String item) {
    return item.substring(0, item.indexOf(':'));
  }

  @Test
  void longListsOfRepeatedItemsAlignInOrder() {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      before.add(i % 2 == 0 ? "a" : "b");
      after.add(i % 3 == 0 ? "a" : "b");
    }

    ListAlignment alignment = align(before, after);

    int last = -1;
    for (int j = 0; j < after.size(); j++) {
      int old = alignment.oldIndexOf(j);
      if (old >= 0 && alignment.isEqual(j)) {
        assertThat(before.get(old)).isEqualTo(after.get(j));
      }
      if (old >= 0 && alignment.stays(j)) {
        assertThat(old).isGreaterThan(last);
        last = old;
      }
    }
  }

  @Test
  void theLongestIncreasingRunIsFound() {
    int[] values = {3, 1, 4, 1, 5, 9, 2, 6};

    int[] run = ListAlignment.longestIncreasing(values, values.length);

    assertThat(run).hasSize(4).isSorted();
    assertThat(Arrays.stream(run).map(k -> values[k]).toArray()).isSorted().doesNotHaveDuplicates();
  }
}
