package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.jackson.internal.yaml.ScalarResolver;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;
import org.jspecify.annotations.Nullable;

/**
 * Gives a changed scalar the form of the text it replaces, where the new value allows: a date in
 * the old date's shape (an instant written as epoch seconds stays a number), a fraction with the
 * old number of decimals, a whole number where a
 * fractional type holds a whole value that was written whole, a quoted number still quoted, a
 * number or boolean read into a text field still bare.
 */
final class ScalarForms {
  /** How far a changed value takes the old text's form. */
  enum Forms {
    /** Every form; a date-time in UTC is written at the old text's offset for every zoned type. */
    OLD_OFFSETS,
    /** Every form; only instants ({@code Instant}, {@code Date}) keep the old text's offset. */
    INSTANT_OFFSETS,
    /** None: values as the {@code ObjectMapper} serializes them. */
    RAW
  }

  private ScalarForms() {}

  /**
   * Returns the data to write for a changed scalar.
   *
   * @param old the scalar in the source
   * @param value the new value as the type serializes it
   * @param type the Java type of the value, or null when unknown
   * @param forms how far to follow the old form
   */
  static JsonNode transfer(SourceNode.Scalar old, JsonNode value, @Nullable JavaType type,
      Forms forms) {
    if (forms == Forms.RAW) {
      return value;
    }
    JsonNode was = old.data();
    boolean quoted = old.style().isQuoted();
    if (value.isTextual()) {
      if (was.isTextual()) {
        String shaped = isTemporal(type)
            ? TimeText.reshape(was.textValue(), value.textValue(), keepsOffset(type, forms))
            : null;
        return shaped != null ? TextNode.valueOf(shaped) : value;
      }
      if (was.isIntegralNumber() && isTemporal(type)) {
        JsonNode epoch = epoch(value.textValue(), type);
        if (epoch != null) {
          return epoch;
        }
      }
      if (old.style() == ScalarStyle.PLAIN && (was.isNumber() || was.isBoolean())) {
        JsonNode bare = ScalarResolver.resolvePlain(value.textValue());
        if (bare.getNodeType() == was.getNodeType() && bare.asText().equals(value.textValue())) {
          return bare;
        }
      }
      return value;
    }
    if (value.isNumber()) {
      if (was.isNumber()) {
        return number(old.value(), was, value);
      }
      return was.isTextual() && quoted ? TextNode.valueOf(numberText(was.textValue(), value)) : value;
    }
    if (value.isBoolean() && was.isTextual() && quoted) {
      return TextNode.valueOf(value.asText());
    }
    return value;
  }

  private static boolean isTemporal(@Nullable JavaType type) {
    if (type == null) {
      return false;
    }
    Class<?> raw = type.getRawClass();
    return TemporalAccessor.class.isAssignableFrom(raw) || Date.class.isAssignableFrom(raw)
        || Calendar.class.isAssignableFrom(raw);
  }

  /**
   * An instant written as a number stays a number: epoch seconds (milliseconds for {@code Date}
   * and {@code Calendar}, as Jackson reads them); null when the value is no instant or has a
   * fraction of a second that seconds cannot hold.
   */
  private static @Nullable JsonNode epoch(String text, @Nullable JavaType type) {
    TimeText time = TimeText.parse(text);
    LocalDateTime local = time == null ? null : time.local();
    ZoneOffset offset = time == null ? null : time.offset();
    if (type == null || local == null || offset == null) {
      return null;
    }
    Instant instant = local.toInstant(offset);
    Class<?> raw = type.getRawClass();
    if (Date.class.isAssignableFrom(raw) || Calendar.class.isAssignableFrom(raw)) {
      return LongNode.valueOf(instant.toEpochMilli());
    }
    return instant.getNano() == 0 ? LongNode.valueOf(instant.getEpochSecond()) : null;
  }

