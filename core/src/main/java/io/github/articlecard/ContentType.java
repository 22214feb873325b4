package io.github.articlecard;

/**
 * The content type of an article ({@code type} key): an open set of values.
 *
 * <p>Real cards use {@link #ARTICLE} and {@link #VIDEO}; any other value is kept verbatim.
 *
 * <pre>{@code
 * ContentType type = ContentType.of("video");   // == ContentType.VIDEO by value
 * boolean known = ContentType.of("podcast").isKnown(); // false, but kept
 * }</pre>
 */
public final class ContentType extends OpenValue {
  private static final long serialVersionUID = 1L;

  /** {@code article}: a written article. */
  public static final ContentType ARTICLE = new ContentType("article");

  /** {@code video}: a video, usually with {@code featuredContent} embed HTML. */
  public static final ContentType VIDEO = new ContentType("video");

  private ContentType(String value) {
    super(value);
  }

  /**
   * Returns the content type with the given value, the named constant where one exists.
   *
   * @param value the verbatim value; must not be null
   * @return the content type
   */
  public static ContentType of(String value) {
    if (ARTICLE.value().equals(value)) {
      return ARTICLE;
    }
    if (VIDEO.value().equals(value)) {
      return VIDEO;
    }
    return new ContentType(value);
  }

  /**
   * Tells whether this is one of the named constants.
   *
   * @return true for {@link #ARTICLE} and {@link #VIDEO}
   */
  public boolean isKnown() {
    return equals(ARTICLE) || equals(VIDEO);
  }

  /** Gives the named constant back where a serialized value is one, as {@link #of} does. */
  private Object readResolve() {
    return of(value());
  }
}
