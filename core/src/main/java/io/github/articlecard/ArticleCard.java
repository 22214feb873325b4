package io.github.articlecard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news-article card: the typed content of a card file's front matter, plus its Markdown body.
 *
 * <p>Accessors are named as the YAML keys. A nullable component is null when its key is absent;
 * lists are empty when absent. Keys the model does not know are kept in {@link #extras()} (and in
 * the extras of {@link Provider}, {@link Image} and {@link RelatedArticle}), in order. Reading is
 * lenient: a card that breaks a rule still loads, and {@link #validate()} lists what is wrong.
 *
 * <pre>{@code
 * ArticleCard edited = card.toBuilder()
 *     .title("New title")
 *     .quality(card.quality() + 1)
 *     .build();
 * List<ValidationProblem> problems = edited.validate();   // empty when all is well
 * }</pre>
 *
 * @param category the collection the card belongs to; null when absent
 * @param title the headline; empty when absent
 * @param excerpt the summary; may contain newlines, quotes and any Unicode; empty when absent
 * @param publishedDateTime when the article was published; null when absent
 * @param originalUrl the original link; null when absent
 * @param webUrl the web link; null when absent
 * @param ampWebUrl the AMP link; null when absent
 * @param cdnAmpWebUrl the AMP cache link; null when absent
 * @param type the content type; null when absent
 * @param quality the ranking score, >= 0 when valid
 * @param heat the popularity score, >= -1 when valid; -1 means unranked
 * @param published the publish flag
 * @param featuredContent embed HTML (video cards); null when absent
 * @param provider the publisher; null when absent
 * @param topics the topics, in order
 * @param images the images, in order
 * @param related the related articles, in order
 * @param secured the opaque secured blob, never altered; null when absent
 * @param extras unknown top-level keys, in order
 * @param body the Markdown body after the closing delimiter line, verbatim
 */
public record ArticleCard(
    @Nullable Category category,
    String title,
    String excerpt,
    @Nullable Instant publishedDateTime,
    @Nullable Url originalUrl,
    @Nullable Url webUrl,
    @Nullable Url ampWebUrl,
    @Nullable Url cdnAmpWebUrl,
    @Nullable ContentType type,
    int quality,
    int heat,
    boolean published,
    @Nullable String featuredContent,
    @Nullable Provider provider,
    List<String> topics,
    List<Image> images,
    List<RelatedArticle> related,
    @Nullable Secured secured,
    Extras extras,
    String body) {

  /**
   * Creates a card; lists are copied.
   *
   * @throws NullPointerException if a non-nullable component, or a list element, is null
   */
  public ArticleCard {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(excerpt, "excerpt");
    topics = List.copyOf(topics);
    images = List.copyOf(images);
    related = List.copyOf(related);
    Objects.requireNonNull(extras, "extras");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Starts a builder with no values set: empty title, excerpt and body, zero scores, no lists.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this card's values, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().category(category).title(title).excerpt(excerpt)
        .publishedDateTime(publishedDateTime).originalUrl(originalUrl).webUrl(webUrl)
        .ampWebUrl(ampWebUrl).cdnAmpWebUrl(cdnAmpWebUrl).type(type).quality(quality).heat(heat)
        .published(published).featuredContent(featuredContent).provider(provider).topics(topics)
        .images(images).related(related).secured(secured).extras(extras).body(body);
  }

  /**
   * Checks the card against the format's rules and returns every problem found, each with its path
   * (such as {@code related[1].images[0].width: must be >= 0}). Reading never calls this: real
   * data must load even when it breaks a rule.
   *
   * <p>The rules: title not blank (also in related articles), quality >= 0, heat >= -1, image
   * width and height >= 0, topics not blank, URLs well formed ({@link Url#isWellFormed()}).
   *
   * @return the problems, in card order; empty when the card is valid
   */
  public List<ValidationProblem> validate() {
    Problems problems = new Problems();
    problems.notBlank("title", title);
    problems.wellFormed("originalUrl", originalUrl);
    problems.wellFormed("webUrl", webUrl);
    problems.wellFormed("ampWebUrl", ampWebUrl);
    problems.wellFormed("cdnAmpWebUrl", cdnAmpWebUrl);
    problems.atLeast("quality", quality, 0);
    problems.atLeast("heat", heat, -1);
    if (provider != null) {
      provider.collectProblems("provider", problems);
    }
    for (int i = 0; i < topics.size(); i++) {
      problems.notBlank(Problems.at("", "topics", i), topics.get(i));
    }
    for (int i = 0; i < images.size(); i++) {
      images.get(i).collectProblems(Problems.at("", "images", i), problems);
    }
    for (int i = 0; i < related.size(); i++) {
      related.get(i).collectProblems(Problems.at("", "related", i), problems);
    }
    return problems.toList();
  }

  /**
   * Throws when {@link #validate()} finds problems.
   *
   * @return this card, for chaining
   * @throws InvalidCardException listing every problem
   */
  public ArticleCard requireValid() {
    List<ValidationProblem> problems = validate();
    if (!problems.isEmpty()) {
      throw new InvalidCardException(problems);
    }
    return this;
  }

  /** Builds an {@link ArticleCard}; every setter returns this builder. */
  public static final class Builder {
    private @Nullable Category category;
    private String title = "";
    private String excerpt = "";
    private @Nullable Instant publishedDateTime;
    private @Nullable Url originalUrl;
    private @Nullable Url webUrl;
    private @Nullable Url ampWebUrl;
    private @Nullable Url cdnAmpWebUrl;
    private @Nullable ContentType type;
    private int quality;
    private int heat;
    private boolean published;
    private @Nullable String featuredContent;
    private @Nullable Provider provider;
    private final List<String> topics = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<RelatedArticle> related = new ArrayList<>();
    private @Nullable Secured secured;
    private Extras extras = Extras.empty();
    private String body = "";

    private Builder() {}

    /**
     * Sets the category.
     *
     * @param category the category, or null for none
     * @return this builder
     */
    public Builder category(@Nullable Category category) {
      this.category = category;
      return this;
    }

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
     * Sets the original link.
     *
     * @param originalUrl the link, or null for none
     * @return this builder
     */
    public Builder originalUrl(@Nullable Url originalUrl) {
      this.originalUrl = originalUrl;
      return this;
    }

    /**
     * Sets the original link from its string.
     *
     * @param originalUrl the raw link
     * @return this builder
     */
    public Builder originalUrl(String originalUrl) {
      return originalUrl(Url.of(originalUrl));
    }

    /**
     * Sets the web link.
     *
     * @param webUrl the link, or null for none
     * @return this builder
     */
    public Builder webUrl(@Nullable Url webUrl) {
      this.webUrl = webUrl;
      return this;
    }

    /**
     * Sets the web link from its string.
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
     * Sets the popularity score.
     *
     * @param heat the score, -1 for unranked
     * @return this builder
     */
    public Builder heat(int heat) {
      this.heat = heat;
      return this;
    }

    /**
     * Sets the publish flag.
     *
     * @param published the flag
     * @return this builder
     */
    public Builder published(boolean published) {
      this.published = published;
      return this;
    }

    /**
     * Sets the embed HTML.
     *
     * @param featuredContent the HTML, or null for none
     * @return this builder
     */
    public Builder featuredContent(@Nullable String featuredContent) {
      this.featuredContent = featuredContent;
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
     * Replaces the topics.
     *
     * @param topics the topics
     * @return this builder
     */
    public Builder topics(List<String> topics) {
      this.topics.clear();
      topics.forEach(this::addTopic);
      return this;
    }

    /**
     * Appends a topic.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder addTopic(String topic) {
      this.topics.add(Objects.requireNonNull(topic, "topic"));
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
      images.forEach(this::addImage);
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
     * Replaces the related articles.
     *
     * @param related the related articles
     * @return this builder
     */
    public Builder related(List<RelatedArticle> related) {
      this.related.clear();
      related.forEach(this::addRelated);
      return this;
    }

    /**
     * Appends a related article.
     *
     * @param article the related article
     * @return this builder
     */
    public Builder addRelated(RelatedArticle article) {
      this.related.add(Objects.requireNonNull(article, "article"));
      return this;
    }

    /**
     * Sets the secured blob.
     *
     * @param secured the blob, or null for none
     * @return this builder
     */
    public Builder secured(@Nullable Secured secured) {
      this.secured = secured;
      return this;
    }

    /**
     * Replaces the unknown top-level keys.
     *
     * @param extras the unknown keys
     * @return this builder
     */
    public Builder extras(Extras extras) {
      this.extras = Objects.requireNonNull(extras, "extras");
      return this;
    }

    /**
     * Sets one unknown top-level key.
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
     * Sets the Markdown body.
     *
     * @param body the body, verbatim
     * @return this builder
     */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Builds the card.
     *
     * @return the card
     */
    public ArticleCard build() {
      return new ArticleCard(category, title, excerpt, publishedDateTime, originalUrl, webUrl,
          ampWebUrl, cdnAmpWebUrl, type, quality, heat, published, featuredContent, provider,
          topics, images, related, secured, extras, body);
    }
  }
}
