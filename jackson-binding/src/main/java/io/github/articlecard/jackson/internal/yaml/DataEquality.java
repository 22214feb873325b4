package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Compares front matter data the way YAML means it: mappings by key (order aside), sequences in
 * order, whole numbers by value whatever their Java width ({@code IntNode 5} equals
 * {@code LongNode 5}). Fractional numbers are the same only when they read back the same: doubles
 * by value, {@code BigDecimal}s by digits and scale ({@code 1.00} is not {@code 1.0}), and a double
 * never equals a {@code BigDecimal}, since each is written so that it reads back as its own kind.
 * A whole number never equals a fractional one, since they are written differently.
 */
public final class DataEquality {
  private DataEquality() {}

  /** Tells whether two data trees mean the same. */
  @SuppressWarnings("ReferenceEquality") // identity is only a fast path before the deep comparison
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
      if (a.isBigDecimal() || b.isBigDecimal()) {
        // digits and scale: 1.00 is not 1.0, and 2.0e400 is not 1.0e400 (both infinite as doubles)
        return a.isBigDecimal() && b.isBigDecimal() && a.decimalValue().equals(b.decimalValue());
      }
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    return a.equals(b);
  }
}
