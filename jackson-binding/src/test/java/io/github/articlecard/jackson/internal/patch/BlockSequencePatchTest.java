package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class BlockSequencePatchTest {
  private static final String TEXT = """
      tags:
        # the first
        - one
        - two # second
        - three
      n: 1
      """;

  private static ArrayNode tags(ObjectNode data) {
    return (ArrayNode) data.get("tags");
  }

  @Test
  void aChangedItemChangesInPlace() {
    assertThat(minimal(TEXT, data -> tags(data).set(1, "deux")))
        .isEqualTo(TEXT.replace("- two # second", "- deux # second"));
  }

  @Test
  void aRemovedItemTakesItsOwnComments() {
    assertThat(minimal(TEXT, data -> tags(data).remove(0)))
        .isEqualTo(TEXT.replace("  # the first\n  - one\n", ""));
  }

  @Test
  void anAppendedItemFollowsTheLastOneInItsShape() {
    assertThat(minimal(TEXT, data -> tags(data).add("four")))
        .isEqualTo(TEXT.replace("  - three\n", "  - three\n  - four\n"));
  }

  @Test
  void anItemInsertedInTheMiddleGoesBetweenTheEqualEnds() {
    assertThat(minimal(TEXT, data -> tags(data).insert(1, "one and a half")))
        .isEqualTo(TEXT.replace("  - one\n", "  - one\n  - one and a half\n"));
  }

  @Test
  void aNewFirstItemGoesBeforeTheFirstDash() {
    assertThat(minimal("tags:\n- one\n", data -> tags(data).insert(0, "zero")))
        .isEqualTo("tags:\n- zero\n- one\n");
  }

  @Test
  void newMappingItemsTakeTheKeysStylesOfTheItemBefore() {
    String text = "people:\n  - name: 'Ann'\n    age: 30\n";

    assertThat(minimal(text, data -> ((ArrayNode) data.get("people")).addObject()
        .put("name", "Bob").put("age", 41)))
        .isEqualTo(text + "  - name: 'Bob'\n    age: 41\n");
  }

  private static final String MENU = """
      menu:
        # the start page
        - name: Home
          weight: 1
          identifier: home
        - name: Blog  # the blog
          weight: 2
          identifier: blog
        - name: About
          weight: 3
          identifier: about
      n: 1
      """;

  private static final String HOME = """
        # the start page
        - name: Home
          weight: 1
          identifier: home
      """;
  private static final String BLOG = """
        - name: Blog  # the blog
          weight: 2
          identifier: blog
      """;
  private static final String ABOUT = """
        - name: About
          weight: 3
          identifier: about
      """;

  private static ArrayNode menu(ObjectNode data) {
    return (ArrayNode) data.get("menu");
  }

  /** Puts the items of a list in a new order: {@code order[k]} is the old index of new item k. */
  static void reorder(ArrayNode items, int... order) {
    JsonNode[] old = new JsonNode[items.size()];
    for (int i = 0; i < old.length; i++) {
      old[i] = items.get(i);
    }
    items.removeAll();
    for (int i : order) {
      items.add(old[i]);
    }
  }

  @Test
  void removingTheFirstItemAndChangingTheLastKeepsEachItemsOwnLines() {
    assertThat(minimal(MENU, data -> {
      menu(data).remove(0);
      ((ObjectNode) menu(data).get(1)).put("weight", 30);
    })).isEqualTo("menu:\n" + BLOG + ABOUT.replace("weight: 3", "weight: 30") + "n: 1\n");
  }

  @Test
  void swappingTwoItemsMovesTheirLinesWithTheirComments() {
    assertThat(minimal(MENU, data -> reorder(menu(data), 1, 0, 2)))
        .isEqualTo("menu:\n" + BLOG + HOME + ABOUT + "n: 1\n");
  }

  @Test
  void reversingMovesEveryItemWithItsComments() {
    assertThat(minimal(MENU, data -> reorder(menu(data), 2, 1, 0)))
        .isEqualTo("menu:\n" + ABOUT + BLOG + HOME + "n: 1\n");
  }

  @Test
  void movingTheFirstItemToTheEndTakesItsCommentAlong() {
    assertThat(minimal(MENU, data -> reorder(menu(data), 1, 2, 0)))
        .isEqualTo("menu:\n" + BLOG + ABOUT + HOME + "n: 1\n");
  }

  @Test
  void aMovedItemThatAlsoChangedIsPatchedWhereItArrives() {
    assertThat(minimal(MENU, data -> {
      reorder(menu(data), 2, 0, 1);
      ((ObjectNode) menu(data).get(0)).put("weight", 0);
    })).isEqualTo("menu:\n" + ABOUT.replace("weight: 3", "weight: 0") + HOME + BLOG + "n: 1\n");
  }

  @Test
  void anItemInsertedAtTheFrontGoesAboveTheCommentOfTheOldFirst() {
    assertThat(minimal(TEXT, data -> tags(data).insert(0, "zero")))
        .isEqualTo(TEXT.replace("  # the first\n", "  - zero\n  # the first\n"));
  }

  @Test
  void aRemovedItemTakesItsTrailingCommentAndTheOthersKeepTheirs() {
    assertThat(minimal(TEXT, data -> tags(data).remove(1)))
        .isEqualTo(TEXT.replace("  - two # second\n", ""));
  }

  @Test
  void aNewValueInTheSlotOfARemovedOneDoesNotTakeItsComment() {
    assertThat(minimal(TEXT, data -> {
      tags(data).remove(0);
      tags(data).add("four");
    })).isEqualTo("tags:\n  - two # second\n  - three\n  - four\nn: 1\n");
  }

  @Test
  void equalItemsSwappedWithTheirNeighbourKeepEveryLine() {
    String text = "l:\n- a  # one\n- b\n- a  # two\n";

    String patched = minimal(text, data -> reorder((ArrayNode) data.get("l"), 1, 0, 2));

    assertThat(patched).isIn("l:\n- b\n- a  # one\n- a  # two\n",
        "l:\n- b\n- a  # two\n- a  # one\n");
  }

  @Test
  void itemsAtTheKeysColumnMoveToo() {
    String text = "l:\n# first\n- x: 1\n  y: 2\n- x: 3\n";

    assertThat(minimal(text, data -> reorder((ArrayNode) data.get("l"), 1, 0)))
        .isEqualTo("l:\n- x: 3\n# first\n- x: 1\n  y: 2\n");
  }

  @Test
  void crlfItemsMoveWithTheirLineEndings() {
    String text = MENU.replace("\n", "\r\n");

    assertThat(minimal(text, data -> reorder(menu(data), 2, 0, 1)))
        .isEqualTo(("menu:\n" + ABOUT + HOME + BLOG + "n: 1\n").replace("\n", "\r\n"));
  }

  @Test
  void aListInsideAMovedItemIsRearrangedWhereTheItemArrives() {
    String text = """
        related:
          - title: A
            images:
              - url: a1  # first of A
              - url: a2
          - title: B
        """;

    assertThat(minimal(text, data -> {
      ArrayNode related = (ArrayNode) data.get("related");
      reorder(related, 1, 0);
      reorder((ArrayNode) related.get(1).get("images"), 1, 0);
    })).isEqualTo("""
        related:
          - title: B
          - title: A
            images:
              - url: a2
              - url: a1  # first of A
        """);
  }

  @Test
  void aMovedItemKeepsItsAnchor() {
    String text = "l:\n  - &first x\n  - y\nother: *first\n";

    assertThat(minimal(text, data -> reorder((ArrayNode) data.get("l"), 1, 0)))
        .isEqualTo("l:\n  - y\n  - &first x\nother: *first\n");
  }

  private static final String SPACED = """
      l:
        - a  # one

        - b  # two

        - c
      n: 1
      """;

  @Test
  void itemsSeparatedByBlankLinesStaySeparatedInTheirNewOrder() {
    assertThat(minimal(SPACED, data -> reorder((ArrayNode) data.get("l"), 2, 1, 0)))
        .isEqualTo("l:\n  - c\n\n  - b  # two\n\n  - a  # one\nn: 1\n");
    assertThat(minimal(SPACED, data -> reorder((ArrayNode) data.get("l"), 1, 2, 0)))
        .isEqualTo("l:\n  - b  # two\n\n  - c\n\n  - a  # one\nn: 1\n");
  }

  @Test
  void aRemovedItemBetweenBlankLinesTakesOneRunOfThem() {
    assertThat(minimal(SPACED, data -> ((ArrayNode) data.get("l")).remove(0)))
        .isEqualTo("l:\n  - b  # two\n\n  - c\nn: 1\n");
    assertThat(minimal(SPACED, data -> ((ArrayNode) data.get("l")).remove(1)))
        .isEqualTo("l:\n  - a  # one\n\n  - c\nn: 1\n");
  }

  @Test
  void newItemsInASpacedListGetABlankLineOfTheirOwn() {
    assertThat(minimal(SPACED, data -> ((ArrayNode) data.get("l")).insert(0, "z").add("d")))
        .isEqualTo("l:\n  - z\n\n  - a  # one\n\n  - b  # two\n\n  - c\n\n  - d\nn: 1\n");
  }
}
