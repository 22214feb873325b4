package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * What aliases expand to is bounded in characters as well as in values (issue 10, class 2): a
 * large value aliased a few times is refused when it is read, naming
 * {@code maxAliasExpansionSize}, before anything (binding, copying, writing) materialises it.
 */
class AliasExpansionTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  /** A big scalar aliased through {@code levels} levels of {@code fanOut} aliases. */
  private static String bomb(int scalarLength, int levels, int fanOut, String anchor) {
    StringBuilder text = new StringBuilder("---\ntitle: \"T\"\n")
        .append(anchor).append("0: &").append(anchor).append("0 \"")
        .append("x".repeat(scalarLength)).append("\"\n");
    for (int level = 1; level <= levels; level++) {
      text.append(anchor).append(level).append(": &").append(anchor).append(level).append(" [");
      for (int i = 0; i < fanOut; i++) {
        text.append(i == 0 ? "" : ", ").append('*').append(anchor).append(level - 1);
      }
      text.append("]\n");
    }
    return text.append("---\nbody\n").toString();
  }

  @Test
  void aFiveHundredKilobyteValueAliasedThroughFourLevelsOfNineIsRefused() {
    String text = bomb(500_000, 4, 9, "big");

    CardParseException e = parseError(MAPPER, text);

    // the third *big0 makes 1.5 million characters, over the default of 1 MiB
    assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(28);
    assertThat(e.problem()).contains("aliases expand to more than 1048576 characters")
        .contains("CardMapper.builder().maxAliasExpansionSize(...)");
  }

  @Test
  void theCharacterLimitCountsKeysAndNestedAliasesToo() {
    CardMapper mapper = CardMapper.builder().maxAliasExpansionSize(100).build();
    // each *m stands for the keys "ab" and "cd" and the values: 2 + 10 + 2 + 10 = 24 characters
    String mapping = "---\nm: &m {ab: \"0123456789\", cd: 0123456789}\n";

    assertThat(mapper.read(mapping + "l: [*m, *m, *m, *m]\n---\n").frontMatter().get("l"))
        .hasSize(4);
    assertThatThrownBy(() -> mapper.read(mapping + "l: [*m, *m, *m, *m, *m]\n---\n"))
        .isInstanceOf(CardParseException.class).hasMessageContaining("more than 100 characters");
    // an alias of a list of aliases counts all that it stands for: 2 x 24, then 4 x 24 > 100
    String nested = mapping + "n: &n [*m, *m]\nq: [*n, *n]\n---\n";
    CardParseException e = parseError(mapper, nested);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(9);
  }

  @Test
  void theLimitIsASettingAndUnderItAliasesReadEditAndWrite() {
    String text = bomb(20_000, 2, 9, "a"); // 9 x 20,000 + 9 x 180,000 = 1.8 million characters
    assertThat(catchThrowable(() -> MAPPER.read(text))).isInstanceOf(CardParseException.class);
    CardMapper roomy = CardMapper.builder().maxAliasExpansionSize(2_000_000)
        .maxFrontMatterSize(4_000_000).maxInputSize(4_000_000).build();

    CardDocument doc = roomy.read(text);
    ObjectNode data = doc.frontMatter();
    data.put("title", "edited");

    assertThat(doc.card().extras().keys()).containsExactly("a0", "a1", "a2");
    String edited = doc.withFrontMatter(data).text();
    assertThat(edited).isEqualTo(text.replace("title: \"T\"", "title: \"edited\""));
    assertThat(roomy.read(edited).frontMatter()).isEqualTo(data);
  }

  @Test
  void zeroAllowsAliasesOfEmptyValuesOnly() {
    CardMapper none = CardMapper.builder().maxAliasExpansionSize(0).build();

    assertThat(none.read("---\na: &e \"\"\nb: *e\nc: &l []\nd: *l\n---\n").frontMatter().get("d"))
        .isEmpty();
    assertThatThrownBy(() -> none.read("---\na: &x y\nb: *x\n---\n"))
        .hasMessageContaining("maxAliasExpansionSize");
    assertThatThrownBy(() -> CardMapper.builder().maxAliasExpansionSize(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blockStyleAndAnchoredMappingsCountTheSame() {
    StringBuilder text = new StringBuilder("---\nbase: &base\n  text: \"")
        .append("y".repeat(300_000)).append("\"\ncopies:\n");
    for (int i = 0; i < 4; i++) {
      text.append("  - *base\n");
    }
    CardParseException e = parseError(MAPPER, text.append("---\n").toString());

    assertThat(e.line()).isEqualTo(8); // the fourth copy: 4 x 300,004 > 1,048,576
    assertThat(e.column()).isEqualTo(5);
  }

  /** {@code name: &name} followed by {@code levels} nested flow lists around {@code *inner}. */
  private static String nestedAround(String name, String inner, int levels) {
    return name + ": &" + name + " " + "[".repeat(levels) + "*" + inner + "]".repeat(levels) + "\n";
  }

  @Test
  void aliasesCountTowardsTheNestingLimitAsIfWrittenOut() {
    // each line nests 40 levels inside the previous one: 81 levels, over the limit of 64
    String text = "---\ntitle: \"T\"\nl0: &l0 x\n" + nestedAround("l1", "l0", 40)
        + nestedAround("l2", "l1", 40) + "---\n";

    CardParseException e = parseError(MAPPER, text);

    assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT);
    assertThat(e.getMessage()).contains("maxNestingDepth").contains("alias *l1");
    assertThat(e.line()).isEqualTo(5);
    // within the limit, the same shapes read, edit and write
    String fits = "---\ntitle: \"T\"\nl0: &l0 x\n" + nestedAround("l1", "l0", 30)
        + "list:\n  - " + nestedAround("l2", "l1", 30).replace("l2: &l2 ", "") + "---\n";
    CardDocument doc = MAPPER.read(fits);
    assertThat(doc.withCard(doc.card()).text()).isEqualTo(fits);
    assertThat(doc.withFrontMatter(doc.frontMatter().put("title", "U")).text())
        .isEqualTo(fits.replace("\"T\"", "\"U\""));
    assertThat(MAPPER.read(MAPPER.write(doc.card())).card()).isEqualTo(doc.card());
  }

  @Test
  void aMappingAnchorAndBlockStyleNestTheSameWay() {
    StringBuilder text = new StringBuilder("---\nbase: &base\n");
    String indent = "  ";
    for (int i = 0; i < 40; i++) {
      text.append(indent).append("k:\n");
      indent += "  ";
    }
    text.append(indent).append("v: 1\ncopy:\n  a:\n    b:\n").append("      ".repeat(1))
        .append("- ".repeat(1)).append("[[[[[[[[[[[[[[[[[[[[[[[[*base]]]]]]]]]]]]]]]]]]]]]]]]\n---\n");

    CardParseException e = parseError(MAPPER, text.toString());

    assertThat(e.getMessage()).contains("maxNestingDepth");
    assertThat(CardMapper.builder().maxNestingDepth(100).build().read(text.toString())
        .frontMatter().at("/copy/a/b/0").isArray()).isTrue();
  }

  private static CardParseException parseError(CardMapper mapper, String text) {
    Throwable thrown = catchThrowable(() -> mapper.read(text));
    assertThat(thrown).isInstanceOf(CardParseException.class);
    return (CardParseException) thrown;
  }
}
