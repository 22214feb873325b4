package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.RelatedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * List items holding anchors and aliases move as any other item: where an alias comes to stand
 * before its anchored node, the edit stays minimal and every comment stays with its item. One alias
 * before its anchor is written out as its value; of two or more, the first takes the anchor with
 * the value and the anchored node keeps its text without the anchor. Through every entry point,
 * LF and CRLF.
 */
class AnchoredItemMovesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final Pattern COMMENT = Pattern.compile("#[^\r\n]*");

  private static final List<String> FIXTURES = List.of("people.md", "tags-in-items.md",
      "meta-in-items.md", "anchored-block-item.md", "anchored-list-item.md", "nested-members.md",
      "nested-both.md", "reused-names.md", "flow-list.md", "flow-lines.md", "flow-root.md",
      "flow-items.md", "scalar-topics.md", "spaced.md", "block-list-value.md",
      "card-related.md");

  private static String fixture(String name) {
    return TestFiles.resource("io/github/articlecard/jackson/anchored-moves/" + name);
  }

  private static CardDocument read(String name, String eol) {
    return MAPPER.read(fixture(name).replace("\n", eol));
  }

  static Stream<Arguments> fixturesAndLineEndings() {
    return FIXTURES.stream().flatMap(name -> Stream.of(Arguments.of(name, "LF"),
        Arguments.of(name, "CRLF")));
  }

  private static String eol(String lineEnding) {
    return lineEnding.equals("LF") ? "\n" : "\r\n";
  }

  /**
   * Every order of every list (up to four items), each also with its new first or last item
   * changed, and a new item inserted at the front: a minimal edit that keeps every comment.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("fixturesAndLineEndings")
  void everyOrderOfAListWithAnchoredItemsIsMinimalAndKeepsEveryComment(String name,
      String lineEnding) {
    CardDocument doc = read(name, eol(lineEnding));
    SoftAssertions softly = new SoftAssertions();
    int edits = 0;
    for (List<Object> path : lists(doc.frontMatter())) {
      int size = ((ArrayNode) at(doc.frontMatter(), path)).size();
      for (int[] order : orders(size)) {
        ObjectNode target = reordered(doc.frontMatter(), path, order);
        edits += check(softly, doc, target, path + " in order " + Arrays.toString(order));
        for (int changed : new int[] {0, size - 1}) {
          ObjectNode changedToo = target.deepCopy();
          JsonNode item = ((ArrayNode) at(changedToo, path)).get(changed);
          if (item.isObject()) {
            ((ObjectNode) item).put("extra", 1);
            edits += check(softly, doc, changedToo, path + " in order "
                + Arrays.toString(order) + ", item " + changed + " changed");
          }
        }
      }
      ObjectNode inserted = doc.frontMatter();
      ArrayNode list = (ArrayNode) at(inserted, path);
      list.insert(0, list.get(0).isObject()
          ? inserted.objectNode().put("name", "new") : inserted.textNode("new"));
      edits += check(softly, doc, inserted, path + " with an item inserted at the front");
    }
    assertThat(edits).as("edits made").isGreaterThan(0);
    softly.assertAll();
  }

  /** Checks one edit; returns 1 when the data changed (an edit was made), else 0. */
  private static int check(SoftAssertions softly, CardDocument doc, ObjectNode target,
      String what) {
    if (target.equals(doc.frontMatter())) {
      return 0;
    }
    CardDocument next = doc.withFrontMatter(target);
    softly.assertThat(next.editWidth()).as(what + ": width\n" + next.text())
        .contains(EditWidth.MINIMAL);
    softly.assertThat(MAPPER.read(next.text()).frontMatter()).as(what + ": data").isEqualTo(target);
    softly.assertThat(comments(next.text())).as(what + ": comments\n" + next.text())
        .containsExactlyInAnyOrderElementsOf(comments(doc.text()));
    if (!target.has("extra")) {
      softly.assertThat(next.text().contains("\r\n"))
          .as(what + ": line endings").isEqualTo(doc.text().contains("\r\n"));
    }
    return 1;
  }

  static Stream<Arguments> rearrangements() {
    List<Arguments> cases = List.of(
        Arguments.of("an item moved to the end leaves the anchor with the first occurrence",
            "people.md", List.of("people"), new int[] {1, 2, 0}, "people.rotated"),
        Arguments.of("one alias before its anchor is written out as its value",
            "tags-in-items.md", List.of("people"), new int[] {2, 0, 1},
            "tags-in-items.last-to-front"),
        Arguments.of("of two aliases before their anchor the first takes the anchor",
            "tags-in-items.md", List.of("people"), new int[] {2, 1, 0}, "tags-in-items.reversed"),
        Arguments.of("an alias of a block mapping taking the anchor keeps its comment on its key line",
            "meta-in-items.md", List.of("people"), new int[] {1, 2, 0}, "meta-in-items.rotated"),
        Arguments.of("an alias in a nested list moving before its anchor is written out",
            "nested-members.md", List.of("groups", 0, "members"), new int[] {2, 1, 0},
            "nested-members.reversed"));
    return cases.stream().flatMap(each -> Stream.of("LF", "CRLF").map(lineEnding -> {
      Object[] arguments = Arrays.copyOf(each.get(), 6);
      arguments[5] = lineEnding;
      return Arguments.of(arguments);
    }));
  }

  @ParameterizedTest(name = "{0}, {5}")
  @MethodSource("rearrangements")
  void aRearrangedListChangesOnlyTheLinesOfWhatMovedAndOfTheAliases(String behaviour,
      String name, List<Object> path, int[] order, String expected, String lineEnding) {
    CardDocument doc = read(name, eol(lineEnding));

    CardDocument next = doc.withFrontMatter(reordered(doc.frontMatter(), path, order));

    assertExpected(next, expected + ".expected.md", lineEnding);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LF", "CRLF"})
  void relatedArticlesSharingAnAnchoredProviderAreRearrangedThroughTheCard(String lineEnding) {
    CardDocument doc = read("card-related.md", eol(lineEnding));
    ArticleCard card = doc.card();
    List<RelatedArticle> related = new ArrayList<>(card.related());
    Collections.reverse(related);

    CardDocument next = doc.withCard(card.toBuilder().related(related).build());

    assertExpected(next, "card-related.reversed.expected.md", lineEnding);
    assertThat(next.card().related()).isEqualTo(related);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LF", "CRLF"})
  void relatedArticlesSortedByQualityThroughTheCardKeepEveryComment(String lineEnding) {
    CardDocument doc = read("card-related.md", eol(lineEnding));
    ArticleCard card = doc.card();
    List<RelatedArticle> related = new ArrayList<>(card.related());
    related.sort(Comparator.comparingInt(RelatedArticle::quality));
    related.add(0, related.remove(1).toBuilder().quality(95).build());

    CardDocument next = doc.withCard(card.toBuilder().related(related).build());

    assertThat(next.editWidth()).contains(EditWidth.MINIMAL);
    assertThat(next.card().related()).isEqualTo(related);
    assertThat(comments(next.text())).containsExactlyInAnyOrderElementsOf(comments(doc.text()));
  }

  record Person(String name, String tag) {}

  record People(List<Person> people) {}

  static Stream<Arguments> ordersOfPeople() {
    List<Arguments> orders = new ArrayList<>();
    List<UnaryOperator<List<Person>>> edits = List.of(
        people -> {
          Collections.reverse(people);
          return people;
        },
        people -> {
          people.sort(Comparator.comparing(Person::name).reversed());
          return people;
        },
        people -> {
          people.add(0, people.remove(2));
          return people;
        },
        people -> {
          people.add(0, new Person("v", "green"));
          people.add(1, people.remove(3));
          return people;
        });
    for (int i = 0; i < edits.size(); i++) {
      for (String lineEnding : List.of("LF", "CRLF")) {
        orders.add(Arguments.of(i, edits.get(i), lineEnding));
      }
    }
    return orders.stream();
  }

  @ParameterizedTest(name = "edit {0}, {2}")
  @MethodSource("ordersOfPeople")
  void itemsRearrangedThroughTheUsersOwnTypeKeepTheirCommentsAndUnmodelledKeys(int number,
      UnaryOperator<List<Person>> edit, String lineEnding) {
    CardDocument doc = read("tags-in-items.md", eol(lineEnding));
    List<Person> people = edit.apply(new ArrayList<>(doc.as(People.class).people()));

    CardDocument next = doc.with(new People(people));

    assertThat(next.editWidth()).contains(EditWidth.MINIMAL);
    assertThat(next.as(People.class).people()).isEqualTo(people);
    assertThat(comments(next.text())).containsExactlyInAnyOrderElementsOf(comments(doc.text()));
    assertThat(next.text()).contains("since: 2020 # not modelled");
  }

  private static void assertExpected(CardDocument next, String expectedName, String lineEnding) {
    String expected = fixture(expectedName).replace("\n", eol(lineEnding));
    assertThat(next.editWidth()).contains(EditWidth.MINIMAL);
    assertThat(next.text())
        .as(() -> LineDiff.unified("expected", "actual", expected, next.text(), 3))
        .isEqualTo(expected);
  }

  private static List<String> comments(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = COMMENT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static ObjectNode reordered(ObjectNode data, List<Object> path, int[] order) {
    ObjectNode copy = data.deepCopy();
    ArrayNode list = (ArrayNode) at(copy, path);
    List<JsonNode> items = new ArrayList<>();
    list.forEach(items::add);
    list.removeAll();
    for (int old : order) {
      list.add(items.get(old));
    }
    return copy;
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  /** The paths of every list of two to four items. */
  private static List<List<Object>> lists(JsonNode root) {
    List<List<Object>> found = new ArrayList<>();
    collectLists(root, new ArrayList<>(), found);
    return found;
  }

  private static void collectLists(JsonNode node, List<Object> path, List<List<Object>> found) {
    if (node.isArray() && node.size() >= 2 && node.size() <= 4) {
      found.add(List.copyOf(path));
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        collectLists(node.get(i), path, found);
        path.remove(path.size() - 1);
      }
    } else if (node.isObject()) {
      node.fieldNames().forEachRemaining(key -> {
        path.add(key);
        collectLists(node.get(key), path, found);
        path.remove(path.size() - 1);
      });
    }
  }

  /** Every order of {@code size} items but the one they stand in. */
  private static List<int[]> orders(int size) {
    List<int[]> found = new ArrayList<>();
    permute(new int[size], new boolean[size], 0, found);
    found.remove(0); // the order they stand in
    return found;
  }

  private static void permute(int[] order, boolean[] used, int next, List<int[]> found) {
    if (next == order.length) {
      found.add(order.clone());
      return;
    }
    for (int i = 0; i < order.length; i++) {
      if (!used[i]) {
        used[i] = true;
        order[next] = i;
        permute(order, used, next + 1, found);
        used[i] = false;
      }
    }
  }
}
