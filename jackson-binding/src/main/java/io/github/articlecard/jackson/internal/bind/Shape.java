package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.Extras;
import io.github.articlecard.jackson.CardException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one model record in house order, how each is read and written, and where unknown keys
 * go. One shape serves binding ({@link #bind}), canonical writing ({@link #write}) and minimal
 * merging of an edit into the data it was read from ({@link #merge}).
 *
 * @param <R> the record type
 * @param <B> its builder type
 */
final class Shape<R, B> {

  /** One known key. */
  static final class Field<R, B, T> {
    final String key;
    final Function<R, T> get;
    final BiConsumer<B, T> set;
    final Codec<T> codec;
    final Predicate<T> omitted;

    Field(String key, Function<R, T> get, BiConsumer<B, T> set, Codec<T> codec, Predicate<T> omitted) {
      this.key = key;
      this.get = get;
      this.set = set;
      this.codec = codec;
      this.omitted = omitted;
    }

    boolean omits(@Nullable T value) {
      return value == null || omitted.test(value);
    }
  }

  private final List<Field<R, B, ?>> fields = new ArrayList<>();
  private final Map<String, Field<R, B, ?>> byKey = new HashMap<>();
  private final Supplier<B> newBuilder;
  private final Function<B, R> build;
  private final Function<R, Extras> extras;
  private final BiConsumer<B, Extras> setExtras;

  Shape(Supplier<B> newBuilder, Function<B, R> build, Function<R, Extras> extras,
      BiConsumer<B, Extras> setExtras) {
    this.newBuilder = newBuilder;
    this.build = build;
    this.extras = extras;
    this.setExtras = setExtras;
  }

  /** Adds a key that is always written. */
  <T> Shape<R, B> field(String key, Function<R, T> get, BiConsumer<B, T> set, Codec<T> codec) {
    return field(key, get, set, codec, value -> false);
  }

  /** Adds a key that is left out when absent (null) or when {@code omitted} says so. */
  <T> Shape<R, B> field(String key, Function<R, T> get, BiConsumer<B, T> set, Codec<T> codec,
      Predicate<T> omitted) {
    Field<R, B, T> field = new Field<>(key, get, set, codec, omitted);
    fields.add(field);
    byKey.put(key, field);
    return this;
  }

  boolean isKnown(String key) {
    return byKey.containsKey(key);
  }

  /** Binds data to a record; unknown keys go to its extras, in order. */
  R bind(ObjectNode data, BindContext context) {
    return bind(data, context, builder -> { });
  }

  /** Binds data to a record, letting {@code finish} set what the data does not hold before building. */
  R bind(ObjectNode data, BindContext context, java.util.function.Consumer<B> finish) {
    B builder = newBuilder.get();
    Extras.Builder unknown = null;
    for (Map.Entry<String, JsonNode> entry : data.properties()) {
      Field<R, B, ?> field = byKey.get(entry.getKey());
      context.push(entry.getKey());
      if (field != null) {
        readInto(field, entry.getValue(), builder, context);
      } else {
        if (unknown == null) {
          unknown = Extras.builder();
        }
        unknown.put(entry.getKey(), PlainData.toJava(entry.getValue()));
      }
      context.pop();
    }
    if (unknown != null) {
      setExtras.accept(builder, unknown.build());
    }
    finish.accept(builder);
    return build.apply(builder);
  }

  private static <R, B, T> void readInto(Field<R, B, T> field, JsonNode node, B builder,
      BindContext context) {
    T value = field.codec.read(node, context);
    if (value != null) {
      field.set.accept(builder, value);
    }
  }

  /** Writes a record as data in house order: known keys, then unknown keys. */
  ObjectNode write(R record) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (Field<R, B, ?> field : fields) {
      writeField(field, record, data);
    }
    writeExtras(record, data);
    return data;
  }

  private static <R, B, T> void writeField(Field<R, B, T> field, R record, ObjectNode data) {
    T value = field.get.apply(record);
    if (!field.omits(value)) {
      data.set(field.key, field.codec.write(value));
    }
  }

  private void writeExtras(R record, ObjectNode data) {
    for (Map.Entry<String, @Nullable Object> entry : extras.apply(record).asMap().entrySet()) {
      if (byKey.containsKey(entry.getKey())) {
        throw new CardException(CardException.Kind.UNWRITABLE, "unknown-key holder contains '" + entry.getKey()
            + "', which is a field of the model; set the field instead");
      }
      data.set(entry.getKey(), PlainData.toNode(entry.getValue()));
    }
  }

  /**
   * Returns the data for {@code newRecord}, keeping from {@code oldData} every value whose model
   * value did not change (so its original form survives), in the old key order, with new keys at
   * their house position.
   */
  ObjectNode merge(ObjectNode oldData, R oldRecord, R newRecord) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (Field<R, B, ?> field : fields) {
      mergeField(field, oldData, oldRecord, newRecord, values);
    }
    Extras oldExtras = extras.apply(oldRecord);
    Extras newExtras = extras.apply(newRecord);
    for (Map.Entry<String, @Nullable Object> entry : newExtras.asMap().entrySet()) {
      String key = entry.getKey();
      if (byKey.containsKey(key)) {
        throw new CardException(CardException.Kind.UNWRITABLE, "unknown-key holder contains '" + key
            + "', which is a field of the model; set the field instead");
      }
      JsonNode oldNode = oldData.get(key);
      boolean unchanged = oldNode != null && oldExtras.containsKey(key)
          && Objects.equals(oldExtras.get(key), entry.getValue());
      values.put(key, unchanged ? oldNode : PlainData.toNode(entry.getValue()));
    }
    return ordered(oldData, values);
  }

  private static <R, B, T> void mergeField(Field<R, B, T> field, ObjectNode oldData, R oldRecord,
      R newRecord, Map<String, JsonNode> values) {
    T oldValue = field.get.apply(oldRecord);
    T newValue = field.get.apply(newRecord);
    JsonNode oldNode = oldData.get(field.key);
    if (Objects.equals(oldValue, newValue)) {
      if (oldNode != null) {
        values.put(field.key, oldNode);
      }
    } else if (!field.omits(newValue)) {
      values.put(field.key, oldNode == null
          ? field.codec.write(newValue)
          : field.codec.merge(oldNode, oldValue, newValue));
    }
  }

  /**
   * Orders merged values: keys that were already there keep their order; each new key goes right
   * after the nearest key before it in house order that is there, or first when there is none.
   */
  private static ObjectNode ordered(ObjectNode oldData, Map<String, JsonNode> values) {
    List<String> order = new ArrayList<>(values.size());
    for (String key : oldData.properties().stream().map(Map.Entry::getKey).toList()) {
      if (values.containsKey(key)) {
        order.add(key);
      }
    }
    String previous = null;
    for (String key : values.keySet()) {
      if (!oldData.has(key)) {
        int at = previous == null ? 0 : order.indexOf(previous) + 1;
        order.add(at, key);
      }
      previous = key;
    }
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (String key : order) {
      data.set(key, values.get(key));
    }
    return data;
  }
}
