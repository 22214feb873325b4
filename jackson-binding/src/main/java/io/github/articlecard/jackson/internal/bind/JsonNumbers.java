package io.github.articlecard.jackson.internal.bind;

import io.github.articlecard.jackson.internal.yaml.ScalarResolver;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of the model's JSON form, decided once for the Jackson 2 module ({@link PlainJson})
 * and the Jackson 3 one ({@code internal.jackson3}), so that the two cannot drift: which text a
 * number of plain data is written as, and which Java number a JSON number reads back as. The rule
 * is that of a card's front matter: whole numbers are the smallest of Integer, Long and BigInteger;
 * a fraction is a Double when written exactly as Java writes that double ({@code 1.5}), else the
 * exact BigDecimal ({@code 1.50}, {@code 1.0E+400}), and a BigDecimal is written so that it reads
 * back so ({@code 1.5E+0}).
 */
public final class JsonNumbers {
  private JsonNumbers() {}

  /**
   * Returns the text to write a number as, or null where the generator's own typed
   * {@code writeNumber} writes what this rule wants: a BigDecimal's digits and scale in a form no
   * double takes; a finite Double as Java writes it when the generator would use its fast double
   * writer (whose digits may differ from Java's, and so read back as a BigDecimal).
   *
   * @param number a number of plain data: Integer, Long, BigInteger, Double or BigDecimal
   * @param fastDoubleWriter whether the generator has {@code USE_FAST_DOUBLE_WRITER} on
   */
  public static @Nullable String text(Number number, boolean fastDoubleWriter) {
    if (number instanceof BigDecimal decimal) {
      return YamlEmitter.decimal(decimal);
    }
    if (number instanceof Double d && fastDoubleWriter && Double.isFinite(d)) {
      return Double.toString(d);
    }
    return null;
  }

  /** Returns a whole number read from JSON as the smallest of Integer, Long and BigInteger. */
  public static Number whole(Number parsed) {
    if (parsed instanceof Integer) {
      return parsed;
    }
    BigInteger big = parsed instanceof BigInteger b ? b : BigInteger.valueOf(parsed.longValue());
    int bits = big.bitLength();
    return bits < Integer.SIZE ? (Number) big.intValue() : bits < Long.SIZE ? (Number) big.longValue() : big;
  }

  /**
   * Returns a fraction read from JSON: the Double when {@code text} is exactly how Java writes that
   * double, else the exact BigDecimal.
   *
   * @param text the number as the JSON has it
   * @param exact its exact value
   */
  public static Number fraction(String text, BigDecimal exact) {
    return ScalarResolver.plainFraction(text, exact);
  }
}
