package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.cli.DataPaths.Place;
import io.github.articlecard.cli.DataPaths.Refused;
import io.github.articlecard.cli.ModelKeys.ListOf;
import io.github.articlecard.cli.ModelKeys.Slot;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One condition of {@code --where}, which picks the cards that {@code set}, {@code unset} and
 * {@code mv} edit, tested on a card's front matter: {@code title~AI} (contains, in any case),
 * {@code title=~REGEX}, {@code quality=60} (equal, the value read as {@code set} reads it),
 * {@code quality>=50} and {@code publishedDateTime<2021-03-01} (numbers, instants and dates),
 * {@code has:sourceUrl}; {@code !} before an operator negates it. On a list a condition holds
 * when it holds for an item.
 *
 * <pre>{@code
 * Condition aboutAi = Condition.parse("title~AI");
 * boolean edit = aboutAi.holdsFor(doc.frontMatter());
 * }</pre>
 */
final class Condition {
  /** The operators, longest first, so that {@code !=~} is not read as {@code !=}. */
  private static final List<String> OPERATORS =
      List.of("!=~", "!=", "!~", "=~", "<=", ">=", "=", "~", "<", ">");
  private static final String PRESENT = "has:";
  private static final String FORMS = "conditions are KEY=VALUE, KEY~TEXT, KEY=~REGEX, KEY<N,"
      + " KEY<=N, KEY>N, KEY>=N and has:KEY (! before =, ~, =~ or has: negates)";

  /** What a condition tests. */
  private enum Test { PRESENT, EQUAL, CONTAINS, MATCHES, LESS, AT_MOST, MORE, AT_LEAST }

  private final KeyPath key;
  private final Test test;
  private final boolean negated;
  private final String value;
  private final @Nullable Pattern pattern;
  private final @Nullable Comparable<?> bound;

  private Condition(KeyPath key, Test test, boolean negated, String value,
      @Nullable Pattern pattern, @Nullable Comparable<?> bound) {
    this.key = key;
    this.test = test;
    this.negated = negated;
    this.value = value;
    this.pattern = pattern;
    this.bound = bound;
  }

  /**
   * Parses the conditions of {@code --where}, refusing a key that is probably a typo: a first key
   * the card format does not know but has one close to ({@code qualty<50}), which would hold for
   * no card, or for every card when negated.
   *
   * @param allowNew whether keys the card format does not know are taken as they are
   *     ({@code --new})
   * @throws UsageException naming the first condition that is not well formed or names a
   *     misspelled key, and what is wrong
   */
  static List<Condition> parseAll(List<String> conditions, boolean allowNew) {
    List<Condition> parsed = new ArrayList<>();
    for (String text : conditions) {
      Condition condition = parse(text);
      if (!allowNew) {
        DataPaths.misspelledFirstKey(condition.key).ifPresent(meant -> {
          throw problem(text, meant.problem() + " (--new takes it as it is)");
        });
      }
      parsed.add(condition);
    }
    return List.copyOf(parsed);
  }

