package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines each entry and item owns is decided once, when the source map is built. */
class DecorTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULTS;
  private static final String TEXT = """
      # about a
      a: 1 # one

      # about b
      b:
        - x
        # about y
        - y
          # deeper, y's
      c: {d: 1}
      """;

  private static SourceNode.Mapping root(String text) {
    SourceNode.Mapping root = CardReader.readFrontMatter(text, LIMITS, SourceText.of(text), 0).root();
    assertThat(root).isNotNull();
    return root;
  }

  private static String owned(String text, Decor decor) {
    return text.substring(decor.start(), decor.end());
  }

  @Test
  void anEntryOwnsItsCommentsAboveItsLinesAndItsTrailingComment() {
    List<SourceNode.Entry> entries = root(TEXT).entries();

    assertThat(owned(TEXT, entries.get(0).decor())).isEqualTo("# about a\na: 1 # one\n");
    assertThat(owned(TEXT, entries.get(1).decor()))
        .isEqualTo("# about b\nb:\n  - x\n  # about y\n  - y\n    # deeper, y's\n");
    assertThat(owned(TEXT, entries.get(2).decor())).isEqualTo("c: {d: 1}\n");
  }

  @Test
  void blankLinesBelongToNoOneButAreToldAbout() {
    List<SourceNode.Entry> entries = root(TEXT).entries();
    Decor b = entries.get(1).decor();

    assertThat(b.spaceBefore()).isTrue();
    assertThat(TEXT.substring(b.blankStart(), b.start())).isEqualTo("\n");
    assertThat(entries.get(0).decor().blankAfter()).isTrue();
    assertThat(entries.get(2).decor().spaceBefore()).isFalse();
    assertThat(entries.get(2).decor().blankAfter()).isTrue(); // the end of the text
  }

  @Test
  void itemsOwnTheirCommentsAtTheDashColumnAndDeeperOnesBelow() {
    SourceNode.Sequence b = (SourceNode.Sequence) root(TEXT).entries().get(1).value();

    assertThat(owned(TEXT, b.items().get(0).decor())).isEqualTo("  - x\n");
    assertThat(owned(TEXT, b.items().get(1).decor())).isEqualTo("  # about y\n  - y\n    # deeper, y's\n");
    assertThat(TEXT.charAt(b.items().get(1).dash())).isEqualTo('-');
  }

  @Test
  void aKeyAfterAnIndicatorOwnsNoLine() {
    String text = "list:\n  - a: 1\n    b: 2\n";
    SourceNode.Mapping root = root(text);
    SourceNode.Mapping item = (SourceNode.Mapping) ((SourceNode.Sequence) root.entries().get(0).value())
        .node(0);

    assertThat(item.entries().get(0).decor().ownLine()).isFalse();
    assertThat(item.entries().get(1).decor().ownLine()).isTrue();
  }

  @Test
  void anExplicitKeyOwnsTheLinesFromItsQuestionMark() {
    String text = "# about t\n? t\n: 1 # one\nn: 2\n";
    List<SourceNode.Entry> entries = root(text).entries();

    assertThat(entries.get(0).decor().ownLine()).isTrue();
    assertThat(owned(text, entries.get(0).decor())).isEqualTo("# about t\n? t\n: 1 # one\n");
  }

  @Test
  void aFlowEntryOwnsItsTextItsCommaAndTheCommentAfterIt() {
    String text = "{a: 1, b: 2, # two\n  # about c\n  c: 3,\n  d: [4]\n}\n";
    List<SourceNode.Entry> entries = root(text).entries();

    assertThat(owned(text, entries.get(0).decor())).isEqualTo("a: 1, ");
    assertThat(owned(text, entries.get(1).decor())).isEqualTo("b: 2, # two\n");
    assertThat(owned(text, entries.get(2).decor())).isEqualTo("  # about c\n  c: 3,\n");
    assertThat(owned(text, entries.get(3).decor())).isEqualTo("  d: [4]\n");
    assertThat(entries.get(0).decor().ownLine()).isFalse();
    assertThat(entries.get(2).decor().ownLine()).isTrue();
  }

  @Test
  void aFlowEntryOwnsACommaOnTheNextLineAndNotTheClosingBrace() {
    String text = "{a: 1 # one\n , b: 2}\n";
    List<SourceNode.Entry> entries = root(text).entries();

    assertThat(owned(text, entries.get(0).decor())).isEqualTo("a: 1 # one\n , ");
    assertThat(owned(text, entries.get(1).decor())).isEqualTo("b: 2");
  }

  @Test
  void flowSequenceItemsOwnNothing() {
    SourceNode.Sequence flow = (SourceNode.Sequence) root("l: [a, b]\n").entries().get(0).value();

    assertThat(flow.items().get(0).decor()).isEqualTo(Decor.FLOW);
  }

  @Test
  void noEntryClaimsALineOfTheOneBefore() {
    String text = "a: \"one\n  # not a comment\"\nb: 2\n";
    List<SourceNode.Entry> entries = root(text).entries();

    assertThat(entries.get(1).decor().start()).isEqualTo(entries.get(0).decor().end());
    assertThat(owned(text, entries.get(1).decor())).isEqualTo("b: 2\n");
  }

  @Test
  void aKeepChompedScalarsEntryOwnsItsTrailingBlankLinesAndEndsInThem() {
    String text = "a: |+\n  x\n\n\nb: >2+\n   y\n\n # c\nc: |\n  z\n\nd: 1\n";
    List<SourceNode.Entry> entries = root(text).entries();

    assertThat(owned(text, entries.get(0).decor())).isEqualTo("a: |+\n  x\n\n\n");
    assertThat(entries.get(0).decor().endsInKeptLines()).isTrue();
    assertThat(owned(text, entries.get(1).decor())).isEqualTo("b: >2+\n   y\n\n # c\n");
    assertThat(entries.get(1).decor().endsInKeptLines()).isFalse(); // a comment ends them
    assertThat(owned(text, entries.get(2).decor())).isEqualTo("c: |\n  z\n"); // clipped: not its
    assertThat(entries.get(3).decor().spaceBefore()).isTrue();
  }

  @Test
  void anEntryRightAfterKeptLinesTakesTheBlankLinesAfterItWhenRemoved() {
    String text = "m:\n  a: |+\n    x\n  b: 1\n\n  c: 2\n";
    SourceNode.Mapping m = (SourceNode.Mapping) root(text).entries().get(0).value();
    Decor b = m.entries().get(1).decor();

    assertThat(m.endsInKeptLines()).isFalse();
    assertThat(text.substring(b.start(), b.removalEnd())).isEqualTo("  b: 1\n\n");
    assertThat(m.entries().get(2).decor().removalEnd()).isEqualTo(m.entries().get(2).decor().end());
  }

  @Test
  void aCommentBetweenADashAndItsItemDoesNotHideTheDash() {
    String text = "l:\n  - # first\n    # more\n    a: 1\n  - b\n";
    SourceNode.Sequence l = (SourceNode.Sequence) root(text).entries().get(0).value();

    assertThat(l.items().get(0).dash()).isEqualTo(text.indexOf('-'));
    assertThat(owned(text, l.items().get(0).decor())).isEqualTo("  - # first\n    # more\n    a: 1\n");
  }
}
