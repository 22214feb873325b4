package io.github.articlecard.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes front matter data as a card text in randomly varied, valid YAML styles (quoting styles,
 * block and flow collections, literal blocks, comments, blank lines, indentation, line endings,
 * BOM, missing final newline), recording on which lines every scalar stands. Deliberately
 * independent of the library's own emitter, so that the two check each other.
 */
public final class StyledYamlWriter {
  /** Where a scalar value stands: 1-based first line (its key or dash) and last line. */
  public record Leaf(List<Object> path, int firstLine, int lastLine) {}

  /** A written text and where its scalars are. */
  public record Result(String text, List<Leaf> leaves) {}

  /**
   * Shapes written beyond the usual ones, each off unless asked for (with all off, a seed gives the
   * texts it always gave).
   *
   * @param keptLines text that ends with a line break may be written as a keep-chomped block
   *     scalar ({@code |+}, {@code >+}, {@code |2+}), its trailing line breaks as blank lines, at
   *     any level and in list items
   * @param flowRoot the front matter is written as one flow mapping, on one line or one entry a
   *     line with comment lines and trailing comments
   */
  public record Shapes(boolean keptLines, boolean flowRoot) {
    /** The usual shapes only. */
    public static final Shapes USUAL = new Shapes(false, false);
  }

  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()-]*[A-Za-z0-9.)]|[A-Za-z]");
  private static final Set<String> RESERVED = Set.of("yes", "no", "on", "off", "true", "false",
      "null", "y", "n");

  private final Random random;
  private final Shapes shapes;
  private final String eol;
  private final int step;
  private final int sequenceIndent;
  private final StringBuilder out = new StringBuilder();
  private final List<Leaf> leaves = new ArrayList<>();
  private int line = 1;
  /** Where the last kept lines of a keep-chomped block end: a blank line there would join them. */
  private int keptLinesEnd = -1;

  public StyledYamlWriter(Random random) {
    this(random, Shapes.USUAL);
  }

  /** A writer of the usual shapes and of those {@code shapes} asks for. */
  public StyledYamlWriter(Random random, Shapes shapes) {
    this.random = random;
    this.shapes = shapes;
    this.eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
    this.step = random.nextInt(3) == 0 ? 4 : 2;
    this.sequenceIndent = random.nextBoolean() ? step : 0;
  }

  /** Writes a whole card text: delimiters, the data as front matter, and the body. */
  public Result write(ObjectNode data, String body) {
    if (random.nextInt(10) == 0) {
      out.append('\uFEFF');
    }
    out.append("---").append(random.nextInt(10) == 0 ? "  " : "");
    newLine();
    if (random.nextInt(5) == 0) {
      comment(0);
    }
    if (shapes.flowRoot()) {
      flowRoot(data);
    } else {
      mapping(data, 0, new ArrayList<>(), true);
    }
    out.append(random.nextInt(8) == 0 ? "..." : "---");
    if (body.isEmpty() && random.nextBoolean()) {
      return new Result(out.toString(), leaves);
    }
    newLine();
    out.append(body);
    return new Result(out.toString(), leaves);
  }

  private void newLine() {
    out.append(eol);
    line++;
  }

  private void comment(int indent) {
    out.append(" ".repeat(indent)).append("# ").append(random.nextBoolean() ? "note" : "see: the docs");
    newLine();
  }

  private void mapping(ObjectNode data, int indent, List<Object> path, boolean top) {
    boolean first = true;
    for (Map.Entry<String, JsonNode> entry : data.properties()) {
      if (!first) {
        if (top && random.nextInt(3) == 0 && out.length() != keptLinesEnd) {
          newLine();
        }
        if (random.nextInt(12) == 0) {
          comment(indent);
        }
        out.append(" ".repeat(indent));
      }
      first = false;
      path.add(entry.getKey());
      int keyLine = line;
      out.append(key(entry.getKey())).append(':');
      value(entry.getValue(), indent, path, keyLine);
      path.remove(path.size() - 1);
    }
  }

  /** Writes what follows {@code key:} or {@code -}, ending with a line break. */
  private void value(JsonNode value, int indent, List<Object> path, int firstLine) {
    if (value.isContainerNode() && value.size() > 0 && (random.nextInt(4) != 0 || !flowable(value))) {
      newLine();
      if (value.isObject()) {
        out.append(" ".repeat(indent + step));
        mapping((ObjectNode) value, indent + step, path, false);
      } else {
        sequence(value, indent + sequenceIndent, path);
      }
      return;
    }
    if (value.isContainerNode()) {
      out.append(' ').append(flow(value, path, firstLine));
      trailingComment();
      newLine();
      return;
    }
    scalarLine(value, indent, path, firstLine);
  }

  private void sequence(JsonNode items, int dashIndent, List<Object> path) {
    for (int i = 0; i < items.size(); i++) {
      path.add(i);
      int first = line;
      out.append(" ".repeat(dashIndent)).append('-');
      JsonNode item = items.get(i);
      if (item.isObject() && item.size() > 0) {
        out.append(' ');
        mapping((ObjectNode) item, dashIndent + 2, path, false);
      } else if (item.isArray() && item.size() > 0) {
        out.append(' ').append(flow(item, path, first));
        newLine();
      } else {
        scalarLine(item, dashIndent, path, first);
      }
      path.remove(path.size() - 1);
    }
  }

  private void scalarLine(JsonNode value, int indent, List<Object> path, int firstLine) {
    if (value.isContainerNode()) {
      out.append(' ').append(value.isObject() ? "{}" : "[]");
      newLine();
      return;
    }
    if (value.isNull()) {
      String text = random.nextInt(3) == 0 ? "" : random.nextBoolean() ? " ~" : " null";
      out.append(text);
      leaves.add(new Leaf(List.copyOf(path), firstLine, line));
      newLine();
      return;
    }
    if (shapes.keptLines() && value.isTextual() && keptBlockFits(value.textValue())
        && random.nextInt(4) != 0) {
      keptBlock(value.textValue(), indent, path, firstLine);
      return;
    }
    if (value.isTextual() && literalFits(value.textValue()) && random.nextInt(3) == 0) {
      String text = value.textValue();
      boolean clip = text.endsWith("\n");
      out.append(clip ? " |" : " |-");
      for (String content : (clip ? text.substring(0, text.length() - 1) : text).split("\n", -1)) {
        newLine();
        if (!content.isEmpty()) {
          out.append(" ".repeat(indent + step)).append(content);
        }
      }
      leaves.add(new Leaf(List.copyOf(path), firstLine, line));
      newLine();
      return;
    }
    out.append(' ').append(scalar(value, false));
    leaves.add(new Leaf(List.copyOf(path), firstLine, line));
    trailingComment();
    newLine();
  }

  /**
   * Writes text that ends with a line break as a keep-chomped block scalar: literal, or folded when
   * it is one line; with an indentation indicator sometimes where it is a mapping's value.
   */
  private void keptBlock(String text, int indent, List<Object> path, int firstLine) {
    int breaks = 0;
    while (text.charAt(text.length() - 1 - breaks) == '\n') {
      breaks++;
    }
    String content = text.substring(0, text.length() - breaks);
    boolean folded = content.indexOf('\n') < 0 && random.nextInt(3) == 0;
    boolean indicator = path.get(path.size() - 1) instanceof String && random.nextInt(3) == 0;
    out.append(' ').append(folded ? '>' : '|').append(indicator ? String.valueOf(step) : "")
        .append('+');
    for (String contentLine : content.split("\n", -1)) {
      newLine();
      if (!contentLine.isEmpty()) {
        out.append(" ".repeat(indent + step)).append(contentLine);
      }
    }
    for (int i = 1; i < breaks; i++) {
      newLine();
    }
    leaves.add(new Leaf(List.copyOf(path), firstLine, line));
    newLine();
    keptLinesEnd = out.length();
  }

  /**
   * Writes the whole front matter as one flow mapping: on one line, or one entry a line with
   * comment lines above some and trailing comments after some (a trailing comma at times).
   */
  private void flowRoot(ObjectNode data) {
    List<Object> path = new ArrayList<>();
    if (data.isEmpty() || random.nextBoolean()) {
      out.append(flow(data, path, line));
      trailingComment();
      newLine();
      return;
    }
    out.append('{');
    newLine();
    int left = data.size();
    for (Map.Entry<String, JsonNode> entry : data.properties()) {
      if (random.nextInt(6) == 0) {
        comment(2);
      }
      path.add(entry.getKey());
      int keyLine = line;
      String name = entry.getKey();
      out.append("  ").append(isSafePlain(name, true) ? name : doubleQuoted(name)).append(": ")
          .append(flow(entry.getValue(), path, keyLine));
      path.remove(path.size() - 1);
      if (--left > 0 || random.nextInt(3) == 0) {
        out.append(',');
      }
      trailingComment();
      newLine();
    }
    out.append('}');
    trailingComment();
    newLine();
  }

  private void trailingComment() {
    if (random.nextInt(10) == 0) {
      out.append(" # trailing");
    }
  }

  private String flow(JsonNode value, List<Object> path, int lineOfIt) {
    if (!value.isContainerNode()) {
      leaves.add(new Leaf(List.copyOf(path), lineOfIt, lineOfIt));
      return scalar(value, true);
    }
    StringBuilder flow = new StringBuilder(value.isObject() ? "{" : "[");
    int i = 0;
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        path.add(entry.getKey());
        flow.append(i++ == 0 ? "" : ", ").append(doubleQuoted(entry.getKey())).append(": ")
            .append(flow(entry.getValue(), path, lineOfIt));
        path.remove(path.size() - 1);
      }
    } else {
      for (JsonNode item : value) {
        path.add(i);
        flow.append(i++ == 0 ? "" : ", ").append(flow(item, path, lineOfIt));
        path.remove(path.size() - 1);
      }
    }
    return flow.append(value.isObject() ? "}" : "]").toString();
  }

  private static boolean flowable(JsonNode value) {
    return value.toString().length() < 200;
  }

  private String key(String key) {
    return isSafePlain(key, false) && random.nextInt(8) != 0 ? key : doubleQuoted(key);
  }

  private String scalar(JsonNode value, boolean inFlow) {
    if (value.isNull()) {
      return "null";
    }
    if (!value.isTextual()) {
      if (value.isDouble()) {
        double d = value.doubleValue();
        return Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf") : Double.toString(d);
      }
      if (value.isBigDecimal()) {
        return value.decimalValue().toPlainString();
      }
      return value.asText();
    }
    String text = value.textValue();
    int style = random.nextInt(3);
    if (style == 0 && isSafePlain(text, inFlow)) {
      return text;
    }
    if (style == 1 && singleQuoteFits(text)) {
      return "'" + text.replace("'", "''") + "'";
    }
    return doubleQuoted(text);
  }

  static boolean isSafePlain(String text, boolean inFlow) {
    return SAFE_PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))
        && !(inFlow && text.contains(","));
  }

  private static boolean singleQuoteFits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  private static boolean literalFits(String text) {
    if (!text.contains("\n") || text.startsWith(" ") || text.startsWith("\n") || text.endsWith("\n\n")
        || text.contains(" \n") || text.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether text ending with a line break can be written as a keep-chomped block. */
  private static boolean keptBlockFits(String text) {
    String content = text.replaceFirst("\n+$", "");
    return text.endsWith("\n") && literalFits(content + "\n");
  }

  static String doubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c == '\n') {
        quoted.append("\\n");
      } else if (c == '\r') {
        quoted.append("\\r");
      } else if (c == '\t') {
        quoted.append("\\t");
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        quoted.append(String.format("\\u%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
