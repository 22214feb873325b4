package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Which lines each entry and item owns is decided once per collection, when first asked for. */
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
  void anEntryTellsOfBlankLinesAboveItAsItsDecorDoesWithoutWorkingItOut() {
    // spaceBefore() answers from the entry and its sibling alone, until the decor is known
    String[] between = {"", "\n", "# c\n", "  # deeper\n", "\n# c\n", "# c\n\n",
        "  # deeper\n\n", "\n  # deeper\n", "    # deeper still\n# c\n", "\n\n# c\n# d\n",
        " # one in\n\n", "#\n", "   \n", "  \n\n"};
    // blank lines inside values (folded, quoted, flow, nested) are the value's own, not above
    // the next entry; the reader's note that nothing stands between must agree with the decor
    String[] values = {" 1", " 1 # trailing", "\n  x: 1\n  y: 2", "\n  - a\n  - b", " |+\n  kept\n",
        " |+\n  kept\n\n", " >-\n  folded", " \"q\"", " [a, b]", "", "\n  x: 1\n\n  # in x\n  y: 2",
        " &a", " &a\n  x: 1", " !!str", " |\n  text\n\n  more\n", " >\n  folded\n\n",
        " \"multi\n\n  line\"", " plain\n\n  continued", " [a,\n\n  b]", " {a: 1,\n  # c\n  b: 2}",
        "\n  - |\n    block in a list", "\n  - a: 1\n    b: |-\n      deep\n\n", " 'single\n\n  quoted'",
        "   ", " 1   "};
    Random random = new Random(20261208);
    int blank = 0;
    int asked = 0;
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "# top\n");
      int keys = 2 + random.nextInt(5);
      for (int k = 0; k < keys; k++) {
        if (k > 0) {
          text.append(between[random.nextInt(between.length)]);
        }
        String key = random.nextInt(8) == 0 ? "? k" + k + "\n:" : "k" + k + ":";
        text.append(key).append(values[random.nextInt(values.length)]);
        if (text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
      }
      for (String eol : new String[] {"\n", "\r\n"}) {
        String yaml = text.toString().replace("\n", eol);
        SourceNode.Mapping lazy;
        SourceNode.Mapping worked;
        try {
          lazy = root(yaml);
          worked = root(yaml);
        } catch (RuntimeException refused) {
          continue; // a combination YAML does not allow (a kept scalar's lines before a key)
        }
        List<SourceNode.Mapping> lazyMappings = blockMappings(lazy);
        List<SourceNode.Mapping> workedMappings = blockMappings(worked);
        for (int m = 0; m < lazyMappings.size(); m++) {
          List<SourceNode.Entry> entries = lazyMappings.get(m).entries();
          for (int i = 1; i < entries.size(); i++) {
            boolean expected = workedMappings.get(m).entries().get(i).decor().spaceBefore();
            assertThat(entries.get(i).spaceBefore()).as("%s, entry %d of%n%s", m, i, yaml)
                .isEqualTo(expected);
            asked++;
            blank += expected ? 1 : 0;
          }
        }
      }
    }
    assertThat(blank).as("entries with blank lines above").isGreaterThan(asked / 10);
    assertThat(asked - blank).as("entries without").isGreaterThan(asked / 10);
  }

  @Test
  void threadsAskingAtOnceGetTheDecorsOneThreadWorksOut() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(i % 3 == 0 ? "\n# group " + i + "\n" : "").append("k").append(i)
          .append(":\n  - a: ").append(i).append("\n    # deeper\n  - b\n");
    }
    String yaml = text.toString();
    List<Decor> expected = decors(root(yaml), false);
    for (int attempt = 0; attempt < 20; attempt++) {
      SourceNode.Mapping shared = root(yaml);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Decor>>> asked = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          boolean backwards = t % 2 == 1;
          asked.add(pool.submit(() -> decors(shared, backwards)));
        }
        for (Future<List<Decor>> found : asked) {
          assertThat(found.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  /** Every decor of the tree, top-level entries first, asked for from the first or the last. */
  private static List<Decor> decors(SourceNode.Mapping root, boolean backwards) {
    List<SourceNode.Entry> entries = new ArrayList<>(root.entries());
    if (backwards) {
      Collections.reverse(entries);
    }
    Decor[] found = new Decor[entries.size() * 3];
    for (SourceNode.Entry entry : entries) {
      int at = entry.index() * 3;
      entry.spaceBefore();
      found[at] = entry.decor();
      List<SourceNode.Item> items = ((SourceNode.Sequence) entry.value()).items();
      found[at + 1] = items.get(backwards ? 1 : 0).decor();
      found[at + 2] = items.get(backwards ? 0 : 1).decor();
      if (backwards) {
        Decor swap = found[at + 1];
        found[at + 1] = found[at + 2];
        found[at + 2] = swap;
      }
    }
    return List.of(found);
  }

  private static List<SourceNode.Mapping> blockMappings(SourceNode.Mapping root) {
    List<SourceNode.Mapping> found = new ArrayList<>();
    List<SourceNode> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      SourceNode node = stack.remove(stack.size() - 1);
      if (node instanceof SourceNode.Mapping mapping) {
        if (!mapping.flow()) {
          found.add(mapping);
        }
        mapping.entries().forEach(entry -> stack.add(entry.value()));
      } else if (node instanceof SourceNode.Sequence sequence) {
        sequence.items().forEach(item -> stack.add(item.node()));
      }
    }
    return found;
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
