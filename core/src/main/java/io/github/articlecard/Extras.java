package io.github.articlecard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys a card carries that the model does not know, in the order they were written.
 *
 * <p>Every level of a card has one: the article, its provider, each image and each related
 * article. Values are plain Java data: {@link String}, {@link Integer}/{@link Long}/{@link
 * BigInteger}, {@link Double}/{@link BigDecimal}, {@link Boolean}, {@code null}, {@link List} and
 * {@link Map} (string keys, in order), nested to any depth. The holder is immutable, keeps key order
 * and {@code null} values (unlike {@link Map#copyOf}), and copies what it is given. Whole numbers are
 * stored in the smallest of Integer, Long and BigInteger that holds them and {@link Float} as
 * {@link Double}, so that {@code 1} and {@code 1L} are the same value here.
 *
 * <pre>{@code
 * Extras extras = Extras.builder()
 *     .put("sourceUrl", "https://example.com/a")
 *     .put("score", 12)
 *     .put("labels", List.of("a", "b"))
 *     .build();
 * extras.get("score");            // 12
 * extras.with("score", 13);       // a new holder; extras itself is unchanged
 * }</pre>
 *
 * <p>Two holders are equal when they hold the same keys in the same order with equal values.
 */
public final class Extras {
  private static final Extras EMPTY = new Extras(new LinkedHashMap<>());

  private final Map<String, @Nullable Object> entries;

  private Extras(LinkedHashMap<String, @Nullable Object> owned) {
    this.entries = Collections.unmodifiableMap(owned);
  }

  /**
   * Returns the empty holder.
   *
   * @return a holder with no keys
   */
  public static Extras empty() {
    return EMPTY;
  }

  /**
   * Copies a map, in its iteration order.
   *
   * @param map keys and plain-data values
   * @return the holder
   * @throws IllegalArgumentException if a value is not plain data
   */
  public static Extras of(Map<String, ? extends @Nullable Object> map) {
    Builder builder = builder();
    map.forEach(builder::put);
    return builder.build();
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this holder's entries.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.entries.putAll(entries);
    return builder;
  }

  /**
   * Returns the value of a key, or null when the key is absent or its value is null.
   *
   * @param key the key
   * @return the value
   */
  public @Nullable Object get(String key) {
    return entries.get(key);
  }

  /**
   * Tells whether the key is present (even with a null value).
   *
   * @param key the key
   * @return true when present
   */
  public boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  /**
   * Returns the keys in order.
   *
   * @return an unmodifiable ordered set
   */
  public Set<String> keys() {
    return entries.keySet();
  }

  /**
   * Returns an unmodifiable, ordered view of the entries.
   *
   * @return the entries
   */
  public Map<String, @Nullable Object> asMap() {
    return entries;
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Tells whether there are no keys.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Returns a holder with the key set to the value: replaced in place when present, appended
   * otherwise.
   *
   * @param key the key
   * @param value plain data
   * @return the new holder
   */
  public Extras with(String key, @Nullable Object value) {
    return toBuilder().put(key, value).build();
  }

  /**
   * Returns a holder without the key.
   *
   * @param key the key
   * @return the new holder (this one when the key is absent)
   */
  public Extras without(String key) {
    if (!entries.containsKey(key)) {
      return this;
    }
    return toBuilder().remove(key).build();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Extras extras)) {
      return false;
    }
    Map<String, @Nullable Object> that = extras.entries;
    if (entries.size() != that.size()) {
      return false;
    }
    Iterator<Map.Entry<String, @Nullable Object>> others = that.entrySet().iterator();
    for (Map.Entry<String, @Nullable Object> entry : entries.entrySet()) {
      Map.Entry<String, @Nullable Object> next = others.next();
      if (!entry.getKey().equals(next.getKey()) || !Objects.equals(entry.getValue(), next.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  /** Builds an {@link Extras} holder; keys keep the order in which they were first put. */
  public static final class Builder {
    private final LinkedHashMap<String, @Nullable Object> entries = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a key: replaced in place when present, appended otherwise.
     *
     * @param key the key
     * @param value plain data (copied)
     * @return this builder
     * @throws IllegalArgumentException if the value is not plain data
     */
    public Builder put(String key, @Nullable Object value) {
      Objects.requireNonNull(key, "key");
      entries.put(key, plainData(value, key));
      return this;
    }

    /**
     * Removes a key if present.
     *
     * @param key the key
     * @return this builder
     */
    public Builder remove(String key) {
      entries.remove(key);
      return this;
    }

    /**
     * Builds the immutable holder.
     *
     * @return the holder
     */
    public Extras build() {
      return entries.isEmpty() ? EMPTY : new Extras(new LinkedHashMap<>(entries));
    }
  }

  /**
   * Returns an immutable, normalised copy of a plain-data value.
   *
   * @param value the value
   * @param key the key the value is under, for the error message
   */
  static @Nullable Object plainData(@Nullable Object value, String key) {
    return plainData(value, new Step(null, key));
  }

  /** Where a nested value is, kept as steps and spelled out only for an error message. */
  private record Step(@Nullable Step parent, Object step) {
    @Override
    public String toString() {
      String prefix = parent == null ? "" : parent.toString();
      return step instanceof Integer ? prefix + "[" + step + "]"
          : prefix.isEmpty() ? step.toString() : prefix + "." + step;
    }
  }

  private static @Nullable Object plainData(@Nullable Object value, Step path) {
    if (value == null || value instanceof String || value instanceof Boolean
        || value instanceof Double || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      long l = ((Number) value).longValue();
      if (l == (int) l) {
        return Integer.valueOf((int) l);
      }
      return Long.valueOf(l);
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? plainData(big.longValue(), path) : big;
    }
    if (value instanceof Float f) {
      return Double.valueOf(Float.toString(f));
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(plainData(list.get(i), new Step(path, i)));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map) {
      LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException(path + ": map keys must be strings, found "
              + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
        }
        String key = (String) e.getKey();
        copy.put(key, plainData(e.getValue(), new Step(path, key)));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(path + ": not plain data (String, number, Boolean, null, "
        + "List or Map): " + value.getClass().getName());
  }
}
