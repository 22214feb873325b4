package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.text.Utf8;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks data before anything writes it, against the limits the same mapper reads with: nesting
 * depth, key, value and number length, total size, and text that cannot be stored (unpaired
 * surrogates). Walks the data without recursion, so data nested thousands of levels deep (or
 * holding itself) gives a {@link CardException} naming {@code maxNestingDepth} before any
 * recursive code sees it; it stops as soon as the data is too big, so shared subtrees cannot make
 * it run long.
 */
public final class DataLimits {
  private static final String PREFIX = "cannot write the front matter: ";
  /**
   * How much longer than the number limit a number may be written (sign, "0.", exponent) before
   * it is refused here; the exact limit is enforced when the result is read back, since a number
   * that did not change keeps its own text.
   */
  private static final int NUMBER_SLACK = 24;
  private static final double LOG10_2 = Math.log10(2);

  /** One container being walked: its entries or items still to visit. */
  private static final class Frame {
    final @Nullable Frame parent;
    final @Nullable Object step;
    final int depth;
    final @Nullable Iterator<Map.Entry<String, JsonNode>> properties;
    final @Nullable JsonNode array;
    int index;

    Frame(@Nullable Frame parent, @Nullable Object step, int depth, JsonNode node) {
      this.parent = parent;
      this.step = step;
      this.depth = depth;
      this.properties = node.isObject() ? node.properties().iterator() : null;
      this.array = node.isArray() ? node : null;
    }
  }

  private DataLimits() {}

  /**
   * Checks front matter data (the root mapping is level 1).
   *
   * @throws CardException {@code LIMIT} naming the setting to raise, or {@code UNWRITABLE} for
   *     text that cannot be stored
   */
  public static void check(JsonNode root, ReadLimits limits) {
    // what any text this mapper reads can stand for: its own characters plus alias expansion
    long budget = (long) limits.maxFrontMatterSize() + limits.maxAliasExpansionSize();
    long total = 0;
    Frame frame = container(null, null, 1, root, limits);
    while (frame != null) {
      JsonNode child;
      Object step;
      Iterator<Map.Entry<String, JsonNode>> properties = frame.properties;
      JsonNode array = frame.array;
      if (properties != null && properties.hasNext()) {
        Map.Entry<String, JsonNode> entry = properties.next();
        String key = entry.getKey();
        step = key;
        child = entry.getValue();
        checkText(key, "key", Limit.KEY_LENGTH, limits.maxKeyLength(), frame, step);
        total += Math.max(1, key.length());
      } else if (array != null && frame.index < array.size()) {
        step = frame.index;
        child = array.get(frame.index++);
      } else {
        frame = frame.parent;
        continue;
      }
      if (child.isContainerNode()) {
        total++;
        frame = container(frame, step, frame.depth + 1, child, limits);
      } else {
        total += Math.max(1, scalar(child, limits, frame, step));
      }
      if (total > budget) {
        throw new CardException(Kind.LIMIT, PREFIX + Limit.FRONT_MATTER_SIZE.problem("the data is"
            + " more than " + budget + " characters of keys and values, more than a front matter"
            + " within the limit of " + limits.maxFrontMatterSize() + " characters can hold"));
      }
    }
  }

  /** Checks a text that is written as it is: a body. */
  public static void checkStorable(String text, String what) {
    int surrogate = Utf8.unpairedSurrogate(text);
    if (surrogate >= 0) {
      throw unpaired(what + " holds an unpaired surrogate (" + Utf8.describe(text.charAt(surrogate))
          + ") at index " + surrogate);
    }
  }

  private static Frame container(@Nullable Frame parent, @Nullable Object step, int depth,
      JsonNode node, ReadLimits limits) {
    if (!node.isContainerNode()) {
      throw new CardException(Kind.UNWRITABLE, PREFIX + "front matter must be a mapping of keys"
          + " to values, found " + node.getNodeType());
    }
    if (depth > limits.maxNestingDepth()) {
      throw new CardException(Kind.LIMIT, PREFIX + Limit.NESTING_DEPTH.problem("nesting at "
          + path(parent, step) + " is deeper than the limit of " + limits.maxNestingDepth()
          + " levels"));
    }
    return new Frame(parent, step, depth, node);
  }