  private static boolean keepsOffset(@Nullable JavaType type, Forms forms) {
    if (forms == Forms.OLD_OFFSETS || type == null) {
      return forms == Forms.OLD_OFFSETS;
    }
    Class<?> raw = type.getRawClass();
    return raw == Instant.class || Date.class.isAssignableFrom(raw)
        || Calendar.class.isAssignableFrom(raw);
  }

  /** A number for a number: the old decimals, or the old whole form. */
  private static JsonNode number(String oldText, JsonNode was, JsonNode value) {
    BigDecimal exact = exact(value);
    if (exact == null) {
      return value;
    }
    BigDecimal stripped = exact.stripTrailingZeros();
    if (!was.isIntegralNumber() && !value.isIntegralNumber()) {
      int decimals = decimals(oldText);
      if (negativeZero(value)) {
        // no BigDecimal says -0.0: the sign is written out, with the old decimals
        return decimals > 0 ? ScalarResolver.resolvePlain("-0." + "0".repeat(decimals)) : value;
      }
      if (!plainSized(stripped)) {
        return value; // 1.0E+999999999 as it is, not a billion zeros
      }
      BigDecimal old = exact(was);
      if (value.isBigDecimal() && (exact.scale() > decimals
          || (old != null && exact.compareTo(old) == 0))) {
        // the old decimals would hide the change: a BigDecimal's own scale (1.5 to 1.50, 1.10 to
        // 1.1) is the edit, so it is written as it is
        return value;
      }
      // read as a plain scalar of that text, so that it is written exactly so (a double where
      // the text is how Java writes that double, else a decimal that keeps the text)
      return decimals > 0 && stripped.scale() <= decimals
          ? ScalarResolver.resolvePlain(stripped.setScale(decimals).toPlainString()) : value;
    }
    if (was.isIntegralNumber() && !value.isIntegralNumber() && stripped.scale() <= 0
        && plainSized(stripped)) {
      BigInteger whole = stripped.toBigIntegerExact();
      return whole.bitLength() < 64 ? LongNode.valueOf(whole.longValue())
          : BigIntegerNode.valueOf(whole);
    }
    return value;
  }

  /** A number for a quoted text that held one: its digits, with the old decimals. */
  private static String numberText(String oldText, JsonNode value) {
    BigDecimal exact = exact(value);
    if (exact == null) {
      return value.asText();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    int decimals = decimals(oldText);
    if (negativeZero(value)) {
      return "-0." + "0".repeat(Math.max(1, decimals)); // a BigDecimal has no negative zero
    }
    if (!plainSized(exact)) {
      return YamlEmitter.decimal(exact); // 1.0E+999999999: its digits, not a billion zeros
    }
    if (value.isBigDecimal() && (exact.scale() > decimals || sameNumber(oldText, exact))) {
      return exact.toPlainString(); // as in number(): the old decimals would hide the change
    }
    BigDecimal stripped = exact.stripTrailingZeros();
    if (decimals > 0 && stripped.scale() <= decimals) {
      return stripped.setScale(decimals).toPlainString();
    }
    return exact.toPlainString();
  }

  private static boolean sameNumber(String text, BigDecimal value) {
    try {
      return new BigDecimal(text.trim()).compareTo(value) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean negativeZero(JsonNode value) {
    return (value.isDouble() || value.isFloat()) && Double.compare(value.doubleValue(), -0.0) == 0;
  }

  /** Tells whether a decimal is small enough to be written without an exponent. */
  private static boolean plainSized(BigDecimal value) {
    return value.scale() <= 40 && value.scale() >= -40 && value.precision() <= 60;
  }

  private static @Nullable BigDecimal exact(JsonNode value) {
    if (value.isDouble() || value.isFloat()) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      if (value.isFloat()) {
        return new BigDecimal(Float.toString(value.floatValue())); // 0.2f is 0.2
      }
    }
    return value.decimalValue();
  }

  /** The number of decimals of a plain decimal text ({@code 1.50}: 2); 0 for anything else. */
  private static int decimals(String text) {
    if (!ScalarResolver.isDecimalFloat(text) || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return 0;
    }
    return text.length() - text.indexOf('.') - 1;
  }
}
