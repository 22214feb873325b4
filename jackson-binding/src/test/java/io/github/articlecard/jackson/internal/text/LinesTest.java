package io.github.articlecard.jackson.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {
  private static final String TEXT = String.join("\n",
      "a: 1",          // 0
      "",              // 5
      "  # about b",   // 6
      "b:",            // 18
      "  c: 2",        // 21
      "    # deeper",  // 28
      "  # same",      // 41
      "d: 3\r",        // 50
      "");

  private final Lines lines = new Lines(TEXT);

  @Test
  void lineStartAndEndSurroundTheLineOfAnOffset() {
    assertThat(lines.lineStart(23)).isEqualTo(21);
    assertThat(lines.lineEnd(23)).isEqualTo(28);
    assertThat(lines.lineStart(21)).isEqualTo(21);
    assertThat(lines.lineEnd(0)).isEqualTo(5);
  }

  @Test
  void aCarriageReturnBelongsToTheLineBreak() {
    assertThat(lines.lineEnd(50)).isEqualTo(TEXT.length());
    assertThat(lines.isBlankLine(TEXT.length())).isTrue();
    assertThat(new Lines("x\r\n\r\ny").isBlankLine(3)).isTrue();
  }

  @Test
  void offsetsInTheLineAndIndentsCountFromTheLineStart() {
    assertThat(lines.offsetInLine(23)).isEqualTo(2);
    assertThat(Lines.offsetInLine(TEXT, 0)).isEqualTo(0);
    assertThat(lines.indentAt(28)).isEqualTo(4);
    assertThat(lines.onlySpaces(21, 23)).isTrue();
    assertThat(lines.onlySpaces(21, 24)).isFalse();
  }

  @Test
  void anOffsetInTheLineCountsUtf16UnitsFromZeroWhereAColumnShownToPeopleCountsCodePointsFromOne() {
    for (String eol : new String[] {"\n", "\r\n"}) {
      String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
      String text = "a: 1" + eol + emoji + emoji + ": x" + eol;
      int key = text.indexOf(emoji);
      int colon = text.indexOf(':', key);

      assertThat(Lines.offsetInLine(text, key)).isZero();
      assertThat(SourceText.of(text).column(key)).isEqualTo(1);
      assertThat(new Lines(text).offsetInLine(colon)).isEqualTo(4);
      assertThat(SourceText.of(text).column(colon)).isEqualTo(3);
    }
  }

  @Test
  void blankAndCommentLinesAreTold() {
    assertThat(lines.isBlankLine(5)).isTrue();
    assertThat(lines.isBlankLine(0)).isFalse();
    assertThat(lines.isBlankLineBefore(6)).isTrue();
    assertThat(lines.isCommentLine(6)).isTrue();
    assertThat(lines.isCommentLine(18)).isFalse();
    assertThat(lines.skipBlankLines(5)).isEqualTo(6);
    assertThat(lines.blankLinesAbove(6)).isEqualTo(5);
    assertThat(lines.blankLinesAbove(18)).isEqualTo(18);
  }

  @Test
  void commentsAboveStopAtAnotherIndentOrAnyOtherLine() {
    assertThat(new Lines("a: 1\n# one\n# two\nb: 2\n").commentsAbove(16, 0)).isEqualTo(5);
    assertThat(lines.commentsAbove(18, 0)).isEqualTo(18); // "# about b" is indented by 2
    assertThat(lines.commentsAbove(18, 2)).isEqualTo(6);
  }

  @Test
  void commentsBelowTakeOnlyDeeperLines() {
    assertThat(lines.commentsBelow(28, 2)).isEqualTo(41);
    assertThat(lines.commentsBelow(28, 1)).isEqualTo(50);
    assertThat(lines.commentsBelow(28, 4)).isEqualTo(28);
  }

  @Test
  void offsetsAtAndPastTheEndsAreTheTextsEnds() {
    Lines noFinalBreak = new Lines("a: 1\nb: 2");

    assertThat(lines.lineStart(0)).isEqualTo(0);
    assertThat(lines.lineStart(-3)).isEqualTo(0);
    assertThat(lines.lineStart(TEXT.length() + 5)).isEqualTo(TEXT.length());
    assertThat(lines.lineEnd(TEXT.length())).isEqualTo(TEXT.length());
    assertThat(noFinalBreak.lineStart(9)).isEqualTo(5);
    assertThat(noFinalBreak.lineEnd(5)).isEqualTo(9);
    assertThat(noFinalBreak.skipBlankLines(5)).isEqualTo(5);
    assertThat(new Lines("a\n\n  \n").skipBlankLines(2)).isEqualTo(6);
    assertThat(new Lines("a\r\n\r\n\tb").skipBlankLines(3)).isEqualTo(5);
  }

  @Test
  void lineStartsAndEndsAreTheLineBreaksAroundAnOffsetWhereverItStands() {
    for (String text : new String[] {TEXT, "", "\n", "a", "a\r\n\r\nb", "\n\nx\n"}) {
      Lines over = new Lines(text);
      for (int i = -1; i <= text.length() + 1; i++) {
        int start = Math.min(Math.max(i, 0), text.length());
        while (start > 0 && text.charAt(start - 1) != '\n') {
          start--;
        }
        int end = Math.max(i, 0);
        while (end < text.length() && text.charAt(end) != '\n') {
          end++;
        }
        end = Math.min(end + 1, text.length());
        assertThat(over.lineStart(i)).as("lineStart %d of %s", i, text).isEqualTo(start);
        assertThat(over.lineEnd(i)).as("lineEnd %d of %s", i, text).isEqualTo(end);
      }
    }
  }
}
