package io.github.articlecard.jackson.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonEndsTest {
  private static CommonEnds of(List<String> before, List<String> after) {
    return CommonEnds.of(before.size(), after.size(), (i, j) -> before.get(i).equals(after.get(j)));
  }

  @Test
  void onlyTheChangedMiddleIsLeft() {
    CommonEnds ends = of(List.of("a", "b", "c", "d"), List.of("a", "x", "y", "d"));

    assertThat(ends).isEqualTo(new CommonEnds(1, 1));
    assertThat(ends.oldMiddle(4)).isEqualTo(2);
    assertThat(ends.newMiddle(4)).isEqualTo(2);
  }

  @Test
  void anInsertionLeavesAnEmptyOldMiddle() {
    CommonEnds ends = of(List.of("a", "b"), List.of("a", "new", "b"));

    assertThat(ends).isEqualTo(new CommonEnds(1, 1));
    assertThat(ends.oldMiddle(2)).isZero();
    assertThat(ends.newMiddle(3)).isEqualTo(1);
  }

  @Test
  void theSuffixNeverOverlapsThePrefix() {
    assertThat(of(List.of("a", "a"), List.of("a", "a", "a"))).isEqualTo(new CommonEnds(2, 0));
    assertThat(of(List.of("a"), List.of("a"))).isEqualTo(new CommonEnds(1, 0));
    assertThat(of(List.of(), List.of("a"))).isEqualTo(new CommonEnds(0, 0));
  }
}
