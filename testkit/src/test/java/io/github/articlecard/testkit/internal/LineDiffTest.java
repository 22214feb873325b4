package io.github.articlecard.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.testkit.internal.LineDiff.Hunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LineDiff}: the hunks the edit assertions check and the diffs their failures show. */
class LineDiffTest {
  @Test
  void linesKeepTheirLineBreaksAndTheLastLineMayHaveNone() {
    assertThat(LineDiff.lines("a\r\nb\nc")).containsExactly("a\r\n", "b\n", "c");
    assertThat(LineDiff.lines("")).isEmpty();
  }

  @Test
  void aChangedLineIsOneHunkAtItsPlace() {
    assertThat(LineDiff.between("a\nb\nc\n", "a\nB\nc\n"))
        .containsExactly(new Hunk(1, List.of("b\n"), 1, List.of("B\n")));
  }

  @Test
  void insertionsAndRemovalsAreHunksWithOneSideEmpty() {
    assertThat(LineDiff.between("a\nc\n", "a\nb\nc\n"))
        .containsExactly(new Hunk(1, List.of(), 1, List.of("b\n")));
    assertThat(LineDiff.between("a\nb\nc\nd\n", "a\nd\n"))
        .containsExactly(new Hunk(1, List.of("b\n", "c\n"), 1, List.of()));
  }

  @Test
  void separateChangesAreSeparateHunksAndEqualTextsHaveNone() {
    assertThat(LineDiff.between("a\nb\nc\nd\n", "A\nb\nc\nD\n")).extracting(Hunk::oldStart)
        .containsExactly(0, 3);
    assertThat(LineDiff.between("a\n", "a\n")).isEmpty();
    assertThat(LineDiff.between("a\n", "a\r\n")).hasSize(1);
  }

  @Test
  void theUnifiedDiffShowsContextAndMarksCrlf() {
    assertThat(LineDiff.unified("before", "after", "a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", 1))
        .isEqualTo("--- before\n+++ after\n@@ -1,3 +1,3 @@\n a\u240D\n-b\u240D\n+B\u240D\n c\u240D\n");
  }
}
