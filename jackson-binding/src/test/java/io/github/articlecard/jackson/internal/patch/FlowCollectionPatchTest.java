package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowCollectionPatchTest {
  @Test
  void aValueInAFlowMappingChangesWhereItStands() {
    assertThat(minimal("m: {a: 1, b: 'x'}  # c\n", data -> ((ObjectNode) data.get("m")).put("a", 2)))
        .isEqualTo("m: {a: 2, b: 'x'}  # c\n");
  }

  @Test
  void newKeysAreAppendedWithTheCollectionsQuotes() {
    assertThat(minimal("m: {a: 'x'}\n", data -> ((ObjectNode) data.get("m")).put("b", "y")))
        .isEqualTo("m: {a: 'x', b: 'y'}\n");
  }

  @Test
  void aKeyRemovedFromAFlowMappingTakesItsTextAndCommaButLeavesTheLines() {
    assertThat(minimal("m: {a: 1,\n    b: 2}\n", data -> ((ObjectNode) data.get("m")).remove("a")))
        .isEqualTo("m: {\n    b: 2}\n");
    assertThat(minimal("m: {a: 1, b: 2, c: 3}\n", data -> ((ObjectNode) data.get("m")).remove("b")))
        .isEqualTo("m: {a: 1, c: 3}\n");
  }

  @Test
  void itemsAreAppendedToAFlowSequenceOnItsLine() {
    assertThat(minimal("t: [\"go\", \"hugo\"]\n", data -> ((ArrayNode) data.get("t")).add("web")))
        .isEqualTo("t: [\"go\", \"hugo\", \"web\"]\n");
  }

  @Test
  void aChangedItemOfAFlowSequenceIsPatchedInPlace() {
    assertThat(minimal("t: [1, [2, 3], 4]\n",
        data -> ((ArrayNode) ((ArrayNode) data.get("t")).get(1)).set(0, 9)))
        .isEqualTo("t: [1, [9, 3], 4]\n");
  }

  private static final String TOPICS = """
      topics: [
        # the field
        AI,  # artificial intelligence
        ML,  # machine learning
        DL   # deep learning
      ]
      n: 1
      """;

  private static ArrayNode topics(ObjectNode data) {
    return (ArrayNode) data.get("topics");
  }

  private static void set(ObjectNode data, String... topics) {
    setList(data, "topics", topics);
  }

  private static void setList(ObjectNode data, String key, String... values) {
    ArrayNode items = (ArrayNode) data.get(key);
    items.removeAll();
    for (String value : values) {
      items.add(value);
    }
  }

  @Test
  void removingAnItemOfAOneLineFlowSequenceKeepsTheOthersText() {
    assertThat(minimal("t: [a, 'b', \"c\"]\n", data -> ((ArrayNode) data.get("t")).remove(1)))
        .isEqualTo("t: [a, \"c\"]\n");
  }

  @Test
  void swappedItemsOfAOneLineFlowSequenceKeepTheirOwnQuotes() {
    assertThat(minimal("t: [a, 'b', c]  # tags\n", data -> {
      ArrayNode t = (ArrayNode) data.get("t");
      t.insert(0, t.remove(1));
    })).isEqualTo("t: ['b', a, c]  # tags\n");
  }

  @Test
  void anItemInsertedAtTheFrontOfAOneLineFlowSequenceTakesItsQuotes() {
    assertThat(minimal("t: ['a', 'b']\n", data -> ((ArrayNode) data.get("t")).insert(0, "z")))
        .isEqualTo("t: ['z', 'a', 'b']\n");
  }

  @Test
  void aRemovedItemOfAFlowSequenceWrittenOneALineTakesItsLineAndComment() {
    assertThat(minimal(TOPICS, data -> topics(data).remove(1)))
        .isEqualTo(TOPICS.replace("  ML,  # machine learning\n", ""));
  }

  @Test
  void theFirstItemTakesTheCommentLineAboveIt() {
    assertThat(minimal(TOPICS, data -> topics(data).remove(0)))
        .isEqualTo(TOPICS.replace("  # the field\n  AI,  # artificial intelligence\n", ""));
  }

  @Test
  void removingTheLastItemTakesTheCommaOffTheNewLast() {
    assertThat(minimal(TOPICS, data -> topics(data).remove(2)))
        .isEqualTo(TOPICS.replace("  DL   # deep learning\n", "")
            .replace("ML,  # machine", "ML  # machine"));
  }

  @Test
  void movedItemsTakeTheirCommentsAndCommasFollowTheNewOrder() {
    assertThat(minimal(TOPICS, data -> set(data, "DL", "ML", "AI"))).isEqualTo("""
        topics: [
          DL,   # deep learning
          ML,  # machine learning
          # the field
          AI  # artificial intelligence
        ]
        n: 1
        """);
  }

  @Test
  void newItemsGetLinesOfTheirOwn() {
    assertThat(minimal(TOPICS, data -> set(data, "ML", "XR", "DL", "VR"))).isEqualTo("""
        topics: [
          ML,  # machine learning
          XR,
          DL,   # deep learning
          VR
        ]
        n: 1
        """);
  }

  @Test
  void aValueChangedInItsPlaceKeepsItsCommentsAndAnAppendedOneGetsALine() {
    assertThat(minimal(TOPICS, data -> set(data, "XR", "ML", "DL", "VR")))
        .isEqualTo(TOPICS.replace("AI,", "XR,").replace("DL   #", "DL,   #")
            .replace("learning\n]", "learning\n  VR\n]"));
  }

  @Test
  void aTrailingCommaStaysTheSequencesStyle() {
    String text = "t: [\n  a,  # one\n  b,  # two\n]\n";

    assertThat(minimal(text, data -> {
      ArrayNode t = (ArrayNode) data.get("t");
      t.add(t.remove(0));
      t.add("c");
    })).isEqualTo("t: [\n  b,  # two\n  a,  # one\n  c,\n]\n");
  }

  @Test
  void crlfFlowLinesMoveWithTheirLineEndings() {
    String text = TOPICS.replace("\n", "\r\n");

    assertThat(minimal(text, data -> set(data, "ML", "AI"))).isEqualTo("topics: [\r\n"
        + "  ML,  # machine learning\r\n  # the field\r\n  AI  # artificial intelligence\r\n"
        + "]\r\nn: 1\r\n");
  }

  @Test
  void aFlowSequenceWithCommentsButNotOneItemALineIsWrittenAgain() {
    assertThat(minimal("t: [a,  # one\n  b, c]\n", data -> ((ArrayNode) data.get("t")).remove(0)))
        .isEqualTo("t: [b, c]\n");
  }

  @Test
  void itemsOfAFlowSequenceSeparatedByBlankLinesStaySeparated() {
    String text = "l: [\n  a,  # one\n\n  b,\n\n  c\n]\n";

    assertThat(minimal(text, data -> setList(data, "l", "c", "b", "a")))
        .isEqualTo("l: [\n  c,\n\n  b,\n\n  a  # one\n]\n");
  }

  @Test
  void aFlowFrontMatterIsPatchedInPlaceNotWrittenAnew() {
    String text = "{title: \"T\", # c1\n quality: 5,\n tags: [a, b]} # c2\n";

    assertThat(minimal(text, data -> data.put("quality", 6)))
        .isEqualTo(text.replace("quality: 5", "quality: 6"));
    assertThat(minimal(text, data -> data.remove("quality")))
        .isEqualTo("{title: \"T\", # c1\n tags: [a, b]} # c2\n");
    assertThat(minimal(text, data -> data.put("heat", 1)))
        .isEqualTo("{title: \"T\", # c1\n quality: 5,\n tags: [a, b], heat: 1} # c2\n");
  }

  @Test
  void newKeysGoAfterTheKeptKeyBeforeThemInTheTarget() {
    ObjectNode target = Patches.json("{\"a\": 1, \"x\": 0, \"b\": 2}");

    assertThat(Patches.patch("m: {a: 1, b: 2}\n", Patches.json("{\"m\": " + target + "}"),
        Width.MINIMAL)).isEqualTo("m: {a: 1, x: 0, b: 2}\n");
    assertThat(Patches.patch("{\n  a: 1,\n  b: 2\n}\n", target, Width.MINIMAL))
        .isEqualTo("{\n  a: 1,\n  x: 0,\n  b: 2\n}\n");
    assertThat(Patches.patch("{\n  b: 2\n}\n", Patches.json("{\"x\": 0, \"b\": 2}"), Width.MINIMAL))
        .isEqualTo("{\n  x: 0,\n  b: 2\n}\n");
  }

  @Test
  void keysRemovedAtTheEndOfAOneLineMappingTakeTheCommaBeforeThem() {
    assertThat(minimal("m: {a: 1, b: 2, c: 3}  # m\n", data -> {
      ((ObjectNode) data.get("m")).remove("b");
      ((ObjectNode) data.get("m")).remove("c");
    })).isEqualTo("m: {a: 1}  # m\n");
    assertThat(minimal("m: {a: 1, b: 2,}\n", data -> ((ObjectNode) data.get("m")).remove("b")))
        .isEqualTo("m: {a: 1,}\n");
  }

  @Test
  void aKeyInsertedAfterTheLastKeptOneGoesBeforeTheRemovedTail() {
    assertThat(minimal("m: {a: 1, b: 2, c: 3}\n", data -> {
      ObjectNode m = (ObjectNode) data.get("m");
      m.remove("c");
      m.put("x", 0);
    })).isEqualTo("m: {a: 1, b: 2, x: 0}\n");
  }

  @Test
  void aKeyWithoutAValueGetsItsColonAndValue() {
    assertThat(minimal("{a, b: 1} # c\n", data -> data.put("a", "x")))
        .isEqualTo("{a: x, b: 1} # c\n");
  }

  @Test
  void aSinglePairInAFlowSequenceIsNoMappingToPatch() {
    assertThat(minimal("l: [a: 1, b]\n",
        data -> ((ObjectNode) ((ArrayNode) data.get("l")).get(0)).put("c", 2)))
        .isEqualTo("l: [{a: 1, c: 2}, b]\n");
  }

  private static final String FLOW_ROOT = """
      {title: "T", # c1
       topics: [
         # the field
         AI,  # artificial intelligence
         ML,  # machine learning
         DL   # deep learning
       ],
       tags: [go, 'hugo', "web"],
       quality: 5} # c2
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aFlowSequenceInAMultiLineFlowFrontMatterMovesItsItemsWithTheirComments(String eol) {
    String text = FLOW_ROOT.replace("\n", eol);

    assertThat(minimal(text, data -> set(data, "DL", "ML", "AI"))).isEqualTo("""
        {title: "T", # c1
         topics: [
           DL,   # deep learning
           ML,  # machine learning
           # the field
           AI  # artificial intelligence
         ],
         tags: [go, 'hugo', "web"],
         quality: 5} # c2
        """.replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aFlowSequenceInAFlowFrontMatterLosesAndGainsItemsWithTheirLines(String eol) {
    String text = FLOW_ROOT.replace("\n", eol);

    assertThat(minimal(text, data -> set(data, "ML", "XR", "DL"))).isEqualTo("""
        {title: "T", # c1
         topics: [
           ML,  # machine learning
           XR,
           DL   # deep learning
         ],
         tags: [go, 'hugo', "web"],
         quality: 5} # c2
        """.replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aOneLineFlowSequenceInAFlowFrontMatterKeepsEachItemsQuotesBesideAnEditedKey(String eol) {
    String text = FLOW_ROOT.replace("\n", eol);

    assertThat(minimal(text, data -> {
      setList(data, "tags", "web", "go", "hugo");
      data.remove("title");
      data.put("quality", 6);
    })).isEqualTo("""
        {
         topics: [
           # the field
           AI,  # artificial intelligence
           ML,  # machine learning
           DL   # deep learning
         ],
         tags: ["web", go, 'hugo'],
         quality: 6} # c2
        """.replace("\n", eol));
  }

  private static final String FLOW_ROOT_TAGGED = """
      {title: "T", # @title
       topics: [
         # @t0 above
         AI,  # @t0
         ML,  # @t1
         DL   # @t2
       ],
       tags: [go, 'hugo', "web"],  # @tags
       quality: 5} # @
      """;

  /**
   * Every order of the topics of a multi-line flow front matter, with one removed or not and one
   * inserted or not, beside each edit of another key (none, a removal, a change, a new key), LF
   * and CRLF: the minimal patch writes it, it reads as the edit, and every comment stays but those
   * of a removed topic or key ({@code # @t1} is topic 1's, {@code # @} no key's).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void everyRearrangementOfTopicsInAFlowFrontMatterBesideAnyKeyEditIsPatchedInPlace(String eol) {
    String text = FLOW_ROOT_TAGGED.replace("\n", eol);
    List<String> topics = List.of("AI", "ML", "DL");
    Map<String, Consumer<ObjectNode>> keyEdits = new LinkedHashMap<>();
    keyEdits.put("", data -> { });
    keyEdits.put("title", data -> data.remove("title"));
    keyEdits.put("tags", data -> data.remove("tags"));
    keyEdits.put("quality", data -> data.put("quality", 6));
    keyEdits.put("heat", data -> data.put("heat", 1));
    List<String> failures = new ArrayList<>();
    for (int[] order : List.of(new int[] {0, 1, 2}, new int[] {0, 2, 1}, new int[] {1, 0, 2},
        new int[] {1, 2, 0}, new int[] {2, 0, 1}, new int[] {2, 1, 0})) {
      for (int drop = -1; drop < 3; drop++) {
        for (int insert = -1; insert < 3; insert++) {
          for (Map.Entry<String, Consumer<ObjectNode>> keyEdit : keyEdits.entrySet()) {
            List<String> values = new ArrayList<>();
            for (int old : order) {
              if (old != drop) {
                values.add(topics.get(old));
              }
            }
            if (insert >= 0) {
              values.add(Math.min(insert, values.size()), "XR");
            }
            ObjectNode target = Patches.parse(text).data().deepCopy();
            setList(target, "topics", values.toArray(String[]::new));
            keyEdit.getValue().accept(target);

            String result = Patches.patch(text, target, Width.MINIMAL);

            Set<String> gone = new HashSet<>(List.of("t" + drop, keyEdit.getKey()));
            if (result == null || !DataEquality.same(Patches.parse(result).data(), target)
                || !commentsBut(text, gone).equals(commentsBut(result, gone))) {
              failures.add(Arrays.toString(order) + " without " + drop + " new at " + insert
                  + ", " + keyEdit.getKey() + ":\n" + result);
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The owners of a text's comments ({@code # @owner}), counted, but for those that may go. */
  private static Map<String, Integer> commentsBut(String text, Set<String> gone) {
    Map<String, Integer> owners = new TreeMap<>();
    Matcher matcher = Pattern.compile("# @(\\S*)").matcher(text);
    while (matcher.find()) {
      if (!gone.contains(matcher.group(1))) {
        owners.merge(matcher.group(1), 1, Integer::sum);
      }
    }
    return owners;
  }
}
