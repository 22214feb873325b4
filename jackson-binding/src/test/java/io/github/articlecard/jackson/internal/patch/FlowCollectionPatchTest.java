package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

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
        .isEqualTo("m: {a: 1, }\n");
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
}
