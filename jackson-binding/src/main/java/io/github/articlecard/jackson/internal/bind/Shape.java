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
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one model record in house order, how each is read and written, and where unknown keys
 * go. One shape serves binding ({@link #bind}), canonical writing ({@link #write}) and minimal
 * merging of an edit into the data it was read from ({@link #merge}).
 *
 * <p>A key is written exactly when the record has it ({@code has}): absent keys are never written,
 * present ones always, whatever their value. Binding makes a key present when the data holds it
 * with a value ({@code images: []} included) and leaves it absent when the data does not hold it or
 * holds null.
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

    Field(String key, Function<R, T> get, BiConsumer<B, T> set, Codec<T> codec) {
      this.key = key;
      this.get = get;
      this.set = set;
      this.codec = codec;
    }
  }

  private final List<Field<R, B, ?>> fields = new ArrayList<>();
  private final Map<String, Field<R, B, ?>> byKey = new HashMap<>();
  private final Supplier<B> newBuilder;
  private final Function<B, R> build;
  private final BiPredicate<R, String> has;
  private final BiConsumer<B, String> present;
  private final Function<R, Extras> extras;
  private final BiConsumer<B, Extras> setExtras;

  Shape(Supplier<B> newBuilder, Function<B, R> build, BiPredicate<R, String> has,
      BiConsumer<B, String> present, Function<R, Extras> extras, BiConsumer<B, Extras> setExtras) {
    this.newBuilder = newBuilder;
    this.build = build;
    this.has = has;
    this.present = present;
    this.extras = extras;
    this.setExtras = setExtras;
  }

  /** Adds a known key; setting it on the builder makes it present. */
  <T> Shape<R, B> field(String key, Function<R, T> get, BiConsumer<B, T> set, Codec<T> codec) {
    Field<R, B, T> field = new Field<>(key, get, set, codec);
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
  R bind(ObjectNode data, BindContext context, Consumer<B> finish) {
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

  /** Sets a value read from data; the key is present even where a builder setter alone would not make it so. */
  private <T> void readInto(Field<R, B, T> field, JsonNode node, B builder, BindContext context) {
    T value = field.codec.read(node, context);
    if (value != null) {
      field.set.accept(builder, value);
      present.accept(builder, field.key);
    }
  }

  /** Writes a record as data in house order: the known keys it has, then unknown keys. */
  ObjectNode write(R record) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (Field<R, B, ?> field : fields) {
      if (has.test(record, field.key)) {
        data.set(field.key, writeValue(field, record));
      }
    }
    writeExtras(record, data);
    return data;
  }

  private static <R, B, T> JsonNode writeValue(Field<R, B, T> field, R record) {
    return field.codec.write(field.get.apply(record));
  }

  private void writeExtras(R record, ObjectNode data) {
    for (Map.Entry<String, @Nullable Object> entry : extras.apply(record).asMap().entrySet()) {
      data.set(checkedUnknown(entry.getKey()), PlainData.toNode(entry.getValue()));
    }
  }

  private String checkedUnknown(String key) {
    if (byKey.containsKey(key)) {
      throw new CardException(CardException.Kind.UNWRITABLE, "unknown-key holder contains '" + key
          + "', which is a field of the model; set the field instead");
    }
    return key;
  }

  /**
   * Returns the data for {@code newRecord}, keeping from {@code oldData} every value whose model
   * value and presence did not change (so its original form survives), in the old key order, with
   * new keys at their house position; keys the new record does not have are left out.
   */
  ObjectNode merge(ObjectNode oldData, R oldRecord, R newRecord) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (Field<R, B, ?> field : fields) {
      mergeField(field, oldData, oldRecord, newRecord, values);
    }
    Extras oldExtras = extras.apply(oldRecord);
    for (Map.Entry<String, @Nullable Object> entry : extras.apply(newRecord).asMap().entrySet()) {
      String key = checkedUnknown(entry.getKey());
      JsonNode oldNode = oldData.get(key);
      boolean unchanged = oldNode != null && oldExtras.containsKey(key)
          && Objects.equals(oldExtras.get(key), entry.getValue());
      values.put(key, unchanged ? oldNode : PlainData.toNode(entry.getValue()));
    }
    return ordered(oldData, values);
  }

  private <T> void mergeField(Field<R, B, T> field, ObjectNode oldData, R oldRecord, R newRecord,
      Map<String, JsonNode> values) {
    boolean hadIt = has.test(oldRecord, field.key);
    boolean hasIt = has.test(newRecord, field.key);
    T oldValue = field.get.apply(oldRecord);
    T newValue = field.get.apply(newRecord);
    JsonNode oldNode = oldData.get(field.key);
    if (hadIt == hasIt && Objects.equals(oldValue, newValue)) {
      if (oldNode != null) {
        values.put(field.key, oldNode);   // unchanged, including a key written as null
      }
    } else if (hasIt) {
      values.put(field.key, oldNode == null || !hadIt
          ? field.codec.write(newValue)
          : field.codec.merge(oldNode, oldValue, newValue));
    }
  }

  /**
   * Orders merged values: keys that were already there keep their order; each new key goes right
   * after the key before it in {@code values} (house order), or first when there is none. Linear:
   * each key is the one before at most one new key, so new keys hang off their predecessor.
   */
  private static ObjectNode ordered(ObjectNode oldData, Map<String, JsonNode> values) {
    Map<String, String> newAfter = new HashMap<>();
    String first = null;
    String previous = null;
    for (String key : values.keySet()) {
      if (!oldData.has(key)) {
        if (previous == null) {
          first = key;
        } else {
          newAfter.put(previous, key);
        }
      }
      previous = key;
    }
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    appendChain(first, newAfter, values, data);
    for (Map.Entry<String, JsonNode> old : oldData.properties()) {
      if (values.containsKey(old.getKey())) {
        data.set(old.getKey(), values.get(old.getKey()));
        appendChain(newAfter.get(old.getKey()), newAfter, values, data);
      }
    }
    return data;
  }

  /** Appends a new key and the new keys that follow it, one after the other. */
  private static void appendChain(@Nullable String key, Map<String, String> newAfter,
      Map<String, JsonNode> values, ObjectNode data) {
    for (String next = key; next != null; next = newAfter.get(next)) {
      data.set(next, values.get(next));
    }
  }
}
