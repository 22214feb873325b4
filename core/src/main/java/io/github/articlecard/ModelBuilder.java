package io.github.articlecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every record builder of the model does, driven by the record's key table: it holds one
 * value per key (the absent value to start with) and which keys are present, applies each key's
 * {@link ModelKey.Presence presence rule} when a value is set, and builds the record through its
 * canonical constructor. The records' builders add only their typed setters.
 *
 * @param <R> the record
 * @param <B> the builder itself, for chaining
 */
abstract class ModelBuilder<R extends Record & ModelRecord, B extends ModelBuilder<R, B>>
    implements ModelRecord.Builder<R> {
  private final ModelKeys<R> table;
  private final @Nullable Object[] values;
  /** Bits of the keys that are not nullable and absent; a nullable key is absent when null. */
  private long absent;
  private final ExtrasSlot extras = new ExtrasSlot();

  ModelBuilder(ModelKeys<R> table) {
    this.table = table;
    this.values = table.absentValues();
    this.absent = table.defaultedBits();
  }

  /** Returns this builder, typed as the record's own. */
  @SuppressWarnings("unchecked") // B is the builder's own class
  private B self() {
    return (B) this;
  }

  /** Holds a record's values, absent keys and extras, as {@code toBuilder()} starts from. */
  final B load(R record, Set<String> absentKeys, Extras recordExtras) {
    for (ModelKey<R> key : table.keys()) {
      Object value = key.valueIn(record);
      values[key.index()] = value instanceof List<?> list ? List.copyOf(list) : value;
    }
    absent = table.bits(absentKeys) & table.defaultedBits();
    extras.set(recordExtras);
    return self();
  }

  /**
   * Sets a known key to a value, for code that walks the model's keys ({@link ModelKey}); typed
   * code calls the key's own setter, which does the same. The value must be of the key's
   * {@link ValueKind#javaType() kind} (a {@code List} of the kind's items for a list); null makes a
   * nullable key absent. The key's {@link ModelKey.Presence presence rule} applies, as for its
   * setter.
   *
   * <pre>{@code
   * ArticleCard.builder().set("quality", 5).set("webUrl", Url.of("https://example.com/a")).build();
   * }</pre>
   *
   * @param key the key, as written in the card, such as {@code "quality"}
   * @param value the value
   * @return this builder
   * @throws IllegalArgumentException if the record does not know the key (unknown keys go to
   *     {@code extra(key, value)}), or the value is not of the key's kind
   * @throws NullPointerException if the value is null for a key that is not nullable, or a list
   *     holds null
   */
  @Override
  public B set(String key, @Nullable Object value) {
    return checkedPut(table.require(key), value);
  }

  /**
   * Sets a key of the record's table to a value, as {@link #set(String, Object)} does with its
   * name, without looking the key up by name.
   *
   * <pre>{@code
   * for (ModelKey<Image> key : Image.keys()) {
   *   builder.set(key, valueFor(key));
   * }
   * }</pre>
   *
   * @param key one of the record's {@code keys()}
   * @param value the value
   * @return this builder
   * @throws IllegalArgumentException if the key is not one of the record's keys, or the value is
   *     not of the key's kind
   * @throws NullPointerException if the value is null for a key that is not nullable, or a list
   *     holds null
   */
  @Override
  public B set(ModelKey<?> key, @Nullable Object value) {
    return checkedPut(table.require(key), value);
  }

  private B checkedPut(ModelKey<R> known, @Nullable Object value) {
    String key = known.name();
    ValueKind kind = known.kind();
    if (value == null) {
      if (!known.isNullable()) {
        throw new NullPointerException(key + " cannot be null: use remove(\"" + key
            + "\") to make it absent");
      }
    } else if (!kind.javaType().isInstance(value)) {
      throw new IllegalArgumentException(key + " holds " + kind + " values ("
          + kind.javaType().getSimpleName() + "), not " + value.getClass().getSimpleName());
    }
    if (value instanceof List<?> list) {
      Class<?> itemType = kind.itemType().orElseThrow();
      for (int i = 0, size = list.size(); i < size; i++) {
        Object item = list.get(i);
        if (item == null) {
          throw new NullPointerException(key + " item");
        }
        if (!itemType.isInstance(item)) {
          throw new IllegalArgumentException(key + " holds " + itemType.getSimpleName()
              + " items, not " + item.getClass().getSimpleName());
        }
      }
    }
    return put(known, value);
  }

  /**
   * Sets a key's value as its typed setter does, with the key's presence rule: a non-nullable key
   * becomes present, except the default of a key the house style omits; lists are copied.
   */
  final B put(String key, @Nullable Object value) {
    return put(table.require(key), value);
  }

  private B put(ModelKey<R> known, @Nullable Object value) {
    if (!known.isNullable()) {
      Objects.requireNonNull(value, known.name());
    }
    values[known.index()] = value instanceof List<?> list ? copy(list, known) : value;
    if (!known.isNullable()) {
      boolean present = known.presence() == ModelKey.Presence.DEFAULTED
          || !ModelKeys.isDefault(known, value);
      mark(known, present);
    }
    return self();
  }

  /** Appends an item to a list key; the key becomes present. */
  final B add(String key, Object item) {
    ModelKey<R> known = table.require(key);
    Object held = Objects.requireNonNull(values[known.index()]);
    @SuppressWarnings("unchecked") // list keys hold lists; an ArrayList only once this made it
    List<Object> list = held instanceof ArrayList<?> ? (List<Object>) held
        : new ArrayList<>((List<?>) held);
    list.add(Objects.requireNonNull(item, itemName(known)));
    values[known.index()] = list;
    mark(known, true);
    return self();
  }

  /**
   * Holds a list given to a setter as an unmodifiable list: the list itself when it already is
   * one ({@code List.of}, {@code List.copyOf}, a binder's list), so that neither this builder nor
   * the record copies it again.
   */
  private static List<Object> copy(List<?> list, ModelKey<?> key) {
    for (int i = 0, size = list.size(); i < size; i++) {
      Objects.requireNonNull(list.get(i), itemName(key));
    }
    return List.copyOf(list);
  }

  /** What an item of a list key is called in messages: {@code topic}, {@code image}... */
  private static String itemName(ModelKey<?> key) {
    return switch (key.kind()) {
      case TEXT_LIST -> "topic";
      case IMAGE_LIST -> "image";
      default -> "article";
    };
  }

  private void mark(ModelKey<R> key, boolean present) {
    long bit = 1L << key.index();
    absent = present ? absent & ~bit : absent | bit;
  }

  /**
   * Makes a known key present with the value this builder holds for it: for the values that a
   * setter leaves absent because the house style never writes them, as {@code present("topics")}
   * after {@code topics(List.of())} writes {@code topics: []}, or {@code present("isCached")} after
   * {@code isCached(false)} writes {@code isCached: false}. A nullable key is present exactly when
   * it has a value, so this has no effect on it.
   *
   * @param key the key, as written in the card, such as {@code "related"}
   * @return this builder
   * @throws IllegalArgumentException if the key is not a key of the record (unknown keys are
   *     present when they are in the extras)
   */
  @Override
  public B present(String key) {
    return present(table.require(key));
  }

  /**
   * Makes a key of the record's table present, as {@link #present(String)} does with its name,
   * without looking the key up by name.
   *
   * @param key one of the record's {@code keys()}
   * @return this builder
   * @throws IllegalArgumentException if the key is not one of the record's keys
   */
  @Override
  public B present(ModelKey<?> key) {
    ModelKey<R> known = table.require(key);
    if (!known.isNullable()) {
      mark(known, true);
    }
    return self();
  }

  /**
   * Makes a key absent: a known key goes back to its absent state (null, empty, 0, false or an
   * empty list) and is not written, an unknown key is taken out of the extras. Nothing happens
   * when the key is already absent.
   *
   * <pre>{@code
   * ArticleCard unscored = card.toBuilder().remove("quality").remove("heat").build();
   * }</pre>
   *
   * @param key the key, as written in the card, such as {@code "quality"}
   * @return this builder
   */
  @Override
  public B remove(String key) {
    ModelKey<R> known = table.key(key);
    if (known == null) {
      extras.remove(key);
      return self();
    }
    values[known.index()] = known.absentValue();
    if (!known.isNullable()) {
      mark(known, false);
    }
    return self();
  }

  /**
   * Replaces the unknown keys.
   *
   * @param extras the unknown keys
   * @return this builder
   */
  @Override
  public B extras(Extras extras) {
    this.extras.set(extras);
    return self();
  }

  /**
   * Sets one unknown key.
   *
   * @param key the key
   * @param value plain data
   * @return this builder
   */
  @Override
  public B extra(String key, @Nullable Object value) {
    extras.put(key, value);
    return self();
  }

  /** Builds the record: the key values, the extras, then {@code others} (a card's body). */
  final R construct(Object... others) {
    int keys = values.length;
    Object[] arguments = Arrays.copyOf(values, keys + others.length + 2);
    arguments[keys] = extras.get();
    System.arraycopy(others, 0, arguments, keys + 1, others.length);
    arguments[arguments.length - 1] = table.absentSet(absent);
    return table.construct(arguments);
  }
}
