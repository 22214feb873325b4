package io.github.articlecard.testkit;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.internal.LineDiff;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on how an edit changed a card text. Line numbers are 1-based lines of the text before
 * the edit. Failures show the unified diff of the edit.
 *
 * <pre>{@code
 * assertThat(text)
 *     .afterEditing(card -> card.toBuilder().quality(60).build())
 *     .changesOnlyLines(12);
 * assertThat(text)
 *     .afterEditing(card -> card.toBuilder().addTopic("Robots").build())
 *     .onlyInsertsAfterLine(21, "  - Robots");
 * }</pre>
 */
public final class CardEditAssert extends AbstractAssert<CardEditAssert, String> {
  private final String before;

  CardEditAssert(String before, String after) {
    super(after, CardEditAssert.class);
    this.before = before;
  }

  /**
   * Checks that the edit replaced or removed only the given lines and inserted nothing elsewhere.
   *
   * @param lines 1-based lines of the text before the edit
   * @return this assertion
   */
  public CardEditAssert changesOnlyLines(int... lines) {
    Set<Integer> allowed = Arrays.stream(lines).boxed().collect(Collectors.toSet());
    for (LineDiff.Hunk hunk : hunks()) {
      if (hunk.removed().isEmpty()) {
        fail("it inserted lines after line " + hunk.oldStart() + " without changing a line there");
      }
      for (int i = 0; i < hunk.removed().size(); i++) {
        if (!allowed.contains(hunk.oldStart() + 1 + i)) {
          fail("it changed line " + (hunk.oldStart() + 1 + i) + ", which is not one of " + allowed);
        }
      }
    }
    return this;
  }

  /**
   * Checks that every line the edit removed, replaced or inserted lies within the given lines (an
   * insertion may also come right after the last of them).
   *
   * @param first the first 1-based line of the range
   * @param last the last 1-based line of the range
   * @return this assertion
   */
  public CardEditAssert changesOnlyLinesWithin(int first, int last) {
    for (LineDiff.Hunk hunk : hunks()) {
      int start = hunk.oldStart() + 1;
      int end = hunk.oldStart() + hunk.removed().size();
      boolean inside = hunk.removed().isEmpty()
          ? start >= first && start <= last + 1
          : start >= first && end <= last;
      if (!inside) {
        fail("it changed text outside lines " + first + " to " + last);
      }
    }
    return this;
  }

  /**
   * Checks that the edit changed no existing line and only inserted these lines (without their line
   * breaks) right after the given line.
   *
   * @param line the 1-based line the new lines follow (0 for the very start)
   * @param inserted the inserted lines, without line breaks
   * @return this assertion
   */
  public CardEditAssert onlyInsertsAfterLine(int line, String... inserted) {
    List<LineDiff.Hunk> hunks = hunks();
    if (hunks.size() != 1 || !hunks.get(0).removed().isEmpty() || hunks.get(0).oldStart() != line
        || !hunks.get(0).added().stream().map(CardEditAssert::withoutBreak).toList()
            .equals(List.of(inserted))) {
      fail("it should only insert " + List.of(inserted) + " after line " + line);
    }
    return this;
  }

  /**
   * Checks that the text did not change at all.
   *
   * @return this assertion
   */
  public CardEditAssert changesNothing() {
    if (!hunks().isEmpty()) {
      fail("it should change nothing");
    }
    return this;
  }

  void readsBackAs(ArticleCard edited, CardMapper mapper) {
    ArticleCard reread = mapper.read(actual).card();
    if (!reread.equals(edited)) {
      new ArticleCardAssert(reread).isEqualToCard(edited);
    }
  }

  private List<LineDiff.Hunk> hunks() {
    isNotNull();
    return LineDiff.between(before, actual);
  }

  private void fail(String what) {
    failWithMessage("Expected the edit to be minimal, but %s:%n%s", what,
        LineDiff.unified("before", "after", before, actual, 2));
  }

  private static String withoutBreak(String line) {
    return line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
        : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }
}
