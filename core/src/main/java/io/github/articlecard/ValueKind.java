package io.github.articlecard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of value a key of the model holds (see {@link ModelKey#kind()}): what its accessor
 * returns, and so how a card file writes it and how tools read it. Code that walks the model's keys
 * (binders, the command line, test generators) switches on this instead of naming keys.
 *
 * <pre>{@code
 * for (ModelKey<ArticleCard> key : ArticleCard.keys()) {
 *   if (key.kind() == ValueKind.WHOLE_NUMBER) { ... }   // quality, heat
 * }
 * }</pre>
 */
public enum ValueKind {
  /** Free text ({@code title}, {@code excerpt}, a provider's {@code name}). */
  TEXT(String.class, null),
  /** Embedded HTML, kept verbatim ({@code featuredContent}). */
  HTML(String.class, null),
  /** An instant, written as ISO-8601 text ({@code publishedDateTime}). */
  INSTANT(Instant.class, null),
  /** A link, kept exactly as written ({@link Url}). */
  URL(Url.class, null),
  /** The collection a card belongs to, an open set ({@link Category}). */
  CATEGORY(Category.class, null),
  /** The content type, an open set ({@link ContentType}). */
  CONTENT_TYPE(ContentType.class, null),
  /** A whole number ({@code int} accessors: {@code quality}, {@code heat}, an image's size). */
  WHOLE_NUMBER(Integer.class, null),
  /** A boolean ({@code boolean} accessors: {@code published}, {@code isCached}). */
  FLAG(Boolean.class, null),
  /** The opaque secured blob, never decoded ({@link Secured}). */
  SECURED(Secured.class, null),
  /** A publisher ({@link Provider}), a mapping of its own keys. */
  PROVIDER(Provider.class, null),
  /** A list of text ({@code topics}). */
  TEXT_LIST(List.class, String.class),
  /** A list of images ({@link Image}). */
  IMAGE_LIST(List.class, Image.class),
  /** A list of related articles ({@link RelatedArticle}). */
  RELATED_LIST(List.class, RelatedArticle.class);

  private final Class<?> javaType;
  private final @Nullable Class<?> itemType;

  ValueKind(Class<?> javaType, @Nullable Class<?> itemType) {
    this.javaType = javaType;
    this.itemType = itemType;
  }

  /**
   * Returns the Java type of a value of this kind, boxed: {@code Integer} for whole numbers,
   * {@code Boolean} for flags, {@code List} for lists.
   *
   * @return the type
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * Returns the type of a list's items, or empty for a kind that is not a list.
   *
   * @return the item type
   */
  public Optional<Class<?>> itemType() {
    return Optional.ofNullable(itemType);
  }

  /**
   * Tells whether values of this kind are lists.
   *
   * @return true for {@link #TEXT_LIST}, {@link #IMAGE_LIST} and {@link #RELATED_LIST}
   */
  public boolean isList() {
    return itemType != null;
  }

  /**
   * Tells whether a value of this kind, or each item of a list of this kind, is a record of the
   * model with keys of its own ({@link Provider}, {@link Image}, {@link RelatedArticle}).
   *
   * @return true for {@link #PROVIDER}, {@link #IMAGE_LIST} and {@link #RELATED_LIST}
   */
  public boolean holdsRecords() {
    Class<?> single = itemType != null ? itemType : javaType;
    return Record.class.isAssignableFrom(single);
  }

  /**
   * Tells whether a value of this kind is one scalar written as text in a card (every kind but
   * numbers, flags, records and lists).
   *
   * @return true for text, HTML, instants, links, categories, content types and the secured blob
   */
  public boolean isText() {
    return !isList() && !holdsRecords() && this != WHOLE_NUMBER && this != FLAG;
  }
}
