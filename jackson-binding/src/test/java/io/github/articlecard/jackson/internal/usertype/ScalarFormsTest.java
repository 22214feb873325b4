package io.github.articlecard.jackson.internal.usertype;

import static io.github.articlecard.jackson.internal.usertype.FrontMatters.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.articlecard.jackson.internal.usertype.ScalarForms.Forms;
import io.github.articlecard.jackson.internal.yaml.ExactDouble;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ScalarForms}: a changed scalar takes the form of the text it replaces where its new value
 * allows (date shapes and offsets, decimals, whole numbers, quotes, bare numbers and booleans), and
 * keeps its value everywhere.
 */
class ScalarFormsTest {
  private static JavaType type(Class<?> type) {
    return TypeFactory.defaultInstance().constructType(type);
  }

  private static JsonNode transfer(String line, JsonNode value, Class<?> type) {
    return ScalarForms.transfer(scalar(line), value, type(type), Forms.INSTANT_OFFSETS);
  }

  /** The text a number will be written as: its digits and scale as the reader would keep them. */
  private static String written(JsonNode number) {
    return number.decimalValue().toPlainString();
  }

  @Test
  void rawFormsGiveTheValueAsItIs() {
    JsonNode value = DoubleNode.valueOf(2.5);
    assertThat(ScalarForms.transfer(scalar("price: 1.50"), value, type(double.class), Forms.RAW))
        .isSameAs(value);
    JsonNode date = TextNode.valueOf("2021-03-15T10:00:00");
    assertThat(ScalarForms.transfer(scalar("at: 2021-03-14 10:00"), date,
        type(LocalDateTime.class), Forms.RAW)).isSameAs(date);
  }

  @Test
  void aDateTimeTakesTheOldTextsShapeOnlyForATimeType() {
    TextNode value = TextNode.valueOf("2021-03-15T11:30:00");

    assertThat(transfer("at: 2021-03-14 10:00", value, LocalDateTime.class))
        .isEqualTo(TextNode.valueOf("2021-03-15 11:30"));
    assertThat(transfer("at: '2021-03-14 10:00'", value, LocalDateTime.class))
        .isEqualTo(TextNode.valueOf("2021-03-15 11:30"));
    assertThat(transfer("at: 2021-03-14 10:00", value, String.class)).isEqualTo(value);
    assertThat(ScalarForms.transfer(scalar("at: 2021-03-14 10:00"), value, null,
        Forms.OLD_OFFSETS)).isEqualTo(value);
  }

  @Test
  void onlyInstantsKeepTheOldOffsetUnlessEveryOffsetIsKept() {
    String line = "at: 2021-03-14T10:00:00+01:00";
    TextNode utc = TextNode.valueOf("2021-03-14T12:00:00Z");

    for (Class<?> instant : List.of(Instant.class, Date.class)) {
      assertThat(transfer(line, utc, instant)).as(instant.getSimpleName())
          .isEqualTo(TextNode.valueOf("2021-03-14T13:00:00+01:00"));
    }
    for (Class<?> zoned : List.of(OffsetDateTime.class, ZonedDateTime.class)) {
      assertThat(transfer(line, utc, zoned)).as(zoned.getSimpleName())
          .isEqualTo(TextNode.valueOf("2021-03-14T12:00:00+00:00"));
      assertThat(ScalarForms.transfer(scalar(line), utc, type(zoned), Forms.OLD_OFFSETS))
          .as(zoned.getSimpleName()).isEqualTo(TextNode.valueOf("2021-03-14T13:00:00+01:00"));
    }
  }

  @Test
  void anInstantWrittenAsANumberStaysANumber() {
    TextNode value = TextNode.valueOf("2021-03-14T10:00:01Z");

    assertThat(transfer("at: 1615716000", value, Instant.class)).isEqualTo(LongNode.valueOf(1615716001L));
    assertThat(transfer("at: 1615716000000", value, Date.class))
        .isEqualTo(LongNode.valueOf(1615716001000L));
    assertThat(transfer("at: 1615716000", TextNode.valueOf("2021-03-14T11:00:01+01:00"),
        Instant.class)).isEqualTo(LongNode.valueOf(1615716001L));
  }

