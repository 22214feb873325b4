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
}
