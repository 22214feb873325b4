package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A front matter that is one flow mapping ({@code {title: "T", quality: 5}}), on one line or
 * several, is patched in place like any other: a changed value changes where it stands, a removed
 * key takes its own text and comment, a new key goes after the key before it in the layout of its
 * neighbours, and the comments inside and around the mapping stay. Through every entry point, LF
 * and CRLF.
 */
class FlowFrontMatterEditsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String FOLDER = "io/github/articlecard/jackson/edits-in-place/";

  private static String withFrontMatter(String text, Consumer<ObjectNode> edit) {
    CardDocument doc = MAPPER.read(text);
    ObjectNode data = doc.frontMatter();
    edit.accept(data);
    return doc.withFrontMatter(data).text();
  }

  private static String card(String name, String eol) {
    return TestFiles.resource(FOLDER + name).replace("\n", eol);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aChangedValueOfAMultiLineFlowFrontMatterChangesWhereItStandsAndTheCommentsStay(String eol) {
    String text = card("flow-root.md", eol);

    assertThat(withFrontMatter(text, data -> data.put("quality", 6)))
        .isEqualTo(text.replace("quality: 5", "quality: 6"));
    assertThat(withFrontMatter(text, data -> ((ArrayNode) data.get("tags")).set(1, "c")))
        .isEqualTo(text.replace("[a, b]", "[a, c]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void keysAreRemovedFromAFlowFrontMatterWithTheirOwnTextAndComment(String eol) {
    String text = card("flow-root.md", eol);

    assertThat(withFrontMatter(text, data -> data.remove("quality")))
        .isEqualTo(text.replace(" quality: 5," + eol, ""));
    assertThat(withFrontMatter(text, data -> data.remove("title")))
        .isEqualTo(text.replace("title: \"T\", # c1", ""));
    assertThat(withFrontMatter(text, data -> data.remove("tags"))) // the brace takes its place
        .isEqualTo(text.replace("quality: 5," + eol + " tags: [a, b]}", "quality: 5}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void newKeysGoAfterTheKeyBeforeThemInTheLayoutOfTheirNeighbours(String eol) {
    String text = card("flow-root-one-entry-a-line.md", eol);

    assertThat(withFrontMatter(text, data -> data.put("heat", 3)))
        .isEqualTo(text.replace("  provider: {name: Mint, domain: livemint.com}" + eol,
            "  provider: {name: Mint, domain: livemint.com}," + eol + "  heat: 3" + eol));
    CardDocument doc = MAPPER.read(text);
    assertThat(doc.withCard(doc.card().toBuilder().excerpt("E").build()).text())
        .isEqualTo(text.replace("  title: \"T\", # the title" + eol,
            "  title: \"T\", # the title" + eol + "  excerpt: \"E\"," + eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aFlowFrontMatterOnOneLineKeepsItsLineAndItsComment(String eol) {
    String text = String.join(eol, "---", "# about it", "{a: 1, b: 'x', c: [1, 2]} # after", "---",
        "");

    assertThat(withFrontMatter(text, data -> data.remove("a")))
        .isEqualTo(text.replace("{a: 1, b:", "{b:"));
    assertThat(withFrontMatter(text, data -> data.remove("c")))
        .isEqualTo(text.replace(", c: [1, 2]}", "}"));
    assertThat(withFrontMatter(text, data -> data.put("d", "y")))
        .isEqualTo(text.replace("[1, 2]}", "[1, 2], d: 'y'}"));
    assertThat(withFrontMatter(text, data -> ((ArrayNode) data.get("c")).add(3)))
        .isEqualTo(text.replace("[1, 2]", "[1, 2, 3]"));
    assertThat(withFrontMatter(text, data -> data.removeAll()))
        .isEqualTo(text.replace("{a: 1, b: 'x', c: [1, 2]}", "{}"));
  }

  @Test
  void nestedFlowMappingsInAFlowFrontMatterArePatchedInPlaceToo() {
    String text = card("flow-root-one-entry-a-line.md", "\n");

    String edited = withFrontMatter(text, data -> ((ObjectNode) data.get("provider"))
        .put("name", "Mint Lounge").remove("domain"));

    assertThat(edited).isEqualTo(text.replace("{name: Mint, domain: livemint.com}",
        "{name: Mint Lounge}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeyRemovedFromTheStartOfALineLeavesTheKeyAfterItOnThatLineIndented(String eol) {
    // a line inside a flow collection must be indented more than the block key it is the value of
    String text = card("flow-entries-sharing-a-line.md", eol);

    assertThat(withFrontMatter(text, data -> ((ObjectNode) data.get("wrap")).remove("b")))
        .isEqualTo(text.replace("  b: 2, c: 3}", "  c: 3}"));
    assertThat(withFrontMatter(text, data -> ((ObjectNode) data.get("list").get(0)).remove("b")))
        .isEqualTo(text.replace("      # about b" + eol + "      b: x,  c:", "      c:"));
    assertThat(withFrontMatter(text, data -> ((ObjectNode) data.get("deep").get("inner").get(0)
        .get("provider")).remove("domain")))
        .isEqualTo(text.replace("domain: livemint.com, url:", "url:"));
  }

  /** A user's own type over a flow front matter. */
  record Scored(String title, int quality, List<String> tags) {}

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void withCardAndWithAUsersOwnTypeChangeOnlyTheirValues(String eol) {
    String text = card("flow-root.md", eol);
    CardDocument doc = MAPPER.read(text);
    ArticleCard card = doc.card();

    assertThat(doc.withCard(card.toBuilder().quality(6).build()).text())
        .isEqualTo(text.replace("quality: 5", "quality: 6"));
    assertThat(doc.withCard(card.toBuilder().remove("quality").build()).text())
        .isEqualTo(text.replace(" quality: 5," + eol, ""));
    assertThat(doc.withCard(card.toBuilder().heat(2).build()).text())
        .isEqualTo(text.replace(" quality: 5," + eol, " quality: 5," + eol + " heat: 2," + eol));
    assertThat(doc.with(new Scored("T", 6, List.of("a", "b", "c"))).text())
        .isEqualTo(text.replace("quality: 5", "quality: 6").replace("[a, b]", "[a, b, c]"));
  }

  @Test
  void anEditedFlowFrontMatterWrittenToAFileIsItsText(@TempDir Path folder) {
    String text = card("flow-root.md", "\r\n");
    CardDocument edited = MAPPER.read(text).withFrontMatter(MAPPER.read(text).frontMatter()
        .put("quality", 6));
    Path file = folder.resolve("card.md");

    MAPPER.write(edited, file);

    assertThat(TestFiles.read(file)).isEqualTo(text.replace("quality: 5", "quality: 6"));
  }
}
