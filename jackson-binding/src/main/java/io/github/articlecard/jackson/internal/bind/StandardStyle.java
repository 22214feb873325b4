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
 * The card format's standard style, as the seed and the real cards show it: which strings are
 * written plain and which double-quoted, where blank lines separate top-level groups, and the order
 * of the known keys at every level. The last word of every style decision, after the document and
 * the house style. Every rule is said of kinds of value and of records, from the model's key
 * tables, never of key names.
 */
public final class StandardStyle implements StylePolicy {
  /** The standard style. */
  public static final StandardStyle INSTANCE = new StandardStyle();

  /** Kinds written plain: the open sets and instants. */
  private static final Set<ValueKind> PLAIN_KINDS =
      Set.of(ValueKind.CATEGORY, ValueKind.CONTENT_TYPE, ValueKind.INSTANT);
  /** Kinds that stand apart, with a blank line before them: the opaque blobs. */
  private static final Set<ValueKind> SPACED_KINDS = Set.of(ValueKind.HTML, ValueKind.SECURED);

  private StandardStyle() {}

  /**
   * Returns plain for categories, content types and instants, every known key of a provider, and
   * the items of lists of text such as {@code topics}; double-quoted for the other known keys;
   * null (no opinion) for keys the model does not know.
   */
  @Override
  public @Nullable ScalarStyle stringStyle(List<Object> path) {
    if (path.isEmpty()) {
      return null;
    }
    if (StylePolicy.isItem(path)) {
      ModelKey<?> list = ModelPlaces.keyAt(path.subList(0, path.size() - 1));
      return list != null && list.kind() == ValueKind.TEXT_LIST ? ScalarStyle.PLAIN : null;
    }
    ModelKey<?> key = ModelPlaces.keyAt(path);
    if (key == null) {
      return null;
    }
    return PLAIN_KINDS.contains(key.kind()) || inProvider(path)
        ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  /** Where nothing else decides: plain for list items and inside a provider, else double quotes. */
  @Override
  public ScalarStyle fallbackStyle(List<Object> path) {
    return StylePolicy.isItem(path) || inProvider(path)
        ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  private static boolean inProvider(List<Object> path) {
    return !path.isEmpty() && ModelPlaces.recordAt(path.subList(0, path.size() - 1)) == Provider.class;
  }

  /**
   * Tells whether a blank line goes between two top-level entries: around block collections (the
   * {@code provider}, {@code topics}, {@code images}, {@code related} groups), before the opaque
   * blobs ({@code featuredContent}, {@code secured}), and after embedded HTML. Never in nested
   * mappings.
   */
  @Override
  public boolean blankLineBetween(List<Object> mappingPath, @Nullable String previousKey,
      @Nullable JsonNode previous, String key, JsonNode value) {
    if (!mappingPath.isEmpty() || previousKey == null || previous == null) {
      return false;
    }
    ValueKind kind = topLevelKind(key);
    return StylePolicy.isBlockCollection(value) || StylePolicy.isBlockCollection(previous)
        || (kind != null && SPACED_KINDS.contains(kind))
        || topLevelKind(previousKey) == ValueKind.HTML;
  }

  private static @Nullable ValueKind topLevelKind(String key) {
    ModelKey<?> known = ModelPlaces.keyAt(List.of(key));
    return known == null ? null : known.kind();
  }

  /** Returns the keys of the record at a path in house order ({@code ArticleCard.keys()}...). */
  @Override
  public List<String> keyOrder(List<Object> mappingPath) {
    Class<?> record = ModelPlaces.recordAt(mappingPath);
    if (record == null) {
      return List.of();
    }
    return ModelPlaces.tables().getOrDefault(record, List.of()).stream().map(key -> key.name())
        .toList();
  }

  /**
   * Returns the kind of a known key's value ({@code link} for every URL key, {@code text} for
   * text, {@code date} for instants, the open sets each their own); for other keys, the kind its
   * text shows.
   */
  @Override
  public String valueClass(List<Object> path, JsonNode value) {
    ModelKey<?> key = StylePolicy.isItem(path) ? null : ModelPlaces.keyAt(path);
    if (key == null) {
      return StylePolicy.classOfText(value);
    }
    return switch (key.kind()) {
      case URL -> "link";
      case INSTANT -> "date";
      case TEXT, HTML -> "text";
      default -> key.kind().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
