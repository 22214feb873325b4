package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
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
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    // a float is the decimal Java writes for the float: 0.2f is 0.2
    return new BigDecimal(number.isFloat() ? Float.toString(number.floatValue()) : Double.toString(d));
  }

  private static boolean negativeZero(JsonNode number) {
    return !number.isBigDecimal() && Double.compare(number.doubleValue(), -0.0) == 0;
  }

  /** Tells whether two data trees mean the same. */
  public static boolean same(JsonNode a, JsonNode b) {
    return same(a, b, true);
  }

  /**
   * Tells whether a node's data means the same as other data, as {@code same(node.data(), data)}
   * does, without building the node's containers: a mapping's entries (whose keys the reader
   * keeps unique) are compared with the other mapping's keys, a sequence's items in order, an
   * alias as the node it names, a scalar by its data.
   */
  public static boolean same(SourceNode node, JsonNode data) {
    SourceNode at = node instanceof SourceNode.Alias alias ? alias.target() : node;
    if (at instanceof SourceNode.Mapping mapping) {
      if (!data.isObject() || mapping.entries().size() != data.size()) {
        return false;
      }
      for (SourceNode.Entry entry : mapping.entries()) {
        JsonNode other = data.get(entry.key().value());
        if (other == null || !same(entry.value(), other)) {
          return false;
        }
      }
      return true;
    }
    if (at instanceof SourceNode.Sequence sequence) {
      List<SourceNode.Item> items = sequence.items();
      if (!data.isArray() || items.size() != data.size()) {
        return false;
      }
      for (int i = 0; i < items.size(); i++) {
        if (!same(items.get(i).node(), data.get(i))) {
          return false;
        }
      }
      return true;
    }
    return same(at.data(), data, true);
  }

  /**
   * Tells whether two data trees hold the same values, fractions compared by value whatever their
   * scale ({@code 20.000} and {@code 20}, as a {@code BigDecimal} field reads either): what a
   * value written in its old text's form must read back as.
   */
  public static boolean sameValues(JsonNode a, JsonNode b) {
    return same(a, b, false);
  }

  /**
   * A hash code of data that agrees with {@link #same}: data that means the same has the same hash
   * (mappings whatever their key order, whole numbers whatever their Java width, fractions by the
   * decimal they are written as).
   */
  public static int hash(JsonNode data) {
    if (data.isObject()) {
      int hash = 0;
      for (Map.Entry<String, JsonNode> entry : data.properties()) {
        hash += entry.getKey().hashCode() * 31 ^ hash(entry.getValue()); // order aside
      }
      return hash ^ 0x6d617070;
    }
    if (data.isArray()) {
      int hash = 1;
      for (JsonNode item : data) {
        hash = 31 * hash + hash(item);
      }
      return hash;
    }
    if (data.isNumber()) {
      if (data.isIntegralNumber()) {
        return data.canConvertToLong() ? Long.hashCode(data.longValue())
            : data.bigIntegerValue().hashCode();
      }
      BigDecimal written = written(data);
      return negativeZero(data) ? -1 : written == null
          ? Double.hashCode(data.doubleValue()) : written.hashCode();
    }
    return data.hashCode();
  }

  @SuppressWarnings({
      "ReferenceEquality", // identity is only a fast path before the deep comparison
      "BigDecimalEquals" // the scale is meant: 1.00 and 1.0 are written differently
  })
  private static boolean same(JsonNode a, JsonNode b, boolean scale) {
    if (a == b) {
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> entry : a.properties()) {
        JsonNode other = b.get(entry.getKey());
        if (other == null || !same(entry.getValue(), other, scale)) {
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
        if (!same(a.get(i), b.get(i), scale)) {
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
      if (negativeZero(a) != negativeZero(b)) {
        return false; // -0.0 and 0.0 are written differently; no BigDecimal tells them apart
      }
      BigDecimal da = written(a);
      BigDecimal db = written(b);
      if (da == null || db == null) { // .inf, .nan
        return da == null && db == null && Double.compare(a.doubleValue(), b.doubleValue()) == 0;
      }
      // digits and scale: 1.00 is not 1.0, and 2.0e400 is not 1.0e400 (both infinite as doubles)
      return scale ? da.equals(db) : da.compareTo(db) == 0;
    }
    return a.equals(b);
  }
}