  /**
   * Parses one condition; spaces around the operator are passed over.
   *
   * @throws UsageException if it is not well formed, saying what is wrong
   */
  static Condition parse(String text) {
    String condition = text.strip();
    if (condition.startsWith(PRESENT) || condition.startsWith("!" + PRESENT)) {
      boolean negated = condition.startsWith("!");
      String key = condition.substring(PRESENT.length() + (negated ? 1 : 0)).strip();
      return new Condition(key(text, key), Test.PRESENT, negated, "", null, null);
    }
    int at = operatorAt(condition);
    if (at < 0) {
      throw problem(text, "no operator; " + FORMS);
    }
    String operator = null;
    for (String candidate : OPERATORS) {
      if (condition.startsWith(candidate, at)) {
        operator = candidate;
        break;
      }
    }
    if (operator == null) {
      throw problem(text, "'" + condition.charAt(at) + "' is no operator; " + FORMS);
    }
    KeyPath key = key(text, condition.substring(0, at).strip());
    String value = condition.substring(at + operator.length()).strip();
    boolean negated = operator.startsWith("!");
    return switch (negated ? operator.substring(1) : operator) {
      case "=" -> {
        try {
          EditCommands.value(value, null, null); // a JSON value with a key twice: wrong usage now
        } catch (UsageException e) {
          throw problem(text, e.problem());
        }
        yield new Condition(key, Test.EQUAL, negated, value, null, null);
      }
      case "~" -> new Condition(key, Test.CONTAINS, negated, value, Pattern.compile(
          Pattern.quote(text(text, value)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          null);
      case "=~" -> new Condition(key, Test.MATCHES, negated, value, regex(text, value), null);
      default -> new Condition(key, comparison(operator), false, value, null, bound(text, value));
    };
  }

  /** Where the operator starts: the first operator character outside a quoted key. */
  private static int operatorAt(String condition) {
    for (int i = 0; i < condition.length(); i++) {
      char c = condition.charAt(i);
      if (c == '[' && i + 1 < condition.length() && condition.charAt(i + 1) == '"') {
        i += 2;
        while (i < condition.length() && condition.charAt(i) != '"') {
          i += condition.charAt(i) == '\\' ? 2 : 1;
        }
      } else if ("=~!<>".indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static KeyPath key(String text, String key) {
    if (key.isEmpty()) {
      throw problem(text, "no KEY; " + FORMS);
    }
    KeyPath path;
    try {
      path = KeyPath.parse(key);
    } catch (UsageException e) {
      throw problem(text, e.problem());
    }
    if (path.steps().stream().anyMatch(step -> step instanceof KeyPath.Append)) {
      throw problem(text, "[+] names no item: it adds one, for set");
    }
    return path;
  }

  /** The text to look for: as typed, or the JSON text in double quotes. */
  private static String text(String text, String value) {
    JsonNode quoted = value.startsWith("\"") ? Json.parse(value) : null;
    String needle = quoted != null && quoted.isTextual() ? quoted.textValue() : value;
    if (needle.isEmpty()) {
      throw problem(text, "no TEXT after ~");
    }
    return needle;
  }

  private static Pattern regex(String text, String value) {
    if (value.isEmpty()) {
      throw problem(text, "no REGEX after =~");
    }
    try {
      return Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw problem(text, "not a regular expression: " + e.getDescription() + " at character "
          + (e.getIndex() + 1));
    }
  }

  private static Test comparison(String operator) {
    return switch (operator) {
      case "<" -> Test.LESS;
      case "<=" -> Test.AT_MOST;
      case ">" -> Test.MORE;
      default -> Test.AT_LEAST;
    };
  }

  /** A number, or an instant (a date is its day's start, UTC), to compare with. */
  private static Comparable<?> bound(String text, String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      Instant instant = instant(value);
      if (instant == null) {
        throw problem(text, "'" + value + "' is neither a number nor an instant"
            + " (2021-03-12T21:41:00Z) or a date (2021-03-12)");
      }
      return instant;
    }
  }

  /** An ISO-8601 instant, date-time with an offset, or date (its start, UTC); null if none. */
  private static @Nullable Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // not a date-time with an offset
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static UsageException problem(String condition, String problem) {
    return new UsageException("--where '" + condition + "': " + problem);
  }

  /** Tells whether every condition holds for a card's front matter. */
  static boolean allHold(List<Condition> conditions, ObjectNode frontMatter) {
    for (Condition condition : conditions) {
      if (!condition.holdsFor(frontMatter)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the condition holds for a card's front matter. */
  boolean holdsFor(ObjectNode frontMatter) {
    Place place;
    try {
      place = DataPaths.find(frontMatter, key);
    } catch (Refused e) {
      return negated; // no KEY: nothing is equal, contains or compares
    }
    JsonNode there = place.value();
    boolean holds = switch (test) {
      case PRESENT -> true;
      case EQUAL -> there != null && equal(there, place.slot());
      case CONTAINS, MATCHES -> there != null && anyItem(there, this::matches);
      default -> there != null && anyItem(there, this::compares);
    };
    return holds != negated;
  }

  private static boolean anyItem(JsonNode value, Predicate<JsonNode> test) {
    if (value instanceof ArrayNode list) {
      for (JsonNode item : list) {
        if (test.test(item)) {
          return true;
        }
      }
      return false;
    }
    return test.test(value);
  }

  /** Equal as set reads the value there: the whole value, or, on a list, an item. */
  private boolean equal(JsonNode there, @Nullable Slot slot) {
    JsonNode wanted;
    try {
      wanted = EditCommands.value(value, slot, there);
    } catch (Refused e) {
      wanted = EditCommands.value(value, null, there); // 12.50 in a card that holds 12.50
    }
    if (same(there, wanted)) {
      return true;
    }
    if (!(there instanceof ArrayNode list)) {
      return false;
    }
    Slot item = slot instanceof ListOf listOf ? listOf.item() : null;
    return anyItem(list, each -> same(each, EditCommands.value(value, item, each)));
  }

  /** Equal values: numbers by value (60 and 60.0), mappings whatever their key order. */
  static boolean same(JsonNode a, JsonNode b) {
    BigDecimal x = decimal(a);
    BigDecimal y = decimal(b);
    if (x != null && y != null) {
      return x.compareTo(y) == 0;
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
    return a.equals(b);
  }

  /** A number's exact value; null for what is not a finite number. */
  private static @Nullable BigDecimal decimal(JsonNode node) {
    if (!node.isNumber() || ((node.isDouble() || node.isFloat())
        && !Double.isFinite(node.doubleValue()))) {
      return null;
    }
    return node.decimalValue();
  }

  /** Text, and the written form of numbers and booleans, searched with the pattern. */
  private boolean matches(JsonNode node) {
    String text = node.isTextual() ? node.textValue()
        : node.isNumber() || node.isBoolean() ? node.asText() : null;
    return text != null && pattern != null && pattern.matcher(text).find();
  }

  /** Compares a number with a number, a text that is an instant or a date with an instant. */
  private boolean compares(JsonNode node) {
    int order;
    if (bound instanceof BigDecimal number) {
      BigDecimal there = decimal(node);
      if (there == null) {
        return false;
      }
      order = there.compareTo(number);
    } else if (bound instanceof Instant instant) {
      Instant there = node.isTextual() ? instant(node.textValue()) : null;
      if (there == null) {
        return false;
      }
      order = there.compareTo(instant);
    } else {
      return false;
    }
    return switch (test) {
      case LESS -> order < 0;
      case AT_MOST -> order <= 0;
      case MORE -> order > 0;
      default -> order >= 0;
    };
  }
}
