package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A keep-chomped block scalar ({@code |+}, {@code >+}, with or without an indentation indicator)
 * holds its trailing blank lines as part of its value. Edits beside it, through every entry point,
 * at the top level, nested, in list items and at the end of the front matter, LF and CRLF: an
 * entry inserted after it goes after those lines, one removed after it leaves them, removing it
 * takes them, and nothing else changes, comments and styles included.
 */
class KeepChompedScalarEditsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String FOLDER = "io/github/articlecard/jackson/edits-in-place/";

  /** Joins lines with a line ending, each ended by it. */
  private static String text(String eol, String... lines) {
    return String.join(eol, lines) + eol;
  }

  private static String withFrontMatter(String text, Consumer<ObjectNode> edit) {
    CardDocument doc = MAPPER.read(text);
    ObjectNode data = doc.frontMatter();
    edit.accept(data);
    return doc.withFrontMatter(data).text();
  }

  /** Puts a key after another in a mapping, keeping the order of the rest. */
  private static void insertAfter(ObjectNode mapping, String after, String key, JsonNode value) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(mapping.properties());
    mapping.removeAll();
    for (Map.Entry<String, JsonNode> entry : entries) {
      mapping.set(entry.getKey(), entry.getValue());
      if (entry.getKey().equals(after)) {
        mapping.set(key, value);
      }
    }
  }

  private static ObjectNode object(JsonNode node) {
    return (ObjectNode) node;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeyInsertedAfterAKeepChompedScalarGoesAfterItsBlankLinesAndEveryCommentStays(String eol) {
    String text = text(eol, "---", "# header", "a: |+", "  line1", "", "b: 1 # c1", "---");

    String edited = withFrontMatter(text,
        data -> insertAfter(data, "a", "new", data.textNode("v")));

    assertThat(edited).isEqualTo(
        text(eol, "---", "# header", "a: |+", "  line1", "", "new: \"v\"", "b: 1 # c1", "---"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "|+  ; '  line1'  ; line1\\n\\n",
      ">+  ; '  folded' ; folded\\n\\n",
      "|2+ ; '   spaced'; ' spaced\\n\\n'",
      "|+2 ; '  line1'  ; line1\\n\\n",
      ">2+ ; '  folded' ; folded\\n\\n"})
  void everyKindOfKeepChompedScalarKeepsItsBlankLinesThroughInsertsRemovalsAndChanges(
      String header, String content, String value) {
    for (String eol : List.of("\n", "\r\n")) {
      String text = text(eol, "---", "a: " + header, content, "", "b: 1 # one", "c: 2", "---");
      String kept = text(eol, "a: " + header, content, "");
      assertThat(MAPPER.read(text).frontMatter().get("a").textValue())
          .isEqualTo(value.replace("\\n", "\n"));

      assertThat(withFrontMatter(text, data -> insertAfter(data, "a", "new", data.numberNode(0))))
          .isEqualTo("---" + eol + kept + text(eol, "new: 0", "b: 1 # one", "c: 2", "---"));
      assertThat(withFrontMatter(text, data -> data.remove("b")))
          .isEqualTo("---" + eol + kept + text(eol, "c: 2", "---"));
      assertThat(withFrontMatter(text, data -> data.put("b", 5)))
          .isEqualTo("---" + eol + kept + text(eol, "b: 5 # one", "c: 2", "---"));
      assertThat(withFrontMatter(text, data -> data.remove("a")))
          .isEqualTo(text(eol, "---", "b: 1 # one", "c: 2", "---"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aChangedKeepChompedValueStaysAKeepChompedBlockAndChangesOnlyItsLines(String eol) {
    String text = text(eol, "---", "a: |+", "  one", "", "", "b: >+", "  two", "", "c: 1", "---");

    String edited = withFrontMatter(text, data -> data.put("a", "uno\ndos\n\n").put("b", "zwei\n\n\n"));

    assertThat(edited).isEqualTo(
        text(eol, "---", "a: |+", "  uno", "  dos", "", "b: >+", "  zwei", "", "", "c: 1", "---"));
    assertThat(withFrontMatter(text, data -> data.put("a", "no blank line")))
        .isEqualTo(text(eol, "---", "a: |-", "  no blank line", "b: >+", "  two", "", "c: 1", "---"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeepChompedScalarRightBeforeTheClosingLineTakesNewKeysAfterItsBlankLines(String eol) {
    String text = TestFiles.resource(FOLDER + "keep-at-the-end.md").replace("\n", eol);

    assertThat(withFrontMatter(text, data -> data.put("added", true))).isEqualTo(text.replace(
        "last words" + eol + eol + eol + "---", "last words" + eol + eol + eol + "added: true" + eol + "---"));
    assertThat(withFrontMatter(text, data -> data.put("quality", 6)))
        .isEqualTo(text.replace("quality: 5", "quality: 6"));
    assertThat(withFrontMatter(text, data -> data.remove("notes")))
        .isEqualTo(text(eol, "---", "title: \"T\" # the title", "quality: 5", "---", "body"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void keepChompedScalarsNestedInMappingsAndListItemsKeepTheirBlankLines(String eol) {
    String text = TestFiles.resource(FOLDER + "keep-nested.md").replace("\n", eol);

    String edited = withFrontMatter(text, data -> {
      ObjectNode item = object(data.get("related").get(0));
      insertAfter(item, "excerpt", "type", item.textNode("article"));
      object(data.get("notes")).remove("after");
      insertAfter(object(data.get("notes")), "indented", "later", data.numberNode(2));
    });

    assertThat(edited).isEqualTo(text
        .replace("      Folded." + eol + eol, "      Folded." + eol + eol + "    type: \"article\"" + eol)
        .replace("  after: 1 # one" + eol, "  later: 2" + eol));
    assertThat(withFrontMatter(text, data -> ((ArrayNode) data.get("related")).add(data.objectNode()
        .put("title", "S")))).isEqualTo(text.replace("    quality: 3 # three" + eol,
            "    quality: 3 # three" + eol + "  - title: \"S\"" + eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeepChompedItemOfAListKeepsItsBlankLinesWhenItemsAreAddedAndRemovedBesideIt(String eol) {
    String text = text(eol, "---", "l:", "  - |+", "    x", "", "  - y # why", "  - z", "n: 1", "---");

    assertThat(withFrontMatter(text, data -> ((ArrayNode) data.get("l")).remove(1)))
        .isEqualTo(text(eol, "---", "l:", "  - |+", "    x", "", "  - z", "n: 1", "---"));
    assertThat(withFrontMatter(text, data -> ((ArrayNode) data.get("l")).insert(1, "w")))
        .isEqualTo(text(eol, "---", "l:", "  - |+", "    x", "", "  - w", "  - y # why", "  - z",
            "n: 1", "---"));
    String spaced = text(eol, "---", "l:", "  - |+", "    x", "  - y", "", "  - z", "---");
    assertThat(withFrontMatter(spaced, data -> ((ArrayNode) data.get("l")).remove(1)))
        .isEqualTo(text(eol, "---", "l:", "  - |+", "    x", "  - z", "---"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void removingAnEntryRightAfterKeptLinesTakesTheBlankLinesThatWouldJoinThem(String eol) {
    String text = text(eol, "---", "a: |+", "  x", "b: 1", "", "# about c", "c: 2", "---");

    assertThat(withFrontMatter(text, data -> data.remove("b")))
        .isEqualTo(text(eol, "---", "a: |+", "  x", "# about c", "c: 2", "---"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void withCardEditsAroundAKeepChompedExcerptChangeOnlyTheirLines(String eol) {
    String text = TestFiles.resource(FOLDER + "keep-excerpt.md").replace("\n", eol);
    CardDocument doc = MAPPER.read(text);
    ArticleCard card = doc.card();

    assertThat(card.excerpt()).isEqualTo("First line.\n\n");
    assertThat(doc.withCard(card.toBuilder().quality(6).build()).text())
        .isEqualTo(text.replace("quality: 5 # five", "quality: 6 # five"));
    assertThat(doc.withCard(card.toBuilder().remove("quality").build()).text())
        .isEqualTo(text.replace("quality: 5 # five" + eol, ""));
    assertThat(doc.withCard(card.toBuilder()
        .publishedDateTime(Instant.parse("2021-03-14T13:26:00Z")).build()).text())
        .isEqualTo(text.replace("First line." + eol + eol,
            "First line." + eol + eol + "publishedDateTime: 2021-03-14T13:26:00Z" + eol));
    assertThat(doc.withCard(card.toBuilder().excerpt("New line.\n\n").build()).text())
        .isEqualTo(text.replace("First line.", "New line."));
    assertThat(doc.withCard(card.toBuilder().remove("excerpt").build()).text())
        .isEqualTo(text.replace("excerpt: |+" + eol + "  First line." + eol + eol, ""));
  }

  @Test
  void theHouseStylesBlankLineBeforeAGroupIsNotWrittenWhereItWouldJoinKeptLines() {
    String text = text("\n", "---", "title: \"T\"", "featuredContent: |+", "  <iframe></iframe>", "",
        "---");
    CardDocument doc = MAPPER.read(text);

    String edited = doc.withCard(doc.card().toBuilder()
        .provider(Provider.of("Mint", "livemint.com")).build()).text();

    assertThat(edited).isEqualTo(text("\n", "---", "title: \"T\"", "featuredContent: |+",
        "  <iframe></iframe>", "", "provider:", "  name: Mint", "  domain: livemint.com", "---"));
    assertThat(MAPPER.read(edited).card().featuredContent()).isEqualTo("<iframe></iframe>\n\n");
  }

  /** A user's own type over a card with a keep-chomped excerpt. */
  record Summary(String title, String excerpt, int quality) {}

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void withAUsersOwnTypeChangesOnlyTheChangedLines(String eol) {
    String text = TestFiles.resource(FOLDER + "keep-excerpt.md").replace("\n", eol);
    CardDocument doc = MAPPER.read(text);
    Summary summary = doc.as(Summary.class);

    assertThat(doc.with(new Summary(summary.title(), summary.excerpt(), 7)).text())
        .isEqualTo(text.replace("quality: 5 # five", "quality: 7 # five"));
    assertThat(doc.with(new Summary("U", summary.excerpt(), 5)).text())
        .isEqualTo(text.replace("title: \"T\"", "title: \"U\""));
  }

  @Test
  void anEditedDocumentWrittenToAFileIsItsTextByteForByte(@TempDir Path folder) throws IOException {
    String text = TestFiles.resource(FOLDER + "keep-nested.md").replace("\n", "\r\n");
    CardDocument edited = MAPPER.read(text).withFrontMatter(MAPPER.read(text).frontMatter()
        .put("added", "yes"));
    Path file = folder.resolve("card.md");

    MAPPER.write(edited, file);

    assertThat(TestFiles.read(file)).isEqualTo(edited.text())
        .isEqualTo(text.replace("  after: 1 # one\r\n", "  after: 1 # one\r\nadded: \"yes\"\r\n"));
  }
}
