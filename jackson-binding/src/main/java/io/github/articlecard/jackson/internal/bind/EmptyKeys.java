package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.ModelKey;
import io.github.articlecard.jackson.internal.yaml.StylePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The known keys a house style writes without a value when a card does not hold them
 * ({@code heat:}), worked out once for each level of the model ({@code ""}, {@code provider},
 * {@code related[]}...) with the nested records' levels, so that a canonical write asks the style
 * nothing for each card: it visits each record once and looks up only the keys written empty and
 * the keys that nest records. Shared by the threads that write with one style.
 */
public final class EmptyKeys {
  private final BiPredicate<String, String> writtenEmpty;
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();

  /**
   * @param writtenEmpty tells, from a level ({@code ""}, {@code related[]}) and a key, whether the
   *     key is written without a value when absent; asked once for each known key of each level
   */
  public EmptyKeys(BiPredicate<String, String> writtenEmpty) {
    this.writtenEmpty = writtenEmpty;
  }

  /** What one level does: the keys written empty, and where records nest. */
  private record Plan(List<String> empty, List<Nested> nested) {}

  /** A key whose value is a record or a list of records of {@code type}, at {@code level}. */
  private record Nested(String key, Class<?> type, String level, String itemsLevel) {}

  /**
   * Returns the card's front matter data with a null value for each known key, at any level, that
   * the record does not have and the style writes without a value, which reads back as absent.
   */
  ObjectNode write(ObjectNode data) {
    List<Object[]> records = new ArrayList<>();
    records.add(new Object[] {data, plan("", ArticleCard.class)});
    while (!records.isEmpty()) {
      Object[] next = records.remove(records.size() - 1);
      ObjectNode record = (ObjectNode) next[0];
      Plan plan = (Plan) next[1];
      for (String key : plan.empty()) {
        if (record.get(key) == null) {
          record.putNull(key);
        }
      }
      for (Nested nested : plan.nested()) {
        JsonNode value = record.get(nested.key());
        if (value instanceof ObjectNode object) {
          records.add(new Object[] {object, plan(nested.level(), nested.type())});
        } else if (value != null && value.isArray()) {
          Plan items = plan(nested.itemsLevel(), nested.type());
          for (JsonNode item : value) {
            if (item instanceof ObjectNode object) {
              records.add(new Object[] {object, items});
            }
          }
        }
      }
    }
    return data;
  }

  private Plan plan(String level, Class<?> type) {
    Plan known = plans.get(level);
    return known != null ? known : plans.computeIfAbsent(level, l -> planOf(l, type));
  }

  private Plan planOf(String level, Class<?> type) {
    List<String> empty = new ArrayList<>();
    List<Nested> nested = new ArrayList<>();
    for (ModelKey<?> key : ModelPlaces.tables().getOrDefault(type, List.of())) {
      if (writtenEmpty.test(level, key.name())) {
        empty.add(key.name());
      }
      Class<?> inner = ModelPlaces.recordOf(key.kind());
      if (inner != null) {
        String place = StylePaths.key(level, key.name());
        nested.add(new Nested(key.name(), inner, place, StylePaths.items(place)));
      }
    }
    return new Plan(List.copyOf(empty), List.copyOf(nested));
  }
}
