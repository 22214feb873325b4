package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each limit, just under and just over its bound: the under case reads, the over case says which setting to raise. */
class LimitsTest {

  private static void readsAt(CardMapper mapper, String text) {
    assertThat(mapper.read(text).text()).isEqualTo(text);
  }

  private static void failsAt(CardMapper mapper, String text, String phrase, String setting) {
    assertThatThrownBy(() -> mapper.read(text)).isInstanceOf(CardParseException.class)
        .hasMessageContaining(phrase).hasMessageContaining("CardMapper.builder()." + setting + "(...)");
  }

  private static String card(String frontMatter) {
    return "---\n" + frontMatter + "---\n";
  }

  @Test
  void inputSize() {
    CardMapper mapper = CardMapper.builder().maxInputSize(20).build();
    String twenty = card("a: 12345678901\n");        // 4 + 15 + 4 characters = 23
    String exact = card("a: 12345678\n");            // 20
    assertThat(exact).hasSize(20);

    readsAt(mapper, exact);
    assertThat(mapper.read(exact.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(exact);
    failsAt(mapper, twenty, "more than the limit of 20", "maxInputSize");
    assertThatThrownBy(() -> mapper.read(twenty.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CardParseException.class).hasMessageContaining("maxInputSize");
  }

  @Test
  void defaultInputSizeIsEightMebibytes() {
    CardMapper mapper = CardMapper.builder().build();
    String head = card("a: 1\n");
    String atLimit = head + "x".repeat(8 * 1024 * 1024 - head.length());

    readsAt(mapper, atLimit);
    failsAt(mapper, atLimit + "x", "more than the limit of 8388608", "maxInputSize");
  }

  @Test
  void frontMatterSize() {
    CardMapper mapper = CardMapper.builder().maxFrontMatterSize(10).build();

    readsAt(mapper, card("a: 123456\n"));                       // 10 characters
    failsAt(mapper, card("a: 1234567\n"), "front matter is 11 characters long", "maxFrontMatterSize");
  }

  @Test
  void defaultFrontMatterSizeIsOneMebibyte() {
    CardMapper mapper = CardMapper.builder().build();
    String value = "x".repeat(500_000);
    String base = "a: " + value + "\nb: " + value + "\nc: ";
    String atLimit = base + "y".repeat(1024 * 1024 - base.length() - 1) + "\n";

    readsAt(mapper, card(atLimit));
    failsAt(mapper, card(atLimit.replace("\nc: ", "\nc: y")), "more than the limit of 1048576",
        "maxFrontMatterSize");
  }

  @Test
  void nestingDepth() {
    CardMapper mapper = CardMapper.builder().maxNestingDepth(3).build();

    readsAt(mapper, card("a: [[x]]\n"));
    readsAt(mapper, card("a:\n  b:\n    c: x\n"));
    failsAt(mapper, card("a: [[[x]]]\n"), "deeper than the limit of 3 levels", "maxNestingDepth");
    failsAt(mapper, card("a:\n  b:\n    c:\n      d: x\n"), "deeper than the limit of 3 levels",
        "maxNestingDepth");
  }

  @Test
  void defaultNestingDepthIsSixtyFour() {
    CardMapper mapper = CardMapper.builder().build();

    readsAt(mapper, card("a: " + "[".repeat(63) + "]".repeat(63) + "\n"));
    failsAt(mapper, card("a: " + "[".repeat(64) + "]".repeat(64) + "\n"), "limit of 64 levels",
        "maxNestingDepth");
  }

  @Test
  void aliasCount() {
    CardMapper mapper = CardMapper.builder().maxAliases(2).build();

    readsAt(mapper, card("a: &x 1\nb: *x\nc: *x\n"));
    failsAt(mapper, card("a: &x 1\nb: *x\nc: *x\nd: *x\n"), "more than 2 aliases", "maxAliases");
  }

  @Test
  void defaultAliasCountIsOneHundred() {
    CardMapper mapper = CardMapper.builder().build();
    String hundred = "a: &x 1\nb: [" + "*x, ".repeat(99) + "*x]\n";

    readsAt(mapper, card(hundred));
    failsAt(mapper, card(hundred + "c: *x\n"), "more than 100 aliases", "maxAliases");
  }

  @Test
  void aliasExpansion() {
    CardMapper mapper = CardMapper.builder().maxAliasExpansion(8).build();
    String list = "a: &x [1, 2, 3]\n";               // stands for 4 values

    readsAt(mapper, card(list + "b: *x\nc: *x\n"));   // 8
    failsAt(mapper, card(list + "b: *x\nc: *x\nd: *x\n"), "aliases expand to more than 8 values",
        "maxAliasExpansion");
  }

  @Test
  void aliasExpansionSize() {
    CardMapper mapper = CardMapper.builder().maxAliasExpansionSize(20).build();
    String value = "a: &x \"0123456789\"\n";        // stands for 10 characters

    readsAt(mapper, card(value + "b: *x\nc: *x\n"));  // 20
    failsAt(mapper, card(value + "b: *x\nc: *x\nd: *x\n"),
        "aliases expand to more than 20 characters", "maxAliasExpansionSize");
  }

  @Test
  void defaultAliasExpansionSizeIsOneMebibyte() {
    CardMapper mapper = CardMapper.builder().build();
    String value = "a: &x \"" + "x".repeat(256 * 1024) + "\"\n";

    readsAt(mapper, card(value + "b: [*x, *x, *x, *x]\n"));
    failsAt(mapper, card(value + "b: [*x, *x, *x, *x, *x]\n"), "more than 1048576 characters",
        "maxAliasExpansionSize");
  }

  @Test
  void numberLengthCountsTaggedNumbersQuotedOrNot() {
    CardMapper mapper = CardMapper.builder().maxNumberLength(5).build();

    readsAt(mapper, card("a: !!int \"12345\"\nb: !!float '1.234'\nc: !!int 12345\n"));
    failsAt(mapper, card("a: !!int \"123456\"\n"), "number is 6 characters long", "maxNumberLength");
    failsAt(mapper, card("a: !!float '1.2345'\n"), "number is 6 characters long", "maxNumberLength");
    failsAt(mapper, card("a: !!int 123456\n"), "number is 6 characters long", "maxNumberLength");
    failsAt(mapper, card("a: !<tag:yaml.org,2002:int> \"123456\"\n"), "number is 6 characters",
        "maxNumberLength");
    readsAt(mapper, card("d: !!str 123456\ne: \"123456\"\n"));   // text, not numbers
  }

  @Test
  void scalarLength() {
    CardMapper mapper = CardMapper.builder().maxScalarLength(10).build();

    readsAt(mapper, card("a: \"" + "x".repeat(10) + "\"\n"));
    failsAt(mapper, card("a: \"" + "x".repeat(11) + "\"\n"), "value is 11 characters long",
        "maxScalarLength");
  }

  @Test
  void numberLength() {
    CardMapper mapper = CardMapper.builder().maxNumberLength(5).build();

    readsAt(mapper, card("a: 12345\nb: 1.234\n"));
    failsAt(mapper, card("a: 123456\n"), "number is 6 characters long", "maxNumberLength");
    failsAt(mapper, card("b: 1.2345\n"), "number is 6 characters long", "maxNumberLength");
    readsAt(mapper, card("c: \"123456\"\nd: 0x12345\n"));   // text, not numbers
  }

  @Test
  void keyLength() {
    CardMapper mapper = CardMapper.builder().maxKeyLength(4).build();

    readsAt(mapper, card("abcd: 1\n"));
    failsAt(mapper, card("abcde: 1\n"), "key is 5 characters long", "maxKeyLength");
    // every key, not only the first of its mapping: later, nested, in list items, quoted, in flow
    for (String frontMatter : List.of("a: 1\nabcde: 2\n", "p:\n  a: 1\n  abcde: 2\n",
        "l:\n  - a: 1\n    abcde: 2\n", "a: 1\n\"abcde\": 2\n", "a: 1\r\n'abcde': 2\r\n",
        "p: {a: 1, abcde: 2}\n", "? a\n: 1\n? abcde\n: 2\n")) {
      failsAt(mapper, card(frontMatter), "key is 5 characters long", "maxKeyLength");
    }
  }

  @Test
  void settingsRejectNonsense() {
    assertThatThrownBy(() -> CardMapper.builder().maxInputSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardMapper.builder().maxNestingDepth(1001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardMapper.builder().maxAliases(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void editsAreCheckedAgainstTheSameLimits() {
    CardMapper mapper = CardMapper.builder().maxScalarLength(10).build();
    CardDocument doc = mapper.read(card("a: x\n"));
    var data = doc.frontMatter().put("a", "y".repeat(11));

    assertThatThrownBy(() -> doc.withFrontMatter(data)).isInstanceOf(CardException.class)
        .hasMessageContaining("cannot write the front matter");
  }
}
