package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One case of the YAML test suite that can stand as a front matter (see {@code suite/README.txt}):
 * its front matter text and what reading it must give.
 *
 * @param id the suite's id
 * @param title the suite's title
 * @param yaml the front matter text
 * @param detail for a valid case the suite's in.json; for an invalid one the line (or lines
 *     {@code from-to}) of the fault; for a refused one the {@code CardException.Kind} it is refused
 *     with
 */
record SuiteCase(String id, String title, String yaml, String detail) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern CORE_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** Returns the cases of one folder: {@code valid}, {@code refused} or {@code invalid}. */
  static List<SuiteCase> of(String folder) {
    List<SuiteCase> cases = new ArrayList<>();
    for (String line : resource(folder + "/index.txt").split("\n")) {
      String[] fields = line.split("\t");
      String id = fields[0];
      String yaml = resource(folder + "/" + id + ".yaml");
      String detail = switch (folder) {
        case "valid" -> resource(folder + "/" + id + ".json");
        default -> fields[1];
      };
      cases.add(new SuiteCase(id, fields[fields.length - 1], yaml, detail));
    }
    return cases;
  }

  private static String resource(String name) {
    try (InputStream in = SuiteCase.class.getResourceAsStream("suite/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no suite resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether a fault reported on {@code line} (1-based, in the front matter) is where it should be. */
  boolean faultOn(int line) {
    String[] range = detail.split("-");
    int from = Integer.parseInt(range[0]);
    int to = Integer.parseInt(range[range.length - 1]);
    return line >= from && line <= to;
  }

  /**
   * Compares data read with the suite's in.json; returns null when they agree, else where they
   * differ. Where the library's scalar rules give a plain scalar's text rather than the core
   * schema's number, the text must be what the core schema reads as that number ({@code 0o14} for
   * 12), and the difference is added to {@code libraryRules}.
   */
  @Nullable String differenceFrom(JsonNode data, List<String> libraryRules) {
    try {
      return difference("", JSON.readTree(detail), data, libraryRules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String difference(String path, JsonNode expected, JsonNode actual,
      List<String> libraryRules) {
    if (expected.isObject()) {
      if (!actual.isObject() || actual.size() != expected.size()) {
        return path + ": expected " + expected + ", read " + actual;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = actual.get(field.getKey());
        if (value == null) {
          return path + ": no key " + field.getKey() + " in " + actual;
        }
        String found = difference(path + "." + field.getKey(), field.getValue(), value, libraryRules);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return path + ": expected " + expected + ", read " + actual;
      }
      for (int i = 0; i < expected.size(); i++) {
        String found = difference(path + "[" + i + "]", expected.get(i), actual.get(i), libraryRules);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (expected.isNumber() && actual.isNumber()
        && expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
      return null;
    }
    if (expected.isNumber() && actual.isTextual() && coreNumber(actual.textValue()) != null
        && coreNumber(actual.textValue()).compareTo(expected.decimalValue()) == 0) {
      libraryRules.add(path + ": " + actual.textValue() + " keeps its text (the core schema reads "
          + expected + ")");
      return null;
    }
    return expected.equals(actual) ? null : path + ": expected " + expected + ", read " + actual;
  }

  /** The number the YAML 1.2 core schema reads a plain scalar as, or null. */
  private static @Nullable BigDecimal coreNumber(String text) {
    if (CORE_INT.matcher(text).matches()) {
      if (text.startsWith("0o")) {
        return new BigDecimal(new java.math.BigInteger(text.substring(2), 8));
      }
      if (text.startsWith("0x")) {
        return new BigDecimal(new java.math.BigInteger(text.substring(2), 16));
      }
      return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }
    if (CORE_FLOAT.matcher(text).matches()) {
      String plain = text.startsWith("+") ? text.substring(1) : text;
      return new BigDecimal(plain.endsWith(".") ? plain + "0" : plain.replace("-.", "-0.")
          .replaceFirst("^\\.", "0."));
    }
    return null;
  }
}
