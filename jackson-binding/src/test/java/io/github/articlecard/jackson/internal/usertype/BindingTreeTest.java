package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BindingTree}: the data a user's type binds from gives every fraction's decimal value as it
 * was written, at every level and through aliases, reads the same doubles as before, and never
 * changes the front matter data.
 */
class BindingTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record Prices(BigDecimal price, List<BigDecimal> list, Nested nested, BigDecimal copy) {}

  record Nested(List<Deeper> deeper) {}

  record Deeper(BigDecimal cost) {}

  record Doubles(double price, List<Double> list) {}

  private static final String PRICES = """
      price: 19.90
      list: [1.50, 2.0, 3.25, -0.10]
      nested:
        deeper:
          - cost: &c 100.000
      copy: *c
      """;

  @Test
  void aBigDecimalReadsEveryFractionWithTheDecimalsItWasWrittenWith() throws Exception {
    ParsedCard card = FrontMatters.card(PRICES);

    Prices prices = MAPPER.treeToValue(BindingTree.of(card.source()), Prices.class);

    assertThat(prices.price()).isEqualTo(new BigDecimal("19.90"));
    assertThat(prices.list()).containsExactly(new BigDecimal("1.50"), new BigDecimal("2.0"),
        new BigDecimal("3.25"), new BigDecimal("-0.10"));
    assertThat(prices.nested().deeper().get(0).cost()).isEqualTo(new BigDecimal("100.000"));
    assertThat(prices.copy()).isEqualTo(new BigDecimal("100.000"));
  }

  @Test
  void aDoubleReadsTheSameDoubleAsFromTheData() throws Exception {
    ParsedCard card = FrontMatters.card(PRICES);

    Doubles doubles = MAPPER.treeToValue(BindingTree.of(card.source()), Doubles.class);

    assertThat(doubles).isEqualTo(MAPPER.treeToValue(card.source().data(), Doubles.class));
    assertThat(doubles.price()).isEqualTo(19.9);
  }

  @Test
  void theFrontMatterDataIsNeverChanged() {
    ParsedCard card = FrontMatters.card(PRICES + "title: T\nother: {a: [x]}\n");
    JsonNode before = card.source().data().deepCopy();
    JsonNode title = card.source().data().get("title");
    JsonNode other = card.source().data().get("other");

    JsonNode tree = BindingTree.of(card.source());

    assertThat(card.source().data()).isEqualTo(before);
    assertThat(tree).isEqualTo(before);
    assertThat(tree.get("title")).isSameAs(title);
    assertThat(tree.get("other")).isSameAs(other);
  }

  @Test
  void dataWithoutFractionsIsTheVeryData() {
    for (String frontMatter : List.of("title: T\n", "count: 3\nbig: 1.0e400\n",
        "list: [a, {b: 1}]\nnested: {deep: [[1]]}\n", "a: .inf\nb: -.inf\nc: .nan\n")) {
      ParsedCard card = FrontMatters.card(frontMatter);

      assertThat(BindingTree.of(card.source())).as(frontMatter).isSameAs(card.source().data());
    }
  }
}
