package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LineDiff}: the unified diffs of {@code --dry-run} and {@code fmt --diff}. */
class LineDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(LineDiff.unified("a", "b", "x\ny\n", "x\ny\n", 3)).isEmpty();
  }

  @Test
  void oneChangedLineShowsWithItsContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";

    assertThat(LineDiff.unified("card.md", "card.md (edited)", before, after, 2)).isEqualTo(
        "--- card.md\n+++ card.md (edited)\n@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n");
  }

  @Test
  void changesCloseTogetherShareAHunkAndFarOnesDoNot() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    String after = "A\nb\nC\nd\ne\nf\ng\nh\ni\nJ\n";

    assertThat(LineDiff.unified("x", "y", before, after, 1)).isEqualTo("--- x\n+++ y\n"
        + "@@ -1,4 +1,4 @@\n-a\n+A\n b\n-c\n+C\n d\n@@ -9,2 +9,2 @@\n i\n-j\n+J\n");
  }

  @Test
  void insertionsRemovalsCrlfAndAMissingFinalNewlineAreShown() {
    assertThat(LineDiff.unified("x", "y", "a\r\nb\r\n", "a\r\nnew\r\nb\r\n", 1))
        .isEqualTo("--- x\n+++ y\n@@ -1,2 +1,3 @@\n a\r\n+new\r\n b\r\n");
    assertThat(LineDiff.unified("x", "y", "a\nb\n", "a\n", 0))
        .isEqualTo("--- x\n+++ y\n@@ -2,1 +2,0 @@\n-b\n");
    assertThat(LineDiff.unified("x", "y", "a\nb", "a\nc", 0))
        .isEqualTo("--- x\n+++ y\n@@ -2,1 +2,1 @@\n-b\n\\ No newline at end of file\n+c\n"
            + "\\ No newline at end of file\n");
  }

  @Test
  void aLineEndingChangeIsAChange() {
    assertThat(LineDiff.between("a\nb\n", "a\r\nb\n")).singleElement()
        .satisfies(hunk -> assertThat(hunk.oldStart()).isZero());
  }
}
