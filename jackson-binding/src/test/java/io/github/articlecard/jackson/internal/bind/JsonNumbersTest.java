package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonNumbers}: which text a number of plain data is written as, and which Java number a
 * JSON number reads back as, so that every number reads back as the same type and digits.
 */
class JsonNumbersTest {

  @Test
  void aBigDecimalIsWrittenWithEveryDigitAndItsScaleNeverAsADouble() {
    assertThat(JsonNumbers.text(new BigDecimal("1.50"), false)).isEqualTo("1.50");
    assertThat(JsonNumbers.text(new BigDecimal("1.5"), false)).isEqualTo("1.5E+0");
    assertThat(JsonNumbers.text(new BigDecimal("1E+3"), true)).isEqualTo("0.1E+4");
    assertThat(JsonNumbers.text(new BigDecimal("2.0E+400"), false)).isEqualTo("2.0E+400");
    assertThat(JsonNumbers.text(new BigDecimal("9007199254740993.0"), false))
        .isEqualTo("9007199254740993.0");
  }

  @Test
  void aDoubleIsWrittenAsJavaWritesItOnlyWhereTheFastWriterWouldWriteOtherDigits() {
    assertThat(JsonNumbers.text(0.1 + 0.2, true)).isEqualTo("0.30000000000000004");
    assertThat(JsonNumbers.text(1.0E-7, true)).isEqualTo("1.0E-7");
    assertThat(JsonNumbers.text(0.1, false)).isNull();
    assertThat(JsonNumbers.text(Double.NaN, true)).isNull();
    assertThat(JsonNumbers.text(Double.NEGATIVE_INFINITY, true)).isNull();
  }

  @Test
  void wholeNumbersAreLeftToTheGeneratorsTypedWriter() {
    for (Number whole : List.<Number>of(5, Long.MAX_VALUE, BigInteger.TEN.pow(40))) {
      assertThat(JsonNumbers.text(whole, true)).as(whole.toString()).isNull();
      assertThat(JsonNumbers.text(whole, false)).as(whole.toString()).isNull();
    }
  }

  @Test
  void aWholeNumberReadsAsTheSmallestOfIntegerLongAndBigInteger() {
    BigInteger twoTo63 = BigInteger.TWO.pow(63);
    assertThat(JsonNumbers.whole(5)).isEqualTo(5);
    assertThat(JsonNumbers.whole(5L)).isEqualTo(5);
    assertThat(JsonNumbers.whole(BigInteger.valueOf(-7))).isEqualTo(-7);
    assertThat(JsonNumbers.whole((long) Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    assertThat(JsonNumbers.whole((long) Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    assertThat(JsonNumbers.whole(Integer.MAX_VALUE + 1L)).isEqualTo(Integer.MAX_VALUE + 1L);
    assertThat(JsonNumbers.whole(Integer.MIN_VALUE - 1L)).isEqualTo(Integer.MIN_VALUE - 1L);
    assertThat(JsonNumbers.whole(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
    assertThat(JsonNumbers.whole(twoTo63.subtract(BigInteger.ONE))).isEqualTo(Long.MAX_VALUE);
    assertThat(JsonNumbers.whole(twoTo63)).isEqualTo(twoTo63);
    assertThat(JsonNumbers.whole(twoTo63.negate().subtract(BigInteger.ONE)))
        .isEqualTo(twoTo63.negate().subtract(BigInteger.ONE));
    assertThat(JsonNumbers.whole((short) 3)).isEqualTo(3);
  }

  @Test
  void aFractionIsADoubleOnlyWhenWrittenExactlyAsJavaWritesThatDouble() {
    assertThat(JsonNumbers.fraction("1.5", new BigDecimal("1.5"))).isEqualTo(1.5);
    assertThat(JsonNumbers.fraction("1.0E-7", new BigDecimal("1.0E-7"))).isEqualTo(1.0E-7);
    assertThat(JsonNumbers.fraction("-0.0", new BigDecimal("-0.0")))
        .isEqualTo(-0.0).isInstanceOf(Double.class);
    for (String text : List.of("1.50", "1e3", "1.0E+400", "9007199254740993.0", "0.10", "-1.5e0",
        "1.5E+0")) {
      assertThat(JsonNumbers.fraction(text, new BigDecimal(text))).as(text)
          .isEqualTo(new BigDecimal(text));
    }
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameNumber() {
    for (String digits : List.of("1.50", "1.5", "1E+3", "2.0E+400", "-0.000", "123456789.123456789")) {
      BigDecimal decimal = new BigDecimal(digits);
      String text = JsonNumbers.text(decimal, false);

      assertThat(JsonNumbers.fraction(text, new BigDecimal(text))).as(digits).isEqualTo(decimal);
    }
    for (double d : new double[] {0.1, 1.5, 1e300, -2.5e-300, 0.30000000000000004}) {
      String text = JsonNumbers.text(d, true);

      assertThat(JsonNumbers.fraction(text, new BigDecimal(text))).isEqualTo(d);
    }
  }
}
