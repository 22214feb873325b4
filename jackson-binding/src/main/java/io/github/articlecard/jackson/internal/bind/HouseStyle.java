package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.ModelKey;
import io.github.articlecard.Provider;
import io.github.articlecard.ValueKind;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The card format's house style, as the seed and the real cards show it: which strings are written
 * plain and which double-quoted, and where blank lines separate top-level groups. It applies to
 * edits made as a card ({@code withCard}) and to cards written from scratch, never to other
 * documents' new keys. Every rule is said of kinds of value and of records, from the model's key
 * tables, never of key names.
 */
public final class HouseStyle implements StylePolicy {
  /** The house style. */
  public static final HouseStyle INSTANCE = new HouseStyle();

  /** Kinds written plain: the open sets and instants. */
  private static final Set<ValueKind> PLAIN_KINDS =
      Set.of(ValueKind.CATEGORY, ValueKind.CONTENT_TYPE, ValueKind.INSTANT);
  /** Kinds that stand apart, with a blank line before them: the opaque blobs. */
  private static final Set<ValueKind> SPACED_KINDS = Set.of(ValueKind.HTML, ValueKind.SECURED);

  private HouseStyle() {}

  /**
   * Returns plain (used when it safely can be) for categories, content types and instants, every
   * key of a provider, and the items of lists of strings such as {@code topics}; double-quoted for
   * everything else.
   */
  @Override
  public ScalarStyle stringStyle(List<Object> path) {
    return prefersPlain(path) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  private static boolean prefersPlain(List<Object> path) {
    if (path.isEmpty()) {
      return false;
    }
    if (path.get(path.size() - 1) instanceof Integer) {
      return true;
    }
    ModelKey<?> key = ModelPlaces.keyAt(path);
    return (key != null && PLAIN_KINDS.contains(key.kind()))
        || ModelPlaces.recordAt(path.subList(0, path.size() - 1)) == Provider.class;
  }

  /**
   * Tells whether a blank line goes between two top-level entries: around block collections (the
   * {@code provider}, {@code topics}, {@code images}, {@code related} groups), before the opaque
   * blobs ({@code featuredContent}, {@code secured}), and after embedded HTML.
   */
  @Override
  public boolean blankLineBetween(
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
    if (previousKey == null || previous == null) {
      return false;
    }
    ValueKind kind = topLevelKind(key);
    return isGroup(value) || isGroup(previous) || (kind != null && SPACED_KINDS.contains(kind))
        || topLevelKind(previousKey) == ValueKind.HTML;
  }

  private static @Nullable ValueKind topLevelKind(String key) {
    ModelKey<?> known = ModelPlaces.keyAt(List.of(key));
    return known == null ? null : known.kind();
  }

  /** Keys the model knows take the house style; unknown keys take their siblings'. */
  @Override
  public boolean overridesSiblings(List<Object> path) {
    Object last = path.isEmpty() ? null : path.get(path.size() - 1);
    return last instanceof String && ModelPlaces.isKnownAnywhere((String) last);
  }

  private static boolean isGroup(JsonNode value) {
    return value.isContainerNode() && value.size() > 0;
  }
}
