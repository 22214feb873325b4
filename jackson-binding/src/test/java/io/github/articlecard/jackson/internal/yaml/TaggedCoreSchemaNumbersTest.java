package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.CardParseException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Explicit {@code !!int} and {@code !!float} read every form the YAML 1.2 core schema gives them
 * (untagged, the narrower plain rules still apply), and a canonical write gives the same data back.
 */
class TaggedCoreSchemaNumbersTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private static JsonNode read(String tagged) {
    return MAPPER.read("---\nx: " + tagged + "\n---\n").frontMatter().get("x");
  }

  @Test
  void taggedIntegersTakeEveryCoreSchemaForm() {
    Map<String, Long> forms = Map.ofEntries(Map.entry("!!int 0x1F", 31L),
        Map.entry("!!int 0xff", 255L), Map.entry("!!int 0o12", 10L), Map.entry("!!int +5", 5L),
        Map.entry("!!int -5", -5L), Map.entry("!!int 012", 12L), Map.entry("!!int 0", 0L),
        Map.entry("!!int 0x7FFFFFFFFFFFFFFF", Long.MAX_VALUE), Map.entry("!!int '0o7'", 7L),
        Map.entry("!<tag:yaml.org,2002:int> \"0x10\"", 16L));
    forms.forEach((text, expected) -> {
      JsonNode value = read(text);
      assertThat(value.isIntegralNumber()).as(text).isTrue();
      assertThat(value.longValue()).as(text).isEqualTo(expected);
    });
    assertThat(read("!!int 0x10000000000000000").bigIntegerValue().toString(16))
        .isEqualTo("10000000000000000");
  }

  @Test
  void taggedFloatsTakeEveryCoreSchemaFormAndStayFloats() {
    Map<String, Double> forms = Map.ofEntries(Map.entry("!!float 1e3", 1000.0),
        Map.entry("!!float .5", 0.5), Map.entry("!!float -.5", -0.5), Map.entry("!!float 2.", 2.0),
        Map.entry("!!float +2.5E-1", 0.25), Map.entry("!!float 1", 1.0),
        Map.entry("!!float 012", 12.0), Map.entry("!!float 1.5", 1.5),
        Map.entry("!!float +.inf", Double.POSITIVE_INFINITY),
        Map.entry("!!float -.Inf", Double.NEGATIVE_INFINITY), Map.entry("!!float .NaN", Double.NaN),
        Map.entry("!!float '3e0'", 3.0));
    forms.forEach((text, expected) -> {
      JsonNode value = read(text);
      assertThat(value.isFloatingPointNumber()).as(text).isTrue();
      assertThat(value.doubleValue()).as(text).isEqualTo(expected);
    });
    assertThat(Double.doubleToRawLongBits(read("!!float -0").doubleValue()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(read("!!float 1.00000000000000000000001").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1.00000000000000000000001"));
  }

  @Test
  void textThatIsNoCoreSchemaNumberIsRefusedAtItsTag() {
    for (String text : List.of("!!int 0x", "!!int 0o8", "!!int 1.5", "!!int ++1", "!!int 0b101",
        "!!int 1_000", "!!int ٣", "!!float 1e", "!!float .", "!!float +.nan", "!!float 1.2.3",
        "!!float e3", "!!float 0x1F", "!!float inf")) {
      CardParseException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          CardParseException.class, () -> read(text));
      assertThat(e).as(text).isNotNull();
      assertThat(e.problem()).as(text).contains("is not a valid !!");
      assertThat(e.line()).as(text).isEqualTo(2);
    }
  }

  @Test
  void aCanonicalWriteGivesTheSameDataBack() {
    for (String text : List.of("!!float 1", "!!float -0", "!!float 1e3", "!!float .5",
        "!!float +.inf", "!!int 0x1F", "!!int 0o12", "!!int +5", "!!float 1e400",
        "!!float 1.00000000000000000000001", "!!float 123456789012345678901")) {
      CardDocument doc = MAPPER.read("---\ntitle: T\nx: " + text + "\n---\n");
      CardDocument rewritten = MAPPER.read(MAPPER.write(doc.card()));
      JsonNode before = doc.frontMatter().get("x");
      JsonNode after = rewritten.frontMatter().get("x");
      assertThat(after.isFloatingPointNumber()).as(text).isEqualTo(before.isFloatingPointNumber());
      if (before.isDouble()) {
        assertThat(Double.doubleToRawLongBits(after.doubleValue())).as(text)
            .isEqualTo(Double.doubleToRawLongBits(before.doubleValue()));
      } else {
        assertThat(after.decimalValue()).as(text).isEqualByComparingTo(before.decimalValue());
      }
    }
  }
}
