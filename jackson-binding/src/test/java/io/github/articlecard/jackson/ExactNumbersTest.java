package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numbers keep their exact value through reading, binding and writing (issue 10, class 8): no
 * silent rounding ({@code 1.0e400} is not infinity, {@code 1.00} is not {@code 1.0}), and an edit
 * of a number is never a no-op that returns the old text.
 */
class ExactNumbersTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String TEXT = TestFiles.resource("numbers/exact.md");

  @Test
  void readingKeepsEveryDigitAndTheScale() {
    JsonNode data = MAPPER.read(TEXT).frontMatter();

    assertThat(data.get("huge").decimalValue()).isEqualTo(new BigDecimal("1.0e400"));
    assertThat(data.get("tiny").decimalValue()).isEqualTo(new BigDecimal("-2.5e-400"));
    assertThat(data.get("trailingZeros").decimalValue()).isEqualTo(new BigDecimal("1.00"));
    assertThat(data.get("moreZeros").decimalValue()).isEqualTo(new BigDecimal("12.5000"));
    assertThat(data.get("longFraction").decimalValue())
        .isEqualTo(new BigDecimal("3.14159265358979323846264338327950288"));
    assertThat(data.get("plainDouble").isDouble()).isTrue();
    assertThat(data.get("javaScientific").doubleValue()).isEqualTo(1.0e-5);
    assertThat(data.get("scientific").decimalValue()).isEqualTo(new BigDecimal("6.02e23"));
    assertThat(Double.doubleToRawLongBits(data.get("negativeZero").doubleValue()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(data.get("price").decimalValue()).isEqualTo(new BigDecimal("19.90"));
    assertThat(data.at("/nested/values/0").decimalValue()).isEqualTo(new BigDecimal("0.10"));
    assertThat(data.at("/nested/values/1").isDouble()).isTrue();
    // a tagged float is a float, as the YAML 1.2 core schema says: !!float 5 is 5.0
    assertThat(data.at("/nested/tagged").isDouble()).isTrue();
    assertThat(data.at("/nested/tagged").doubleValue()).isEqualTo(5.0);
    assertThat(data.get("wholeNumber").bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
  }

  @Test
  void everyNumberEditedToAnotherExactValueChangesTheTextAndReadsBack() {
    CardDocument doc = MAPPER.read(TEXT);
    List<String> keys = List.of("huge", "tiny", "trailingZeros", "moreZeros", "longFraction",
        "plainDouble", "scientific", "price", "negativeZero");
    for (String key : keys) {
      for (BigDecimal value : List.of(new BigDecimal("2.0e400"), new BigDecimal("1.000"),
          new BigDecimal("1.5"), new BigDecimal("1E+3"), new BigDecimal("-7.25E-401"))) {
        ObjectNode data = doc.frontMatter().put(key, value);
        if (doc.frontMatter().get(key).decimalValue().equals(value)) {
          continue; // the same digits and scale: no change
        }

        CardDocument edited = doc.withFrontMatter(data);

        assertThat(edited.text()).as("%s = %s", key, value).isNotEqualTo(TEXT);
        assertThat(MAPPER.read(edited.text()).frontMatter().get(key).decimalValue())
            .as("%s = %s", key, value).isEqualTo(value);
      }
    }
  }

  @Test
  void anEditIsAChangeOfDigitsOrScaleNotOfJavaType() {
    CardDocument doc = MAPPER.read("---\nx: 1.5\ny: 1.0e400\nz: 1.0\nw: 19.90\n---\n");
    ObjectNode data = doc.frontMatter()
        .put("x", new BigDecimal("1.5")).put("y", new BigDecimal("2.0e400"))
        .put("z", new BigDecimal("1.00")).put("w", new BigDecimal("19.90"));

    String edited = doc.withFrontMatter(data).text();

    // x and w say the same digits as before: no change; y and z are new values
    assertThat(edited).isEqualTo("---\nx: 1.5\ny: 2.0E+400\nz: 1.00\nw: 19.90\n---\n");
    assertThat(MAPPER.read(edited).frontMatter().get("z").decimalValue())
        .isEqualTo(new BigDecimal("1.00"));
  }

  @Test
  void fractionsADoubleHoldsReadAsDoublesThatRememberTheirText() {
    JsonNode data = MAPPER.read("---\na: 1.50\nb: 6.02e23\nc: 9007199254740993.0\n---\n")
        .frontMatter();

    assertThat(data.get("a").isDouble()).isTrue();
    assertThat(data.get("a").doubleValue()).isEqualTo(1.5);
    assertThat(data.get("a").decimalValue()).isEqualTo(new BigDecimal("1.50"));
    assertThat(data.get("b").isDouble()).isTrue();
    assertThat(data.get("c").isBigDecimal()).isTrue(); // 2^53 + 1: a double would round it
    assertThat(MAPPER.read("---\na: 1.50\n---\n").card().extras().get("a"))
        .isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void unknownKeysHoldingDecimalsComeBackExactFromTheCanonicalWriter() {
    List<Object> values = List.of(new BigDecimal("1.00"), new BigDecimal("1.5"),
        new BigDecimal("1E+3"), new BigDecimal("2.0e400"), new BigDecimal("-0.5E-30"),
        new BigDecimal("123456789012345678901234567890.5"), new BigDecimal("0E-10"),
        new BigDecimal("1.5E-25"), 0.1, -0.0, 1e-7, 1.0e22, Double.MAX_VALUE, Double.MIN_VALUE,
        new BigInteger("-98765432109876543210"));
    Extras.Builder extras = Extras.builder();
    for (int i = 0; i < values.size(); i++) {
      extras.put("n" + i, values.get(i));
    }
    ArticleCard card = ArticleCard.builder().title("t").extras(extras.build())
        .provider(io.github.articlecard.Provider.builder()
            .extras(Extras.of(Map.of("rank", List.of(new BigDecimal("9.90"))))).build())
        .build();

    ArticleCard back = MAPPER.read(MAPPER.write(card)).card();

    assertThat(back).isEqualTo(card);
    for (int i = 0; i < values.size(); i++) {
      assertThat(back.extras().get("n" + i)).as("n%d", i).isEqualTo(values.get(i));
    }
  }

  @Test
  void editingADecimalThroughTheCardChangesOnlyItsLine() {
    CardDocument doc = MAPPER.read("---\ntitle: \"t\"\nscore: 1.0e400\nrate: 0.50\n---\n");
    ArticleCard card = doc.card();
    ArticleCard edited = card.toBuilder().extras(card.extras()
        .with("score", new BigDecimal("2.0e400")).with("rate", new BigDecimal("0.5"))).build();

    String text = doc.withCard(edited).text();

    assertThat(text).isEqualTo("---\ntitle: \"t\"\nscore: 2.0E+400\nrate: 0.5E+0\n---\n");
    assertThat(MAPPER.read(text).card()).isEqualTo(edited);
  }

  @Test
  void theUnmodifiedRoundTripKeepsTheText() {
    CardDocument doc = MAPPER.read(TEXT);

    assertThat(doc.withFrontMatter(doc.frontMatter()).text()).isEqualTo(TEXT);
  }
}
