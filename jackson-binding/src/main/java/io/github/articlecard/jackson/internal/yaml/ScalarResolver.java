package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Gives plain scalars their data type, deliberately narrowly so that text means what it says.
 *
 * <ul>
 *   <li>null: empty, {@code ~}, {@code null}, {@code Null}, {@code NULL};
 *   <li>booleans: {@code true}/{@code True}/{@code TRUE}, {@code false}/{@code False}/{@code FALSE}
 *       ({@code yes}, {@code on}, {@code NO} stay strings: no "Norway problem");
 *   <li>integers: decimal without leading zeros ({@code 012}, {@code 0x1F} stay strings);
 *   <li>floats: decimal with a fractional part and optional exponent, and {@code .inf},
 *       {@code -.inf}, {@code .nan} ({@code 1e3} stays a string); a {@code double} when a double
 *       holds the value exactly (keeping the text it was written in), else a {@code BigDecimal}
 *       with every digit;
 *   <li>everything else, timestamps included, is a string.
 * </ul>
 */
public final class ScalarResolver {
  private static final String CORE = "tag:yaml.org,2002:";

  private ScalarResolver() {}

  /** Thrown when an explicit tag cannot apply; the parser turns it into a positioned error. */
  static final class TagProblem extends Exception {
    private static final long serialVersionUID = 1L;

    TagProblem(String message) {
      super(message, null, false, false);
    }
  }

  /** Returns the data of a scalar with the given text, style and explicit tag (null if none). */
  static JsonNode resolve(String value, boolean plain, @Nullable String tag) throws TagProblem {
    if (tag == null || tag.equals("!")) {
      return plain ? resolvePlain(value) : TextNode.valueOf(value);
    }
    if (!tag.startsWith(CORE)) {
      throw new TagProblem("unknown tag '" + tag + "': only the standard YAML tags (!!str, !!int,"
          + " !!float, !!bool, !!null, !!timestamp, !!binary) are accepted, and none is instantiated");
    }
    String name = tag.substring(CORE.length());
    switch (name) {
      case "str":
      case "timestamp":
      case "binary":
        return TextNode.valueOf(value);
      case "null":
        if (isNull(value)) {
          return NullNode.getInstance();
        }
        break;
      case "bool":
        JsonNode bool = booleanOrNull(value);
        if (bool != null) {
          return bool;
        }
        break;
      case "int":
        JsonNode integer = taggedInteger(value);
        if (integer != null) {
          return integer;
        }
        break;
      case "float":
        JsonNode fraction = taggedFloat(value);
        if (fraction != null) {
          return fraction;
        }
        break;
      case "map":
      case "seq":
        throw new TagProblem("tag !!" + name + " cannot be used on a single value");
      default:
        throw new TagProblem("unknown tag '!!" + name + "': only the standard YAML tags (!!str,"
            + " !!int, !!float, !!bool, !!null, !!timestamp, !!binary) are accepted, and none is"
            + " instantiated");
    }
    throw new TagProblem("'" + value + "' is not a valid !!" + name);
  }

