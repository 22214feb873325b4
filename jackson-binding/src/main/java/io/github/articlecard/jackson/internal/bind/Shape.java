package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.Extras;
import io.github.articlecard.ModelKey;
import io.github.articlecard.ModelRecord;
import io.github.articlecard.ValueKind;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one model record in house order, as the record's key table lists them
 * ({@code ArticleCard.keys()}...), each with the codec of its {@link ValueKind kind}, and where
 * unknown keys go. One shape serves binding ({@link #bind}), canonical writing ({@link #write}) and
 * minimal merging of an edit into the data it was read from ({@link #merge}); nothing here names a
 * key.
 *
 * <p>A key is written exactly when the record has it ({@code has}): absent keys are never written,
 * present ones always, whatever their value. Binding makes a key present when the data holds it
 * with a value ({@code images: []} included) and leaves it absent when the data does not hold it or
 * holds null.
 *
 * @param <R> the record type
 * @param <B> its builder type
 */
final class Shape<R extends Record & ModelRecord, B extends ModelRecord.Builder<R>> {

  /** One known key, its place in house order, and how its values are read and written. */
  private record Field<R extends Record>(ModelKey<R> key, int position, Codec<Object> codec) {
    String name() {
      return key.name();
    }

    @Nullable Object get(R record) {
      return key.valueIn(record);
    }
  }

  private final List<Field<R>> fields = new ArrayList<>();
  private final Map<String, Field<R>> byKey = new HashMap<>();
  private final Supplier<B> newBuilder;

  /**
   * @param keys the record's key table
   * @param newBuilder starts a builder with every key absent
   * @param codecs the codec of each kind of value
   */
  @SuppressWarnings("unchecked") // a kind's codec reads and writes the values of that kind
  Shape(List<ModelKey<R>> keys, Supplier<B> newBuilder, Function<ValueKind, Codec<?>> codecs) {
    this.newBuilder = newBuilder;
    for (ModelKey<R> key : keys) {
      Field<R> field = new Field<>(key, fields.size(), (Codec<Object>) codecs.apply(key.kind()));
      fields.add(field);
      byKey.put(key.name(), field);
    }
  }

  /** Returns the names of the keys, in house order. */
  List<String> names() {
    return fields.stream().map(Field::name).toList();
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
    return bind(data.properties(), DATA, context, finish);
  }

  /**
   * Binds a mapping of the source map to a record, as {@link #bind(ObjectNode, BindContext)} binds
   * its data, without building that data (but for the values of unknown keys).
   */
  R bind(SourceNode.Mapping mapping, BindContext context) {
    return bind(mapping, context, builder -> { });
  }

  /** Binds a mapping of the source map, letting {@code finish} set what it does not hold. */
  R bind(SourceNode.Mapping mapping, BindContext context, Consumer<B> finish) {
    return bind(mapping.entries(), SOURCE, context, finish);
  }

  /** How the entries of a mapping are walked: Jackson data, or the nodes of the source map. */
  private interface Walk<E> {
    String key(E entry);

    @Nullable Object read(Codec<Object> codec, E entry, BindContext context);

    /** The value as plain Java data, for the extras. */
    @Nullable Object plain(E entry);
  }

  private static final Walk<Map.Entry<String, JsonNode>> DATA = new Walk<>() {
    @Override
    public String key(Map.Entry<String, JsonNode> entry) {
      return entry.getKey();
    }

    @Override
    public @Nullable Object read(Codec<Object> codec, Map.Entry<String, JsonNode> entry,
        BindContext context) {
      return codec.read(entry.getValue(), context);
    }

    @Override
    public @Nullable Object plain(Map.Entry<String, JsonNode> entry) {
      return PlainData.toJava(entry.getValue());
    }
  };

  private static final Walk<SourceNode.Entry> SOURCE = new Walk<>() {
    @Override
    public String key(SourceNode.Entry entry) {
      return entry.key().value();
    }

    @Override
    public @Nullable Object read(Codec<Object> codec, SourceNode.Entry entry,
        BindContext context) {
      return codec.read(entry.value(), context);
    }

    @Override
    public @Nullable Object plain(SourceNode.Entry entry) {
      return PlainData.toJava(entry.value().data());
    }
  };

  private <E> R bind(Iterable<E> entries, Walk<E> walk, BindContext context, Consumer<B> finish) {
    B builder = newBuilder.get();
    Extras.Builder unknown = null;
    int next = 0; // the field after the last one found: keys mostly come in house order
    for (E entry : entries) {
      String key = walk.key(entry);
      Field<R> field = field(key, next);
      context.push(key);
      if (field != null) {
        next = field.position() + 1;
        // the key is present even where a builder setter alone would not make it so
        Object value = walk.read(field.codec(), entry, context);
        if (value != null) {
          builder.set(field.key(), value).present(field.key());
        }
      } else {
        if (unknown == null) {
          unknown = Extras.builder();
        }
        unknown.put(key, walk.plain(entry));
      }
      context.pop();
    }
    if (unknown != null) {
      builder.extras(unknown.build());
    }
    finish.accept(builder);
    return builder.build();
  }

  /**
   * Returns the field of a key, or null for an unknown key: first looked for among the fields
   * from {@code next} on by identity, as keys mostly come in house order with some left out and
   * a key read from a block mapping is the model's own name string ({@code
   * YamlReader.shareKeyNames}); then by name.
   */
  @SuppressWarnings("ReferenceEquality") // identity first on purpose; the map below compares names
  private @Nullable Field<R> field(String key, int next) {
    for (int i = next; i < fields.size(); i++) {
      Field<R> field = fields.get(i);
      if (field.name() == key) {
        return field;
      }
    }
    return byKey.get(key);
  }

  /** Writes a record as data in house order: the known keys it has, then unknown keys. */
  ObjectNode write(R record) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (Field<R> field : fields) {
      if (field.key().isPresentIn(record)) {
        data.set(field.name(), field.codec().write(Objects.requireNonNull(field.get(record))));
      }
    }
    writeExtras(record, data);
    return data;
  }

  private void writeExtras(R record, ObjectNode data) {
    for (Map.Entry<String, @Nullable Object> entry : record.extras().asMap().entrySet()) {
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
    for (Field<R> field : fields) {
      mergeField(field, oldData, oldRecord, newRecord, values);
    }
    Extras oldExtras = oldRecord.extras();
    for (Map.Entry<String, @Nullable Object> entry : newRecord.extras().asMap().entrySet()) {
      String key = checkedUnknown(entry.getKey());
      JsonNode oldNode = oldData.get(key);
      boolean unchanged = oldNode != null && oldExtras.containsKey(key)
          && Objects.equals(oldExtras.get(key), entry.getValue());
      values.put(key, unchanged ? oldNode : PlainData.toNode(entry.getValue()));
    }
    return ordered(oldData, values);
  }

  private void mergeField(Field<R> field, ObjectNode oldData, R oldRecord, R newRecord,
      Map<String, JsonNode> values) {
    String name = field.name();
    boolean hadIt = field.key().isPresentIn(oldRecord);
    boolean hasIt = field.key().isPresentIn(newRecord);
    Object oldValue = field.get(oldRecord);
    Object newValue = field.get(newRecord);
    JsonNode oldNode = oldData.get(name);
    if (hadIt == hasIt && Objects.equals(oldValue, newValue)) {
      if (oldNode != null) {
        values.put(name, oldNode);   // unchanged, including a key written as null
      }
    } else if (hasIt) {
      Object value = Objects.requireNonNull(newValue);
      values.put(name, oldNode == null || !hadIt
          ? field.codec().write(value)
          : field.codec().merge(oldNode, oldValue, value));
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
