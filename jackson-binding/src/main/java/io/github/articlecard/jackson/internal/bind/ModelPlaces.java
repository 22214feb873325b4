package io.github.articlecard.jackson.internal.bind;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.ModelKey;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.ValueKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a path in a card's front matter ({@code provider.name}, {@code related[0].images[1].url})
 * stands in the model: which record holds it and which key it names, walking the records' key
 * tables from the card down (a {@link ValueKind#PROVIDER} key leads into a provider, an index into
 * a list of records into an item).
 */
public final class ModelPlaces {
  private ModelPlaces() {}

  private static final Map<Class<?>, List<? extends ModelKey<?>>> TABLES = Map.of(
      ArticleCard.class, ArticleCard.keys(), Provider.class, Provider.keys(),
      Image.class, Image.keys(), RelatedArticle.class, RelatedArticle.keys());

  private static final Set<String> ANYWHERE = known();

  /** Each record's keys by name, for the lookups every style decision makes. */
  private static final Map<Class<?>, Map<String, ModelKey<?>>> BY_NAME = byName();

  private static Map<Class<?>, Map<String, ModelKey<?>>> byName() {
    Map<Class<?>, Map<String, ModelKey<?>>> tables = new HashMap<>();
    TABLES.forEach((record, keys) -> {
      Map<String, ModelKey<?>> names = new HashMap<>();
      keys.forEach(key -> names.put(key.name(), key));
      tables.put(record, names);
    });
    return tables;
  }

  private static Set<String> known() {
    Set<String> names = new HashSet<>();
    TABLES.values().forEach(keys -> keys.forEach(key -> names.add(key.name())));
    return Set.copyOf(names);
  }

  /** Returns the key tables of the model's records, by record. */
  public static Map<Class<?>, List<? extends ModelKey<?>>> tables() {
    return TABLES;
  }

  /** Tells whether any record of the model knows a key of this name. */
  public static boolean isKnownAnywhere(String name) {
    return ANYWHERE.contains(name);
  }

  /**
   * Returns the record whose keys a mapping at this path holds (the empty path is the card), or
   * null where the path leaves the model (an unknown key, a list of text, an index into a mapping).
   */
  public static @Nullable Class<?> recordAt(List<Object> path) {
    Class<?> record = ArticleCard.class;
    ValueKind list = null; // the kind of the list the walk stands in, waiting for an index
    for (Object step : path) {
      if (list != null) {
        if (!(step instanceof Integer)) {
          return null;
        }
        record = recordOf(list);
        list = null;
        if (record == null) {
          return null;
        }
        continue;
      }
      ModelKey<?> key = step instanceof String name ? key(record, name) : null;
      if (key == null) {
        return null;
      }
      if (key.kind() == ValueKind.PROVIDER) {
        record = Provider.class;
      } else if (key.kind().isList()) {
        list = key.kind();
      } else {
        return null;
      }
    }
    return list == null ? record : null;
  }

  /**
   * Returns the record a value of this kind is, or a list of this kind holds ({@link Provider},
   * {@link Image}, {@link RelatedArticle}), or null for a kind that holds no record.
   */
  public static @Nullable Class<?> recordOf(ValueKind kind) {
    return kind == ValueKind.PROVIDER ? Provider.class
        : kind == ValueKind.IMAGE_LIST ? Image.class
        : kind == ValueKind.RELATED_LIST ? RelatedArticle.class : null;
  }

  /** Returns the key a path ends at, or null when the path does not end at a key of the model. */
  public static @Nullable ModelKey<?> keyAt(List<Object> path) {
    if (path.isEmpty() || !(path.get(path.size() - 1) instanceof String name)) {
      return null;
    }
    Class<?> record = recordAt(path.subList(0, path.size() - 1));
    return record == null ? null : key(record, name);
  }

  private static @Nullable ModelKey<?> key(Class<?> record, String name) {
    Map<String, ModelKey<?>> keys = BY_NAME.get(record);
    return keys == null ? null : keys.get(name);
  }
}
