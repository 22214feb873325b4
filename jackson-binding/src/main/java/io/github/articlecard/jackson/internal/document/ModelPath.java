package io.github.articlecard.jackson.internal.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Model paths such as {@code related[0].images[1].width}: keys separated by dots, list indexes in
 * brackets, as binding errors and validation problems name them; and where such a path's value
 * stands in a card's text. A key that holds {@code .}, {@code [} or {@code ]} is written in
 * brackets and double quotes: {@code params["og.title"]}.
 */
public final class ModelPath {
  private ModelPath() {}

  /**
   * Parses a path into its steps: keys (String) and list indexes (Integer); the empty path has no
   * steps.
   *
   * @throws IllegalArgumentException if the path is not well formed, naming where
   */
  public static List<Object> parse(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    boolean expectKey = true;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (i + 1 < path.length() && path.charAt(i + 1) == '"') {
          i = quotedKey(path, i + 2, steps);
        } else if (close > i + 1
            && path.substring(i + 1, close).chars().allMatch(d -> d >= '0' && d <= '9')) {
          String digits = path.substring(i + 1, close);
          // an index too large for an int is past the end of every list, as Integer.MAX_VALUE is
          steps.add(digits.length() > 10 ? Integer.MAX_VALUE
              : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(digits)));
          i = close + 1;
        } else {
          throw malformed(path, i, "a list index such as [0] or a quoted key such as [\"a.b\"]");
        }
        expectKey = false;
      } else if (c == '.' && !expectKey) {
        if (i + 1 == path.length()) {
          throw malformed(path, i + 1, "a key after '.'");
        }
        i++;
        expectKey = true;
      } else if (expectKey && c != '.' && c != ']') {
        int end = i;
        while (end < path.length() && ".[]".indexOf(path.charAt(end)) < 0) {
          end++;
        }
        steps.add(path.substring(i, end));
        i = end;
        expectKey = false;
      } else {
        throw malformed(path, i, expectKey ? "a key" : "'.' or '['");
      }
    }
    return steps;
  }

  private static int quotedKey(String path, int from, List<Object> steps) {
    StringBuilder key = new StringBuilder();
    int i = from;
    while (i < path.length() && path.charAt(i) != '"') {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        i++;
        c = path.charAt(i);
      }
      key.append(c);
      i++;
    }
    if (i + 1 >= path.length() || path.charAt(i + 1) != ']') {
      throw malformed(path, Math.min(i, path.length()), "a closing \"]");
    }
    steps.add(key.toString());
    return i + 2;
  }

  private static IllegalArgumentException malformed(String path, int at, String expected) {
    return new IllegalArgumentException("not a model path: \"" + path + "\": expected " + expected
        + " at character " + (at + 1));
  }

  /**
   * Returns the offset, in the whole card text, of the value a path names: a scalar's first
   * character (after an anchor or tag), a collection's start. Empty when the front matter does not
   * hold the path. A path through an alias goes on inside the anchored node, where the text is.
   */
  public static OptionalInt offsetOf(ParsedCard parsed, List<Object> steps) {
    SourceMap source = parsed.source();
    @Nullable JsonNode node = source.data();
    for (Object step : steps) {
      node = step instanceof String key
          ? (node.isObject() ? node.get(key) : null)
          : (node.isArray() ? node.get((Integer) step) : null);
      if (node == null) {
        return OptionalInt.empty();
      }
    }
    int offset = source.offsetOf(steps);
    return offset < 0 ? OptionalInt.empty()
        : OptionalInt.of(parsed.layout().frontMatterStart() + offset);
  }
}
