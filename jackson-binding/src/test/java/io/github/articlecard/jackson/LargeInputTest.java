package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Generated inputs near the size limits, of every shape that once cost more than linear time to
 * read (issue 10, class 3): long values on one line (plain, quoted, escaped), wide flow and block
 * mappings, long lists, deep nesting repeated, many lines. They read completely and correctly;
 * how long they take is measured with JMH and outside the tests, never asserted here.
 */
class LargeInputTest {
  private static final CardMapper ROOMY = CardMapper.builder().maxScalarLength(1024 * 1024).build();
  private static final int MEBIBYTE = 1024 * 1024;

  private static String card(String frontMatter) {
    return "---\n" + frontMatter + "---\n";
  }

  @Test
  void aValueOfNearlyAMebibyteOnOneLineReadsInEveryStyle() {
    int length = MEBIBYTE - 100;
    String x = "x".repeat(length);
    String spaced = "ab ".repeat(length / 3);

    assertThat(ROOMY.read(card("a: " + x + "\n")).frontMatter().get("a").textValue()).hasSize(length);
    assertThat(ROOMY.read(card("a: \"" + x + "\"\n")).frontMatter().get("a").textValue())
        .isEqualTo(x);
    assertThat(ROOMY.read(card("a: '" + spaced + "'\n")).frontMatter().get("a").textValue())
        .isEqualTo(spaced);
    String escaped = "\\t\\u00e9".repeat(length / 10);
    assertThat(ROOMY.read(card("a: \"" + escaped + "\"\n")).frontMatter().get("a").textValue())
        .isEqualTo("\t\u00e9".repeat(length / 10));
  }

  @Test
  void wideMappingsAndLongListsRead() {
    String flow = "m: {" + join(50_000, i -> "k" + i + ": " + i) + "}\n";
    String block = join(50_000, i -> "key" + i + ": v" + i).replace(", ", "\n") + "\n";
    String list = "l: [" + join(120_000, Integer::toString) + "]\n";

    JsonNode flowData = ROOMY.read(card(flow)).frontMatter();
    JsonNode blockData = ROOMY.read(card(block)).frontMatter();
    JsonNode listData = ROOMY.read(card(list)).frontMatter();

    assertThat(flowData.get("m")).hasSize(50_000);
    assertThat(flowData.at("/m/k49999").intValue()).isEqualTo(49_999);
    assertThat(blockData).hasSize(50_000);
    assertThat(blockData.get("key49999").textValue()).isEqualTo("v49999");
    assertThat(listData.get("l")).hasSize(120_000);
  }

  @Test
  void deepNestingRepeatedAndManyLinesRead() {
    StringBuilder deep = new StringBuilder();
    for (int copy = 0; copy < 200; copy++) {
      deep.append("d").append(copy).append(": ").append("[".repeat(63)).append("x")
          .append("]".repeat(63)).append('\n');
    }
    String literal = "a: |\n" + "  line of a block scalar\n".repeat(40_000);
    String nonBmp = "e: \"" + "\uD83D\uDE00".repeat(200_000) + "\"\nf: after\n";

    assertThat(ROOMY.read(card(deep.toString())).frontMatter()).hasSize(200);
    assertThat(ROOMY.read(card(literal)).frontMatter().get("a").textValue())
        .hasSize(40_000 * 23);
    CardDocument emoji = ROOMY.read(card(nonBmp));
    assertThat(emoji.frontMatter().get("f").textValue()).isEqualTo("after");
    CardParseException afterEmoji = (CardParseException) org.assertj.core.api.Assertions
        .catchThrowable(() -> ROOMY.read(card(nonBmp + "e2: \"\uD83D\uDE00\" f: x\n")));
    assertThat(afterEmoji.line()).isEqualTo(4);
    assertThat(afterEmoji.column()).isEqualTo(7); // the closing quote, counted in code points
  }

  private static String join(int count, IntFunction<String> item) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ", ").append(item.apply(i));
    }
    return out.toString();
  }
}
