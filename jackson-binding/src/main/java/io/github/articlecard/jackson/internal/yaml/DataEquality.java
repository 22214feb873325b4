package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compares front matter data the way YAML means it: mappings by key (order aside), sequences in
 * order, whole numbers by value whatever their Java width ({@code IntNode 5} equals
 * {@code LongNode 5}). Fractional numbers are the same when they are written with the same digits
 * and scale: {@code 1.00} is not {@code 1.0}, {@code 2.0e400} is not {@code 1.0e400} (both
 * infinite as doubles), a double is the decimal Java writes for it (or, read from a text, the
 * decimal it was written as), so the double 1.5 and {@code BigDecimal} 1.5 are the same. A whole
 * number never equals a fractional one, since they are written differently.
 */
public final class DataEquality {
  private DataEquality() {}

  /** The decimal a fraction is written as, or null for infinity and NaN. */
  private static @Nullable BigDecimal written(JsonNode number) {
    if (number.isBigDecimal() || number instanceof ExactDouble) {
      return number.decimalValue();
    }
    double d = number.doubleValue();
    return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(Double.toString(d));
  }

  /** Tells whether two data trees mean the same. */
  @SuppressWarnings({
      "ReferenceEquality", // identity is only a fast path before the deep comparison
      "BigDecimalEquals" // the scale is meant: 1.00 and 1.0 are written differently
  })
  public static boolean same(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> entry : a.properties()) {
        JsonNode other = b.get(entry.getKey());
        if (other == null || !same(entry.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isNumber() && b.isNumber()) {
      if (a.isIntegralNumber() != b.isIntegralNumber()) {
        return false;
      }
      if (a.isIntegralNumber()) {
        return (a.canConvertToLong() && b.canConvertToLong())
            ? a.longValue() == b.longValue()
            : a.bigIntegerValue().equals(b.bigIntegerValue());
      }
      BigDecimal da = written(a);
      BigDecimal db = written(b);
      if (da == null || db == null) { // .inf, .nan
        return da == null && db == null && Double.compare(a.doubleValue(), b.doubleValue()) == 0;
      }
      // digits and scale: 1.00 is not 1.0, and 2.0e400 is not 1.0e400 (both infinite as doubles)
      return da.equals(db);
    }
    return a.equals(b);
  }
}
