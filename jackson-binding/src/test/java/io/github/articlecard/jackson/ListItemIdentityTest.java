package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.RelatedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * List items keep their identity through {@code with(value)}: a Hugo menu bound to a type that
 * models only part of each item ({@code identifier}, {@code url} and the comments are not
 * modelled). Whatever the edit (removals, swaps, reversal, sorting, moves, insertions, changes of
 * moved items), each kept item keeps its own lines, its comments and its unmodelled keys, on LF and
 * CRLF files alike; a removed item takes its own lines; a new one gets fresh lines.
 */
class ListItemIdentityTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  record MenuItem(String name, int weight) {}

  record Site(String title, Map<String, List<MenuItem>> menu) {}

  static String fixture(String name) {
    return TestFiles.resource("io/github/articlecard/jackson/list-identity/" + name);
  }

  /** Reads a fixture with the given line ending. */
  private static CardDocument read(String name, String eol) {
    return MAPPER.read(fixture(name).replace("\n", eol));
  }

  /** Checks that an edited document's text is exactly an expected fixture, with the line ending. */
  private static void assertText(CardDocument next, String expectedName, String eol) {
    String expected = fixture(expectedName).replace("\n", eol);
    assertThat(next.text()).as(() -> LineDiff.unified("expected", "actual", expected, next.text(), 3))
        .isEqualTo(expected);
  }

  /** Edits of a menu's items, by the name their expected fixtures carry. */
  private static final Map<String, UnaryOperator<List<MenuItem>>> MENU_EDITS = menuEditsByName();

  private static Map<String, UnaryOperator<List<MenuItem>>> menuEditsByName() {
    Map<String, UnaryOperator<List<MenuItem>>> edits = new LinkedHashMap<>();
    edits.put("first-removed-third-changed", items -> {
      items.remove(0);
      items.set(1, new MenuItem("About", 30));
      return items;
    });
    edits.put("middle-removed", items -> {
      items.remove(1);
      return items;
    });
    edits.put("last-removed", items -> {
      items.remove(3);
      return items;
    });
    edits.put("first-two-swapped", items -> {
      items.add(1, items.remove(0));
      return items;
    });
    edits.put("reversed", items -> {
      Collections.reverse(items);
      return items;
    });
    edits.put("sorted-by-name", items -> {
      items.sort(Comparator.comparing(MenuItem::name));
      return items;
    });
    edits.put("first-moved-to-end", items -> {
      items.add(items.remove(0));
      return items;
    });
    edits.put("inserted-at-front-and-middle", items -> {
      items.add(2, new MenuItem("News", 6));
      items.add(0, new MenuItem("Start", 5));
      return items;
    });
    edits.put("inserted-at-front-and-after-the-first", items -> {
      items.add(1, new MenuItem("News", 6));
      items.add(0, new MenuItem("Start", 5));
      return items;
    });
    edits.put("swapped-and-both-changed", items -> {
      items.set(1, new MenuItem("About", 7));
      items.set(2, new MenuItem("Blog", 8));
      return items;
    });
    return edits;
  }

  /** The named edits, each with LF and with CRLF. */
  private static Stream<Arguments> withBothLineEndings(String... names) {
    return Stream.of(names).flatMap(name -> Stream.of(Arguments.of(name, "\n"),
        Arguments.of(name, "\r\n")));
  }

  static Stream<Arguments> menuEdits() {
    return withBothLineEndings("first-removed-third-changed", "middle-removed", "last-removed",
        "first-two-swapped", "reversed", "sorted-by-name", "first-moved-to-end",
        "inserted-at-front-and-middle", "swapped-and-both-changed");
  }

  /**
   * Applies a named edit to the main menu of a fixture through {@code with(value)}, checks the
   * text against {@code <fixture>.<edit>.expected.md} and that it reads back as the edit.
   */
  private static CardDocument editMenu(String fixture, String edit, String eol) {
    CardDocument doc = read(fixture + ".md", eol);
    Site site = doc.as(Site.class);
    List<MenuItem> items = MENU_EDITS.get(edit).apply(new ArrayList<>(site.menu().get("main")));
    Site edited = new Site(site.title(), Map.of("main", items));

    CardDocument next = doc.with(edited);

    assertText(next, fixture + "." + edit + ".expected.md", eol);
    assertThat(MAPPER.read(next.text()).as(Site.class)).isEqualTo(edited);
    return next;
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("menuEdits")
  void menuItemsKeepTheirLinesCommentsAndUnmodelledKeysWhereverTheyGo(String edit, String eol) {
    editMenu("hugo-menu", edit, eol);
  }

  @Test
  void aMenuThatDoesNotBindIsRearrangedThroughTheTypeWithEachItemsKeys() {
    CardDocument doc = MAPPER.read(fixture("hugo-menu.md").replace("weight: 1", "weight: first"));
    Site repaired = new Site("My site", Map.of("main", List.of(new MenuItem("Blog", 2),
        new MenuItem("About", 3), new MenuItem("Contact", 4), new MenuItem("Home", 1))));

    CardDocument next = doc.with(repaired);

    assertText(next, "hugo-menu.first-moved-to-end.expected.md", "\n");
    assertThat(MAPPER.read(next.text()).as(Site.class)).isEqualTo(repaired);
  }

  @Test
  void tenThousandItemsReversedAndOneMovedEachKeepTheirCommentAndKeys() {
    int size = 10_000;
    StringBuilder text = new StringBuilder("---\nitems:\n");
    for (int i = 0; i < size; i++) {
      text.append("  - name: n").append(i).append("  # about n").append(i).append('\n')
          .append("    id: x").append(i).append('\n');
    }
    CardDocument doc = MAPPER.read(text.append("---\n").toString());
    ObjectNode data = doc.frontMatter();
    ArrayNode items = (ArrayNode) data.get("items");
    reverse(items);
    items.insert(0, items.remove(size / 2));

    String edited = doc.withFrontMatter(data).text();

    assertThat(MAPPER.read(edited).frontMatter()).isEqualTo(data);
    String[] lines = edited.split("\n");
    for (int j = 0; j < size; j++) {
      String name = items.get(j).get("name").asText();
      assertThat(lines[2 + 2 * j]).isEqualTo("  - name: " + name + "  # about " + name);
      assertThat(lines[3 + 2 * j]).isEqualTo("    id: x" + name.substring(1));
    }
  }

  @Test
  void fiveThousandSpacedItemsWithKeptLinesReversedKeepTheirLinesAndValues() {
    int size = 5_000;
    StringBuilder text = new StringBuilder("---\nitems:\n");
    for (int i = 0; i < size; i++) {
      text.append(i > 0 && i % 2 == 0 ? "\n" : "").append("  - name: n").append(i)
          .append("  # about n").append(i).append('\n');
      if (i % 2 == 0) {
        text.append("    note: |+\n      kept ").append(i).append("\n\n"); // the next one's space
      }
    }
    CardDocument doc = MAPPER.read(text.append("---\n").toString());
    ObjectNode data = doc.frontMatter();
    reverse((ArrayNode) data.get("items"));

    String edited = doc.withFrontMatter(data).text();

    assertThat(MAPPER.read(edited).frontMatter()).isEqualTo(data);
    for (int i = 0; i < size; i++) {
      assertThat(edited).contains("  - name: n" + i + "  # about n" + i + "\n");
    }
    assertThat(edited).doesNotContain("\n\n\n");
  }

  record Menu(List<MenuItem> menu) {}

  @Test
  void aThousandItemsSortedWithEveryWeightChangedKeepTheirIdentifiers() {
    int size = 1_000;
    StringBuilder text = new StringBuilder("---\nmenu:\n");
    for (int i = 0; i < size; i++) {
      text.append("  - name: item").append(i).append('\n').append("    weight: ").append(i % 10)
          .append('\n').append("    identifier: id").append(i).append('\n');
    }
    CardDocument doc = MAPPER.read(text.append("---\n").toString());
    List<MenuItem> items = new ArrayList<>();
    for (MenuItem item : doc.as(Menu.class).menu()) {
      items.add(new MenuItem(item.name(), item.weight() + 100));
    }
    items.sort(Comparator.comparing(MenuItem::name));

    CardDocument next = doc.with(new Menu(items));

    JsonNode menu = next.frontMatter().get("menu");
    for (int j = 0; j < size; j++) {
      assertThat(menu.get(j).path("identifier").asText())
          .isEqualTo("id" + items.get(j).name().substring("item".length()));
    }
    assertThat(MAPPER.read(next.text()).as(Menu.class)).isEqualTo(new Menu(items));
  }

  private static <T> List<T> reversed(List<T> items) {
    List<T> out = new ArrayList<>(items);
    Collections.reverse(out);
    return out;
  }

  /**
   * The card edits of {@code card.lists-rearranged}: provider images reversed; topics ML removed,
   * Robotics moved first, NLP added; images swapped and the moved one's width changed; related
   * swapped, the moved one's quality changed and the images of the other reversed.
   */
  private static ArticleCard rearranged(ArticleCard card) {
    Image a = card.images().get(0);
    RelatedArticle first = card.related().get(0);
    RelatedArticle second = card.related().get(1);
    return card.toBuilder()
        .provider(card.provider().toBuilder().images(reversed(card.provider().images())).build())
        .topics(List.of("Robotics", "AI", "NLP"))
        .images(List.of(card.images().get(1), a.toBuilder().width(640).build()))
        .related(List.of(second.toBuilder().quality(88).build(),
            first.toBuilder().images(reversed(first.images())).build()))
        .build();
  }

  /** The same edits on the generic front matter. */
  private static ObjectNode rearranged(ObjectNode data) {
    reverse((ArrayNode) data.get("provider").get("images"));
    ArrayNode topics = (ArrayNode) data.get("topics");
    topics.removeAll();
    topics.add("Robotics").add("AI").add("NLP");
    ArrayNode images = (ArrayNode) data.get("images");
    reverse(images);
    ((ObjectNode) images.get(1)).put("width", 640);
    ArrayNode related = (ArrayNode) data.get("related");
    reverse(related);
    ((ObjectNode) related.get(0)).put("quality", 88);
    reverse((ArrayNode) related.get(1).get("images"));
    return data;
  }

  private static void reverse(ArrayNode items) {
    List<JsonNode> old = new ArrayList<>();
    items.forEach(old::add);
    items.removeAll();
    reversed(old).forEach(items::add);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void cardListsRearrangedThroughWithCardKeepEachItemsExtrasAndComments(String eol) {
    CardDocument doc = read("card.md", eol);
    ArticleCard edited = rearranged(doc.card());

    CardDocument next = doc.withCard(edited);

    assertText(next, "card.lists-rearranged.expected.md", eol);
    assertThat(MAPPER.read(next.text()).card()).isEqualTo(edited);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void theSameEditsThroughWithFrontMatterGiveTheSameText(String eol) {
    CardDocument doc = read("card.md", eol);
    ObjectNode edited = rearranged(doc.frontMatter());

    CardDocument next = doc.withFrontMatter(edited);

    assertText(next, "card.lists-rearranged.expected.md", eol);
    assertThat(MAPPER.read(next.text()).frontMatter()).isEqualTo(edited);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void anEditedDocumentWrittenToAFileHasExactlyItsText(String eol, @TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("card.md");
    Files.writeString(file, fixture("card.md").replace("\n", eol), StandardCharsets.UTF_8);
    CardDocument doc = MAPPER.read(file);

    MAPPER.write(doc.withCard(rearranged(doc.card())), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(fixture("card.lists-rearranged.expected.md").replace("\n", eol));
  }

  record MenuEntry(String name, int weight) {}

  record Twins(List<MenuEntry> menu) {}

  private static final String FIRST_TWIN = """
        - name: Home
          weight: 1
          identifier: home-a  # the first twin
      """;
  private static final String SECOND_TWIN = FIRST_TWIN.replace("home-a  # the first",
      "home-b  # the second");
  private static final String BLOG = """
        - name: Blog
          weight: 2
          identifier: blog
      """;

  @Test
  void removingOneOfTwoEqualItemsTakesTheLinesOfOneAndKeepsTheOtherWhole() {
    String text = fixture("twins.md");
    CardDocument doc = MAPPER.read(text);
    List<MenuEntry> menu = new ArrayList<>(doc.as(Twins.class).menu());
    menu.remove(1);

    String edited = doc.with(new Twins(menu)).text();

    assertThat(edited).isIn(text.replace(FIRST_TWIN, ""), text.replace(SECOND_TWIN, ""));
  }

  @Test
  void equalItemsMovedPastAnotherEachKeepTheirOwnKeys() {
    String text = fixture("twins.md");
    CardDocument doc = MAPPER.read(text);
    List<MenuEntry> menu = new ArrayList<>(doc.as(Twins.class).menu());
    menu.add(0, menu.remove(2));

    String edited = doc.with(new Twins(menu)).text();

    assertThat(edited).isIn("---\nmenu:\n" + BLOG + FIRST_TWIN + SECOND_TWIN + "---\n",
        "---\nmenu:\n" + BLOG + SECOND_TWIN + FIRST_TWIN + "---\n");
  }

  record FlowPage(String title, List<String> tags, List<String> topics) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void flowSequencesKeepEachItemsQuotesAndComments(String eol) {
    CardDocument doc = read("page-flow.md", eol);
    FlowPage page = doc.as(FlowPage.class);
    FlowPage edited = new FlowPage(page.title(), reversed(page.tags()), List.of("ML", "XR", "AI"));

    CardDocument next = doc.with(edited);

    assertText(next, "page-flow.reordered.expected.md", eol);
    assertThat(MAPPER.read(next.text()).as(FlowPage.class)).isEqualTo(edited);
  }

  record Picture(String url) {}

  record Related(String title, List<Picture> images) {}

  record Relations(List<Related> related) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void nestedListsThroughATypeThatModelsLittleKeepEveryUnmodelledKey(String eol) {
    CardDocument doc = read("card.md", eol);
    List<Related> related = doc.as(Relations.class).related();
    Related first = related.get(0);
    Relations edited = new Relations(List.of(related.get(1),
        new Related(first.title(), reversed(first.images()))));

    CardDocument next = doc.with(edited);

    assertText(next, "card.related-through-own-type.expected.md", eol);
    assertThat(MAPPER.read(next.text()).as(Relations.class)).isEqualTo(edited);
  }

  static Stream<Arguments> keptLinesMenuEdits() {
    return withBothLineEndings("reversed", "first-moved-to-end", "sorted-by-name",
        "middle-removed", "inserted-at-front-and-after-the-first");
  }

  /**
   * Items holding keep-chomped scalars ({@code |+}, {@code >+}) move with their kept lines, and no
   * blank line is left right after kept lines, where it would join the value.
   */
  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("keptLinesMenuEdits")
  void menuItemsHoldingKeptLinesMoveWithThemAndNoBlankLineJoinsThem(String edit, String eol) {
    CardDocument next = editMenu("hugo-menu-kept", edit, eol);

    assertThat(MAPPER.read(next.text()).frontMatter().at("/menu/main")
        .findValuesAsText("description"))
        .containsExactlyInAnyOrder("Where it starts.\n\n", "Who we are.\n\n\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void keptLinesMoveTheSameThroughWithFrontMatter(String eol) {
    CardDocument doc = read("hugo-menu-kept.md", eol);
    ObjectNode data = doc.frontMatter();
    reverse((ArrayNode) data.at("/menu/main"));

    CardDocument next = doc.withFrontMatter(data);

    assertText(next, "hugo-menu-kept.reversed.expected.md", eol);
    assertThat(MAPPER.read(next.text()).frontMatter()).isEqualTo(data);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void flowSequencesInAFlowFrontMatterKeepEachItemsQuotesAndComments(String eol) {
    CardDocument doc = read("page-flow-root.md", eol);
    FlowPage page = doc.as(FlowPage.class);
    FlowPage edited = new FlowPage(page.title(), reversed(page.tags()), List.of("ML", "XR", "AI"));

    CardDocument next = doc.with(edited);

    assertText(next, "page-flow-root.reordered.expected.md", eol);
    assertThat(MAPPER.read(next.text()).as(FlowPage.class)).isEqualTo(edited);
    ObjectNode data = doc.frontMatter();
    reverse((ArrayNode) data.get("tags"));
    ((ArrayNode) data.get("topics")).removeAll().add("ML").add("XR").add("AI");
    assertText(doc.withFrontMatter(data), "page-flow-root.reordered.expected.md", eol);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\n", "\r\n"})
  void aFlowFrontMatterCardsListsRearrangedThroughWithCardAndWrittenToAFile(String eol,
      @TempDir Path folder) throws IOException {
    Path file = folder.resolve("card.md");
    Files.writeString(file, fixture("card-flow-root.md").replace("\n", eol), StandardCharsets.UTF_8);
    CardDocument doc = MAPPER.read(file);
    ArticleCard card = doc.card();
    ArticleCard edited = card.toBuilder().topics(List.of("Robotics", "AI", "NLP"))
        .images(List.of(card.images().get(1), card.images().get(0))).build();

    CardDocument next = doc.withCard(edited);
    MAPPER.write(next, file);

    assertText(next, "card-flow-root.lists-rearranged.expected.md", eol);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(next.text());
    assertThat(MAPPER.read(next.text()).card()).isEqualTo(edited);
  }
}