  /** Checks a scalar and returns about its length as written. */
  private static int scalar(JsonNode value, ReadLimits limits, Frame frame, Object step) {
    if (value.isTextual()) {
      String text = value.textValue();
      checkText(text, "value", Limit.SCALAR_LENGTH, limits.maxScalarLength(), frame, step);
      return text.length();
    }
    if (!value.isNumber()) {
      return 4;
    }
    if (value.isBigDecimal() && !ScalarResolver.scaleInRange(value.decimalValue())) {
      throw new CardException(Kind.UNWRITABLE, PREFIX + "the number at " + path(frame, step)
          + " has an exponent out of range (scale " + value.decimalValue().scale() + ", more than "
          + ScalarResolver.MAX_SCALE + " either way): it could not be read back");
    }
    int length = numberLength(value, limits.maxNumberLength() + NUMBER_SLACK);
    if (length > limits.maxNumberLength() + NUMBER_SLACK) {
      throw new CardException(Kind.LIMIT, PREFIX + Limit.NUMBER_LENGTH.problem("the number at "
          + path(frame, step) + " is " + (length == Integer.MAX_VALUE ? "far longer than"
          : length + " characters long, more than") + " the limit of " + limits.maxNumberLength()
          + " characters"));
    }
    return length;
  }

  /** The length of a number as written, or Integer.MAX_VALUE when it is far over {@code max}. */
  private static int numberLength(JsonNode value, int max) {
    if (value.isBigInteger()) {
      // at most this many digits and a sign, and one digit fewer at least: exact when it matters
      BigInteger whole = value.bigIntegerValue();
      int bound = (int) (whole.bitLength() * LOG10_2) + 2;
      if (bound <= max) {
        return bound;
      }
    }
    if (value.isBigInteger() || value.isBigDecimal()) {
      BigDecimal decimal = value.isBigDecimal() ? value.decimalValue()
          : new BigDecimal(value.bigIntegerValue());
      // about 0.3 digits a bit: far too many bits cannot be written within the limit anyway
      if (decimal.unscaledValue().bitLength() / 4L > max + 16L) {
        return Integer.MAX_VALUE;
      }
    }
    return YamlEmitter.nonText(value).length();
  }

  private static void checkText(String text, String what, Limit limit, int max, Frame frame,
      Object step) {
    if (text.length() > max) {
      throw new CardException(Kind.LIMIT, PREFIX + limit.tooLong("the " + what + " at "
          + path(frame, step), text.length(), "characters", max));
    }
    int surrogate = Utf8.unpairedSurrogate(text);
    if (surrogate >= 0) {
      throw unpaired("the " + what + " at " + path(frame, step) + " holds an unpaired surrogate ("
          + Utf8.describe(text.charAt(surrogate)) + ")");
    }
  }

  private static CardException unpaired(String what) {
    return new CardException(Kind.UNWRITABLE, PREFIX + what + ", which is not a character: text"
        + " that is not valid Unicode cannot be stored as UTF-8");
  }

  /** The path of a child of a frame, such as {@code related[2].title}. */
  private static String path(@Nullable Frame frame, @Nullable Object step) {
    List<Object> steps = new ArrayList<>();
    if (step != null) {
      steps.add(step);
    }
    for (Frame f = frame; f != null; f = f.parent) {
      if (f.step != null) {
        steps.add(f.step);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = steps.size() - 1; i >= 0; i--) {
      Object s = steps.get(i);
      if (s instanceof Integer) {
        out.append('[').append(s).append(']');
      } else {
        out.append(out.length() > 0 ? "." : "").append(s);
      }
    }
    return out.length() == 0 ? "the top level" : out.toString();
  }
}
