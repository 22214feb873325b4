package io.github.articlecard.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The format's house style, as the seed and the real cards show it: which strings are written
 * plain and which double-quoted, and where blank lines separate top-level groups.
 */
final class HouseStyle {
  private static final Set<String> PLAIN_KEYS = Set.of("category", "type", "publishedDateTime");
  private static final Set<String> SPACED_KEYS = Set.of("featuredContent", "secured");

  private HouseStyle() {}

  /**
   * Tells whether a string at this path is written plain (when it safely can be): {@code category},
   * {@code type}, {@code publishedDateTime}, the fields of a {@code provider}, and items of lists of
   * strings such as {@code topics}. Everything else is double-quoted.
   */
  static boolean prefersPlain(List<Object> path) {
    if (path.isEmpty()) {
      return false;
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer) {
      return true;
    }
    if (PLAIN_KEYS.contains(last)) {
      return true;
    }
    return path.size() >= 2 && "provider".equals(path.get(path.size() - 2));
  }

  /**
   * Tells whether a blank line goes between two top-level entries: around block collections (the
   * {@code provider}, {@code topics}, {@code images}, {@code related} groups) and before
   * {@code featuredContent} and {@code secured}, and after {@code featuredContent}.
   */
  static boolean blankLineBetween(
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
    if (previousKey == null || previous == null) {
      return false;
    }
    return isGroup(value) || SPACED_KEYS.contains(key) || isGroup(previous)
        || "featuredContent".equals(previousKey);
  }

  private static boolean isGroup(JsonNode value) {
    return value.isContainerNode() && value.size() > 0;
  }
}
