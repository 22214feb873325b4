package io.github.articlecard;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One key a record of the model knows: its name as written in a card, the {@link ValueKind kind}
 * of value it holds, and what its accessor answers when the key is absent. Each record lists its
 * keys once, in the order the house style writes them ({@link ArticleCard#keys()},
 * {@link Provider#keys()}, {@link Image#keys()}, {@link RelatedArticle#keys()}); presence,
 * removal, the JSON form, binding, the house style and the command line's key checks are all
 * derived from those lists.
 *
 * <pre>{@code
 * for (ModelKey<ArticleCard> key : ArticleCard.keys()) {
 *   System.out.println(key.name() + ": " + key.kind() + (card.has(key.name())
 *       ? " = " + key.valueIn(card) : " (absent)"));
 * }
 * }</pre>
 *
 * @param <R> the record the key belongs to
 */
public final class ModelKey<R extends Record> {
  /** What a key's accessor answers when the key is absent, and which values make it present. */
  public enum Presence {
    /** Absent exactly when the accessor returns null ({@code webUrl}, {@code provider}). */
    NULLABLE,
    /**
     * Absent reads as a default ({@code ""}, 0, false); any value set makes the key present, the
     * default included ({@code quality(0)} writes {@code quality: 0}).
     */
    DEFAULTED,
    /**
     * Absent reads as a default (false, an empty list) that the house style never writes: setting
     * the default leaves the key absent unless the builder's {@code present(key)} asks for it
     * ({@code isCached}, {@code topics}, {@code images}, {@code related}).
     */
    OMITTED_WHEN_DEFAULT
  }

  private final Class<R> owner;
  private final String name;
  private final ValueKind kind;
  private final Presence presence;
  private final @Nullable ValidationRule rule;
  private final int index;
  private final MethodHandle accessor;
  /** {@link #absentValue()}, worked out once: builders compare every value they are given with it. */
  private final @Nullable Object absent;

  ModelKey(Class<R> owner, String name, ValueKind kind, Presence presence,
      @Nullable ValidationRule rule, int index, MethodHandle accessor) {
    this.owner = owner;
    this.name = name;
    this.kind = kind;
    this.presence = presence;
    this.rule = rule;
    this.index = index;
    this.accessor = accessor;
    this.absent = presence == Presence.NULLABLE ? null : defaultOf(kind);
  }

  /**
   * Returns the record type this key belongs to.
   *
   * @return the record class
   */
  public Class<R> owner() {
    return owner;
  }

  /**
   * Returns the key as written in a card, which is also the name of its accessor.
   *
   * @return the name, such as {@code "publishedDateTime"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the kind of value the key holds.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Returns what the accessor answers when the key is absent.
   *
   * @return the presence rule
   */
  public Presence presence() {
    return presence;
  }

  /**
   * Tells whether the accessor returns null when the key is absent.
   *
   * @return true for {@link Presence#NULLABLE} keys
   */
  public boolean isNullable() {
    return presence == Presence.NULLABLE;
  }

  /**
   * Returns the rule {@link CardValidator} checks this key's value by ({@link ValidationRule#URL}
   * for links, {@link ValidationRule#QUALITY} for {@code quality}...), or empty when none does. For a
   * list of text the rule applies to each item; records are checked key by key.
   *
   * @return the rule
   */
  public Optional<ValidationRule> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * Returns what the accessor answers when the key is absent: null, {@code ""}, 0, false or an
   * empty list.
   *
   * @return the absent value
   */
  public @Nullable Object absentValue() {
    return absent;
  }

  /**
   * Returns the key's value in a record, as its accessor answers it (boxed for {@code int} and
   * {@code boolean}); for an absent key, {@link #absentValue()}.
   *
   * @param record a record of the key's type
   * @return the value
   */
  public @Nullable Object valueIn(R record) {
    Objects.requireNonNull(record, "record");
    try {
      return (Object) accessor.invokeExact((Object) owner.cast(record));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Tells whether a record has this key, as {@code record.has(key.name())} answers, without
   * looking the key up by name: for code that walks the model's keys.
   *
   * <pre>{@code
   * for (ModelKey<Image> key : Image.keys()) {
   *   if (key.isPresentIn(image)) {
   *     write(key.name(), key.valueIn(image));
   *   }
   * }
   * }</pre>
   *
   * @param record a record of the key's type
   * @return true when the record has the key
   */
  public boolean isPresentIn(R record) {
    if (isNullable()) {
      return valueIn(record) != null;
    }
    Set<String> absentKeys = ((ModelRecord) owner.cast(record)).absentKeys();
    return absentKeys instanceof ModelKeys.AbsentKeys bits && bits.isOf(owner)
        ? !bits.holds(index) : !absentKeys.contains(name);
  }

  /** The key's position in its record's house order. */
  int index() {
    return index;
  }

  /** The default value of a kind whose keys are not nullable. */
  static Object defaultOf(ValueKind kind) {
    return switch (kind) {
      case TEXT, HTML -> "";
      case WHOLE_NUMBER -> 0;
      case FLAG -> false;
      case TEXT_LIST, IMAGE_LIST, RELATED_LIST -> List.of();
      default -> throw new IllegalArgumentException(kind + " values have no default: such a key"
          + " must be nullable");
    };
  }

  /**
   * Returns {@code Record.key}, with the kind and presence: {@code ArticleCard.quality
   * (WHOLE_NUMBER, DEFAULTED)}.
   */
  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name + " (" + kind + ", " + presence + ")";
  }
}
