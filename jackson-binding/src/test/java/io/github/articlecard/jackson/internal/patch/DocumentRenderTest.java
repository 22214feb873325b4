package io.github.articlecard.jackson.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import org.junit.jupiter.api.Test;

class DocumentRenderTest {
  private static String render(String text, java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode target = Patches.parse(text).data().deepCopy();
    edit.accept(target);
    return Patches.patch(text, target, Width.DOCUMENT);
  }

  @Test
  void commentsAtTheTopAndBottomAndAboveKeptEntriesStay() {
    String text = "# top\n\n# about a\na: 1\nb: 2 # two\n# end\n";

    assertThat(render(text, data -> data.put("b", 3))).isEqualTo("# top\n\n# about a\na: 1\nb: 3\n# end\n");
  }

  @Test
  void unchangedEntriesKeepTheirTextNestedCommentsIncluded() {
    String text = "a:\n  # inner\n  x: 'q'\n\nb: 1\n";

    assertThat(render(text, data -> data.put("b", 2))).isEqualTo("a:\n  # inner\n  x: 'q'\n\nb: 2\n");
  }

  @Test
  void anAliasWhoseAnchorIsRenderedAnewIsWrittenOutAsItsDataTheRestOfItsEntryKept() {
    String text = "a: &x 1\nb: [*x, 2] # two\n";

    assertThat(render(text, data -> data.put("a", 5))).isEqualTo("a: 5\nb: [1, 2] # two\n");
    assertThat(render(text, data -> data.put("c", 3))).isEqualTo("a: &x 1\nb: [*x, 2] # two\nc: 3\n");
  }

  @Test
  void commentsBetweenEntriesThatAreNoEntrysStay() {
    String text = "a: 1\n\n# a note\n\nb: 2\nc: 3\n";

    assertThat(render(text, data -> data.remove("b"))).isEqualTo("a: 1\n\n# a note\nc: 3\n");
    assertThat(render(text, data -> data.put("c", 4))).isEqualTo("a: 1\n\n# a note\n\nb: 2\nc: 4\n");
  }

  @Test
  void noBlankLineIsWrittenAfterTheKeptLinesOfABlockScalar() {
    String text = "a: |+\n  x\n\nb: 1\n\nc: 2\n";

    assertThat(render(text, data -> data.remove("b"))).isEqualTo("a: |+\n  x\n\nc: 2\n");
  }

  @Test
  void aFlowFrontMatterIsWrittenAnewInFlowStyleWithTheCommentsAroundIt() {
    SourceMap source = Patches.parse("# top\n{a: 'x', # in\n b: 1} # after\n# end\n");
    ObjectNode target = Patches.json("{\"a\": \"y\", \"c\": 3}");

    StyleDecision style = Patches.documentStyle(source);
    assertThat(new DocumentRender(source, new YamlEmitter("\n", style), style).render(target))
        .isEqualTo("# top\n{a: 'y', c: 3} # after\n# end\n");
  }

  @Test
  void removingEveryKeyKeepsTheCommentsAtTheTopAndBottom() {
    assertThat(render("# top\n\na: 1\nb: 2\n\n# end\n", data -> data.removeAll()))
        .isEqualTo("# top\n\n# end\n");
  }

  @Test
  void unchangedDataKeepsTheWholeTextAnchorsAndCommentsInsideAFlowMappingIncluded() {
    for (String text : java.util.List.of("{a: &x [1, 2], b: *x}\n",
        "# top\r\n{a: &x {q: 1}, # in\r\n b: [*x, 2]} # after\r\n",
        "a: &x 1\nb: {c: *x, # c\n  d: 2}\n", "{? a : 1, b: 2,}\n", "{a: 1}   ")) {
      assertThat(render(text, data -> { })).as(text).isEqualTo(text);
    }
  }
}
