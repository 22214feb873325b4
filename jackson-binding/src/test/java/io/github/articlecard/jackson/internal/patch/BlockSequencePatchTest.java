package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

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
}
