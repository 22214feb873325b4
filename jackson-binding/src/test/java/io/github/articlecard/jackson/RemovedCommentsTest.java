package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which comments a removed key takes (README, "How new text is written"): those directly above it
 * and at the end of its lines; a comment a blank line away from the next key belongs to no key.
 */
class RemovedCommentsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private static String removed(String text, String key) {
    CardDocument doc = MAPPER.read(text);
    ObjectNode data = doc.frontMatter();
    data.remove(key);
    String viaData = doc.withFrontMatter(data).text();
    assertThat(doc.withCard(doc.card().toBuilder().remove(key).build()).text()).isEqualTo(viaData);
    return viaData;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aHeaderABlankLineAwayStaysAndTheKeysOwnCommentsGo(String nl) {
    String text = String.join(nl, "---", "# header: a blank line separates it from title", "",
        "# about the title", "title: \"T\"  # the title's own", "quality: 5", "---", "");

    assertThat(removed(text, "title")).isEqualTo(String.join(nl, "---",
        "# header: a blank line separates it from title", "", "quality: 5", "---", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "quality"})
  void commentsDirectlyAboveAKeyGoWithItWhereverItStands(String key) {
    String text = "---\n# above title\ntitle: \"T\"\n# above quality\nquality: 5\n\n# a note\n"
        + "heat: 1\n---\nbody\n";

    String left = removed(text, key);

    assertThat(left).doesNotContain("above " + key).doesNotContain(key + ":")
        .contains("# a note\nheat: 1\n---\nbody\n");
    String other = key.equals("title") ? "quality" : "title";
    assertThat(left).contains("# above " + other + "\n" + other + ":");
  }
}
