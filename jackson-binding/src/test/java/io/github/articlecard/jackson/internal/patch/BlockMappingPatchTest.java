package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static io.github.articlecard.jackson.internal.patch.Patches.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class BlockMappingPatchTest {
  private static final String TEXT = """
      # about a
      a: 1

      # about b
      b:
        x: "one"
        # inner
        y: 2
          # deeper, belongs to y
      c: 3
      """;

  @Test
  void aChangedValueChangesOnlyItsOwnText() {
    assertThat(minimal(TEXT, data -> data.put("c", 4))).isEqualTo(TEXT.replace("c: 3", "c: 4"));
  }

  @Test
  void aRemovedEntryTakesItsCommentsAndTheBlankLineBeforeItWhenOneFollowsOrNothingDoes() {
    assertThat(minimal(TEXT, data -> data.remove("b")))
        .isEqualTo("# about a\na: 1\n\nc: 3\n");
    assertThat(minimal("a: 1\n\n# about b\nb: 2\n\nc: 3\n", data -> data.remove("b")))
        .isEqualTo("a: 1\n\nc: 3\n");
    assertThat(minimal("a: 1\n\nb: 2\n", data -> data.remove("b"))).isEqualTo("a: 1\n");
  }

  @Test
  void aRemovedNestedEntryTakesItsOwnCommentsAndTheDeeperOnesBelow() {
    assertThat(minimal(TEXT, data -> ((ObjectNode) data.get("b")).remove("y")))
        .isEqualTo(TEXT.replace("  # inner\n  y: 2\n    # deeper, belongs to y\n", ""));
  }

  @Test
  void aNewKeyGoesAfterTheKeptEntryBeforeItWithTheSiblingsIndentAndTheDocumentsQuotes() {
    String edited = minimal(TEXT, data -> ((ObjectNode) data.get("b")).put("z", "three"));

    // y, before it, is no string: the quotes are those of the document's strings
    assertThat(edited).isEqualTo(TEXT.replace("# deeper, belongs to y\n",
        "# deeper, belongs to y\n  z: \"three\"\n"));
    assertThat(minimal("a: 'x'\nb: 1\n", data -> data.put("c", "y"))).isEqualTo("a: 'x'\nb: 1\nc: 'y'\n");
    assertThat(minimal("a: x\nb: \"q\"\n", data -> data.put("c", "y"))).isEqualTo("a: x\nb: \"q\"\nc: \"y\"\n");
  }

  @Test
  void aNewFirstKeyGoesBeforeTheFirstKeptOne() {
    ObjectNode edited = Patches.json("{\"new\": true, \"a\": 1}");

    assertThat(Patches.patch("a: 1\n", edited, Width.MINIMAL)).isEqualTo("new: true\na: 1\n");
  }

  @Test
  void aMappingThatKeepsNoKeyIsRenderedWholeUpToItsLastValue() {
    String edited = minimal(TEXT, data -> data.set("b", value("{\"w\": 5}")));

    assertThat(edited).isEqualTo(TEXT.replace("  x: \"one\"\n  # inner\n  y: 2\n", "  w: 5\n"));
  }

  @Test
  void theEntryWidthRendersAChangedTopLevelEntryWhole() {
    ObjectNode target = Patches.parse(TEXT).data().deepCopy();
    ((ObjectNode) target.get("b")).put("y", 3);

    assertThat(Patches.patch(TEXT, target, Width.ENTRY)).isEqualTo(
        "# about a\na: 1\n\n# about b\nb:\n  x: \"one\"\n  y: 3\n    # deeper, belongs to y\nc: 3\n");
  }

  @Test
  void anExplicitKeyIsRemovedWithItsLinesAndANewFirstKeyGoesBeforeItsQuestionMark() {
    String text = "? t\n: 1 # one\nn: 2\n";

    assertThat(minimal(text, data -> data.remove("t"))).isEqualTo("n: 2\n");
    assertThat(Patches.patch(text, Patches.json("{\"a\": 0, \"t\": 1, \"n\": 2}"), Width.MINIMAL))
        .isEqualTo("a: 0\n? t\n: 1 # one\nn: 2\n");
    assertThat(minimal(text, data -> data.set("t", value("[1, 2]"))))
        .isEqualTo("? t\n:\n  - 1\n  - 2 # one\nn: 2\n");
  }

  @Test
  void removingTheFirstKeyOfAListItemKeepsTheCommentsAboveTheNextKey() {
    String text = "l:\n- a: 3\n  # about b\n  b: 4\n";

    assertThat(minimal(text, data -> ((ObjectNode) data.get("l").get(0)).remove("a")))
        .isEqualTo("l:\n-\n  # about b\n  b: 4\n");
  }

  @Test
  void aMappingThatLosesEveryKeyBecomesEmptyAndKeepsTheCommentsThatAreNoKeys() {
    String text = "m:\n  # a note\n\n  a: 1\nn: 2\n";

    assertThat(minimal(text, data -> ((ObjectNode) data.get("m")).remove("a")))
        .isEqualTo("m: {}\n  # a note\nn: 2\n");
  }

  @Test
  void removingEveryTopLevelKeyKeepsTheHeaderAndFooter() {
    assertThat(minimal("# header\n\na: 1\nb: 2\n# footer\n", ObjectNode::removeAll))
        .isEqualTo("# header\n\n# footer\n");
  }
}
