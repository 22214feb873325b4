package io.github.articlecard;

import java.io.Serializable;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys one record type of the model knows, in house order, and which of them have an accessor
 * that returns a default value (empty text, 0, false, an empty list) when the key is absent. Builds
 * and checks the records' {@code absentKeys} sets.
 */
final class KeyNames {
  private final String type;
  private final List<String> keys;
  private final Map<String, Integer> index = new HashMap<>();
  private final long defaulted;

  KeyNames(String type, List<String> keys, Set<String> defaulted) {
    if (keys.size() > Long.SIZE) {
      throw new IllegalArgumentException("too many keys for " + type);
    }
    this.type = type;
    this.keys = List.copyOf(keys);
    long bits = 0;
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
      if (defaulted.contains(keys.get(i))) {
        bits |= 1L << i;
      }
    }
    this.defaulted = bits;
  }

  /** Returns the known keys in house order. */
  List<String> keys() {
    return keys;
  }

  boolean isKnown(String key) {
    return index.containsKey(key);
  }

  /** Returns a new mutable set holding every key whose absence only this set can show. */
  Set<String> allDefaulted() {
    Set<String> all = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      if ((defaulted & (1L << i)) != 0) {
        all.add(keys.get(i));
      }
    }
    return all;
  }

  /** Tells whether a key's accessor returns a default value when the key is absent. */
  boolean isDefaulted(String key) {
    Integer at = index.get(key);
    return at != null && (defaulted & (1L << at)) != 0;
  }

  /** Sets a builder's absent keys to those of a record's absent keys that have defaults. */
  void restore(Set<String> absentKeys, Set<String> builderAbsent) {
    builderAbsent.clear();
    for (String key : absentKeys) {
      if (isDefaulted(key)) {
        builderAbsent.add(key);
      }
    }
  }

  /** Marks a key with a default value present or absent in a builder's absent keys. */
  static void mark(Set<String> builderAbsent, String key, boolean present) {
    if (present) {
      builderAbsent.remove(key);
    } else {
      builderAbsent.add(key);
    }
  }

  /**
   * Does what a builder's {@code present(key)} does: a key with a default value becomes present,
   * a nullable known key is left alone (it is present exactly when it has a value).
   *
   * @throws IllegalArgumentException for a key the record does not know
   */
  void present(Set<String> builderAbsent, String key) {
    if (!isKnown(key)) {
      throw new IllegalArgumentException("'" + key + "' is not a key of " + type + " (its keys are "
          + keys + "); unknown keys are present when they are in the extras");
    }
    builderAbsent.remove(key);
  }

  /**
   * Starts checking a record's absent keys as given to its constructor: every name must be a key of
   * the record.
   */
  Absence check(Set<String> given) {
    Objects.requireNonNull(given, "absentKeys");
    if (given instanceof AbsentKeys absent && absent.names == this) {
      return new Absence(absent.bits);
    }
    long bits = 0;
    for (String key : given) {
      Integer at = index.get(Objects.requireNonNull(key, "absent key"));
      if (at == null) {
        throw new IllegalArgumentException("'" + key + "' is not a key of " + type
            + "; its keys are " + keys);
      }
      bits |= 1L << at;
    }
    return new Absence(bits);
  }

  /**
   * Computes a record's absent keys from the given set and its values, visited in house order: a
   * nullable component is absent exactly when it is null; a component with a default value is absent
   * when the given set says so, and then it must hold that default.
   */
  final class Absence {
    private final long given;
    private long absent;

    private Absence(long given) {
      this.given = given;
    }

    /** A component that is null when its key is absent. */
    Absence nullable(String key, @Nullable Object value) {
      long bit = bit(key);
      if (value == null) {
        absent |= bit;
      } else if ((given & bit) != 0) {
        throw new IllegalArgumentException(type + "." + key + " is listed as absent but has a value");
      }
      return this;
    }

    /** A component that holds a default value when its key is absent. */
    Absence defaulted(String key, boolean isDefault) {
      long bit = bit(key);
      if ((given & bit) != 0) {
        if (!isDefault) {
          throw new IllegalArgumentException(type + "." + key
              + " is listed as absent but does not hold the default value");
        }
        absent |= bit;
      }
      return this;
    }

    /** Returns the absent keys: an immutable set in house order. */
    Set<String> done() {
      return new AbsentKeys(KeyNames.this, absent);
    }
  }

  private long bit(String key) {
    return 1L << Objects.requireNonNull(index.get(key), key);
  }

  /** An immutable set of keys of one record type, in house order, held as bits. */
  static final class AbsentKeys extends AbstractSet<String> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient KeyNames names;
    private final long bits;

    private AbsentKeys(KeyNames names, long bits) {
      this.names = names;
      this.bits = bits;
    }

    @Override
    public boolean contains(Object key) {
      Integer at = key instanceof String ? names.index.get(key) : null;
      return at != null && (bits & (1L << at)) != 0;
    }

    /**
     * Serializes as a plain set of names, in house order: a record's constructor turns it back
     * into this set when the record is read.
     */
    private Object writeReplace() {
      return new LinkedHashSet<>(this);
    }

    @Override
    public int size() {
      return Long.bitCount(bits);
    }

    @Override
    public Iterator<String> iterator() {
      return new Iterator<>() {
        private long left = bits;

        @Override
        public boolean hasNext() {
          return left != 0;
        }

        @Override
        public String next() {
          if (left == 0) {
            throw new NoSuchElementException();
          }
          int at = Long.numberOfTrailingZeros(left);
          left &= left - 1;
          return names.keys.get(at);
        }
      };
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (other instanceof AbsentKeys that && that.names == names) {
        return that.bits == bits;
      }
      return super.equals(other);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }
}
