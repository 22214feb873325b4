package io.github.articlecard;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
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
    Set<String> absentKeys) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final KeyNames KEYS = new KeyNames("ArticleCard",
      List.of("category", "title", "excerpt", "publishedDateTime", "originalUrl", "webUrl",
          "ampWebUrl", "cdnAmpWebUrl", "type", "quality", "heat", "published", "featuredContent",
          "provider", "topics", "images", "related", "secured"),
      Set.of("title", "excerpt", "quality", "heat", "published", "topics", "images", "related"));

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
    absentKeys = KEYS.check(absentKeys)
        .nullable("category", category)
        .defaulted("title", title.isEmpty())
        .defaulted("excerpt", excerpt.isEmpty())
        .nullable("publishedDateTime", publishedDateTime)
        .nullable("originalUrl", originalUrl)
        .nullable("webUrl", webUrl)
        .nullable("ampWebUrl", ampWebUrl)
        .nullable("cdnAmpWebUrl", cdnAmpWebUrl)
        .nullable("type", type)
        .defaulted("quality", quality == 0)
        .defaulted("heat", heat == 0)
        .defaulted("published", !published)
        .nullable("featuredContent", featuredContent)
        .nullable("provider", provider)
        .defaulted("topics", topics.isEmpty())
        .defaulted("images", images.isEmpty())
        .defaulted("related", related.isEmpty())
        .nullable("secured", secured)
        .done();
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
   * Returns the keys a card knows at the top level, in the order the house style writes them.
   *
   * @return {@code category, title, excerpt, publishedDateTime, originalUrl, webUrl, ampWebUrl,
   *     cdnAmpWebUrl, type, quality, heat, published, featuredContent, provider, topics, images,
   *     related, secured}
   */
  public static List<String> knownKeys() {
    return KEYS.keys();
  }

  /**
   * Tells whether this card has a top-level key: a known key that is not absent, or an unknown key
   * in {@link #extras()}.
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
   * Tells whether the {@code heat} key is present (a written 0 included).
   *
   * @return true when present
   */
  public boolean hasHeat() {
    return !absentKeys.contains("heat");
  }

  /**
   * Tells whether the {@code published} key is present (a written false included).
   *
   * @return true when present
   */
  public boolean hasPublished() {
    return !absentKeys.contains("published");
  }

  /**
   * Tells whether the {@code topics} key is present (a written empty list included).
   *
   * @return true when present
   */
  public boolean hasTopics() {
    return !absentKeys.contains("topics");
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
   * Tells whether the {@code related} key is present (a written empty list included).
   *
   * @return true when present
   */
  public boolean hasRelated() {
    return !absentKeys.contains("related");
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
    Builder builder = new Builder().category(category).title(title).excerpt(excerpt)
        .publishedDateTime(publishedDateTime).originalUrl(originalUrl).webUrl(webUrl)
        .ampWebUrl(ampWebUrl).cdnAmpWebUrl(cdnAmpWebUrl).type(type).quality(quality).heat(heat)
        .published(published).featuredContent(featuredContent).provider(provider).topics(topics)
        .images(images).related(related).secured(secured).extras(extras).body(body);
    KEYS.restore(absentKeys, builder.absent);
    return builder;
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

  /** Builds an {@link ArticleCard}; setting a value makes its key present. */
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
    private final ExtrasSlot extras = new ExtrasSlot();
    private String body = "";
    private final Set<String> absent = KEYS.allDefaulted();

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
     * Sets the popularity score; the key becomes present.
     *
     * @param heat the score, -1 for unranked
     * @return this builder
     */
    public Builder heat(int heat) {
      this.heat = heat;
      absent.remove("heat");
      return this;
    }

    /**
     * Sets the publish flag; the key becomes present, so {@code published(false)} writes
     * {@code published: false}.
     *
     * @param published the flag
     * @return this builder
     */
    public Builder published(boolean published) {
      this.published = published;
      absent.remove("published");
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
     * Replaces the topics; the key becomes present, or absent when the list is empty (the house
     * style writes no empty lists; see {@link #present(String)}).
     *
     * @param topics the topics
     * @return this builder
     */
    public Builder topics(List<String> topics) {
      this.topics.clear();
      topics.forEach(this::addTopic);
      KeyNames.mark(absent, "topics", !this.topics.isEmpty());
      return this;
    }

    /**
     * Appends a topic; the key becomes present.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder addTopic(String topic) {
      this.topics.add(Objects.requireNonNull(topic, "topic"));
      absent.remove("topics");
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
     * Replaces the related articles; the key becomes present, or absent when the list is empty
     * (the house style writes no empty lists; see {@link #present(String)}).
     *
     * @param related the related articles
     * @return this builder
     */
    public Builder related(List<RelatedArticle> related) {
      this.related.clear();
      related.forEach(this::addRelated);
      KeyNames.mark(absent, "related", !this.related.isEmpty());
      return this;
    }

    /**
     * Appends a related article; the key becomes present.
     *
     * @param article the related article
     * @return this builder
     */
    public Builder addRelated(RelatedArticle article) {
      this.related.add(Objects.requireNonNull(article, "article"));
      absent.remove("related");
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
      this.extras.set(extras);
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
      extras.put(key, value);
      return this;
    }

    /**
     * Makes a known key present with the value this builder holds for it: for the values that a
     * setter leaves absent because the house style never writes them, as {@code present("topics")}
     * after {@code topics(List.of())} writes {@code topics: []}. A
     * nullable key is present exactly when it has a value, so this has no effect on it.
     *
     * @param key the key, as written in the card, such as {@code "related"}
     * @return this builder
     * @throws IllegalArgumentException if the key is not a key of the card (unknown keys are
     *     present when they are in the extras)
     */
    public Builder present(String key) {
      KEYS.present(absent, key);
      return this;
    }

    /**
     * Makes a top-level key absent: a known key goes back to its absent state (null, empty, 0,
     * false or an empty list) and is not written, an unknown key is taken out of the extras.
     * Nothing happens when the key is already absent.
     *
     * <pre>{@code
     * ArticleCard unscored = card.toBuilder().remove("quality").remove("heat").build();
     * }</pre>
     *
     * @param key the key, as written in the card, such as {@code "quality"}
     * @return this builder
     */
    public Builder remove(String key) {
      switch (key) {
        case "category" -> category = null;
        case "title" -> title = "";
        case "excerpt" -> excerpt = "";
        case "publishedDateTime" -> publishedDateTime = null;
        case "originalUrl" -> originalUrl = null;
        case "webUrl" -> webUrl = null;
        case "ampWebUrl" -> ampWebUrl = null;
        case "cdnAmpWebUrl" -> cdnAmpWebUrl = null;
        case "type" -> type = null;
        case "quality" -> quality = 0;
        case "heat" -> heat = 0;
        case "published" -> published = false;
        case "featuredContent" -> featuredContent = null;
        case "provider" -> provider = null;
        case "topics" -> topics.clear();
        case "images" -> images.clear();
        case "related" -> related.clear();
        case "secured" -> secured = null;
        default -> extras.remove(key);
      }
      if (KEYS.isDefaulted(key)) {
        absent.add(key);   // keys with a default value: only this set shows their absence
      }
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
          topics, images, related, secured, extras.get(), body, absent);
    }
  }
}
