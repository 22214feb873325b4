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
  void aKeyAfterAnIndicatorOwnsNoLineAndFlowEntriesOwnNone() {
    String text = "list:\n  - a: 1\n    b: 2\nflow: {x: 1}\n";
    SourceNode.Mapping root = root(text);
    SourceNode.Mapping item = (SourceNode.Mapping) ((SourceNode.Sequence) root.entries().get(0).value())
        .node(0);

    assertThat(item.entries().get(0).decor().ownLine()).isFalse();
    assertThat(item.entries().get(1).decor().ownLine()).isTrue();
    assertThat(((SourceNode.Mapping) root.entries().get(1).value()).entries().get(0).decor())
        .isEqualTo(Decor.FLOW);
  }

  @Test
  void noEntryClaimsALineOfTheOneBefore() {
    String text = "a: \"one\n  # not a comment\"\nb: 2\n";
    List<SourceNode.Entry> entries = root(text).entries();

    assertThat(entries.get(1).decor().start()).isEqualTo(entries.get(0).decor().end());
    assertThat(owned(text, entries.get(1).decor())).isEqualTo("b: 2\n");
  }
}
