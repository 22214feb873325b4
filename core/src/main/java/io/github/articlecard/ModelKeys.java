package io.github.articlecard;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The table of one record's keys, in house order, and everything derived from it: the record's
 * {@code absentKeys} (checked against the component values its constructor is given), {@code has},
 * and its builder's storage, presence rules, {@code remove}, {@code toBuilder} and {@code build}.
 *
 * <p>A record declares its keys once, as {@link Spec}s in the order of its components; the
 * components after the keys are {@code extras}, then any others (a card's {@code body}), then
 * {@code absentKeys}. The table checks at class initialisation that the specs and the components
 * agree (names, order, types), reads values through the components' accessors and builds records
 * through the canonical constructor, so that nothing else repeats a key.
 *
 * @param <R> the record
 */
final class ModelKeys<R extends Record> {
  /**
   * One entry of a record's table: a key's name, the kind of value, the presence rule and the
   * validation rule that checks it (links are checked by {@link ValidationRule#URL} whatever the
   * table says).
   */
  record Spec(String name, ValueKind kind, ModelKey.Presence presence,
      @Nullable ValidationRule rule) {
    /** The same key, checked by a validation rule. */
    Spec checkedBy(ValidationRule rule) {
      return new Spec(name, kind, presence, rule);
    }
  }

  /** A key whose accessor returns null when it is absent. */
  static Spec nullable(String name, ValueKind kind) {
    return new Spec(name, kind, ModelKey.Presence.NULLABLE, linkRule(kind));
  }

  /** A key whose accessor returns a default when it is absent; any value set makes it present. */
  static Spec defaulted(String name, ValueKind kind) {
    return new Spec(name, kind, ModelKey.Presence.DEFAULTED, linkRule(kind));
  }

  /** A key whose default the house style never writes: setting it leaves the key absent. */
  static Spec omittedWhenDefault(String name, ValueKind kind) {
    return new Spec(name, kind, ModelKey.Presence.OMITTED_WHEN_DEFAULT, linkRule(kind));
  }

  private static @Nullable ValidationRule linkRule(ValueKind kind) {
    return kind == ValueKind.URL ? ValidationRule.URL : null;
  }

  /** The tables of the records whose class has been initialised, to walk nested records. */
  private static final Map<Class<?>, ModelKeys<?>> TABLES = new ConcurrentHashMap<>();

  private final Class<R> type;
  private final List<ModelKey<R>> keys;
  private final List<String> names;
  private final Map<String, ModelKey<R>> byName = new HashMap<>();
  private final long defaulted;
  /** Each key's absent value, in house order, which every new builder starts from. */
  private final @Nullable Object[] absentValues;
  private final MethodHandle constructor; // (Object[]) -> Object, all components in order

  private ModelKeys(Class<R> type, MethodHandles.Lookup lookup, List<Spec> specs) {
    this.type = type;
    if (specs.size() > Long.SIZE) {
      throw new IllegalStateException("too many keys for " + type.getSimpleName());
    }
    RecordComponent[] components = type.getRecordComponents();
    List<ModelKey<R>> list = new ArrayList<>();
    List<String> nameList = new ArrayList<>();
    long bits = 0;
    try {
      for (int i = 0; i < specs.size(); i++) {
        Spec spec = specs.get(i);
        RecordComponent component = components[i];
        checkComponent(spec, component);
        MethodHandle accessor = lookup.unreflect(component.getAccessor())
            .asType(MethodType.methodType(Object.class, Object.class));
        ModelKey<R> key = new ModelKey<>(type, spec.name(), spec.kind(), spec.presence(),
            spec.rule(), i, accessor);
        if (!key.isNullable()) {
          ModelKey.defaultOf(spec.kind()); // a kind without a default must be nullable
          bits |= 1L << i;
        }
        list.add(key);
        nameList.add(spec.name());
        if (byName.put(spec.name(), key) != null) {
          throw new IllegalStateException(type.getSimpleName() + " lists " + spec.name() + " twice");
        }
      }
      checkTrailing(components, specs.size());
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        parameters[i] = components[i].getType();
      }
      MethodHandle canonical = lookup.findConstructor(type,
          MethodType.methodType(void.class, parameters));
      this.constructor = canonical.asType(canonical.type().generic())
          .asSpreader(Object[].class, components.length);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the components of " + type.getName(), e);
    }
    this.keys = Collections.unmodifiableList(list);
    this.names = Collections.unmodifiableList(nameList);
    this.defaulted = bits;
    this.absentValues = new Object[list.size()];
    for (ModelKey<R> key : list) {
      absentValues[key.index()] = key.absentValue();
    }
    TABLES.put(type, this);
  }

  /**
   * Makes a record's key table; called from the record's own static initialiser, with its lookup.
   *
   * @throws IllegalStateException when the specs and the record's components disagree
   */
  static <R extends Record> ModelKeys<R> of(Class<R> type, MethodHandles.Lookup lookup,
      Spec... specs) {
    return new ModelKeys<>(type, lookup, List.of(specs));
  }

  private void checkComponent(Spec spec, RecordComponent component) {
    Class<?> expected = switch (spec.kind()) {
      case WHOLE_NUMBER -> int.class;
      case FLAG -> boolean.class;
      default -> spec.kind().javaType();
    };
    if (!component.getName().equals(spec.name()) || component.getType() != expected) {
      throw new IllegalStateException(type.getSimpleName() + "'s key " + spec.name() + " ("
          + spec.kind() + ") does not match its component " + component.getName() + " ("
          + component.getType().getSimpleName() + "): list the keys in the components' order");
    }
  }

  private void checkTrailing(RecordComponent[] components, int keyCount) {
    int last = components.length - 1;
    if (last <= keyCount || components[keyCount].getType() != Extras.class
        || !components[last].getName().equals("absentKeys") || components[last].getType() != Set.class) {
      throw new IllegalStateException(type.getSimpleName() + ": the components after the keys must"
          + " be extras, any others, then absentKeys");
    }
  }

  /** Returns the keys in house order. */
  List<ModelKey<R>> keys() {
    return keys;
  }

  /** Returns the keys' names in house order. */
  List<String> names() {
    return names;
  }

  /** Returns the key of that name, or null when the record does not know it. */
  @Nullable ModelKey<R> key(String name) {
    return byName.get(name);
  }

  boolean isKnown(String name) {
    return byName.containsKey(name);
  }

  /** Returns the key of that name, or throws naming the record's keys. */
  ModelKey<R> require(String name) {
    ModelKey<R> key = byName.get(name);
    if (key == null) {
      throw new IllegalArgumentException("'" + name + "' is not a key of " + type.getSimpleName()
          + " (its keys are " + names + "); unknown keys are present when they are in the extras");
    }
    return key;
  }

  /**
   * Returns the key itself when it is one of this table's keys, or throws naming the record's
   * keys: what a builder asks of a key it is given rather than a name.
   */
  ModelKey<R> require(ModelKey<?> key) {
    Objects.requireNonNull(key, "key");
    int index = key.index();
    if (index < keys.size() && keys.get(index) == key) {
      @SuppressWarnings("unchecked") // the same object as this table's key
      ModelKey<R> own = (ModelKey<R>) key;
      return own;
    }
    throw new IllegalArgumentException(key + " is not a key of " + type.getSimpleName()
        + " (its keys are " + names + ")");
  }

  /** Returns a new array of each key's absent value, in house order (empty lists unmodifiable). */
  @Nullable Object[] absentValues() {
    return absentValues.clone();
  }

  /** Tells whether a record with these absent keys and extras has the key. */
  boolean has(Set<String> absentKeys, Extras extras, String name) {
    return isKnown(name) ? !absentKeys.contains(name) : extras.containsKey(name);
  }

  /**
   * Computes a record's absent keys from the set its constructor was given and its component
   * values in house order: a nullable key is absent exactly when its value is null; any other key
   * is absent when the given set names it, and then it must hold its default.
   *
   * @throws IllegalArgumentException if the set names a key the record does not know, or a key
   *     whose value is not its absent value
   */
  Set<String> absentKeys(Set<String> given, @Nullable Object... values) {
    Objects.requireNonNull(given, "absentKeys");
    if (values.length != keys.size()) {
      throw new IllegalStateException(type.getSimpleName() + " passes " + values.length
          + " values for " + keys.size() + " keys");
    }
    long listed = bitsOf(given);
    long absent = 0;
    for (ModelKey<R> key : keys) {
      long bit = 1L << key.index();
      Object value = values[key.index()];
      if (key.isNullable()) {
        if (value == null) {
          absent |= bit;
        } else if ((listed & bit) != 0) {
          throw new IllegalArgumentException(type.getSimpleName() + "." + key.name()
              + " is listed as absent but has a value");
        }
      } else if ((listed & bit) != 0) {
        if (!isDefault(key, value)) {
          throw new IllegalArgumentException(type.getSimpleName() + "." + key.name()
              + " is listed as absent but does not hold the default value");
        }
        absent |= bit;
      }
    }
    return new AbsentKeys(this, absent);
  }

  private long bitsOf(Set<String> given) {
    if (given instanceof AbsentKeys absent && absent.table == this) {
      return absent.bits;
    }
    long bits = 0;
    for (String name : given) {
      ModelKey<R> key = byName.get(Objects.requireNonNull(name, "absent key"));
      if (key == null) {
        throw new IllegalArgumentException("'" + name + "' is not a key of " + type.getSimpleName()
            + "; its keys are " + names);
      }
      bits |= 1L << key.index();
    }
    return bits;
  }

  /** Tells whether a value is its key's default (an empty list for lists). */
  static boolean isDefault(ModelKey<?> key, @Nullable Object value) {
    if (key.kind().isList()) {
      return value instanceof List<?> list && list.isEmpty();
    }
    return Objects.equals(value, key.absentValue());
  }

  /** The bits of the keys whose absence only the absent-key set can show, all set. */
  long defaultedBits() {
    return defaulted;
  }

  /** Returns the absent-key set of the given bits. */
  Set<String> absentSet(long bits) {
    return new AbsentKeys(this, bits);
  }

  /** Returns the bits of an absent-key set of this table. */
  long bits(Set<String> absentKeys) {
    return bitsOf(absentKeys);
  }

  /**
   * Builds a record through its canonical constructor, given all its components: the key values
   * in house order, then extras, any others, the absent keys.
   */
  R construct(@Nullable Object[] arguments) {
    try {
      return type.cast((Object) constructor.invokeExact(arguments));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds a record's validation problems, walking its keys in house order: each value by its key's
   * rule (each item, for a list of text), and the records nested in it, each under its own path.
   */
  void collectProblems(R record, String path, Problems problems) {
    for (ModelKey<R> key : keys) {
      Object value = key.valueIn(record);
      ValidationRule rule = key.rule().orElse(null);
      if (value instanceof Record nested) {
        nestedProblems(nested, Problems.at(path, key.name()), problems);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Object item = list.get(i);
          String itemPath = Problems.at(path, key.name(), i);
          if (item instanceof Record nested) {
            nestedProblems(nested, itemPath, problems);
          } else if (rule != null) {
            problems.check(rule, itemPath, item);
          }
        }
      } else if (rule != null) {
        problems.check(rule, Problems.at(path, key.name()), value);   // an absent link: no problem
      }
    }
  }

  private static <N extends Record> void nestedProblems(N record, String path, Problems problems) {
    tableOf(record).collectProblems(record, path, problems);
  }

  /** Returns the key table of a record's class (whose class, holding a record, is initialised). */
  @SuppressWarnings("unchecked") // the table of a record's class is a table of that class
  static <N extends Record> ModelKeys<N> tableOf(N record) {
    ModelKeys<?> table = TABLES.get(record.getClass());
    if (table == null) {
      throw new IllegalStateException("no key table for " + record.getClass().getName());
    }
    return (ModelKeys<N>) table;
  }

  /**
   * An immutable set of keys of one record type, in house order, held as bits. It serializes as a
   * plain set of the names, which the record's canonical constructor, called when the record is
   * read, turns back into this set through {@link #absentKeys}, with its checks.
   */
  static final class AbsentKeys extends AbstractSet<String> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient ModelKeys<?> table;
    private final long bits;

    private AbsentKeys(ModelKeys<?> table, long bits) {
      this.table = table;
      this.bits = bits;
    }

    /** Serializes as the names, in house order: the table itself stays behind. */
    private Object writeReplace() {
      return new LinkedHashSet<>(this);
    }

    @SuppressWarnings("UnusedVariable") // called by serialization
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
      throw new InvalidObjectException("absent keys are read as a plain set of names");
    }

    /** Tells whether these are absent keys of records of that type. */
    boolean isOf(Class<?> type) {
      return table.type == type;
    }

    /** Tells whether the key at {@code index} of the table is absent. */
    boolean holds(int index) {
      return (bits & (1L << index)) != 0;
    }

    @Override
    public boolean contains(Object key) {
      ModelKey<?> known = key instanceof String name ? table.byName.get(name) : null;
      return known != null && (bits & (1L << known.index())) != 0;
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
          return table.names.get(at);
        }
      };
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (other instanceof AbsentKeys that && that.table == table) {
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
