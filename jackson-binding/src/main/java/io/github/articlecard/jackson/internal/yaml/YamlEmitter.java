package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes data as YAML text: block mappings and sequences, strings plain or quoted, keys in their
 * order, blank lines and indentation, each as the {@link StyleDecision} chooses. Also renders
 * single values in a given style, for the patcher.
 *
 * <p>Rendered blocks carry no final line break; callers add it.
 */
public final class YamlEmitter {
  /** Scalars that YAML 1.1 readers (SnakeYAML's and PyYAML's resolvers) would not read as text. */
  private static final Pattern YAML11_NOT_TEXT = Pattern.compile(
      "(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|=|<<)"
      + "|[-+]?0b_*[0-1]+[0-1_]*|[-+]?0_*[0-7]+[0-7_]*|[-+]?(?:0|[1-9][0-9_]*)"
      + "|[-+]?0x_*[0-9a-fA-F]+[0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
      + "|[-+]?(?:\\.[0-9]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
      + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

  /** Every character of a longer-than-three-character text {@link #YAML11_NOT_TEXT} matches. */
  private static final String YAML11_NUMBER_CHARACTERS = "0123456789abcdefABCDEFxXiInN_+-.:";

  private final String eol;
  private final StyleDecision style;

  /**
   * @param eol the line break to write
   * @param style the decision that chooses quoting, order, blank lines and indentation
   */
  public YamlEmitter(String eol, StyleDecision style) {
    this.eol = eol;
    this.style = style.forOneWriter(); // an emitter writes on one thread, path after path
  }

  public String eol() {
    return eol;
  }

  /** Renders a whole front matter mapping, ending with a line break (empty for no keys). */
  public String document(ObjectNode data) {
    if (data.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(2048);
    mappingLines(out, data, 0, new ArrayList<>(), false, null);
    return out.append(eol).toString();
  }

  /** Renders the text that follows {@code key:} for a value whose key is at column {@code keyColumn}. */
  public String afterKey(JsonNode value, int keyColumn, List<Object> path,
      @Nullable ScalarStyle styleHint) {
    StringBuilder out = new StringBuilder(64);
    appendAfterKey(out, value, keyColumn, path, styleHint);
    return out.toString();
  }

  private void appendAfterKey(StringBuilder out, JsonNode value, int keyColumn, List<Object> path,
      @Nullable ScalarStyle styleHint) {
    if (value.isContainerNode() && value.size() > 0) {
      out.append(eol);
      if (value.isObject()) {
        mappingLines(out, (ObjectNode) value, keyColumn + style.mappingIndent(), path, false, null);
      } else {
        sequenceLines(out, value, keyColumn + style.sequenceIndent(), path, false);
      }
      return;
    }
    if (value.isNull()) {
      out.append(style.afterColonForNull(path));
      return;
    }
    out.append(' ');
    appendInline(out, value, path, styleHint, false);
  }

  /**
   * Renders the text that follows {@code -} for a sequence item whose content starts at column
   * {@code contentColumn}: a value, or a compact mapping or sequence.
   */
  public String afterDash(JsonNode value, int contentColumn, List<Object> path, @Nullable SourceNode template) {
    StringBuilder out = new StringBuilder(64);
    appendAfterDash(out, value, contentColumn, path, template);
    return out.toString();
  }

  private void appendAfterDash(StringBuilder out, JsonNode value, int contentColumn, List<Object> path,
      @Nullable SourceNode template) {
    out.append(' ');
    if (value.isObject() && value.size() > 0) {
      mappingLines(out, (ObjectNode) value, contentColumn, path, true, template);
    } else if (value.isArray() && value.size() > 0) {
      sequenceLines(out, value, contentColumn, path, true);
    } else {
      ScalarStyle hint = template instanceof SourceNode.Scalar scalar ? scalar.style() : null;
      appendInline(out, value, path, hint, false);
    }
  }

  /** Renders a key. */
  public static String key(String key) {
    StringBuilder out = new StringBuilder(key.length() + 2);
    appendKey(out, key, false);
    return out.toString();
  }

  private static void appendKey(StringBuilder out, String key, boolean inFlow) {
    if (isPlainSafe(key, inFlow)) {
      out.append(key);
    } else {
      appendDoubleQuoted(out, key);
    }
  }

  private void mappingLines(StringBuilder out, ObjectNode data, int indent, List<Object> path,
      boolean firstInline, @Nullable SourceNode template) {
    Map<String, ScalarStyle> styles = styles(template);
    List<String> keys = new ArrayList<>(data.size());
    data.fieldNames().forEachRemaining(keys::add);
    String previousKey = null;
    JsonNode previous = null;
    boolean first = true;
    for (String name : style.placed(path, List.of(), keys)) {
      JsonNode value = data.get(name);
      if (!first) {
        out.append(eol);
        if (style.blankLineBetween(path, null, previousKey, previous, name, value)) {
          out.append(eol);
        }
      }
      if (!first || !firstInline) {
        spaces(out, indent);
      }
      path.add(name);
      appendKey(out, name, false);
      out.append(':');
      appendAfterKey(out, value, indent, path, styles.get(name));
      path.remove(path.size() - 1);
      previousKey = name;
      previous = value;
      first = false;
    }
  }

  /** The styles of a template mapping's scalar values by key, looked up once per mapping. */
  private static Map<String, ScalarStyle> styles(@Nullable SourceNode template) {
    if (!(template instanceof SourceNode.Mapping mapping)) {
      return Map.of();
    }
    Map<String, ScalarStyle> styles = new HashMap<>();
    for (SourceNode.Entry entry : mapping.entries()) {
      if (entry.value() instanceof SourceNode.Scalar scalar) {
        styles.putIfAbsent(entry.key().value(), scalar.style());
      }
    }
    return styles;
  }

  private void sequenceLines(StringBuilder out, JsonNode items, int dashColumn, List<Object> path,
      boolean firstInline) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(eol);
      }
      if (i > 0 || !firstInline) {
        spaces(out, dashColumn);
      }
      path.add(i);
      out.append('-');
      appendAfterDash(out, items.get(i), dashColumn + 2, path, null);
      path.remove(path.size() - 1);
    }
  }

  /**
   * Renders a value on one line: a scalar in the hinted style when that style can hold it (null
   * for no hint: the decision's), or an empty or flow collection.
   */
  public String inline(JsonNode value, List<Object> path, @Nullable ScalarStyle styleHint,
      boolean inFlow) {
    StringBuilder out = new StringBuilder(32);
    appendInline(out, value, path, styleHint, inFlow);
    return out.toString();
  }

  private void appendInline(StringBuilder out, JsonNode value, List<Object> path,
      @Nullable ScalarStyle styleHint, boolean inFlow) {
    if (value.isContainerNode()) {
      appendFlow(out, value, ScalarStyle.PLAIN);
      return;
    }
    if (!value.isTextual()) {
      out.append(nonText(value));
      return;
    }
    ScalarStyle chosen = styleHint != null && !styleHint.isBlock() ? styleHint
        : style.stringStyle(path, value, null);
    appendString(out, value.textValue(), chosen, inFlow, path);
  }

  /**
   * Writes a string in a style when that style can hold it: plain where plain reads back as the
   * same text, else in the quotes the decision gives strings that need them; single quotes where
   * they can hold it; else double quotes, which hold anything.
   */
  private void appendString(StringBuilder out, String text, ScalarStyle chosen, boolean inFlow,
      List<Object> path) {
    ScalarStyle quotes = chosen;
    if (chosen == ScalarStyle.PLAIN) {
      if (isPlainSafe(text, inFlow)) {
        out.append(text);
        return;
      }
      quotes = style.quotesWhenNeeded(path);
    }
    if (quotes == ScalarStyle.SINGLE_QUOTED) {
      String single = singleQuotedOrNull(text);
      if (single != null) {
        out.append(single);
        return;
      }
    }
    appendDoubleQuoted(out, text);
  }

  /** Renders a value in flow style on one line, strings plain where safe. */
  public String flow(JsonNode value) {
    return flow(value, ScalarStyle.PLAIN);
  }

  /**
   * Renders a value in flow style on one line; strings take the given style (plain, single- or
   * double-quoted) when it can hold them, else double quotes.
   */
  public String flow(JsonNode value, ScalarStyle stringStyle) {
    StringBuilder out = new StringBuilder(32);
    appendFlow(out, value, stringStyle);
    return out.toString();
  }

  private static void appendFlow(StringBuilder out, JsonNode value, ScalarStyle stringStyle) {
    if (value.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        out.append(first ? "" : ", ").append(flowKey(entry.getKey())).append(": ");
        appendFlow(out, entry.getValue(), stringStyle);
        first = false;
      }
      out.append('}');
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        appendFlow(out, value.get(i), stringStyle);
      }
      out.append(']');
    } else if (value.isTextual()) {
      String text = value.textValue();
      String rendered = stringStyle == ScalarStyle.PLAIN ? plainOrNull(text, true)
          : stringStyle == ScalarStyle.SINGLE_QUOTED ? singleQuotedOrNull(text) : null;
      if (rendered != null) {
        out.append(rendered);
      } else {
        appendDoubleQuoted(out, text);
      }
    } else {
      out.append(nonText(value));
    }
  }

  /** Renders a key inside a flow mapping, quoted where a flow indicator would end it. */
  public static String flowKey(String key) {
    String plain = plainOrNull(key, true);
    return plain != null ? plain : doubleQuoted(key);
  }

  /**
   * Renders a literal block scalar ({@code |}) with its content at {@code indent}, or null if it
   * cannot hold the text. Content whose first line starts with a space gets an indentation
   * indicator ({@code |2}), counted from {@code parent}.
   *
   * @param keep whether it may keep trailing line breaks ({@code |+}): only where what follows the
   *     rendering is one line break and then no blank line, as after a keep-chomped scalar's text
   * @param parent the column of the key or dash the scalar belongs to, or -1 where unknown (then
   *     a first line starting with a space cannot be written)
   */
  public @Nullable String literalOrNull(String text, int indent, boolean keep, int parent) {
    int breaks = trailingLineBreaks(text);
    String content = text.substring(0, text.length() - breaks);
    String header = blockHeader('|', content, breaks, keep, indent, parent);
    if (header == null || (content.isEmpty() && !keep)) {
      return null;
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || needsEscape(c)) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(header);
    if (content.isEmpty()) {
      return out.append(eol.repeat(breaks)).toString(); // |+ and nothing but the kept breaks
    }
    for (String line : content.split("\n", -1)) {
      out.append(eol);
      if (!line.isEmpty()) {
        spaces(out, indent);
        out.append(line);
      }
    }
    return out.append(eol.repeat(Math.max(0, breaks - 1))).toString();
  }

  /**
   * Renders a folded block scalar ({@code >}), each line break of the text written as the blank
   * line that folding reads as one, or null if folding cannot hold the text (a line other than a
   * lone first one that starts with a space, a line ending in one, a character that needs an
   * escape). A lone line starting with a space gets an indentation indicator, as for
   * {@link #literalOrNull}.
   *
   * @param keep whether it may keep trailing line breaks ({@code >+}), as for
   *     {@link #literalOrNull}
   */
  public @Nullable String foldedOrNull(String text, int indent, boolean keep, int parent) {
    int breaks = trailingLineBreaks(text);
    String content = text.substring(0, text.length() - breaks);
    String header = blockHeader('>', content, breaks, keep, indent, parent);
    if (header == null || (content.isEmpty() && !keep)) {
      return null;
    }
    if (content.isEmpty()) {
      return header + eol.repeat(breaks);
    }
    String[] lines = content.split("\n", -1);
    for (String line : lines) {
      if ((lines.length > 1 && (line.startsWith(" ") || line.startsWith("\t")))
          || line.endsWith(" ") || line.endsWith("\t")
          || (!line.isEmpty() && singleQuotedOrNull(line) == null)) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder(content.length() + indent + 8).append(header);
    boolean afterText = false;
    for (String line : lines) {
      if (afterText) {
        out.append(eol); // the line break that folding takes away
      }
      out.append(eol);
      if (!line.isEmpty()) {
        spaces(out, indent);
        out.append(line);
        afterText = true;
      } else {
        afterText = false;
      }
    }
    return out.append(eol.repeat(Math.max(0, breaks - 1))).toString();
  }

  /**
   * The header of a block scalar ({@code |2+}): its indicator, an indentation indicator where the
   * first line that is not empty starts with a space (a line of spaces only is such a line), and
   * its chomping; null where the content cannot be written so (a folded one that starts with a
   * line break or ends with a space, an indentation indicator that cannot be given, or more than
   * one trailing line break without keep chomping). A literal holds leading empty lines and
   * trailing spaces as they are.
   */
  private static @Nullable String blockHeader(char indicator, String content, int breaks,
      boolean keep, int indent, int parent) {
    if ((indicator == '>' && (content.startsWith("\n") || content.endsWith(" ")))
        || (breaks > 1 && !keep)) {
      return null;
    }
    int firstText = 0;
    while (firstText < content.length() && content.charAt(firstText) == '\n') {
      firstText++;
    }
    String indentation = "";
    if (content.startsWith(" ", firstText)) {
      int step = indent - parent;
      if (parent < 0 || step < 1 || step > 9) {
        return null;
      }
      indentation = Integer.toString(step);
    }
    String chomping = content.isEmpty() ? "+" : chomping(breaks, keep);
    return indicator + indentation + chomping;
  }

  /** The chomping indicator for a block scalar whose text ends with {@code breaks} line breaks. */
  private static String chomping(int breaks, boolean keep) {
    return breaks == 0 ? "-" : keep ? "+" : "";
  }

  private static int trailingLineBreaks(String text) {
    int breaks = 0;
    while (breaks < text.length() && text.charAt(text.length() - 1 - breaks) == '\n') {
      breaks++;
    }
    return breaks;
  }

  public static String nonText(JsonNode value) {
    if (value.isNull() || value.isMissingNode()) {
      return "null";
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    if (value.isInt() || value.isLong()) {
      return Long.toString(value.longValue()); // the digits BigInteger writes, without one
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value instanceof ExactDouble exact) {
      return exact.text(); // 1.50 stays 1.50
    }
    if (value.isDouble() || value.isFloat()) {
      double d = value.doubleValue();
      if (Double.isNaN(d)) {
        return ".nan";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? ".inf" : "-.inf";
      }
      // a float as Java writes the float: 0.2f is 0.2, not the double 0.20000000298023224
      return value.isFloat() ? Float.toString(value.floatValue()) : Double.toString(d);
    }
    if (value.isBigDecimal()) {
      return decimal(value.decimalValue());
    }
    throw new CardException(CardException.Kind.UNWRITABLE, "cannot write a " + value.getNodeType() + " value as YAML");
  }

  /**
   * Writes a {@code BigDecimal} so that it reads back as the same {@code BigDecimal}: every digit
   * and the scale kept ({@code 1.00} stays {@code 1.00}), with a point so that it reads as a
   * fraction, and never in the exact form Java gives a double (which the card model's unknown
   * keys would read back as a {@code Double}):
   * {@code 1.5} is written {@code 1.5E+0}, {@code 2.0E+400} as it is, {@code 1E+3} as
   * {@code 0.1E+4}. The text is a JSON number too.
   */
  public static String decimal(BigDecimal value) {
    int scale = value.scale();
    String text;
    if (scale > 0 && scale <= 20 && value.precision() - scale <= 20) {
      text = value.toPlainString();
      return readsAsDouble(value, text) ? text + "E+0" : text;
    }
    String digits = value.unscaledValue().abs().toString();
    String sign = value.signum() < 0 ? "-" : "";
    long exponent = digits.length() - 1L - scale; // value = d.ddd x 10^exponent
    if (digits.length() > 1) {
      text = sign + digits.charAt(0) + "." + digits.substring(1) + exponentText(exponent);
      if (!readsAsDouble(value, text)) {
        return text;
      }
    }
    // 0.dddd x 10^(exponent + 1): the same digits and scale, in a form no double takes
    return sign + "0." + digits + exponentText(exponent + 1);
  }

  private static String exponentText(long exponent) {
    return "E" + (exponent >= 0 ? "+" : "") + exponent;
  }

  private static boolean readsAsDouble(BigDecimal value, String text) {
    double d = value.doubleValue();
    return !Double.isInfinite(d) && ScalarResolver.isDoubleText(d, text);
  }

  /** Returns the text as a plain scalar, or null when plain style could change its meaning. */
  public static @Nullable String plainOrNull(String text, boolean inFlow) {
    return isPlainSafe(text, inFlow) ? text : null;
  }

  /**
   * Tells whether the text can be written plain and read back as the same text, by this library
   * and by YAML 1.1 readers alike.
   */
  public static boolean isPlainSafe(String text, boolean inFlow) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':') {
      return false;
    }
    if (text.startsWith("...")) {
      return false; // at the start of a line, "... x" would end the YAML document
    }
    if ("0123456789+.=<~yYnNoOtTfF".indexOf(first) >= 0
        && (!ScalarResolver.isPlainText(text) || mayBeYaml11NotText(text))) {
      return false;
    }
    // what ends a plain scalar, found by the string searches the JVM makes fast
    if (text.indexOf(": ") >= 0 || text.indexOf(" #") >= 0 || (inFlow && endsInFlow(text))) {
      return false;
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((char) (c - 0x20) < 0x5F) {
        continue; // printable ASCII, spaces between words included
      }
      if (c < 0x20 || needsEscape(c) || (c == '\u00a0' && (i == 0 || i == length - 1))) {
        return false;
      }
      if (Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a text holds a character that ends a plain scalar in a flow collection. */
  private static boolean endsInFlow(String text) {
    // SnakeYAML ends a plain scalar at "?" in flow context too
    return text.indexOf(',') >= 0 || text.indexOf('[') >= 0 || text.indexOf(']') >= 0
        || text.indexOf('{') >= 0 || text.indexOf('}') >= 0 || text.indexOf('?') >= 0;
  }

  /**
   * Tells whether {@link #YAML11_NOT_TEXT} matches a text, asking the pattern only when it could:
   * longer than its words ({@code yes}, {@code off}...) the pattern matches only numbers,
   * {@code .inf} and {@code .nan}, whose characters are all in {@link #YAML11_NUMBER_CHARACTERS}.
   */
  private static boolean mayBeYaml11NotText(String text) {
    if (text.length() > 3) {
      for (int i = 0; i < text.length(); i++) {
        if (YAML11_NUMBER_CHARACTERS.indexOf(text.charAt(i)) < 0) {
          return false;
        }
      }
    }
    return YAML11_NOT_TEXT.matcher(text).matches();
  }

  /** Returns the text single-quoted, or null when it does not fit on one line that way. */
  public static @Nullable String singleQuotedOrNull(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || needsEscape(c) || (Character.isSurrogate(c) && !isPairedSurrogate(text, i))) {
        return null;
      }
    }
    return "'" + text.replace("'", "''") + "'";
  }

  /** Returns the text double-quoted, escaping only what must be (raw Unicode stays raw). */
  public static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    appendDoubleQuoted(out, text);
    return out.toString();
  }

  private static void appendDoubleQuoted(StringBuilder out, String text) {
    out.append('"');
    int clean = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c, text, i);
      if (escape != null) {
        out.append(text, clean, i).append(escape);
        clean = i + 1;
      }
    }
    out.append(text, clean, text.length()).append('"');
  }

  private static @Nullable String escape(char c, String text, int i) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      return null;
    }
    switch (c) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      case '\0': return "\\0";
      case 0x07: return "\\a";
      case '\b': return "\\b";
      case 0x1B: return "\\e";
      case '\f': return "\\f";
      case 0x0B: return "\\v";
      case 0x85: return "\\N";
      case 0x2028: return "\\L";
      case 0x2029: return "\\P";
      default:
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
          return String.format("\\x%02X", (int) c);
        }
        if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF
            || (Character.isSurrogate(c) && !isPairedSurrogate(text, i))) {
          return String.format("\\u%04X", (int) c);
        }
        return null;
    }
  }

  /**
   * Tells whether a character other than a C0 control must be escaped: YAML forbids it raw (DEL,
   * C1 controls, U+FFFE, U+FFFF), it is a line break to YAML but not to editors (U+0085, U+2028,
   * U+2029), or it is invisible and only allowed at the start of a file (U+FEFF).
   */
  private static boolean needsEscape(char c) {
    return (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE
        || c == 0xFFFF;
  }

  private static boolean isPairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static void spaces(StringBuilder out, int count) {
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
  }
}
