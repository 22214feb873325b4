package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import java.util.List;
import java.util.function.Function;

/**
 * The house shape of the article model: every known key at every level, in the order the format's
 * house style writes them, with how each is read and written. Unknown keys follow the known ones.
 * The key names and their order match each record's {@code knownKeys()} (a test checks it).
 */
public final class CardShapes {
  private CardShapes() {}

  private static final Codec<String> STRING = Codec.text(Function.identity(), Function.identity());
  static final Codec<Url> URL = Codec.text(Url::of, Url::raw);
  static final Codec<Category> CATEGORY = Codec.text(Category::of, Category::value);
  static final Codec<ContentType> TYPE = Codec.text(ContentType::of, ContentType::value);
  static final Codec<Secured> SECURED = Codec.text(Secured::of, Secured::value);

  static final Shape<Image, Image.Builder> IMAGE = new Shape<>(
      Image::builder, Image.Builder::build, Image::has, Image.Builder::present, Image::extras,
      Image.Builder::extras)
      .field("url", Image::url, Image.Builder::url, URL)
      .field("width", Image::width, Image.Builder::width, Codec.INT)
      .field("height", Image::height, Image.Builder::height, Codec.INT)
      .field("isCached", Image::isCached, Image.Builder::isCached, Codec.BOOLEAN)
      .field("title", Image::title, Image.Builder::title, STRING);

  static final Codec<Image> IMAGE_CODEC = Codec.record(IMAGE);
  private static final Codec<List<Image>> IMAGES = Codec.list(IMAGE_CODEC);

  static final Shape<Provider, Provider.Builder> PROVIDER = new Shape<>(
      Provider::builder, Provider.Builder::build, Provider::has, Provider.Builder::present,
      Provider::extras, Provider.Builder::extras)
      .field("name", Provider::name, Provider.Builder::name, STRING)
      .field("domain", Provider::domain, Provider.Builder::domain, STRING)
      .field("images", Provider::images, Provider.Builder::images, IMAGES);

  static final Codec<Provider> PROVIDER_CODEC = Codec.record(PROVIDER);

  static final Shape<RelatedArticle, RelatedArticle.Builder> RELATED = new Shape<>(
      RelatedArticle::builder, RelatedArticle.Builder::build, RelatedArticle::has,
      RelatedArticle.Builder::present, RelatedArticle::extras, RelatedArticle.Builder::extras)
      .field("title", RelatedArticle::title, RelatedArticle.Builder::title, STRING)
      .field("excerpt", RelatedArticle::excerpt, RelatedArticle.Builder::excerpt, STRING)
      .field("publishedDateTime", RelatedArticle::publishedDateTime,
          RelatedArticle.Builder::publishedDateTime, Codec.INSTANT)
      .field("webUrl", RelatedArticle::webUrl, RelatedArticle.Builder::webUrl, URL)
      .field("ampWebUrl", RelatedArticle::ampWebUrl, RelatedArticle.Builder::ampWebUrl, URL)
      .field("cdnAmpWebUrl", RelatedArticle::cdnAmpWebUrl, RelatedArticle.Builder::cdnAmpWebUrl, URL)
      .field("type", RelatedArticle::type, RelatedArticle.Builder::type, TYPE)
      .field("provider", RelatedArticle::provider, RelatedArticle.Builder::provider, PROVIDER_CODEC)
      .field("quality", RelatedArticle::quality, RelatedArticle.Builder::quality, Codec.INT)
      .field("images", RelatedArticle::images, RelatedArticle.Builder::images, IMAGES);

  static final Codec<RelatedArticle> RELATED_CODEC = Codec.record(RELATED);

  static final Shape<ArticleCard, ArticleCard.Builder> ARTICLE = new Shape<>(
      ArticleCard::builder, ArticleCard.Builder::build, ArticleCard::has,
      ArticleCard.Builder::present, ArticleCard::extras, ArticleCard.Builder::extras)
      .field("category", ArticleCard::category, ArticleCard.Builder::category, CATEGORY)
      .field("title", ArticleCard::title, ArticleCard.Builder::title, STRING)
      .field("excerpt", ArticleCard::excerpt, ArticleCard.Builder::excerpt, STRING)
      .field("publishedDateTime", ArticleCard::publishedDateTime,
          ArticleCard.Builder::publishedDateTime, Codec.INSTANT)
      .field("originalUrl", ArticleCard::originalUrl, ArticleCard.Builder::originalUrl, URL)
      .field("webUrl", ArticleCard::webUrl, ArticleCard.Builder::webUrl, URL)
      .field("ampWebUrl", ArticleCard::ampWebUrl, ArticleCard.Builder::ampWebUrl, URL)
      .field("cdnAmpWebUrl", ArticleCard::cdnAmpWebUrl, ArticleCard.Builder::cdnAmpWebUrl, URL)
      .field("type", ArticleCard::type, ArticleCard.Builder::type, TYPE)
      .field("quality", ArticleCard::quality, ArticleCard.Builder::quality, Codec.INT)
      .field("heat", ArticleCard::heat, ArticleCard.Builder::heat, Codec.INT)
      .field("published", ArticleCard::published, ArticleCard.Builder::published, Codec.BOOLEAN)
      .field("featuredContent", ArticleCard::featuredContent, ArticleCard.Builder::featuredContent,
          STRING)
      .field("provider", ArticleCard::provider, ArticleCard.Builder::provider, PROVIDER_CODEC)
      .field("topics", ArticleCard::topics, ArticleCard.Builder::topics, Codec.list(STRING))
      .field("images", ArticleCard::images, ArticleCard.Builder::images, IMAGES)
      .field("related", ArticleCard::related, ArticleCard.Builder::related,
          Codec.list(RELATED_CODEC))
      .field("secured", ArticleCard::secured, ArticleCard.Builder::secured, SECURED);

  /** Binds front matter data to a card with the given body. */
  public static ArticleCard bind(ObjectNode data, String body, BindContext context) {
    return ARTICLE.bind(data, context, builder -> builder.body(body));
  }

  /** Returns the card's front matter data in house order (the body is not part of it). */
  public static ObjectNode write(ArticleCard card) {
    return ARTICLE.write(card);
  }

  /** Returns the front matter data for an edited card, keeping the original form of what is unchanged. */
  public static ObjectNode merge(ObjectNode oldData, ArticleCard oldCard, ArticleCard newCard) {
    return ARTICLE.merge(oldData, oldCard, newCard);
  }
}
