package io.github.articlecard;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record of the article model that holds keys of a card: an {@link ArticleCard}, a
 * {@link Provider}, an {@link Image} or a {@link RelatedArticle}. Code that walks the model
 * generically (a binder, an assertion, a report) asks any of them which keys it has and what the
 * keys are, without naming the record type.
 *
 * <pre>{@code
 * ModelRecord record = card.images().get(0);
 * for (ModelKey<?> key : record.modelKeys()) {
 *   System.out.println(key.name() + (record.has(key.name()) ? "" : " (absent)"));
 * }
 * }</pre>
 */
public sealed interface ModelRecord permits ArticleCard, Provider, Image, RelatedArticle {
  /**
   * A builder of a model record, as code that walks the model's keys sees it; each record's own
   * builder adds typed setters.
   *
   * @param <R> the record it builds
   */
  interface Builder<R extends ModelRecord> {
    /**
     * Sets a known key to a value of its {@link ValueKind kind}; null makes a nullable key absent.
     *
     * @param key the key, as written in the card
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the record does not know the key, or the value is not of
     *     its kind
     */
    Builder<R> set(String key, @Nullable Object value);

    /**
     * Sets a key, given as one of the record's {@code keys()}, as {@link #set(String, Object)}
     * does with its name; a builder of the model finds it without looking it up by name, which is
     * what code that sets every key of many records (a binder) wants.
     *
     * <pre>{@code
     * for (ModelKey<Image> key : Image.keys()) {
     *   builder.set(key, valueFor(key));
     * }
     * }</pre>
     *
     * @param key one of the record's keys
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the key is not one of the record's keys, or the value is
     *     not of its kind
     */
    Builder<R> set(ModelKey<?> key, @Nullable Object value);

    /**
     * Makes a known key present with the value this builder holds for it.
     *
     * @param key the key
     * @return this builder
     */
    Builder<R> present(String key);

    /**
     * Makes a key, given as one of the record's {@code keys()}, present, as
     * {@link #present(String)} does with its name.
     *
     * @param key one of the record's keys
     * @return this builder
     * @throws IllegalArgumentException if the key is not one of the record's keys
     */
    Builder<R> present(ModelKey<?> key);

    /**
     * Makes a key absent: a known key's value goes back to its absent value, an unknown key leaves
     * the extras.
     *
     * @param key the key
     * @return this builder
     */
    Builder<R> remove(String key);

    /**
     * Replaces the unknown keys.
     *
     * @param extras the unknown keys
     * @return this builder
     */
    Builder<R> extras(Extras extras);

    /**
     * Sets one unknown key.
     *
     * @param key the key
     * @param value plain data
     * @return this builder
     */
    Builder<R> extra(String key, @Nullable Object value);

    /**
     * Builds the record.
     *
     * @return the record
     */
    R build();
  }

  /**
   * Starts a builder holding this record's values, absent keys and extras, for edits.
   *
   * @return a new builder
   */
  Builder<? extends ModelRecord> toBuilder();

  /**
   * Returns the known keys this record does not have, in house order.
   *
   * @return the absent keys
   */
  Set<String> absentKeys();

  /**
   * Returns the keys the model does not know, in order, with their values.
   *
   * @return the unknown keys
   */
  Extras extras();

  /**
   * Returns the keys this record's type knows, in house order: the record's {@code keys()}.
   *
   * @return the keys
   */
  default List<? extends ModelKey<?>> modelKeys() {
    return ModelKeys.tableOf((Record) this).keys();
  }

  /**
   * Tells whether this record has a key: a known key that is not absent, or an unknown key in
   * {@link #extras()}.
   *
   * <pre>{@code
   * card.has("quality");     // same as card.hasQuality()
   * card.has("webUrl");      // same as card.webUrl() != null
   * card.has("sourceUrl");   // same as card.extras().containsKey("sourceUrl")
   * }</pre>
   *
   * @param key the key, as written in the card
   * @return true when present
   */
  default boolean has(String key) {
    return ModelKeys.tableOf((Record) this).has(absentKeys(), extras(), key);
  }
}
