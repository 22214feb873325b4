package io.github.articlecard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article related to the card's own ({@code related} list entries).
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
 * }</pre>
 *
 * @param title the headline
 * @param excerpt the summary, possibly empty
 * @param publishedDateTime when it was published; null when absent
 * @param webUrl the article link; null when absent
 * @param ampWebUrl the AMP link; null when absent
 * @param cdnAmpWebUrl the AMP cache link; null when absent
 * @param type the content type; null when absent
 * @param provider the publisher; null when absent
 * @param quality the ranking score, >= 0
 * @param images the article's images, possibly empty
 * @param extras unknown keys of this related article, in order
 */
public record RelatedArticle(
    String title, String excerpt, @Nullable Instant publishedDateTime, @Nullable Url webUrl,
    @Nullable Url ampWebUrl, @Nullable Url cdnAmpWebUrl, @Nullable ContentType type,
    @Nullable Provider provider, int quality, List<Image> images, Extras extras) {

  /**
   * Creates a related article; the image list is copied.
   *
   * @throws NullPointerException if a non-nullable component is null
   */
  public RelatedArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(excerpt, "excerpt");
    images = List.copyOf(images);
    Objects.requireNonNull(extras, "extras");
  }

  /**
   * Starts a builder with no values set (empty title and excerpt).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this related article's values, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().title(title).excerpt(excerpt).publishedDateTime(publishedDateTime)
        .webUrl(webUrl).ampWebUrl(ampWebUrl).cdnAmpWebUrl(cdnAmpWebUrl).type(type)
        .provider(provider).quality(quality).images(images).extras(extras);
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

  /** Builds a {@link RelatedArticle}. */
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
    private Extras extras = Extras.empty();

    private Builder() {}

    /**
     * Sets the headline.
     *
     * @param title the headline
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param excerpt the summary
     * @return this builder
     */
    public Builder excerpt(String excerpt) {
      this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
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
     * Sets the ranking score.
     *
     * @param quality the score
     * @return this builder
     */
    public Builder quality(int quality) {
      this.quality = quality;
      return this;
    }

    /**
     * Replaces the images.
     *
     * @param images the images
     * @return this builder
     */
    public Builder images(List<Image> images) {
      this.images.clear();
      this.images.addAll(images);
      return this;
    }

    /**
     * Appends an image.
     *
     * @param image the image
     * @return this builder
     */
    public Builder addImage(Image image) {
      this.images.add(Objects.requireNonNull(image, "image"));
      return this;
    }

    /**
     * Replaces the unknown keys.
     *
     * @param extras the unknown keys
     * @return this builder
     */
    public Builder extras(Extras extras) {
      this.extras = Objects.requireNonNull(extras, "extras");
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
      this.extras = extras.with(key, value);
      return this;
    }

    /**
     * Builds the related article.
     *
     * @return the related article
     */
    public RelatedArticle build() {
      return new RelatedArticle(title, excerpt, publishedDateTime, webUrl, ampWebUrl, cdnAmpWebUrl,
          type, provider, quality, images, extras);
    }
  }
}
