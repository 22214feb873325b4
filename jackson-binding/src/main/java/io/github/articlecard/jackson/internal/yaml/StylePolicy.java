package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The standard a format sets for the choices YAML leaves open, the last word of a
 * {@link StyleDecision} after the document and the house style: how strings at a place are
 * quoted, where blank lines separate entries, the order of the keys it knows, and what kind of
 * value a string is (so that new text can follow siblings of its kind). The emitter and the
 * patcher never ask a policy themselves; they ask the decision.
 */
public interface StylePolicy {
  /**
   * Returns the style the standard gives a string at this path (plain, single- or
   * double-quoted), or null where it has no opinion (a key it does not know).
   */
  @Nullable ScalarStyle stringStyle(List<Object> path);

  /**
   * Returns the style of a string at this path when neither the document nor the house style nor
   * {@link #stringStyle} says one.
   */
  default ScalarStyle fallbackStyle(List<Object> path) {
    return isItem(path) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  /** Tells whether a blank line goes between two adjacent entries of the mapping at a path. */
  boolean blankLineBetween(List<Object> mappingPath, @Nullable String previousKey,
      @Nullable JsonNode previous, String key, JsonNode value);

  /** Returns the order the standard writes the known keys of the mapping at a path in; empty where it knows none. */
  List<String> keyOrder(List<Object> mappingPath);

  /**
   * Returns what kind of value a string at a path is, for matching new text with siblings of the
   * same kind: by default from its text ({@link #classOfText}).
   */
  default String valueClass(List<Object> path, JsonNode value) {
    return classOfText(value);
  }

  /** A link: a scheme and {@code //}, or a site-relative path. */
  Pattern LINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S*|/[^\\s/]\\S*");
  /** A date or date-time. */
  Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+(?: ?(?:Z|[+-]\\d{1,2}(?::?\\d{2})?))?)?");

  /** The kind of a string by its text alone: {@code link}, {@code date} or {@code text}. */
  static String classOfText(JsonNode value) {
    if (!value.isTextual()) {
      return value.getNodeType().name();
    }
    String text = value.textValue();
    return LINK.matcher(text).matches() ? "link" : DATE.matcher(text).matches() ? "date" : "text";
  }

  /** Tells whether a path ends at a list item. */
  static boolean isItem(List<Object> path) {
    return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
  }

  /**
   * The standard of documents of any format, whatever their keys are named: no opinions, so that
   * new text takes the document's own style; blank lines around block collections in documents
   * that separate entries with blank lines.
   */
  StylePolicy NONE = new StylePolicy() {
    @Override
    public @Nullable ScalarStyle stringStyle(List<Object> path) {
      return null;
    }

    @Override
    public boolean blankLineBetween(List<Object> mappingPath, @Nullable String previousKey,
        @Nullable JsonNode previous, String key, JsonNode value) {
      return mappingPath.isEmpty() && previous != null
          && (isBlockCollection(previous) || isBlockCollection(value));
    }

    @Override
    public List<String> keyOrder(List<Object> mappingPath) {
      return List.of();
    }
  };

  /** Tells whether a value is written as a block collection: a mapping or list that is not empty. */
  static boolean isBlockCollection(JsonNode value) {
    return value.isContainerNode() && value.size() > 0;
  }
}
