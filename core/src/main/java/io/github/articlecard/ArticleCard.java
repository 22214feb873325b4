package io.github.articlecard;

import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A news-article card: the typed content of a card file's front matter, plus its Markdown body.
 *
 * <p>Accessors are named as the YAML keys. Keys the model does not know are kept in
 * {@link #extras()} (and in the extras of {@link Provider}, {@link Image} and
 * {@link RelatedArticle}), in order. Reading is lenient: a card that breaks a rule still loads, and
 * {@link #validate()} lists what is wrong.
 *
 * <p><b>Absent keys.</b> Every key may be absent, and an absent key is never written back. A
 * nullable component is null when its key is absent. The others read as a default when absent
 * ({@code ""} for {@code title} and {@code excerpt}, 0 for {@code quality} and {@code heat},
 * false for {@code published}, an empty list for {@code topics}, {@code images} and
 * {@code related}); {@link #absentKeys()}, {@link #has(String)} and the {@code hasX()} methods
 * tell an absent key from a written {@code ""}, 0, false or {@code []}. A builder starts with
 * every key absent. Setting a value makes its key present ({@code quality(0)} writes
 * {@code quality: 0}), except an empty list, which the house style never writes: it leaves the
 * key absent unless {@link Builder#present(String)} asks for {@code topics: []}.
 * {@link Builder#remove(String)} makes a key absent again. Reading and {@link #toBuilder()} keep
 * every key's presence as it is. Absence is part of equality: a card without {@code quality} is
 * not equal to one with {@code quality: 0}.
 *
 * <pre>{@code
 * ArticleCard edited = card.toBuilder()
 *     .title("New title")
 *     .quality(card.quality() + 1)
 *     .build();
 * List<ValidationProblem> problems = edited.validate();   // empty when all is well
 *
 * card.hasQuality();                                      // false for a card without quality
 * ArticleCard scored = card.toBuilder().quality(0).build();           // writes "quality: 0"
 * ArticleCard unscored = card.toBuilder().remove("quality").build();  // writes no quality line
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
 * @param quality the ranking score, >= 0 when valid; 0 when absent
 * @param heat the popularity score, >= -1 when valid; -1 means unranked; 0 when absent
 * @param published the publish flag; false when absent
 * @param featuredContent embed HTML (video cards); null when absent
 * @param provider the publisher; null when absent
 * @param topics the topics, in order; empty when absent
 * @param images the images, in order; empty when absent
 * @param related the related articles, in order; empty when absent
 * @param secured the opaque secured blob, never altered; null when absent
 * @param extras unknown top-level keys, in order
 * @param body the Markdown body after the closing delimiter line, verbatim
 * @param absentKeys the known keys this card does not have, in house order (see
 *     {@link #knownKeys()})
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
    String body,
    Set<String> absentKeys) implements ModelRecord, Serializable {

  private static final long serialVersionUID = 1L;

  private static final ModelKeys<ArticleCard> KEYS = ModelKeys.of(ArticleCard.class,
      MethodHandles.lookup(),
      ModelKeys.nullable("category", ValueKind.CATEGORY),
      ModelKeys.defaulted("title", ValueKind.TEXT).checkedBy(ValidationRule.TITLE),
      ModelKeys.defaulted("excerpt", ValueKind.TEXT),
      ModelKeys.nullable("publishedDateTime", ValueKind.INSTANT),
      ModelKeys.nullable("originalUrl", ValueKind.URL),
      ModelKeys.nullable("webUrl", ValueKind.URL),
      ModelKeys.nullable("ampWebUrl", ValueKind.URL),
      ModelKeys.nullable("cdnAmpWebUrl", ValueKind.URL),
      ModelKeys.nullable("type", ValueKind.CONTENT_TYPE),
      ModelKeys.defaulted("quality", ValueKind.WHOLE_NUMBER).checkedBy(ValidationRule.QUALITY),
      ModelKeys.defaulted("heat", ValueKind.WHOLE_NUMBER).checkedBy(ValidationRule.HEAT),
      ModelKeys.defaulted("published", ValueKind.FLAG),
      ModelKeys.nullable("featuredContent", ValueKind.HTML),
      ModelKeys.nullable("provider", ValueKind.PROVIDER),
      ModelKeys.omittedWhenDefault("topics", ValueKind.TEXT_LIST).checkedBy(ValidationRule.TOPICS),
      ModelKeys.omittedWhenDefault("images", ValueKind.IMAGE_LIST),
      ModelKeys.omittedWhenDefault("related", ValueKind.RELATED_LIST),
      ModelKeys.nullable("secured", ValueKind.SECURED));

  /**
   * Creates a card; lists are copied.
   *
   * @throws NullPointerException if a non-nullable component, or a list element, is null
   * @throws IllegalArgumentException if absentKeys names a key the card does not know, or a key
   *     whose component holds a value (a non-null link, a quality other than 0...)
   */
  public ArticleCard {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(excerpt, "excerpt");
    topics = List.copyOf(topics);
    images = List.copyOf(images);
    related = List.copyOf(related);
    Objects.requireNonNull(extras, "extras");
    Objects.requireNonNull(body, "body");
    absentKeys = KEYS.absentKeys(absentKeys, category, title, excerpt, publishedDateTime,
        originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl, type, quality, heat, published,
        featuredContent, provider, topics, images, related, secured);
  }

  /**
   * Creates a card whose keys are all present except those with a null component.
   *
   * @param category the category, or null when absent
   * @param title the headline
   * @param excerpt the summary
   * @param publishedDateTime the instant, or null when absent
   * @param originalUrl the original link, or null when absent
   * @param webUrl the web link, or null when absent
   * @param ampWebUrl the AMP link, or null when absent
   * @param cdnAmpWebUrl the AMP cache link, or null when absent
   * @param type the content type, or null when absent
   * @param quality the ranking score
   * @param heat the popularity score
   * @param published the publish flag
   * @param featuredContent the embed HTML, or null when absent
   * @param provider the publisher, or null when absent
   * @param topics the topics
   * @param images the images
   * @param related the related articles
   * @param secured the secured blob, or null when absent
   * @param extras the unknown top-level keys
   * @param body the Markdown body
   */
  public ArticleCard(@Nullable Category category, String title, String excerpt,
      @Nullable Instant publishedDateTime, @Nullable Url originalUrl, @Nullable Url webUrl,
      @Nullable Url ampWebUrl, @Nullable Url cdnAmpWebUrl, @Nullable ContentType type, int quality,
      int heat, boolean published, @Nullable String featuredContent, @Nullable Provider provider,
      List<String> topics, List<Image> images, List<RelatedArticle> related,
      @Nullable Secured secured, Extras extras, String body) {
    this(category, title, excerpt, publishedDateTime, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl,
        type, quality, heat, published, featuredContent, provider, topics, images, related, secured,
        extras, body, Set.of());
  }

  /**
   * Returns the keys a card knows at the top level, in the order the house style writes them, with
   * the kind of value each holds: the one table that presence, removal, the JSON form, binding and
   * the house style derive from.
   *
   * @return {@code category, title, excerpt, publishedDateTime, originalUrl, webUrl, ampWebUrl,
   *     cdnAmpWebUrl, type, quality, heat, published, featuredContent, provider, topics, images,
   *     related, secured}
   */
  public static List<ModelKey<ArticleCard>> keys() {
    return KEYS.keys();
  }

  /**
   * Returns the names of the keys a card knows at the top level, in the order the house style
   * writes them.
   *
   * @return {@code category, title, excerpt, publishedDateTime, originalUrl, webUrl, ampWebUrl,
   *     cdnAmpWebUrl, type, quality, heat, published, featuredContent, provider, topics, images,
   *     related, secured}
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

  /** Tells whether the {@code heat} key is present (a written 0 included). */
  public boolean hasHeat() {
    return has("heat");
  }

  /** Tells whether the {@code published} key is present (a written false included). */
  public boolean hasPublished() {
    return has("published");
  }

  /** Tells whether the {@code topics} key is present (a written empty list included). */
  public boolean hasTopics() {
    return has("topics");
  }

  /** Tells whether the {@code images} key is present (a written empty list included). */
  public boolean hasImages() {
    return has("images");
  }

  /** Tells whether the {@code related} key is present (a written empty list included). */
  public boolean hasRelated() {
    return has("related");
  }

  /**
   * Starts a builder with every key absent and an empty body.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this card's values and absent keys, for edits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().load(this, absentKeys, extras).body(body);
  }

  /**
   * Checks the card against the format's rules with {@link CardValidator#defaults()} and returns
   * every problem found, each with its path (such as
   * {@code related[1].images[0].width: must be >= 0}), rule and severity. Reading never calls this:
   * real data must load even when it breaks a rule.
   *
   * <p>The default rules report nothing on the cards real sites publish: title not blank (also in
   * related articles), quality >= 0, image width and height >= 0, topics not blank, links well
   * formed (relative links such as {@code /assets/x.jpg} allowed); {@code heat} is not checked
   * (real cards go below -1). {@link CardValidator} sets each rule's severity and options.
   *
   * @return the problems, in card order; empty when the card breaks no rule
   */
  public List<ValidationProblem> validate() {
    return CardValidator.defaults().validate(this);
  }

  /**
   * Throws when {@link #validate()} finds an error (warnings do not count).
   *
   * @return this card, for chaining
   * @throws InvalidCardException listing every error
   */
  public ArticleCard requireValid() {
    List<ValidationProblem> errors = validate().stream().filter(ValidationProblem::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidCardException(errors);
    }
    return this;
  }

  /**
   * Builds an {@link ArticleCard}; setting a value makes its key present. Besides the typed setters
   * it has {@code set(key, value)} for code that walks {@link #keys()}, {@code present(key)},
   * {@code remove(key)}, {@code extras(...)} and {@code extra(key, value)}.
   */
  public static final class Builder extends ModelBuilder<ArticleCard, Builder> {
    private String body = "";

    private Builder() {
      super(KEYS);
    }

    /** Sets the category, or none with null. */
    public Builder category(@Nullable Category category) {
      return put("category", category);
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

    /** Sets the original link, or none with null. */
    public Builder originalUrl(@Nullable Url originalUrl) {
      return put("originalUrl", originalUrl);
    }

    /** Sets the original link from its string, kept exactly as given. */
    public Builder originalUrl(String originalUrl) {
      return originalUrl(Url.of(originalUrl));
    }

    /** Sets the web link, or none with null. */
    public Builder webUrl(@Nullable Url webUrl) {
      return put("webUrl", webUrl);
    }

    /** Sets the web link from its string, kept exactly as given. */
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

    /** Sets the ranking score; the key becomes present. */
    public Builder quality(int quality) {
      return put("quality", quality);
    }

    /** Sets the popularity score, -1 for unranked; the key becomes present. */
    public Builder heat(int heat) {
      return put("heat", heat);
    }

    /**
     * Sets the publish flag; the key becomes present, so {@code published(false)} writes
     * {@code published: false}.
     */
    public Builder published(boolean published) {
      return put("published", published);
    }

    /** Sets the embed HTML, or none with null. */
    public Builder featuredContent(@Nullable String featuredContent) {
      return put("featuredContent", featuredContent);
    }

    /** Sets the publisher, or none with null. */
    public Builder provider(@Nullable Provider provider) {
      return put("provider", provider);
    }

    /**
     * Replaces the topics; the key becomes present, or absent when the list is empty (the house
     * style writes no empty lists; see {@link #present(String)}).
     */
    public Builder topics(List<String> topics) {
      return put("topics", topics);
    }

    /** Appends a topic; the key becomes present. */
    public Builder addTopic(String topic) {
      return add("topics", topic);
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
     * Replaces the related articles; the key becomes present, or absent when the list is empty
     * (the house style writes no empty lists; see {@link #present(String)}).
     */
    public Builder related(List<RelatedArticle> related) {
      return put("related", related);
    }

    /** Appends a related article; the key becomes present. */
    public Builder addRelated(RelatedArticle article) {
      return add("related", article);
    }

    /** Sets the secured blob, or none with null. */
    public Builder secured(@Nullable Secured secured) {
      return put("secured", secured);
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
      return construct(body);
    }
  }
}
