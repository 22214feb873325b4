package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.BlockSequencePatchTest.reorder;
import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Items that move take their lines along, and the kept lines of a block scalar ({@code |+},
 * {@code >+}) are the item's own: a moved item holding one takes them, and no blank line is left
 * right after them, where it would join the value (neither the blank lines of a gap whose items
 * went away, nor one a spaced list would put between items).
 */
class LineItemPlacementTest {
  private static final Pattern TAG = Pattern.compile("#\\s*(i\\d+)");

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
  void everyRearrangementOfAListHoldingKeptLinesIsPatchedInPlace(String eol)
      throws IOException, URISyntaxException {
    List<String> failures = new ArrayList<>();
    int edits = 0;
    for (Path file : shapes()) {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\n", eol);
      ObjectNode data = Patches.parse(text).data();
      ArrayNode list = firstList(data);
      Map<String, Integer> tags = tags(text);
      for (int[] order : orders(list.size())) {
        for (int drop = -1; drop < list.size(); drop++) {
          int kept = list.size() - (drop >= 0 ? 1 : 0);
          for (int insert = -1; insert <= kept; insert++) {
            ObjectNode target = data.deepCopy();
            ArrayNode items = firstList(target);
            items.removeAll();
            for (int old : order) {
              if (old != drop) {
                items.add(list.get(old).deepCopy());
              }
            }
            if (insert >= 0) {
              items.insert(insert, "new");
            }
            edits++;
            String result = Patches.patch(text, target, Width.MINIMAL);
            Map<String, Integer> expectedTags = new TreeMap<>(tags);
            expectedTags.remove("i" + drop);
            Map<String, Integer> resultTags = result == null ? Map.of() : tags(result);
            Integer slotTags = resultTags.get("i" + drop);
            if (insert >= 0 && slotTags != null && slotTags <= tags.get("i" + drop)) {
              // the new item took the removed one's slot: a value changed where it stands
              expectedTags.put("i" + drop, slotTags);
            }
            if (result == null || !readsAs(result, target) || !resultTags.equals(expectedTags)) {
              failures.add(file.getFileName() + " order " + Arrays.toString(order)
                  + " without " + drop + " new at " + insert + ":\n" + result);
            }
          }
        }
      }
    }
    assertThat(edits).isGreaterThan(1_800);
    assertThat(failures).isEmpty();
  }

  private static List<Path> shapes() throws IOException, URISyntaxException {
    Path folder = Path.of(LineItemPlacementTest.class.getResource("kept-lines-lists").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** The first list in the data, depth first. */
  private static ArrayNode firstList(JsonNode node) {
    ArrayNode found = findList(node);
    assertThat(found).isNotNull();
    return found;
  }

  private static @Nullable ArrayNode findList(JsonNode node) {
    if (node instanceof ArrayNode array) {
      return array;
    }
    for (JsonNode child : node) {
      ArrayNode found = findList(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean readsAs(String text, JsonNode target) {
    try {
      return DataEquality.same(Patches.parse(text).data(), target);
    } catch (CardException e) {
      return false;
    }
  }

  /** How many comments each item has in a text, by tag. */
  private static Map<String, Integer> tags(String text) {
    Map<String, Integer> tags = new TreeMap<>();
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      tags.merge(matcher.group(1), 1, Integer::sum);
    }
    return tags;
  }

  /** Every order of {@code size} items, as the old index of each new item. */
  private static List<int[]> orders(int size) {
    List<int[]> orders = new ArrayList<>();
    permute(new int[size], new boolean[size], 0, orders);
    return orders;
  }

  private static void permute(int[] order, boolean[] used, int at, List<int[]> out) {
    if (at == order.length) {
      out.add(order.clone());
      return;
    }
    for (int i = 0; i < order.length; i++) {
      if (!used[i]) {
        used[i] = true;
        order[at] = i;
        permute(order, used, at + 1, out);
        used[i] = false;
      }
    }
  }
}
