package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The card format's house style, as the seed and the real cards show it: which strings are written
 * plain and which double-quoted, and where blank lines separate top-level groups. It applies to
 * edits made as a card ({@code withCard}) and to cards written from scratch, never to other
 * documents' new keys.
 */
public final class HouseStyle implements StylePolicy {
  /** The house style. */
  public static final HouseStyle INSTANCE = new HouseStyle();

  private static final Set<String> PLAIN_KEYS = Set.of("category", "type", "publishedDateTime");
  private static final Set<String> SPACED_KEYS = Set.of("featuredContent", "secured");

  private HouseStyle() {}

  /**
   * Returns plain (used when it safely can be) for {@code category}, {@code type},
   * {@code publishedDateTime}, the fields of a {@code provider}, and items of lists of strings such
   * as {@code topics}; double-quoted for everything else.
   */
  @Override
  public ScalarStyle stringStyle(List<Object> path) {
    return prefersPlain(path) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  private static boolean prefersPlain(List<Object> path) {
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
  @Override
  public boolean blankLineBetween(
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
    if (previousKey == null || previous == null) {
      return false;
    }
    return isGroup(value) || SPACED_KEYS.contains(key) || isGroup(previous)
        || "featuredContent".equals(previousKey);
  }

  /** Keys the model knows take the house style; unknown keys take their siblings'. */
  @Override
  public boolean overridesSiblings(List<Object> path) {
    Object last = path.isEmpty() ? null : path.get(path.size() - 1);
    return last instanceof String key && (CardShapes.ARTICLE.isKnown(key)
        || CardShapes.IMAGE.isKnown(key) || CardShapes.PROVIDER.isKnown(key)
        || CardShapes.RELATED.isKnown(key));
  }

  private static boolean isGroup(JsonNode value) {
    return value.isContainerNode() && value.size() > 0;
  }
}
