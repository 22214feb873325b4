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
import io.github.articlecard.ValueKind;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The house shape of the article model: every known key at every level, in the order the format's
 * house style writes them, with how each is read and written. Unknown keys follow the known ones.
 * The keys are the records' key tables ({@code ArticleCard.keys()}...); each kind of value has one
 * codec here, and nothing names a key.
 */
public final class CardShapes {
  private CardShapes() {}

  private static final Codec<String> STRING = Codec.text(Function.identity(), Function.identity());
  static final Codec<Url> URL = Codec.text(Url::of, Url::raw);
  static final Codec<Category> CATEGORY = Codec.text(Category::of, Category::value);
  static final Codec<ContentType> TYPE = Codec.text(ContentType::of, ContentType::value);
  static final Codec<Secured> SECURED = Codec.text(Secured::of, Secured::value);
  private static final Codec<List<String>> TEXTS = Codec.list(STRING);

  static final Shape<Image, Image.Builder> IMAGE =
      new Shape<>(Image.keys(), Image::builder, CardShapes::codecOf);
  static final Codec<Image> IMAGE_CODEC = Codec.record(IMAGE);
  private static final Codec<List<Image>> IMAGES = Codec.list(IMAGE_CODEC);

  static final Shape<Provider, Provider.Builder> PROVIDER =
      new Shape<>(Provider.keys(), Provider::builder, CardShapes::codecOf);
  static final Codec<Provider> PROVIDER_CODEC = Codec.record(PROVIDER);

  static final Shape<RelatedArticle, RelatedArticle.Builder> RELATED =
      new Shape<>(RelatedArticle.keys(), RelatedArticle::builder, CardShapes::codecOf);
  static final Codec<RelatedArticle> RELATED_CODEC = Codec.record(RELATED);
  private static final Codec<List<RelatedArticle>> RELATED_LIST = Codec.list(RELATED_CODEC);

  static final Shape<ArticleCard, ArticleCard.Builder> ARTICLE =
      new Shape<>(ArticleCard.keys(), ArticleCard::builder, CardShapes::codecOf);

  static {
    // keys read from the text are then the model's own name strings, which binding finds by identity
    List<String> names = new ArrayList<>();
    ModelPlaces.tables().values().forEach(keys -> keys.forEach(key -> names.add(key.name())));
    YamlReader.shareKeyNames(names);
  }

  /**
   * The codec of each kind of value. Records and lists of records refer to the shapes above, so a
   * record's shape is made after the shapes of the records it holds.
   */
  private static Codec<?> codecOf(ValueKind kind) {
    return switch (kind) {
      case TEXT, HTML -> STRING;
      case INSTANT -> Codec.INSTANT;
      case URL -> URL;
      case CATEGORY -> CATEGORY;
      case CONTENT_TYPE -> TYPE;
      case WHOLE_NUMBER -> Codec.INT;
      case FLAG -> Codec.BOOLEAN;
      case SECURED -> SECURED;
      case PROVIDER -> PROVIDER_CODEC;
      case TEXT_LIST -> TEXTS;
      case IMAGE_LIST -> IMAGES;
      case RELATED_LIST -> RELATED_LIST;
    };
  }

  /** Binds front matter data to a card with the given body. */
  public static ArticleCard bind(ObjectNode data, String body, BindContext context) {
    return ARTICLE.bind(data, context, builder -> builder.body(body));
  }

  /**
   * Binds a parsed front matter to a card with the given body, from its source nodes: no Jackson
   * container is built on the way (but for the values of unknown keys).
   */
  public static ArticleCard bind(SourceMap source, String body, BindContext context) {
    SourceNode.Mapping root = source.root();
    return root == null ? bind(source.data(), body, context)
        : ARTICLE.bind(root, context, builder -> builder.body(body));
  }

  /** Returns the card's front matter data in house order (the body is not part of it). */
  public static ObjectNode write(ArticleCard card) {
    return ARTICLE.write(card);
  }

  /**
   * Returns the card's front matter data with a null value for each known key, at any level, that
   * the record does not have and the style writes without a value ({@code heat:}), which reads
   * back as absent.
   */
  public static ObjectNode write(ArticleCard card, EmptyKeys writtenEmpty) {
    return writtenEmpty.write(ARTICLE.write(card));
  }

  /** Returns the front matter data for an edited card, keeping the original form of what is unchanged. */
  public static ObjectNode merge(ObjectNode oldData, ArticleCard oldCard, ArticleCard newCard) {
    return ARTICLE.merge(oldData, oldCard, newCard);
  }
}