  @Test
  void anInstantSecondsCannotHoldStaysText() {
    TextNode value = TextNode.valueOf("2021-03-14T10:00:01.5Z");

    assertThat(transfer("at: 1615716000", value, Instant.class)).isEqualTo(value);
    assertThat(transfer("at: 1615716000", TextNode.valueOf("2021-03-14T10:00:01"),
        LocalDateTime.class)).isEqualTo(TextNode.valueOf("2021-03-14T10:00:01"));
  }

  @Test
  void aFractionKeepsTheOldNumberOfDecimals() {
    assertThat(written(transfer("price: 1.50", DoubleNode.valueOf(2.5), double.class)))
        .isEqualTo("2.50");
    assertThat(written(transfer("price: 1.500", FloatNode.valueOf(0.2f), float.class)))
        .isEqualTo("0.200");
    assertThat(written(transfer("price: -1.0", DoubleNode.valueOf(-7), double.class)))
        .isEqualTo("-7.0");
    JsonNode cents = transfer("price: 1.50", DoubleNode.valueOf(2.5), double.class);
    assertThat(cents.doubleValue()).isEqualTo(2.5);
  }

  @Test
  void aFractionThatNeedsMoreDecimalsOrIsABigDecimalOfItsOwnScaleIsWrittenAsItIs() {
    assertThat(written(transfer("price: 1.50", DoubleNode.valueOf(2.125), double.class)))
        .isEqualTo("2.125");
    JsonNode scaled = DecimalNode.valueOf(new BigDecimal("2.500"));
    assertThat(transfer("price: 1.50", scaled, BigDecimal.class)).isSameAs(scaled);
    JsonNode sameValue = DecimalNode.valueOf(new BigDecimal("1.5"));
    assertThat(transfer("price: 1.50", sameValue, BigDecimal.class)).isSameAs(sameValue);
    JsonNode huge = DecimalNode.valueOf(new BigDecimal("1.5E+999999999"));
    assertThat(transfer("price: 1.50", huge, BigDecimal.class)).isSameAs(huge);
    JsonNode infinite = DoubleNode.valueOf(Double.POSITIVE_INFINITY);
    assertThat(transfer("price: 1.50", infinite, double.class)).isSameAs(infinite);
  }

  @Test
  void negativeZeroKeepsItsSignWithTheOldDecimals() {
    JsonNode zero = transfer("delta: 1.50", DoubleNode.valueOf(-0.0), double.class);

    assertThat(Double.compare(zero.doubleValue(), -0.0)).isZero();
    assertThat(((ExactDouble) zero).text()).isEqualTo("-0.00");
    assertThat(transfer("delta: '1.50'", DoubleNode.valueOf(-0.0), double.class))
        .isEqualTo(TextNode.valueOf("-0.00"));
    assertThat(transfer("delta: '1'", DoubleNode.valueOf(-0.0), double.class))
        .isEqualTo(TextNode.valueOf("-0.0"));
  }

  @Test
  void aWholeValueOfAFractionalTypeIsWrittenWholeWhereTheOldTextWasWhole() {
    assertThat(transfer("count: 3", DoubleNode.valueOf(4.0), double.class))
        .isEqualTo(LongNode.valueOf(4));
    assertThat(transfer("count: 3", DecimalNode.valueOf(new BigDecimal("4.000")),
        BigDecimal.class)).isEqualTo(LongNode.valueOf(4));
    assertThat(transfer("count: 3", DecimalNode.valueOf(new BigDecimal("1E+30")), BigDecimal.class))
        .isEqualTo(BigIntegerNode.valueOf(BigInteger.TEN.pow(30)));
    assertThat(transfer("count: 3", DoubleNode.valueOf(4.5), double.class))
        .isEqualTo(DoubleNode.valueOf(4.5));
    assertThat(transfer("count: 3", IntNode.valueOf(4), int.class)).isEqualTo(IntNode.valueOf(4));
  }

