package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists of lists written compactly ({@code - - v: a}, {@code - - - a}), whose first item stands on
 * its parent's dash line, are rearranged through {@code withFrontMatter} and through
 * {@code with(value)} of a user's own type ({@code List<List<Row>>}) with the minimal patch: each
 * inner item keeps its lines, its comments and its unmodelled keys wherever it goes, a removed one
 * takes only its own, and the other rows are not touched; two and three levels, mappings, scalars
 * and block scalars, LF and CRLF.
 */
class CompactNestedListsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final Optional<EditWidth> MINIMAL = Optional.of(EditWidth.MINIMAL);

  /** An item of a row; its {@code x} is not modelled. */
  record Row(String v) {}

  record Page(String title, List<List<Row>> rows, List<List<List<Row>>> grid) {}

  /** Rearrangements of one list. */
  enum ListEdit {
    REVERSED, FIRST_MOVED_TO_THE_END, LAST_MOVED_TO_THE_FRONT, SECOND_MOVED_TO_THE_FRONT,
    INSERTED_AT_THE_FRONT, FIRST_REMOVED;

    /** The list rearranged; a new item comes from {@code fresh}. */
    <T> List<T> apply(List<T> items, Supplier<T> fresh) {
      List<T> edited = new ArrayList<>(items);
      switch (this) {
        case REVERSED -> Collections.reverse(edited);
        case FIRST_MOVED_TO_THE_END -> edited.add(edited.remove(0));
        case LAST_MOVED_TO_THE_FRONT -> edited.add(0, edited.remove(edited.size() - 1));
        case SECOND_MOVED_TO_THE_FRONT -> edited.add(0, edited.remove(1));
        case INSERTED_AT_THE_FRONT -> edited.add(0, fresh.get());
        case FIRST_REMOVED -> edited.remove(0);
      }
      return edited;
    }
  }

  private static CardDocument read(String name, String eol) {
    return MAPPER.read(TestFiles.resource("io/github/articlecard/jackson/compact-lists/" + name)
        .replace("\n", eol));
  }

  /** Each list of each fixture (by JSON pointer) with each edit, LF and CRLF. */
  static Stream<Arguments> listsAndEdits() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] list : new String[][] {{"rows.md", "/rows/0"}, {"rows.md", "/grid/0"},
        {"rows.md", "/grid/0/0"}, {"scalars.md", "/rows/0"}, {"scalars.md", "/grid/0"},
        {"scalars.md", "/grid/0/0"}}) {
      for (ListEdit edit : ListEdit.values()) {
        for (String eol : List.of("\n", "\r\n")) {
          cases.add(Arguments.of(list[0], list[1], edit, eol));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} ({3})")
  @MethodSource("listsAndEdits")
  void withFrontMatterRearrangesAnInnerListInItsOwnLines(String fixture, String pointer,
      ListEdit edit, String eol) {
    CardDocument doc = read(fixture, eol);
    ObjectNode data = doc.frontMatter();
    ArrayNode list = (ArrayNode) data.at(pointer);
    List<JsonNode> before = new ArrayList<>();
    list.forEach(before::add);
    List<JsonNode> after = edit.apply(before, () -> JsonNodeFactory.instance.textNode("new"));
    list.removeAll().addAll(after);

    CardDocument next = doc.withFrontMatter(data);

    assertThat(next.editWidth()).as(next.text()).isEqualTo(MINIMAL);
    assertThat(next.frontMatter()).isEqualTo(data);
    assertKeepsTheCommentsOfWhatStayed(doc, next, removed(before, after));
  }

  /** Each list of the mapping fixture edited through the user's own type, LF and CRLF. */
  static Stream<Arguments> typedListsAndEdits() {
    return listsAndEdits().filter(arguments -> arguments.get()[0].equals("rows.md"));
  }

  @ParameterizedTest(name = "{1} {2} ({3})")
  @MethodSource("typedListsAndEdits")
  void withOfTheUsersOwnTypeKeepsEachItemsUnmodelledKeysAndComments(String fixture,
      String pointer, ListEdit edit, String eol) {
    CardDocument doc = read(fixture, eol);
    Page page = doc.as(Page.class);
    List<List<Row>> rows = new ArrayList<>(page.rows());
    List<List<List<Row>>> grid = new ArrayList<>(page.grid());
    Supplier<Row> fresh = () -> new Row("new");
    switch (pointer) {
      case "/rows/0" -> rows.set(0, edit.apply(rows.get(0), fresh));
      case "/grid/0" -> grid.set(0, edit.apply(grid.get(0), () -> List.of(fresh.get())));
      default -> {
        List<List<Row>> first = new ArrayList<>(grid.get(0));
        first.set(0, edit.apply(first.get(0), fresh));
        grid.set(0, first);
      }
    }
    ObjectNode expected = doc.frontMatter(); // the same edit, each kept item with its x
    ArrayNode list = (ArrayNode) expected.at(pointer);
    List<JsonNode> before = new ArrayList<>();
    list.forEach(before::add);
    ObjectNode newRow = JsonNodeFactory.instance.objectNode().put("v", "new");
    List<JsonNode> after = edit.apply(before,
        () -> pointer.equals("/grid/0") ? JsonNodeFactory.instance.arrayNode().add(newRow) : newRow);
    list.removeAll().addAll(after);

    CardDocument next = doc.with(new Page(page.title(), rows, grid));

    assertThat(next.editWidth()).as(next.text()).isEqualTo(MINIMAL);
    assertThat(next.frontMatter()).isEqualTo(expected);
    assertKeepsTheCommentsOfWhatStayed(doc, next, removed(before, after));
  }

  /** The items of {@code before} that are not in {@code after}. */
  private static List<JsonNode> removed(List<JsonNode> before, List<JsonNode> after) {
    List<JsonNode> gone = new ArrayList<>(before);
    gone.removeAll(after);
    return gone;
  }

  /**
   * Checks that every comment is still there, but those of removed items: a comment's last word
   * names the item it belongs to ({@code # x of a}, {@code # above b}).
   */
  private static void assertKeepsTheCommentsOfWhatStayed(CardDocument doc, CardDocument next,
      List<JsonNode> removed) {
    List<String> names = new ArrayList<>();
    removed.forEach(item -> collectNames(item, names));
    List<String> expected = doc.comments().stream().map(CardComment::text)
        .filter(text -> !names.contains(text.substring(text.lastIndexOf(' ') + 1)))
        .toList();
    assertThat(next.comments().stream().map(CardComment::text).toList()).as(next.text())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void collectNames(JsonNode node, List<String> names) {
    if (node.isTextual()) {
      names.add(node.asText().strip());
    }
    node.forEach(child -> collectNames(child, names));
  }
}
