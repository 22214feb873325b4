package io.github.articlecard;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
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
    Set<String> absentKeys) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final KeyNames KEYS = new KeyNames("RelatedArticle",
      List.of("title", "excerpt", "publishedDateTime", "webUrl", "ampWebUrl", "cdnAmpWebUrl",
          "type", "provider", "quality", "images"),
      Set.of("title", "excerpt", "quality", "images"));

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
    absentKeys = KEYS.check(absentKeys)
        .defaulted("title", title.isEmpty())
        .defaulted("excerpt", excerpt.isEmpty())
        .nullable("publishedDateTime", publishedDateTime)
        .nullable("webUrl", webUrl)
        .nullable("ampWebUrl", ampWebUrl)
        .nullable("cdnAmpWebUrl", cdnAmpWebUrl)
        .nullable("type", type)
        .nullable("provider", provider)
        .defaulted("quality", quality == 0)
        .defaulted("images", images.isEmpty())
        .done();
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
   * Returns the keys a related article knows, in the order the house style writes them.
   *
   * @return {@code title, excerpt, publishedDateTime, webUrl, ampWebUrl, cdnAmpWebUrl, type,
   *     provider, quality, images}
   */
  public static List<String> knownKeys() {
    return KEYS.keys();
  }

  /**
   * Tells whether this related article has a key: a known key that is not absent, or an unknown
   * key in {@link #extras()}.
   *
   * @param key the key, as written in the card
   * @return true when present
   */
  public boolean has(String key) {
    return KEYS.isKnown(key) ? !absentKeys.contains(key) : extras.containsKey(key);
  }

  /**
   * Tells whether the {@code title} key is present (a written {@code ""} included).
   *
   * @return true when present
   */
  public boolean hasTitle() {
    return !absentKeys.contains("title");
  }

  /**
   * Tells whether the {@code excerpt} key is present (a written {@code ""} included).
   *
   * @return true when present
   */
  public boolean hasExcerpt() {
    return !absentKeys.contains("excerpt");
  }

  /**
   * Tells whether the {@code quality} key is present (a written 0 included).
   *
   * @return true when present
   */
  public boolean hasQuality() {
    return !absentKeys.contains("quality");
  }

  /**
   * Tells whether the {@code images} key is present (a written empty list included).
   *
   * @return true when present
   */
  public boolean hasImages() {
    return !absentKeys.contains("images");
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
    Builder builder = new Builder().title(title).excerpt(excerpt)
        .publishedDateTime(publishedDateTime).webUrl(webUrl).ampWebUrl(ampWebUrl)
        .cdnAmpWebUrl(cdnAmpWebUrl).type(type).provider(provider).quality(quality).images(images)
        .extras(extras);
    KEYS.restore(absentKeys, builder.absent);
    return builder;
  }

  void collectProblems(String path, Problems problems) {
    problems.notBlank(Problems.at(path, "title"), title);
    problems.wellFormed(Problems.at(path, "webUrl"), webUrl);
    problems.wellFormed(Problems.at(path, "ampWebUrl"), ampWebUrl);
    problems.wellFormed(Problems.at(path, "cdnAmpWebUrl"), cdnAmpWebUrl);
    if (provider != null) {
      provider.collectProblems(Problems.at(path, "provider"), problems);
    }
    problems.atLeast(Problems.at(path, "quality"), quality, 0);
    for (int i = 0; i < images.size(); i++) {
      images.get(i).collectProblems(Problems.at(path, "images", i), problems);
    }
  }

  /** Builds a {@link RelatedArticle}; setting a value makes its key present. */
  public static final class Builder {
    private String title = "";
    private String excerpt = "";
    private @Nullable Instant publishedDateTime;
    private @Nullable Url webUrl;
    private @Nullable Url ampWebUrl;
    private @Nullable Url cdnAmpWebUrl;
    private @Nullable ContentType type;
    private @Nullable Provider provider;
    private int quality;
    private final List<Image> images = new ArrayList<>();
    private final ExtrasSlot extras = new ExtrasSlot();
    private final Set<String> absent = KEYS.allDefaulted();

    private Builder() {}

    /**
     * Sets the headline; the key becomes present.
     *
     * @param title the headline
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      absent.remove("title");
      return this;
    }

    /**
     * Sets the summary; the key becomes present, so {@code ""} writes {@code excerpt: ""}.
     *
     * @param excerpt the summary
     * @return this builder
     */
    public Builder excerpt(String excerpt) {
      this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
      absent.remove("excerpt");
      return this;
    }

    /**
     * Sets the publication instant.
     *
     * @param publishedDateTime the instant, or null for none
     * @return this builder
     */
    public Builder publishedDateTime(@Nullable Instant publishedDateTime) {
      this.publishedDateTime = publishedDateTime;
      return this;
    }

    /**
     * Sets the article link.
     *
     * @param webUrl the link, or null for none
     * @return this builder
     */
    public Builder webUrl(@Nullable Url webUrl) {
      this.webUrl = webUrl;
      return this;
    }

    /**
     * Sets the article link from its string.
     *
     * @param webUrl the raw link
     * @return this builder
     */
    public Builder webUrl(String webUrl) {
      return webUrl(Url.of(webUrl));
    }

    /**
     * Sets the AMP link.
     *
     * @param ampWebUrl the link, or null for none
     * @return this builder
     */
    public Builder ampWebUrl(@Nullable Url ampWebUrl) {
      this.ampWebUrl = ampWebUrl;
      return this;
    }

    /**
     * Sets the AMP cache link.
     *
     * @param cdnAmpWebUrl the link, or null for none
     * @return this builder
     */
    public Builder cdnAmpWebUrl(@Nullable Url cdnAmpWebUrl) {
      this.cdnAmpWebUrl = cdnAmpWebUrl;
      return this;
    }

    /**
     * Sets the content type.
     *
     * @param type the type, or null for none
     * @return this builder
     */
    public Builder type(@Nullable ContentType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param provider the publisher, or null for none
     * @return this builder
     */
    public Builder provider(@Nullable Provider provider) {
      this.provider = provider;
      return this;
    }

    /**
     * Sets the ranking score; the key becomes present.
     *
     * @param quality the score
     * @return this builder
     */
    public Builder quality(int quality) {
      this.quality = quality;
      absent.remove("quality");
      return this;
    }

    /**
     * Replaces the images; the key becomes present, or absent when the list is empty (the house
     * style writes no empty lists; see {@link #present(String)}).
     *
     * @param images the images
     * @return this builder
     */
    public Builder images(List<Image> images) {
      this.images.clear();
      images.forEach(this::addImage);
      KeyNames.mark(absent, "images", !this.images.isEmpty());
      return this;
    }

    /**
     * Appends an image; the key becomes present.
     *
     * @param image the image
     * @return this builder
     */
    public Builder addImage(Image image) {
      this.images.add(Objects.requireNonNull(image, "image"));
      absent.remove("images");
      return this;
    }

    /**
     * Replaces the unknown keys.
     *
     * @param extras the unknown keys
     * @return this builder
     */
    public Builder extras(Extras extras) {
      this.extras.set(extras);
      return this;
    }

    /**
     * Sets one unknown key.
     *
     * @param key the key
     * @param value plain data
     * @return this builder
     */
    public Builder extra(String key, @Nullable Object value) {
      extras.put(key, value);
      return this;
    }

    /**
     * Makes a known key present with the value this builder holds for it: for the values that a
     * setter leaves absent because the house style never writes them, as {@code present("images")}
     * after {@code images(List.of())} writes {@code images: []}. A
     * nullable key is present exactly when it has a value, so this has no effect on it.
     *
     * @param key the key, as written in the card, such as {@code "images"}
     * @return this builder
     * @throws IllegalArgumentException if the key is not a key of the related article (unknown keys are
     *     present when they are in the extras)
     */
    public Builder present(String key) {
      KEYS.present(absent, key);
      return this;
    }

    /**
     * Makes a key absent: a known key goes back to its absent state (null, empty, 0 or no images),
     * an unknown key is taken out of the extras. Nothing happens when the key is already absent.
     *
     * @param key the key, as written in the card, such as {@code "quality"}
     * @return this builder
     */
    public Builder remove(String key) {
      switch (key) {
        case "title" -> title = "";
        case "excerpt" -> excerpt = "";
        case "publishedDateTime" -> publishedDateTime = null;
        case "webUrl" -> webUrl = null;
        case "ampWebUrl" -> ampWebUrl = null;
        case "cdnAmpWebUrl" -> cdnAmpWebUrl = null;
        case "type" -> type = null;
        case "provider" -> provider = null;
        case "quality" -> quality = 0;
        case "images" -> images.clear();
        default -> extras.remove(key);
      }
      if (KEYS.isDefaulted(key)) {
        absent.add(key);   // title, excerpt, quality, images: only this set shows their absence
      }
      return this;
    }

    /**
     * Builds the related article.
     *
     * @return the related article
     */
    public RelatedArticle build() {
      return new RelatedArticle(title, excerpt, publishedDateTime, webUrl, ampWebUrl, cdnAmpWebUrl,
          type, provider, quality, images, extras.get(), absent);
    }
  }
}