  @Test
  void aQuotedNumberStaysQuotedWithItsDecimals() {
    assertThat(transfer("zip: \"1.50\"", DoubleNode.valueOf(2.5), double.class))
        .isEqualTo(TextNode.valueOf("2.50"));
    assertThat(transfer("zip: '1.50'", DoubleNode.valueOf(2.125), double.class))
        .isEqualTo(TextNode.valueOf("2.125"));
    assertThat(transfer("zip: '12'", IntNode.valueOf(7), int.class))
        .isEqualTo(TextNode.valueOf("7"));
    BigInteger big = new BigInteger("123456789012345678901234567890");
    assertThat(transfer("zip: \"12\"", BigIntegerNode.valueOf(big), BigInteger.class))
        .isEqualTo(TextNode.valueOf(big.toString()));
    assertThat(transfer("zip: \"1.50\"", DecimalNode.valueOf(new BigDecimal("1.5")),
        BigDecimal.class)).isEqualTo(TextNode.valueOf("1.5"));
    assertThat(transfer("zip: \"1.50\"", DecimalNode.valueOf(new BigDecimal("1.5E+999999999")),
        BigDecimal.class).textValue()).hasSizeLessThan(40);
  }

  @Test
  void aBooleanForQuotedTextStaysQuotedAndForPlainTextIsABoolean() {
    assertThat(transfer("flag: \"true\"", BooleanNode.FALSE, boolean.class))
        .isEqualTo(TextNode.valueOf("false"));
    assertThat(transfer("flag: 'yes'", BooleanNode.TRUE, boolean.class))
        .isEqualTo(TextNode.valueOf("true"));
    assertThat(transfer("flag: yes", BooleanNode.FALSE, boolean.class)).isEqualTo(BooleanNode.FALSE);
  }

  @Test
  void aNumberOrBooleanReadIntoATextFieldStaysBareWhereItStillReadsAsItsText() {
    assertThat(transfer("version: 2", TextNode.valueOf("3"), String.class))
        .isEqualTo(IntNode.valueOf(3));
    assertThat(transfer("version: 2.0", TextNode.valueOf("2.5"), String.class).getNodeType())
        .isEqualTo(JsonNodeType.NUMBER);
    assertThat(transfer("draft: true", TextNode.valueOf("false"), String.class))
        .isEqualTo(BooleanNode.FALSE);
    for (String text : List.of("03", "3.50", "no", "False ", "x", "", "1e3", "3.")) {
      assertThat(transfer("version: 2", TextNode.valueOf(text), String.class)).as("'%s'", text)
          .isEqualTo(TextNode.valueOf(text));
    }
    assertThat(transfer("version: '2'", TextNode.valueOf("3"), String.class))
        .isEqualTo(TextNode.valueOf("3"));
  }

  @Test
  void aScalarNestedInAFlowMappingTakesItsOwnOldForm() {
    SourceNode.Mapping price = (SourceNode.Mapping) FrontMatters.node(
        FrontMatters.card("a: [1]\nprice: {x: 1.50, y: '7'}\n"), "price");
    SourceNode.Scalar x = (SourceNode.Scalar) price.entries().get(0).value();
    SourceNode.Scalar y = (SourceNode.Scalar) price.entries().get(1).value();

    assertThat(written(ScalarForms.transfer(x, DoubleNode.valueOf(2.5), type(double.class),
        Forms.INSTANT_OFFSETS))).isEqualTo("2.50");
    assertThat(ScalarForms.transfer(y, IntNode.valueOf(8), type(int.class), Forms.INSTANT_OFFSETS))
        .isEqualTo(TextNode.valueOf("8"));
  }
}
