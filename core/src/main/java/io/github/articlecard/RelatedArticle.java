package io.github.articlecard;

import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article related to the card's own ({@code related} list entries).
 *
 * <p>Every key may be absent. Nullable components are null when absent; {@code title} and
 * {@code excerpt} read as empty text, {@code quality} as 0 and {@code images} as an empty list, and
 * {@link #hasTitle()}, {@link #hasExcerpt()}, {@link #hasQuality()} and {@link #hasImages()} tell
 * an absent key from a written {@code ""}, 0 or {@code []}. A builder starts with every key absent;
 * setting a value makes its key present, except an empty list, which the house style never
 * writes ({@link Builder#present(String)} asks for {@code images: []});
 * {@link Builder#remove(String)} makes a key absent again.
 *
 * <pre>{@code
 * RelatedArticle related = RelatedArticle.builder()
 *     .title("Facebook will train its AI by using public videos")
 *     .publishedDateTime(Instant.parse("2021-03-12T21:41:00Z"))
 *     .webUrl("https://www.cnet.com/news/facebook-will-train-its-ai-by-using-public-videos/")
 *     .type(ContentType.ARTICLE)
 *     .provider(Provider.of("CNET", "cnet.com"))
 *     .quality(87)
 *     .build();
 * related.hasExcerpt();                                  // false: no excerpt key is written
 * RelatedArticle unscored = related.toBuilder().remove("quality").build();
 * }</pre>
 *
 * @param title the headline; empty when absent
 * @param excerpt the summary, possibly empty; empty when absent
 * @param publishedDateTime when it was published; null when absent
 * @param webUrl the article link; null when absent
 * @param ampWebUrl the AMP link; null when absent
 * @param cdnAmpWebUrl the AMP cache link; null when absent
 * @param type the content type; null when absent
 * @param provider the publisher; null when absent
 * @param quality the ranking score, >= 0; 0 when absent
 * @param images the article's images, possibly empty; empty when absent
 * @param extras unknown keys of this related article, in order
 * @param absentKeys the known keys this related article does not have, in house order (see
 *     {@link #knownKeys()})
 */
public record RelatedArticle(
    String title, String excerpt, @Nullable Instant publishedDateTime, @Nullable Url webUrl,
    @Nullable Url ampWebUrl, @Nullable Url cdnAmpWebUrl, @Nullable ContentType type,
    @Nullable Provider provider, int quality, List<Image> images, Extras extras,
    Set<String> absentKeys) implements ModelRecord, Serializable {

  private static final long serialVersionUID = 1L;

  private static final ModelKeys<RelatedArticle> KEYS = ModelKeys.of(RelatedArticle.class,
      MethodHandles.lookup(),
      ModelKeys.defaulted("title", ValueKind.TEXT).checkedBy(ValidationRule.TITLE),
      ModelKeys.defaulted("excerpt", ValueKind.TEXT),
      ModelKeys.nullable("publishedDateTime", ValueKind.INSTANT),
      ModelKeys.nullable("webUrl", ValueKind.URL),
      ModelKeys.nullable("ampWebUrl", ValueKind.URL),
      ModelKeys.nullable("cdnAmpWebUrl", ValueKind.URL),
      ModelKeys.nullable("type", ValueKind.CONTENT_TYPE),
      ModelKeys.nullable("provider", ValueKind.PROVIDER),
      ModelKeys.defaulted("quality", ValueKind.WHOLE_NUMBER).checkedBy(ValidationRule.QUALITY),
      ModelKeys.omittedWhenDefault("images", ValueKind.IMAGE_LIST));

  /**
   * Creates a related article; the image list is copied.
   *
   * @throws NullPointerException if a non-nullable component is null
   * @throws IllegalArgumentException if absentKeys names a key the related article does not know,
   *     or a key whose component holds a value
   */
  public RelatedArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(excerpt, "excerpt");
    images = List.copyOf(images);
    Objects.requireNonNull(extras, "extras");
    absentKeys = KEYS.absentKeys(absentKeys, title, excerpt, publishedDateTime, webUrl, ampWebUrl,
        cdnAmpWebUrl, type, provider, quality, images);
  }

  /**
   * Creates a related article whose keys are all present except those with a null component.
   *
   * @param title the headline
   * @param excerpt the summary
   * @param publishedDateTime the instant, or null when absent
   * @param webUrl the link, or null when absent
   * @param ampWebUrl the AMP link, or null when absent
   * @param cdnAmpWebUrl the AMP cache link, or null when absent
   * @param type the content type, or null when absent
   * @param provider the publisher, or null when absent
   * @param quality the ranking score
   * @param images the images
   * @param extras the unknown keys
   */
  public RelatedArticle(String title, String excerpt, @Nullable Instant publishedDateTime,
      @Nullable Url webUrl, @Nullable Url ampWebUrl, @Nullable Url cdnAmpWebUrl,
      @Nullable ContentType type, @Nullable Provider provider, int quality, List<Image> images,
      Extras extras) {
    this(title, excerpt, publishedDateTime, webUrl, ampWebUrl, cdnAmpWebUrl, type, provider,
        quality, images, extras, Set.of());
  }

  /**
   * Returns the keys a related article knows, in the order the house style writes them, with the
   * kind of value each holds.
   *
   * @return {@code title, excerpt, publishedDateTime, webUrl, ampWebUrl, cdnAmpWebUrl, type,
   *     provider, quality, images}
   */
  public static List<ModelKey<RelatedArticle>> keys() {
    return KEYS.keys();
  }

  /**
   * Returns the names of the keys a related article knows, in the order the house style writes
   * them.
   *
   * @return {@code title, excerpt, publishedDateTime, webUrl, ampWebUrl, cdnAmpWebUrl, type,
   *     provider, quality, images}
   */
  public static List<String> knownKeys() {
    return KEYS.names();
  }

  /** Tells whether the {@code title} key is present (a written {@code ""} included). */
  public boolean hasTitle() {
    return has("title");
  }

  /** Tells whether the {@code excerpt} key is present (a written {@code ""} included). */
  public boolean hasExcerpt() {
    return has("excerpt");
  }

  /** Tells whether the {@code quality} key is present (a written 0 included). */
  public boolean hasQuality() {
    return has("quality");
  }

  /** Tells whether the {@code images} key is present (a written empty list included). */
  public boolean hasImages() {
    return has("images");
  }

  /**
   * Starts a builder with every key absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this related article's values and absent keys, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().load(this, absentKeys, extras);
  }

  /**
   * Builds a {@link RelatedArticle}; setting a value makes its key present. Besides the typed
   * setters it has {@code set(key, value)} for code that walks {@link #keys()},
   * {@code present(key)}, {@code remove(key)}, {@code extras(...)} and {@code extra(key, value)}.
   */
  public static final class Builder extends ModelBuilder<RelatedArticle, Builder> {
    private Builder() {
      super(KEYS);
    }

    /** Sets the headline; the key becomes present. */
    public Builder title(String title) {
      return put("title", title);
    }

    /** Sets the summary; the key becomes present, so {@code ""} writes {@code excerpt: ""}. */
    public Builder excerpt(String excerpt) {
      return put("excerpt", excerpt);
    }

    /** Sets the publication instant, or none with null. */
    public Builder publishedDateTime(@Nullable Instant publishedDateTime) {
      return put("publishedDateTime", publishedDateTime);
    }

    /** Sets the article link, or none with null. */
    public Builder webUrl(@Nullable Url webUrl) {
      return put("webUrl", webUrl);
    }

    /** Sets the article link from its string, kept exactly as given. */
    public Builder webUrl(String webUrl) {
      return webUrl(Url.of(webUrl));
    }

    /** Sets the AMP link, or none with null. */
    public Builder ampWebUrl(@Nullable Url ampWebUrl) {
      return put("ampWebUrl", ampWebUrl);
    }

    /** Sets the AMP cache link, or none with null. */
    public Builder cdnAmpWebUrl(@Nullable Url cdnAmpWebUrl) {
      return put("cdnAmpWebUrl", cdnAmpWebUrl);
    }

    /** Sets the content type, or none with null. */
    public Builder type(@Nullable ContentType type) {
      return put("type", type);
    }

    /** Sets the publisher, or none with null. */
    public Builder provider(@Nullable Provider provider) {
      return put("provider", provider);
    }

    /** Sets the ranking score; the key becomes present. */
    public Builder quality(int quality) {
      return put("quality", quality);
    }

    /**
     * Replaces the images; the key becomes present, or absent when the list is empty (the house
     * style writes no empty lists; see {@link #present(String)}).
     */
    public Builder images(List<Image> images) {
      return put("images", images);
    }

    /** Appends an image; the key becomes present. */
    public Builder addImage(Image image) {
      return add("images", image);
    }

    /**
     * Builds the related article.
     *
     * @return the related article
     */
    public RelatedArticle build() {
      return construct();
    }
  }
}
