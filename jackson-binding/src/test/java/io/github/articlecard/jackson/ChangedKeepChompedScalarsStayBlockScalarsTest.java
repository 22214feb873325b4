package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A changed keep-chomped block scalar ({@code |+}, {@code >+}, {@code |2+}) whose new value still
 * ends with line breaks stays a block scalar with keep chomping, wherever YAML can hold the value
 * so: a new first line starting with spaces gets an indentation indicator, an empty value or one of
 * line breaks only is the header and its kept lines, several lines under {@code >+} are folded.
 * Every old header, at the top, nested, in a list item and at the end of the front matter, LF and
 * CRLF, through {@code withFrontMatter} and {@code withCard}; nothing around the value changes.
 */
class ChangedKeepChompedScalarsStayBlockScalarsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final Pattern KEPT_HEADER = Pattern.compile("[|>][1-9]?\\+");
  private static final List<String> HEADERS = List.of("|+", ">+", "|2+", ">2+");
  /** New values a folded scalar holds as it is. */
  private static final List<String> FOLDABLE =
      List.of("y\n\n", "  y\n\n", "", "\n\n", "\n", "y\nz\n\n", "y\n\nz\n\n\n", "y z\n");
  /** New values only a literal holds: trailing spaces, leading empty lines, lines of spaces. */
  private static final List<String> LITERAL_ONLY = List.of("x \n", "\nlead\n", "x\n \n", "   \n",
      "two\nlines \n\n", "\n\n  lead\n", "a\t \n", " \nx\n", "\n \n\n", "x\n\n  \n");
  private static final List<String> NEW_VALUES =
      Stream.concat(FOLDABLE.stream(), LITERAL_ONLY.stream()).toList();

  /** Where the scalar stands: the text before its header, its content indent, the text after. */
  private record Spot(String name, String before, String indent, String after,
      List<Object> path) {}

  private static final List<Spot> SPOTS = List.of(
      new Spot("top", "title: \"T\"\nnotes: ", "  ", "quality: 5\n", List.of("notes")),
      new Spot("nested", "title: \"T\"\nm:\n  notes: ", "    ", "  b: 1\nquality: 5\n",
          List.of("m", "notes")),
      new Spot("item", "title: \"T\"\nl:\n  - ", "    ", "  - z\nquality: 5\n", List.of("l", 0)),
      new Spot("last", "title: \"T\"\nquality: 5\nnotes: ", "  ", "", List.of("notes")));

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Spot spot : SPOTS) {
      for (String header : HEADERS) {
        for (String value : NEW_VALUES) {
          for (String eol : List.of("\n", "\r\n")) {
            cases.add(Arguments.of(spot.name(), header, value, eol));
          }
        }
      }
    }
    return cases.stream();
  }

  private static Spot spot(String name) {
    return SPOTS.stream().filter(spot -> spot.name().equals(name)).findFirst().orElseThrow();
  }

  /** The card text with the scalar's old value: "old words" and two kept blank lines. */
  private static String card(Spot spot, String header, String eol) {
    String extra = header.contains("2") ? " " : "";
    return ("---\n" + spot.before() + header + "\n" + spot.indent() + extra + "old words\n\n\n"
        + spot.after() + "---\nbody\n").replace("\n", eol);
  }

  private static ObjectNode withValue(ObjectNode data, List<Object> path, String value) {
    JsonNode parent = data;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index) {
      ((ArrayNode) parent).set(index, TextNode.valueOf(value));
    } else {
      ((ObjectNode) parent).put((String) last, value);
    }
    return data;
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("cases")
  void aChangedValueEndingInLineBreaksStaysABlockScalarWithKeepChomping(String where,
      String header, String value, String eol) {
    Spot spot = spot(where);
    String text = card(spot, header, eol);
    CardDocument doc = MAPPER.read(text);

    String edited = doc.withFrontMatter(withValue(doc.frontMatter(), spot.path(), value)).text();

    String before = ("---\n" + spot.before()).replace("\n", eol);
    String after = (spot.after() + "---\nbody\n").replace("\n", eol);
    assertThat(edited).startsWith(before).endsWith(after);
    String written = edited.substring(before.length(), edited.length() - after.length());
    String newHeader = written.substring(0, written.indexOf(eol));
    assertThat(newHeader).as(written).matches(KEPT_HEADER);
    if (header.startsWith(">") && FOLDABLE.contains(value) && !value.startsWith(" ")
        && !value.isEmpty()) {
      assertThat(newHeader).as("a folded scalar stays folded: %s", written).startsWith(">");
    }
    assertThat(written).as("no quotes").doesNotContain("\"");
    ObjectNode expected = withValue(doc.frontMatter(), spot.path(), value);
    assertThat(MAPPER.read(edited).frontMatter()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void theWrittenScalarsReadAsExpectedText(String eol) {
    String text = ("---\na: >+\n  x\n\nb: |+\n  x\n\nc: 1\n---\n").replace("\n", eol);
    CardDocument doc = MAPPER.read(text);
    ObjectNode data = doc.frontMatter();
    data.put("a", "y\nz\n\n");
    data.put("b", "  indented\n\n");

    assertThat(doc.withFrontMatter(data).text()).isEqualTo(
        ("---\na: >+\n  y\n\n  z\n\nb: |2+\n    indented\n\nc: 1\n---\n").replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anExcerptChangedThroughWithCardKeepsItsKeepChomping(String eol) {
    String text = ("---\ntitle: \"T\"\nexcerpt: >+\n  Old words.\n\nquality: 5\n---\n")
        .replace("\n", eol);
    CardDocument doc = MAPPER.read(text);

    String edited = doc.withCard(doc.card().toBuilder().excerpt("New words.\n\n").build()).text();
    String emptied = doc.withCard(doc.card().toBuilder().excerpt("\n").build()).text();

    assertThat(edited).isEqualTo(text.replace("Old words.", "New words."));
    assertThat(emptied).isEqualTo(text.replace(">+" + eol + "  Old words." + eol, ">+" + eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anExcerptGivenTrailingSpacesOrLeadingEmptyLinesThroughWithCardStaysALiteral(String eol) {
    for (String header : HEADERS) {
      String text = ("---\ntitle: \"T\"\nexcerpt: " + header + "\n  " + (header.contains("2") ? " " : "")
          + "Old words.\n\nquality: 5\n---\n").replace("\n", eol);
      CardDocument doc = MAPPER.read(text);
      for (String value : LITERAL_ONLY) {
        String edited = doc.withCard(doc.card().toBuilder().excerpt(value).build()).text();
        String line = edited.substring(edited.indexOf("excerpt: "));
        assertThat(line.substring(0, line.indexOf(eol))).as(edited).matches("excerpt: \\|[1-9]?\\+");
        assertThat(edited).as(value).endsWith(("quality: 5\n---\n").replace("\n", eol));
        assertThat(MAPPER.read(edited).card().excerpt()).as(edited).isEqualTo(value);
      }
    }
  }
}
