package io.github.articlecard;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
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
 * {@link Double}, so that {@code 1} and {@code 1L} are the same value here. Copying does not
 * recurse, so data nested many thousands of levels deep is accepted here (a mapper refuses to write
 * what is deeper than its nesting limit); a list or map reached along several paths is copied once
 * and stays shared, and data that contains itself is refused with an {@link
 * IllegalArgumentException}.
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
 * <p>Two holders are equal when they hold the same keys in the same order with equal values (as
 * {@link List#equals} and {@link Map#equals} compare them). {@code equals}, {@code hashCode} and
 * {@code toString} walk the data without recursion and each shared list or map once; {@code
 * toString} cuts its text short after about 100,000 characters.
 */
public final class Extras implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Extras EMPTY = new Extras(new LinkedHashMap<>());

  private final Map<String, @Nullable Object> entries;
  private transient int hash; // computed on first use: the holder is immutable

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
      if (!entry.getKey().equals(next.getKey()) || !PlainValues.same(entry.getValue(), next.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = PlainValues.hash(entries);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return PlainValues.text(entries);
  }

  /**
   * Serializes the entries through {@link SerializedForm}, which copies and checks them again when
   * read, as {@link #of} does, so a serialized holder cannot smuggle in data that is not plain.
   */
  private Object writeReplace() {
    return new SerializedForm(new LinkedHashMap<>(entries));
  }

  @SuppressWarnings("UnusedVariable") // called by serialization
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Extras are read through their serialized form");
  }

  /** The serialized form of an {@link Extras}: its entries, in order. */
  private record SerializedForm(LinkedHashMap<String, @Nullable Object> entries)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() throws InvalidObjectException {
      try {
        return Extras.of(entries);
      } catch (IllegalArgumentException | NullPointerException e) {
        InvalidObjectException invalid = new InvalidObjectException("Extras: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /** Builds an {@link Extras} holder; keys keep the order in which they were first put. */
  public static final class Builder {
    private LinkedHashMap<String, @Nullable Object> entries = new LinkedHashMap<>();
    /** Whether a built holder owns {@link #entries}: a change after build works on a copy. */
    private boolean handedOver;

    private Builder() {}

    /** The entries to change: a copy once a built holder owns them. */
    private LinkedHashMap<String, @Nullable Object> changeable() {
      if (handedOver) {
        entries = new LinkedHashMap<>(entries);
        handedOver = false;
      }
      return entries;
    }

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
      Object plain = plainData(value, key);
      changeable().put(key, plain);
      return this;
    }

    /**
     * Removes a key if present.
     *
     * @param key the key
     * @return this builder
     */
    public Builder remove(String key) {
      if (entries.containsKey(key)) {
        changeable().remove(key);
      }
      return this;
    }

    /**
     * Builds the immutable holder.
     *
     * @return the holder
     */
    public Extras build() {
      if (entries.isEmpty()) {
        return EMPTY;
      }
      handedOver = true; // the holder takes the map; this builder copies it before a change
      return new Extras(entries);
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
      Deque<Object> steps = new ArrayDeque<>();
      for (Step at = this; at != null; at = at.parent) {
        steps.push(at.step);
      }
      StringBuilder out = new StringBuilder();
      for (Object step : steps) {
        if (step instanceof Integer) {
          out.append('[').append(step).append(']');
        } else {
          out.append(out.length() == 0 ? "" : ".").append(step);
        }
      }
      return out.toString();
    }
  }

  /**
   * A list or map being copied: its source, the copy being filled, and where it is. Copying walks
   * an explicit stack of these rather than recursing, so that data nested thousands deep copies
   * without a {@code StackOverflowError}.
   */
  private static final class Copy {
    final Object source;
    final Step path;
    final @Nullable List<@Nullable Object> list;
    final @Nullable LinkedHashMap<String, @Nullable Object> map;
    final Iterator<?> items;
    int index;

    Copy(List<?> source, Step path) {
      this.source = source;
      this.path = path;
      this.list = new ArrayList<>(source.size());
      this.map = null;
      this.items = source.iterator();
    }

    Copy(Map<?, ?> source, Step path) {
      this.source = source;
      this.path = path;
      this.list = null;
      this.map = new LinkedHashMap<>();
      this.items = source.entrySet().iterator();
    }

    Object view() {
      return list != null ? Collections.unmodifiableList(list)
          : Collections.unmodifiableMap(Objects.requireNonNull(map));
    }
  }

  private static @Nullable Object plainData(@Nullable Object value, Step path) {
    if (!(value instanceof List) && !(value instanceof Map)) {
      return leaf(value, path);
    }
    // Each list or map is copied once, even where the same one is reached along several paths
    // (the copy is then shared the same way), and one that contains itself is refused.
    Map<Object, Object> copies = new IdentityHashMap<>();
    Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Copy> stack = new ArrayDeque<>();
    Object root = open(value, path, stack, copies, open);
    while (!stack.isEmpty()) {
      Copy copy = stack.peek();
      if (!copy.items.hasNext()) {
        open.remove(copy.source);
        stack.pop();
        continue;
      }
      Object item = copy.items.next();
      Step at;
      Object child;
      if (copy.list != null) {
        at = new Step(copy.path, copy.index++);
        child = item;
      } else {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(copy.path + ": map keys must be strings, found "
              + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
        }
        at = new Step(copy.path, key);
        child = entry.getValue();
      }
      Object copied;
      if (child instanceof List || child instanceof Map) {
        if (open.contains(child)) {
          throw new IllegalArgumentException(at + ": the value contains itself");
        }
        Object done = copies.get(child);
        copied = done != null ? done : open(child, at, stack, copies, open);
      } else {
        copied = leaf(child, at);
      }
      if (copy.list != null) {
        copy.list.add(copied);
      } else {
        Objects.requireNonNull(copy.map).put((String) ((Map.Entry<?, ?>) item).getKey(), copied);
      }
    }
    return root;
  }

  /** Starts copying a list or map: returns the immutable view its copy will be seen through. */
  private static Object open(Object value, Step path, Deque<Copy> stack, Map<Object, Object> copies,
      Set<Object> open) {
    Copy copy = value instanceof List<?> list ? new Copy(list, path) : new Copy((Map<?, ?>) value, path);
    Object view = copy.view();
    copies.put(value, view);
    open.add(value);
    stack.push(copy);
    return view;
  }

  /** Returns a normalised scalar, or throws when the value is not plain data. */
  private static @Nullable Object leaf(@Nullable Object value, Step path) {
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
      return big.bitLength() < 64 ? leaf(big.longValue(), path) : big;
    }
    if (value instanceof Float f) {
      return Double.valueOf(Float.toString(f));
    }
    throw new IllegalArgumentException(path + ": not plain data (String, number, Boolean, null, "
        + "List or Map): " + value.getClass().getName());
  }
}
