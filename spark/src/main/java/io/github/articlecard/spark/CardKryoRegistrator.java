package io.github.articlecard.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.ValidationProblem;
import java.util.List;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Registers the model, and what {@link CardWriter} returns, with Spark's Kryo, which cannot take
 * records apart on its own ("can't get field offset on a record class"): each type goes through its
 * Java serialized form, which reads records back through their constructors, so every value comes
 * back equal.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder()
 *     .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
 *     .config("spark.kryo.registrator", CardKryoRegistrator.class.getName())
 *     .getOrCreate();
 * }</pre>
 */
public final class CardKryoRegistrator implements KryoRegistrator {
  private static final List<Class<?>> MODEL = List.of(ArticleCard.class, Provider.class,
      Image.class, RelatedArticle.class, Extras.class, Url.class, Secured.class, Category.class,
      ContentType.class, ValidationProblem.class, CardWriteResult.class);

  /** Creates the registrator; Spark does, from {@code spark.kryo.registrator}. */
  public CardKryoRegistrator() {}

  /**
   * Registers every model type, {@link CardWriteResult} (what each task of a
   * {@link CardWriter#write} returns), and arrays of each (what {@code collect} gathers), so that
   * {@code spark.kryo.registrationRequired=true} holds too.
   *
   * @param kryo Spark's Kryo
   */
  @Override
  public void registerClasses(Kryo kryo) {
    for (Class<?> type : MODEL) {
      kryo.register(type, new JavaSerializer());
      kryo.register(type.arrayType());
    }
  }
}
