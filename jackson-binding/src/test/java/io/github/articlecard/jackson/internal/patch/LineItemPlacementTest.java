package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.BlockSequencePatchTest.reorder;
import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Items that move take their lines along, and the kept lines of a block scalar ({@code |+},
 * {@code >+}) are the item's own: a moved item holding one takes them, and no blank line is left
 * right after them, where it would join the value (neither the blank lines of a gap whose items
 * went away, nor one a spaced list would put between items).
 */
class LineItemPlacementTest {
  private static ArrayNode list(ObjectNode data) {
    return (ArrayNode) data.get("list");
  }

  private static final String KEPT_FIRST = """
      list:
        - a: |+
            x

        - b: 1

        - c: 2 # c
      after: 1
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void theItemRightAfterKeptLinesMovingAwayTakesTheBlankLinesThatWouldJoinThem(String eol) {
    String text = KEPT_FIRST.replace("\n", eol);

    assertThat(minimal(text, data -> reorder(list(data), 1, 0, 2))).isEqualTo("""
        list:
          - b: 1

          - a: |+
              x

          - c: 2 # c
        after: 1
        """.replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void itemsRemovedAfterKeptLinesLeaveNoBlankLineToJoinThem(String eol) {
    String text = """
        list:
          - |+
            x

          - b
          - c # c

          - d
        after: 1
        """.replace("\n", eol);

    assertThat(minimal(text, data -> {
      list(data).remove(1);
      list(data).remove(1);
    })).isEqualTo("list:\n  - |+\n    x\n\n  - d\nafter: 1\n".replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeptItemMovedToTheEndTakesItsLinesAndTheBlankLineAfterTheListGoes(String eol) {
    String text = "list:\n  - |+  # kept\n    x\n\n  - y\n\nafter: 1\n".replace("\n", eol);

    assertThat(minimal(text, data -> reorder(list(data), 1, 0)))
        .isEqualTo("list:\n  - y\n\n  - |+  # kept\n    x\n\nafter: 1\n".replace("\n", eol));
  }

  private static final String KEPT_LAST_SPACED = """
      list:
        - b: 1

        - c: 2

        - a: >+
            x

      after: 1
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aSpacedListWhoseKeptItemComesFirstPutsNoBlankLineAfterIt(String eol) {
    String text = KEPT_LAST_SPACED.replace("\n", eol);

    assertThat(minimal(text, data -> reorder(list(data), 2, 1, 0))).isEqualTo("""
        list:
          - a: >+
              x

          - c: 2

          - b: 1
        after: 1
        """.replace("\n", eol));
    assertThat(minimal(text, data -> reorder(list(data), 0, 2, 1))).isEqualTo("""
        list:
          - b: 1

          - a: >+
              x

          - c: 2
        after: 1
        """.replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void anItemAppendedAfterAKeptLastItemOfASpacedListGetsNoBlankLineAbove(String eol) {
    String text = KEPT_LAST_SPACED.replace("\n", eol);

    assertThat(minimal(text, data -> list(data).add("new")))
        .isEqualTo(text.replace("after: 1", "  - new" + eol + "after: 1"));
  }

  private static final String SPACED_BY_BLANK_AND_KEPT_LINES = """
      list:
        - y  # y

        - |+  # kept
          x

        - z  # z

        - q
      n: 1
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aListSpacedByBlankAndKeptLinesStaysSpacedInItsNewOrder(String eol) {
    String text = SPACED_BY_BLANK_AND_KEPT_LINES.replace("\n", eol);

    assertThat(minimal(text, data -> {
      reorder(list(data), 3, 1, 0);
      list(data).insert(2, "new");
    })).isEqualTo("""
        list:
          - q

          - |+  # kept
            x

          - new

          - y  # y
        n: 1
        """.replace("\n", eol));
    assertThat(minimal(text, data -> list(data).remove(2))).isEqualTo("""
        list:
          - y  # y

          - |+  # kept
            x

          - q
        n: 1
        """.replace("\n", eol));
  }

  private static final String KEPT_THEN_KEYS = """
      a: 1

      list:
        - |+  # kept
          x

        - y

      b: 2
      """;

  /** The same under a key, with a key after it. */
  private static final String NESTED_KEPT_THEN_KEYS = "m:\n" + nested(KEPT_THEN_KEYS) + "z: 1\n";

  /** Indents each line that is not empty by two spaces. */
  private static String nested(String text) {
    return text.replaceAll("(?m)^(?=.)", "  ");
  }

  /** The list's holder in the data: the root, or {@code m} when the text is nested. */
  private static ObjectNode holder(ObjectNode data) {
    return data.has("m") ? (ObjectNode) data.get("m") : data;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeyInsertedAfterAListThatNowEndsInKeptLinesGetsNoBlankLineAbove(String eol) {
    String after = """
        list:
          - y

          - |+  # kept
            x

        c: "new"
        b: 2
        """;
    for (String shape : List.of(KEPT_THEN_KEYS, NESTED_KEPT_THEN_KEYS)) {
      String patched = minimal(shape.replace("\n", eol), data -> {
        ObjectNode holder = holder(data);
        reorder((ArrayNode) holder.get("list"), 1, 0);
        ObjectNode copy = holder.deepCopy();
        holder.removeAll();
        copy.properties().forEach(entry -> {
          holder.set(entry.getKey(), entry.getValue());
          if (entry.getKey().equals("list")) {
            holder.put("c", "new");
          }
        });
      });

      assertThat(patched).contains(
          (shape.startsWith("m:") ? nested(after) : after).replace("\n", eol));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void removingTheKeyAfterAListThatNowEndsInKeptLinesTakesNothingTwice(String eol) {
    String after = """
        a: 1

        list:
          - y

          - |+  # kept
            x

        """;
    assertThat(minimal(KEPT_THEN_KEYS.replace("\n", eol), data -> {
      reorder((ArrayNode) data.get("list"), 1, 0);
      data.remove("b");
    })).isEqualTo(after.replace("\n", eol));
    assertThat(minimal(NESTED_KEPT_THEN_KEYS.replace("\n", eol), data -> {
      reorder((ArrayNode) holder(data).get("list"), 1, 0);
      holder(data).remove("b");
    })).isEqualTo(("m:\n" + nested(after) + "z: 1\n").replace("\n", eol));
  }

  /**
   * Every order of the items of each list in {@code kept-lines-lists/}, with one item removed or
   * not and one inserted anywhere or not, LF and CRLF: the minimal patch writes it, it reads as
   * the edit, and each comment of a kept item ({@code # i2} is item 2's) is still there, once,
   * while a removed item's are gone (or, where the new item took its slot, stay with it).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void everyRearrangementOfAListHoldingKeptLinesIsPatchedInPlace(String eol) {
    Rearrangements tried = Rearrangements.ofEach(
        Rearrangements.shapes(LineItemPlacementTest.class, "kept-lines-lists"), eol,
        Rearrangements::firstList);

    assertThat(tried.edits()).isGreaterThan(1_800);
    assertThat(tried.failures()).isEmpty();
  }
}
