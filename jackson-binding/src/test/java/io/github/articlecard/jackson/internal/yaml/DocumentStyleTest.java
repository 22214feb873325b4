package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Through the sibling policy, a new string takes the style most of the document's strings use. */
class DocumentStyleTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULTS;

  private static StylePolicy within(String text) {
    return StylePolicy.SIBLINGS.within(CardReader.readFrontMatter(text, LIMITS, SourceText.of(text), 0));
  }

  @Test
  void theStyleMostValuesUseWinsWhateverTheKey() {
    StylePolicy plain = within("title: Hello\nlayout: post\nlink: \"x\"\n");

    assertThat(plain.stringStyle(List.of("excerpt"))).isEqualTo(ScalarStyle.PLAIN);
    assertThat(plain.stringStyle(List.of("title"))).isEqualTo(ScalarStyle.PLAIN);
    assertThat(within("a: 'x'\nb: 'y'\nc: z\n").stringStyle(List.of("new")))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
  }

  @Test
  void onATieTheFirstStringsStyleWins() {
    assertThat(within("a: \"x\"\nb: y\n").stringStyle(List.of("c"))).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(within("a: y\nb: \"x\"\n").stringStyle(List.of("c"))).isEqualTo(ScalarStyle.PLAIN);
  }

  @Test
  void listItemsAreCountedApart() {
    StylePolicy policy = within("title: \"T\"\ntags: ['a', 'b']\n");

    assertThat(policy.stringStyle(List.of("tags", 2))).isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(policy.stringStyle(List.of("excerpt"))).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  @Test
  void aDocumentWithoutStringsGetsTheDefaults() {
    StylePolicy policy = within("n: 1\nblock: |\n  text\nflag: true\n");

    assertThat(policy.stringStyle(List.of("new"))).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(policy.stringStyle(List.of("list", 0))).isEqualTo(ScalarStyle.PLAIN);
  }
}
