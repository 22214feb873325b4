package io.github.articlecard.jackson.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
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
  void entriesHoldingAnAliasAreRenderedWithoutIt() {
    String text = "a: &x 1\nb: *x\n";

    assertThat(render(text, data -> data.put("c", 3))).isEqualTo("a: &x 1\nb: 1\nc: 3\n");
  }

  @Test
  void aFlowFrontMatterIsRenderedAsABlockMapping() {
    SourceMap source = Patches.parse("{a: 1}\n");
    ObjectNode target = Patches.json("{\"a\": 2}");

    assertThat(new DocumentRender(source, FrontMatterPatcher.emitter(source, "\n",
        StylePolicy.SIBLINGS.within(source)), StylePolicy.SIBLINGS).render(target)).isEqualTo("a: 2\n");
  }
}
