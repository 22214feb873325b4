package io.github.articlecard.jackson.internal.patch;

import static io.github.articlecard.jackson.internal.patch.Patches.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalarPatchTest {
  @Test
  void eachStyleIsKeptWhenItCanHoldTheNewValue() {
    assertThat(minimal("a: plain\n", data -> data.put("a", "other"))).isEqualTo("a: other\n");
    assertThat(minimal("a: 'single'\n", data -> data.put("a", "it's"))).isEqualTo("a: 'it''s'\n");
    assertThat(minimal("a: \"double\"\n", data -> data.put("a", "x"))).isEqualTo("a: \"x\"\n");
    assertThat(minimal("a: |\n  one\n  two\nb: 1\n", data -> data.put("a", "three\nfour\n")))
        .isEqualTo("a: |\n  three\n  four\nb: 1\n");
  }

  @Test
  void aStyleThatCannotHoldTheValueGivesWayToDoubleQuotes() {
    assertThat(minimal("a: plain\n", data -> data.put("a", "key: value"))).isEqualTo("a: \"key: value\"\n");
    assertThat(minimal("a: 'x'\n", data -> data.put("a", "two\nlines")))
        .isEqualTo("a: \"two\\nlines\"\n");
  }

  @Test
  void theAnchorStaysAndTheTagGoes() {
    assertThat(minimal("a: &x !!str 12\n", data -> data.put("a", "13"))).isEqualTo("a: &x \"13\"\n");
  }

  @Test
  void anEmptyValueGetsASpaceBeforeItsNewText() {
    assertThat(minimal("a:\nb: 1\n", data -> data.put("a", 5))).isEqualTo("a: 5\nb: 1\n");
  }

  @Test
  void anAliasOfAScalarIsReplacedInTheAnchoredScalarsStyle() {
    assertThat(minimal("a: &x 'one'\nb: *x\n", data -> data.put("b", "two")))
        .isEqualTo("a: &x 'one'\nb: 'two'\n");
  }
}