  /**
   * Returns the integer an explicit {@code !!int} stands for in the YAML 1.2 core schema
   * ({@code [-+]?[0-9]+}, {@code 0o[0-7]+}, {@code 0x[0-9a-fA-F]+}: {@code 012} is twelve,
   * {@code 0x1F} thirty-one), or null when the text is none of them.
   */
  static @Nullable JsonNode taggedInteger(String value) {
    int radix = 10;
    String digits = value;
    if (value.startsWith("0o") || value.startsWith("0x")) {
      radix = value.charAt(1) == 'o' ? 8 : 16;
      digits = value.substring(2);
    } else if (value.startsWith("+") || value.startsWith("-")) {
      digits = value.substring(1);
    }
    if (digits.isEmpty()) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'f') {
        return null; // Character.digit also takes other scripts' digits
      }
    }
    BigInteger big = new BigInteger(digits, radix);
    return integer((value.startsWith("-") ? big.negate() : big).toString());
  }

  /**
   * Returns the number an explicit {@code !!float} stands for in the YAML 1.2 core schema
   * ({@code 1}, {@code 1e3}, {@code .5}, {@code +2.}, {@code -.inf}, {@code .nan}), or null when
   * the text is none of them: a {@code double} when one holds the value exactly (keeping the text
   * when it reads back as the same double untagged, so {@code -0} stays negative and {@code 1}
   * becomes {@code 1.0}), else a {@code BigDecimal} with every digit.
   */
  static @Nullable JsonNode taggedFloat(String value) {
    String unsigned = value.startsWith("+") || value.startsWith("-") ? value.substring(1) : value;
    boolean negative = value.startsWith("-");
    switch (unsigned) {
      case ".inf": case ".Inf": case ".INF":
        return DoubleNode.valueOf(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      case ".nan": case ".NaN": case ".NAN":
        return unsigned.length() == value.length() ? DoubleNode.valueOf(Double.NaN) : null;
      default:
        break;
    }
    int i = digits(unsigned, 0);
    int whole = i;
    int fraction = 0;
    if (i < unsigned.length() && unsigned.charAt(i) == '.') {
      fraction = digits(unsigned, i + 1);
      i += 1 + fraction;
    }
    if (whole + fraction == 0) {
      return null;
    }
    if (i < unsigned.length() && (unsigned.charAt(i) == 'e' || unsigned.charAt(i) == 'E')) {
      int at = i + 1;
      if (at < unsigned.length() && (unsigned.charAt(at) == '+' || unsigned.charAt(at) == '-')) {
        at++;
      }
      int exponent = digits(unsigned, at);
      if (exponent == 0) {
        return null;
      }
      i = at + exponent;
    }
    if (i != unsigned.length()) {
      return null;
    }
    if (isDecimalFloat(value)) {
      return floating(value); // the plain form: as untagged
    }
    BigDecimal exact = new BigDecimal(value); // it takes every form checked above: +2., .5, 1.e3
    double d = exact.signum() == 0 ? (negative ? -0.0 : 0.0) : exact.doubleValue();
    return !Double.isInfinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0
        ? DoubleNode.valueOf(d) : DecimalNode.valueOf(exact);
  }

  /**
   * The largest scale, either way, of a decimal read or written ({@code 1e400} has scale -400):
   * far past any real number, and far enough inside {@code int} that the written form
   * ({@code 0.1E+401}) reads back; a number beyond it is refused rather than thrown as Java's
   * {@code NumberFormatException}.
   */
  public static final int MAX_SCALE = 1_000_000_000;

  /** Tells whether a decimal's exponent is one the library reads and writes. */
  public static boolean scaleInRange(BigDecimal decimal) {
    return Math.abs((long) decimal.scale()) <= MAX_SCALE;
  }

  /** Returns the data a plain scalar with this text stands for. */
  public static JsonNode resolvePlain(String value) {
    if (value.isEmpty()) {
      return NullNode.getInstance();
    }
    char first = value.charAt(0);
    if ((first >= '0' && first <= '9') || first == '-' || first == '.') {
      if (isInteger(value)) {
        return integer(value);
      }
      if (isDecimalFloat(value)) {
        return floating(value);
      }
      switch (value) {
        case ".inf": case ".Inf": case ".INF":
          return DoubleNode.valueOf(Double.POSITIVE_INFINITY);
        case "-.inf": case "-.Inf": case "-.INF":
          return DoubleNode.valueOf(Double.NEGATIVE_INFINITY);
        case ".nan": case ".NaN": case ".NAN":
          return DoubleNode.valueOf(Double.NaN);
        default:
          return TextNode.valueOf(value);
      }
    }
    if (isNull(value)) {
      return NullNode.getInstance();
    }
    JsonNode bool = booleanOrNull(value);
    return bool != null ? bool : TextNode.valueOf(value);
  }

  /** Tells whether a plain scalar with this text reads as text (the same as {@link #resolvePlain}, without allocating). */
  public static boolean isPlainText(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if ((first >= '0' && first <= '9') || first == '-' || first == '.') {
      if (isInteger(value) || isDecimalFloat(value)) {
        return false;
      }
      return switch (value) {
        case ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN" -> false;
        default -> true;
      };
    }
    return !isNull(value) && booleanOrNull(value) == null;
  }

  /** Tells whether a plain scalar with this text is a number (for the number-length limit). */
  public static boolean isNumber(String value) {
    return isInteger(value) || isDecimalFloat(value);
  }

  private static boolean isNull(String value) {
    if (value.length() > 4) {
      return false;
    }
    return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
        || value.equals("NULL");
  }

  private static @Nullable JsonNode booleanOrNull(String value) {
    if (value.length() != 4 && value.length() != 5) {
      return null;
    }
    switch (value) {
      case "true": case "True": case "TRUE":
        return BooleanNode.TRUE;
      case "false": case "False": case "FALSE":
        return BooleanNode.FALSE;
      default:
        return null;
    }
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  public static boolean isInteger(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int n = digits(s, i);
    return n > 0 && i + n == s.length() && (n == 1 || s.charAt(i) != '0');
  }

  public static boolean isDecimalFloat(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int n = digits(s, i);
    if (n == 0 || (n > 1 && s.charAt(i) == '0')) {
      return false;
    }
    i += n;
    if (i >= s.length() || s.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = digits(s, i);
    if (fraction == 0) {
      return false;
    }
    i += fraction;
    if (i == s.length()) {
      return true;
    }
    if (s.charAt(i) != 'e' && s.charAt(i) != 'E') {
      return false;
    }
    i++;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int exponent = digits(s, i);
    return exponent > 0 && i + exponent == s.length();
  }

  private static JsonNode integer(String s) {
    if (s.length() <= 9) {
      return IntNode.valueOf(Integer.parseInt(s));
    }
    if (s.length() <= 18) {
      long l = Long.parseLong(s);
      return l == (int) l ? IntNode.valueOf((int) l) : LongNode.valueOf(l);
    }
    BigInteger big = new BigInteger(s);
    if (big.bitLength() < 32) {
      return IntNode.valueOf(big.intValue());
    }
    return big.bitLength() < 64 ? LongNode.valueOf(big.longValue()) : BigIntegerNode.valueOf(big);
  }

  /**
   * A decimal that a {@code double} holds exactly is that double ({@code 1.5}), remembering its
   * text when Java would write the double otherwise ({@code 1.50}, {@code 6.02e23}: an
   * {@link ExactDouble}); any other ({@code 1.0e400}, 25 digits, {@code 9007199254740993.0}) is a
   * {@code BigDecimal} that keeps every digit. Nothing is rounded.
   */
  private static JsonNode floating(String s) {
    double d = Double.parseDouble(s);
    if (Double.isInfinite(d)) {
      return DecimalNode.valueOf(new BigDecimal(s));
    }
    String java = Double.toString(d);
    if (java.equals(s)) {
      return DoubleNode.valueOf(d);
    }
    BigDecimal exact = new BigDecimal(s);
    return exact.compareTo(new BigDecimal(java)) == 0 ? new ExactDouble(d, s)
        : DecimalNode.valueOf(exact);
  }

  /**
   * Returns the plain Java value of a fraction written as {@code text} (in YAML or JSON), as the
   * card model's unknown keys hold it: the {@code Double} when {@code text} is exactly how Java
   * writes that double ({@code 1.5}), else the exact {@code BigDecimal} with its digits and scale
   * ({@code 1.50}, {@code 9007199254740993.0}, {@code 1.0E+400}).
   */
  public static Number plainFraction(String text, BigDecimal exact) {
    double d = exact.signum() == 0 ? Double.parseDouble(text) : exact.doubleValue(); // -0.0
    if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
      return d; // -0.0, -0.00, -0.0e0: a BigDecimal cannot hold the sign
    }
    return !Double.isInfinite(d) && isDoubleText(d, text) ? (Number) d : exact;
  }

  /** Tells whether {@code text} is exactly how Java writes the double {@code d}. */
  static boolean isDoubleText(double d, String text) {
    return Double.toString(d).equals(text);
  }

  /** Tells whether an explicit tag makes a scalar a number ({@code !!int}, {@code !!float}). */
  static boolean isNumberTag(@Nullable String tag) {
    return tag != null && (tag.equals(CORE + "int") || tag.equals(CORE + "float"));
  }
}
