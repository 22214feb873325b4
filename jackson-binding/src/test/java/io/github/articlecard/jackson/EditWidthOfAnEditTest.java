package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CardDocument#editWidth()} says how much of the front matter the edit that made a document
 * had to rewrite: nothing for a document read from text, the minimal patch for edits of one value
 * through every entry point, the forced width for {@code rewrittenAt}; LF and CRLF.
 */
class EditWidthOfAnEditTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  record Page(String title, List<String> topics, boolean draft) {}

  private static CardDocument read(String eol) {
    return MAPPER.read(TestFiles.resource("io/github/articlecard/jackson/edit-width/page.md")
        .replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aDocumentReadFromTextWasMadeByNoEdit(String eol) {
    CardDocument doc = read(eol);
    assertThat(doc.editWidth()).isEmpty();
    assertThat(doc.withFrontMatter(doc.frontMatter()).editWidth()).as("an edit that changes nothing")
        .isEmpty();
    assertThat(doc.withCard(doc.card()).editWidth()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anEditOfOneValueThroughEveryEntryPointNeedsOnlyTheMinimalPatch(String eol) {
    CardDocument doc = read(eol);
    Optional<EditWidth> minimal = Optional.of(EditWidth.MINIMAL);
    assertThat(doc.withCard(doc.card().toBuilder().title("New").build()).editWidth())
        .isEqualTo(minimal);
    ObjectNode data = doc.frontMatter();
    data.withArray("topics").remove(0);
    assertThat(doc.withFrontMatter(data).editWidth()).isEqualTo(minimal);
    Page page = doc.as(Page.class);
    assertThat(doc.with(new Page(page.title(), List.of("two", "one"), true)).editWidth())
        .isEqualTo(minimal);
    assertThat(doc.withBody("Another body." + eol).editWidth()).isEqualTo(minimal);
    assertThat(doc.withKeyRenamed("draft", "hidden").editWidth()).isEqualTo(minimal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aForcedRewriteAnswersTheWidthItForced(String eol) {
    CardDocument doc = read(eol);
    for (EditWidth width : EditWidth.values()) {
      assertThat(doc.rewrittenAt(width).editWidth()).isEqualTo(Optional.of(width));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aFurtherEditThatChangesNothingKeepsTheWidthOfTheEditBefore(String eol) {
    CardDocument edited = read(eol).rewrittenAt(EditWidth.DOCUMENT);
    assertThat(edited.withFrontMatter(edited.frontMatter()).editWidth())
        .isEqualTo(Optional.of(EditWidth.DOCUMENT));
  }
}
