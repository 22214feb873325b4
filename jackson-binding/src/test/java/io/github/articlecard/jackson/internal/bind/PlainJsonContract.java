package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What streaming plain data as JSON does on either Jackson generation, run for each
 * ({@link PlainJsonTest} for Jackson 2, {@code Jackson3PlainJsonTest} for Jackson 3), so that the
 * two write the same bytes and read them back as the same data: keys in order, numbers in their
 * type and digits whatever the generator's settings, duplicate keys refused, deep data met by
 * Jackson's own limit.
 */
public abstract class PlainJsonContract {
  /** A nesting depth past Jackson's default limit in either generation. */
  private static final int TOO_DEEP = 1001;

  /** Writes plain data as JSON, with the generator's fast double writer on or off. */
  protected abstract String write(@Nullable Object value, boolean fastDoubles) throws Exception;

  /** Reads one JSON value as plain data. */
  protected abstract @Nullable Object read(String json) throws Exception;

  /** The exception this generation's databind throws for a value that is not the data. */
  protected abstract Class<? extends Exception> mappingError();

  /** The exception this generation's core throws for input past a stream constraint. */
  protected abstract Class<? extends Exception> constraintError();

  private static Map<String, @Nullable Object> sample() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("zeta", "\"quoted\" \u00E9 \uD83D\uDE00 \n");
    map.put("alpha", Arrays.asList(1, 5_000_000_000L, BigInteger.TEN.pow(30), null, false));
    map.put("double", 0.1 + 0.2);
    map.put("exact", new BigDecimal("1.50"));
    map.put("likeADouble", new BigDecimal("1.5"));
    map.put("huge", new BigDecimal("1.0E+400"));
    map.put("nested", List.of(Map.of("k", List.of()), Map.of()));
    return map;
  }

  @Test
  public void plainDataIsWrittenInItsOrderWithEveryDigitOfEveryNumber() throws Exception {
    String expected = "{\"zeta\":\"\\\"quoted\\\" \u00E9 \uD83D\uDE00 \\n\","
        + "\"alpha\":[1,5000000000,1000000000000000000000000000000,null,false],"
        + "\"double\":0.30000000000000004,\"exact\":1.50,\"likeADouble\":1.5E+0,"
        + "\"huge\":1.0E+400,\"nested\":[{\"k\":[]},{}]}";

    assertThat(write(sample(), false)).isEqualTo(expected);
    assertThat(write(sample(), true)).isEqualTo(expected);
  }

  @Test
  public void theFastDoubleWriterDoesNotChangeADoublesDigits() throws Exception {
    for (double d : new double[] {0.1 + 0.2, 1.0E-7, 2.0 / 3, 1e300, Double.MIN_VALUE}) {
      assertThat(write(d, true)).isEqualTo(write(d, false)).isEqualTo(Double.toString(d));
    }
  }

  @Test
  public void whatIsWrittenReadsBackAsTheSameTypesAndDigits() throws Exception {
    Object back = read(write(sample(), true));

    assertThat(back).isEqualTo(sample());
    assertThat(((Map<String, ?>) back).keySet()).containsExactlyElementsOf(sample().keySet());
  }

  @Test
  public void numbersReadAsTheirSmallestTypeAndFractionsAsDoublesOnlyInJavasForm()
      throws Exception {
    assertThat(read("5")).isEqualTo(5);
    assertThat(read("-5000000000")).isEqualTo(-5_000_000_000L);
    assertThat(read("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
    assertThat(read("1.5")).isEqualTo(1.5);
    assertThat(read("1.50")).isEqualTo(new BigDecimal("1.50"));
    assertThat(read("1e3")).isEqualTo(new BigDecimal("1e3"));
    assertThat(read("-0.0")).isEqualTo(-0.0);
    assertThat(read("12345678901234567890.5")).isEqualTo(new BigDecimal("12345678901234567890.5"));
  }

  @Test
  public void aKeyTwiceInOneObjectOrNoValueAtAllIsAMappingError() {
    assertThatThrownBy(() -> read("{\"a\": 1, \"b\": {\"a\": 2, \"a\": 3}}"))
        .isInstanceOf(mappingError()).hasMessageContaining("duplicate key \"a\"");
    assertThatThrownBy(() -> read("")).isInstanceOf(mappingError())
        .hasMessageContaining("ends before its value");
  }

  @Test
  public void dataDeeperThanTheParsersLimitMeetsThatLimitNotTheThreadsStack() {
    String json = "[".repeat(TOO_DEEP) + "]".repeat(TOO_DEEP);

    assertThatThrownBy(() -> read(json)).isInstanceOf(constraintError());
  }
}
