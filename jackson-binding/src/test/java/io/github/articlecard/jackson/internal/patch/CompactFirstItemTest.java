package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.BlockSequencePatchTest.reorder;
import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A compact nested list ({@code - - a}), whose first item stands on its parent's line, keeps its
 * items' identity: whatever comes first is written after the parent's dash, the old first item
 * takes its lines, comments and changes to lines of its own, and an item with comment lines above
 * it that comes first splits the parent's line rather than lose them.
 */
class CompactFirstItemTest {
  private static final Pattern REARRANGED = Pattern.compile("rearranges (\\S+)");

  private static final String ROWS = """
      rows:
        - - v: a
            x: 1 # xa
          - v: b
            x: 2
        - - v: c # c
            x: 3
      """;

  private static ArrayNode row(ObjectNode data, int index) {
    return (ArrayNode) data.get("rows").get(index);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void reversingTheFirstRowJoinsTheNewFirstItemToTheParentsDash(String eol) {
    assertThat(minimal(ROWS.replace("\n", eol), data -> reorder(row(data, 0), 1, 0))).isEqualTo("""
        rows:
          - - v: b
              x: 2
            - v: a
              x: 1 # xa
          - - v: c # c
              x: 3
        """.replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void anItemInsertedFirstTakesTheParentsLineAndTheOldFirstGetsLinesOfItsOwn(String eol) {
    assertThat(minimal(ROWS.replace("\n", eol),
        data -> row(data, 0).insertObject(0).put("v", "n").put("x", 0))).isEqualTo("""
        rows:
          - - v: n
              x: 0
            - v: a
              x: 1 # xa
            - v: b
              x: 2
          - - v: c # c
              x: 3
        """.replace("\n", eol));
  }

  private static final String SCALARS = """
      rows:
        - - a # a
          - b
          - c
        - - d # d
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void removingTheFirstItemLetsTheNextFollowTheParentsDash(String eol) {
    assertThat(minimal(SCALARS.replace("\n", eol), data -> row(data, 0).remove(0)))
        .isEqualTo("rows:\n  - - b\n    - c\n  - - d # d\n".replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void theFirstItemMovedDownTakesItsCommentToItsOwnLine(String eol) {
    assertThat(minimal(SCALARS.replace("\n", eol), data -> reorder(row(data, 0), 1, 2, 0)))
        .isEqualTo("rows:\n  - - b\n    - c\n    - a # a\n  - - d # d\n".replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void anItemWithCommentLinesAboveThatComesFirstKeepsThemUnderTheParentsDash(String eol) {
    String text = """
        rows:
          - - a # a
            # above b
            - b
        """;

    assertThat(minimal(text.replace("\n", eol), data -> reorder(row(data, 0), 1, 0))).isEqualTo("""
        rows:
          -
            # above b
            - b
            - a # a
        """.replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void theInnermostOfThreeCompactLevelsIsRearrangedInItsOwnLines(String eol) {
    String text = "rows:\n- - - a # a\n    - b\n  - - c\n".replace("\n", eol);

    assertThat(minimal(text, data -> reorder((ArrayNode) row(data, 0).get(0), 1, 0)))
        .isEqualTo("rows:\n- - - b\n    - a # a\n  - - c\n".replace("\n", eol));
    assertThat(minimal(text, data -> reorder(row(data, 0), 1, 0)))
        .isEqualTo("rows:\n- - - c\n  - - a # a\n    - b\n".replace("\n", eol));
  }

  /**
   * Every order of the items of the list each shape in {@code compact-lists/} names
   * ({@code rearranges /rows/0}), with one item removed or not and one inserted anywhere or not,
   * LF and CRLF: the minimal patch writes it, keeping each item's comments and the lines outside
   * the list ({@link Rearrangements}).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void everyRearrangementOfACompactNestedListIsPatchedInPlace(String eol) {
    List<Path> shapes = Rearrangements.shapes(CompactFirstItemTest.class, "compact-lists");
    int edits = 0;
    for (Path shape : shapes) {
      Matcher rearranged = REARRANGED.matcher(Rearrangements.read(shape, "\n"));
      assertThat(rearranged.find()).as(shape + " names its list").isTrue();
      String pointer = rearranged.group(1);

      Rearrangements tried = Rearrangements.ofEach(List.of(shape), eol,
          (JsonNode data) -> (ArrayNode) data.at(pointer));

      assertThat(tried.failures()).as(shape.getFileName().toString()).isEmpty();
      edits += tried.edits();
    }
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(12);
    assertThat(edits).isGreaterThan(1_200);
  }
}
