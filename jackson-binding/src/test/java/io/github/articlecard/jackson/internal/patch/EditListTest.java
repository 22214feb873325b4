package io.github.articlecard.jackson.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditListTest {
  private static final String TEXT = "0123456789";

  @Test
  void editsApplyInOffsetOrderWhateverOrderTheyCameIn() {
    EditList edits = new EditList();
    edits.replace(6, 8, "x");
    edits.remove(1, 3);
    edits.insert(9, "!");

    assertThat(edits.apply(TEXT)).isEqualTo("0345x8!9");
  }

  @Test
  void atOneOffsetInsertionsComeBeforeAReplacementAndKeepTheirOrder() {
    EditList edits = new EditList();
    edits.replace(4, 6, "R");
    edits.insert(4, "a");
    edits.insert(4, "b");

    assertThat(edits.apply(TEXT)).isEqualTo("0123abR6789");
  }

  @Test
  void overlappingEditsGiveNoText() {
    EditList edits = new EditList();
    edits.replace(2, 6, "x");
    edits.remove(5, 7);

    assertThat(edits.apply(TEXT)).isNull();
  }

  @Test
  void noEditGivesTheTextBack() {
    EditList edits = new EditList();

    assertThat(edits.isEmpty()).isTrue();
    assertThat(edits.apply(TEXT)).isEqualTo(TEXT);
  }

  @Test
  void takesAwayTellsWhichCharactersARemovalOrReplacementCovers() {
    EditList edits = new EditList();
    edits.insert(1, "new");
    edits.replace(5, 7, "x");
    edits.insert(8, "y");

    assertThat(edits.takesAway(1)).isFalse();
    assertThat(edits.takesAway(4)).isFalse();
    assertThat(edits.takesAway(5)).isTrue();
    assertThat(edits.takesAway(6)).isTrue();
    assertThat(edits.takesAway(7)).isFalse();
    assertThat(edits.takesAway(8)).isFalse();
  }

  @Test
  void aMovedSpanArrivesWithTheEditsMadeInsideIt() {
    EditList edits = new EditList();
    edits.move(2, 5, 8);
    edits.replace(3, 4, "x");

    assertThat(edits.apply(TEXT)).isEqualTo("015672x489");
  }

  @Test
  void movedSpansArriveInTheOrderOfTheInsertionsMadeAtTheSamePlace() {
    EditList edits = new EditList();
    edits.move(6, 8, 0);
    edits.insert(0, "+");
    edits.move(2, 4, 0);

    assertThat(edits.apply(TEXT)).isEqualTo("67+2301458" + "9");
  }

  @Test
  void insertionsAtTheBoundsOfAMovedSpanStayWhereTheyWereMade() {
    EditList edits = new EditList();
    edits.move(2, 5, 9);
    edits.insert(2, "<");
    edits.insert(5, ">");

    assertThat(edits.apply(TEXT)).isEqualTo("01<>5678" + "2349");
  }

  @Test
  void insertionsAtTheEndOfAMovedSpanMadeBeforeItsMarkGoWithIt() {
    EditList edits = new EditList();
    edits.insert(5, ">"); // the item's own patch: a key after its last
    int mark = edits.mark();
    edits.insert(5, "|"); // the placement's, after the mark: stays
    edits.move(2, 5, 9, mark);

    assertThat(edits.apply(TEXT)).isEqualTo("01|5678" + "234>" + "9");
  }

  @Test
  void aMarkedMoveKeepsItsInsertionsWhenItsListIsAbsorbedEitherWay() {
    for (int padding = 0; padding < 4; padding++) { // absorbed into a smaller, then a larger list
      EditList earlier = new EditList();
      for (int i = 0; i < padding; i++) {
        earlier.insert(5, "e"); // at the same offset, made before: not the moved span's
      }
      EditList later = new EditList();
      later.insert(5, ">");
      later.move(2, 5, 9, later.mark());

      earlier.absorb(later);

      assertThat(earlier.apply(TEXT)).as("after %d edits", padding)
          .isEqualTo("01" + "e".repeat(padding) + "5678" + "234>" + "9");
    }
  }

  @Test
  void aNestedMoveEndingWhereItsItemEndsGoesWithTheItem() {
    EditList nested = new EditList(); // the item's own list swaps its last two parts
    nested.move(3, 4, 5, nested.mark());
    EditList item = new EditList();
    item.absorb(nested);
    item.move(2, 5, 9, item.mark());

    assertThat(item.apply(TEXT)).isEqualTo("015678" + "243" + "9");
  }

  @Test
  void newOffsetsTellWhereSourceOffsetsEndUp() {
    EditList edits = new EditList();
    edits.move(2, 5, 9);
    edits.replace(6, 8, "xy");
    edits.remove(0, 1);

    assertThat(edits.apply(TEXT)).isEqualTo("15xy82349");
    assertThat(edits.newOffsets(TEXT, new int[] {0, 1, 2, 3, 5, 6, 7, 8, 9}))
        .containsExactly(0, 0, 5, 6, 1, 2, 2, 4, 8);
    EditList crossing = new EditList();
    crossing.move(2, 6, 9);
    crossing.replace(5, 8, "x");
    assertThat(crossing.newOffsets(TEXT, new int[] {1})).isNull();
  }

  @Test
  void aMoveInsideAMovedSpanTravelsWithIt() {
    EditList edits = new EditList();
    edits.move(1, 6, 10);
    edits.move(2, 3, 5);

    assertThat(edits.apply(TEXT)).isEqualTo("06789" + "13425");
  }

  @Test
  void aSpanThatWouldArriveInsideItselfOrCrossAnEditGivesNoText() {
    EditList intoItself = new EditList();
    intoItself.move(2, 6, 4);
    EditList crossing = new EditList();
    crossing.move(2, 6, 9);
    crossing.replace(5, 8, "x");

    assertThat(intoItself.apply(TEXT)).isNull();
    assertThat(crossing.apply(TEXT)).isNull();
  }

  @Test
  void movedTextIsNotTakenAwayButWhatIsReplacedInsideItIs() {
    EditList edits = new EditList();
    edits.move(2, 6, 9);
    edits.replace(3, 4, "x");

    assertThat(edits.takesAway(2)).isFalse();
    assertThat(edits.takesAway(3)).isTrue();
    assertThat(edits.takesAway(5)).isFalse();
  }

  @Test
  void anAbsorbedListAppliesAsIfItsEditsHadBeenAddedAfterTheOthers() {
    EditList earlier = new EditList();
    earlier.insert(4, "a");
    earlier.move(6, 8, 0);
    EditList later = new EditList();
    later.insert(4, "b");
    later.insert(0, "c");
    later.replace(1, 3, "r");

    earlier.absorb(later);

    assertThat(earlier.apply(TEXT)).isEqualTo("67c0r3ab4589");
  }

  /**
   * Absorbing is adding in order, whichever list is larger (the smaller one is copied into the
   * larger), with either one empty, with insertions at the same offsets and moves in both: random
   * edits split at a random point apply to the same text and take away the same characters.
   */
  @Test
  void absorbingGivesWhatAddingEveryEditToOneListGives() {
    java.util.Random random = new java.util.Random(18);
    String text = "abcdefghijklmnopqrstuvwxyz";
    int checked = 0;
    for (int trial = 0; trial < 3_000; trial++) {
      int count = random.nextInt(12);
      int split = random.nextInt(count + 1);
      EditList whole = new EditList();
      EditList first = new EditList();
      EditList second = new EditList();
      for (int i = 0; i < count; i++) {
        int kind = random.nextInt(4);
        int start = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), start + random.nextInt(4));
        int at = random.nextInt(text.length() + 1);
        String added = Character.toString('A' + i);
        for (EditList list : new EditList[] {whole, i < split ? first : second}) {
          switch (kind) {
            case 0 -> list.insert(at, added);
            case 1 -> list.replace(start, end, added);
            case 2 -> list.remove(start, end);
            default -> list.move(start, end, at);
          }
        }
      }

      first.absorb(second);

      String expected = whole.apply(text);
      assertThat(first.apply(text)).as("trial %d", trial).isEqualTo(expected);
      for (int offset = 0; offset <= text.length(); offset++) {
        assertThat(first.takesAway(offset)).isEqualTo(whole.takesAway(offset));
      }
      checked += expected == null ? 0 : 1;
    }
    assertThat(checked).isGreaterThan(500); // enough of the random lists apply at all
  }
}
