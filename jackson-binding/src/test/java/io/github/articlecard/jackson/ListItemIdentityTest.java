package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> menuEdits() {
    return Stream.of(
        edit("first-removed-third-changed", items -> {
          items.remove(0);
          items.set(1, new MenuItem("About", 30));
          return items;
        }),
        edit("middle-removed", items -> {
          items.remove(1);
          return items;
        }),
        edit("last-removed", items -> {
          items.remove(3);
          return items;
        }),
        edit("first-two-swapped", items -> {
          items.add(1, items.remove(0));
          return items;
        }),
        edit("reversed", items -> {
          java.util.Collections.reverse(items);
          return items;
        }),
        edit("sorted-by-name", items -> {
          items.sort(Comparator.comparing(MenuItem::name));
          return items;
        }),
        edit("first-moved-to-end", items -> {
          items.add(items.remove(0));
          return items;
        }),
        edit("inserted-at-front-and-middle", items -> {
          items.add(2, new MenuItem("News", 6));
          items.add(0, new MenuItem("Start", 5));
          return items;
        }),
        edit("swapped-and-both-changed", items -> {
          items.set(1, new MenuItem("About", 7));
          items.set(2, new MenuItem("Blog", 8));
          return items;
        }))
        .flatMap(arguments -> Stream.of(
            Arguments.of(arguments.get()[0], arguments.get()[1], "\n"),
            Arguments.of(arguments.get()[0], arguments.get()[1], "\r\n")));
  }

  private static Arguments edit(String name, UnaryOperator<List<MenuItem>> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "{0} ({2})")
  @MethodSource("menuEdits")
  void menuItemsKeepTheirLinesCommentsAndUnmodelledKeysWhereverTheyGo(String name,
      UnaryOperator<List<MenuItem>> change, String eol) {
    String text = fixture("hugo-menu.md").replace("\n", eol);
    String expected = fixture("hugo-menu." + name + ".expected.md").replace("\n", eol);
    CardDocument doc = MAPPER.read(text);
    Site site = doc.as(Site.class);
    List<MenuItem> items = change.apply(new ArrayList<>(site.menu().get("main")));
    Site edited = new Site(site.title(), Map.of("main", items));

    CardDocument next = doc.with(edited);

    assertThat(next.text()).as(() -> LineDiff.unified("expected", "actual", expected, next.text(), 3))
        .isEqualTo(expected);
    assertThat(MAPPER.read(next.text()).as(Site.class)).isEqualTo(edited);
  }
}
