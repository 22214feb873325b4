package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Compares front matter data the way YAML means it: mappings by key (order aside), sequences in
 * order, whole numbers by value whatever their Java width ({@code IntNode 5} equals
 * {@code LongNode 5}), fractional numbers by value; a whole number never equals a fractional one,
 * since they are written differently.
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
      if (a.isDouble() && b.isDouble()) {
        return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
      }
      double da = a.doubleValue();
      double db = b.doubleValue();
      if (Double.isNaN(da) || Double.isInfinite(da) || Double.isNaN(db) || Double.isInfinite(db)) {
        return Double.compare(da, db) == 0;
      }
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
