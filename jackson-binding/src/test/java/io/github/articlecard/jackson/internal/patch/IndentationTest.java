package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndentationTest {
  @Test
  void theFirstNestedMappingAndSequenceShowTheSteps() {
    String text = "title: x\nparams:\n    author: Ann\ntags:\n- a\n- b\n";

    assertThat(Indentation.of(parse(text))).isEqualTo(new Indentation(4, 0));
  }

  @Test
  void dashesIndentedUnderTheirKeyAreMeasuredFromTheKey() {
    String text = "tags:\n   - a\nmore:\n - b\n";

    assertThat(Indentation.of(parse(text)).sequenceIndent()).isEqualTo(3);
  }

  @Test
  void whatTheDocumentDoesNotShowTakesTheHouseDefault() {
    assertThat(Indentation.of(parse("a: 1\nb: [x, y]\nc: {d: 1}\n"))).isEqualTo(Indentation.DEFAULT);
    assertThat(Indentation.of(parse("{a: 1}\n"))).isEqualTo(Indentation.DEFAULT);
    assertThat(Indentation.of(parse("# only a comment\n"))).isEqualTo(Indentation.DEFAULT);
  }

  @Test
  void flowAndCompactCollectionsAreSkipped() {
    String text = "a: {x: 1}\nb:\n   c: 1\nd: []\ne:\n  - f\n";

    assertThat(Indentation.of(parse(text))).isEqualTo(new Indentation(3, 2));
  }
}
