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
 */
public final class CardShapes {
  private CardShapes() {}

  private static final Codec<String> STRING = Codec.text(Function.identity(), Function.identity(), "");
  private static final Codec<String> OPTIONAL_STRING =
      Codec.text(Function.identity(), Function.identity(), null);
  private static final Codec<Url> URL = Codec.text(Url::of, Url::raw, null);
  private static final Codec<Category> CATEGORY = Codec.text(Category::of, Category::value, null);
  private static final Codec<ContentType> TYPE = Codec.text(ContentType::of, ContentType::value, null);
  private static final Codec<Secured> SECURED = Codec.text(Secured::of, Secured::value, null);

  static final Shape<Image, Image.Builder> IMAGE = new Shape<>(
      Image::builder, Image.Builder::build, Image::extras, Image.Builder::extras)
      .field("url", Image::url, Image.Builder::url, URL)
      .field("width", Image::width, Image.Builder::width, Codec.INT)
      .field("height", Image::height, Image.Builder::height, Codec.INT)
      .field("isCached", Image::isCached, Image.Builder::isCached, Codec.BOOLEAN, cached -> !cached)
      .field("title", Image::title, Image.Builder::title, OPTIONAL_STRING);

  private static final Codec<List<Image>> IMAGES = Codec.list(Codec.record(IMAGE));

  static final Shape<Provider, Provider.Builder> PROVIDER = new Shape<>(
      Provider::builder, Provider.Builder::build, Provider::extras, Provider.Builder::extras)
      .field("name", Provider::name, Provider.Builder::name, OPTIONAL_STRING)
      .field("domain", Provider::domain, Provider.Builder::domain, OPTIONAL_STRING)
      .field("images", Provider::images, Provider.Builder::images, IMAGES, List::isEmpty);

  private static final Codec<Provider> PROVIDER_CODEC = Codec.record(PROVIDER);

  static final Shape<RelatedArticle, RelatedArticle.Builder> RELATED = new Shape<>(
      RelatedArticle::builder, RelatedArticle.Builder::build, RelatedArticle::extras,
      RelatedArticle.Builder::extras)
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
      .field("images", RelatedArticle::images, RelatedArticle.Builder::images, IMAGES, List::isEmpty);

  static final Shape<ArticleCard, ArticleCard.Builder> ARTICLE = new Shape<>(
      ArticleCard::builder, ArticleCard.Builder::build, ArticleCard::extras,
      ArticleCard.Builder::extras)
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
          OPTIONAL_STRING)
      .field("provider", ArticleCard::provider, ArticleCard.Builder::provider, PROVIDER_CODEC)
      .field("topics", ArticleCard::topics, ArticleCard.Builder::topics, Codec.list(STRING),
          List::isEmpty)
      .field("images", ArticleCard::images, ArticleCard.Builder::images, IMAGES, List::isEmpty)
      .field("related", ArticleCard::related, ArticleCard.Builder::related,
          Codec.list(Codec.record(RELATED)), List::isEmpty)
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
