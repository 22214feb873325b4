package io.github.articlecard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.CardValidator;
import io.github.articlecard.Category;
import io.github.articlecard.Extras;
import io.github.articlecard.Url;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.ValidationRule;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.reflect.ClassTag$;

/** Spark with Kryo and {@link CardKryoRegistrator}: the model goes through shuffles and Datasets. */
class KryoTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @TempDir
  static Path dir;
  static Path root;
  static SparkSession spark;
  static List<ArticleCard> expected;

  @BeforeAll
  static void start() {
    root = CardTree.create(dir.resolve("cards"));
    expected = CardTree.SOURCE_LISTING.find(root).files().stream().map(file -> {
      try {
        return MAPPER.read(file).card();
      } catch (CardException e) {
        return null;
      }
    }).filter(Objects::nonNull).toList();
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("articlecard-kryo")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.serializer", KryoSerializer.class.getName())
        .config("spark.kryo.registrator", CardKryoRegistrator.class.getName())
        .config("spark.kryo.registrationRequired", "false")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void cardsGoThroughAShuffleByKeyEqual() {
    Dataset<ArticleCard> cards = CardDatasets.cards(
        spark.read().format("articlecard").option("keepText", true).load(root.toString()), MAPPER);

    JavaPairRDD<String, Iterable<ArticleCard>> byProvider = cards.toJavaRDD()
        .groupBy(card -> card.provider() == null ? "" : String.valueOf(card.provider().domain()), 3);
    List<ArticleCard> back = byProvider.values().flatMap(Iterable::iterator).collect();

    assertThat(back).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aKryoEncodedDatasetOfCardsComesBackEqual() {
    Dataset<ArticleCard> cards = spark.createDataset(expected, Encoders.kryo(ArticleCard.class));

    assertThat(cards.repartition(3).collectAsList()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyModelTypeRoundTripsThroughTheRegisteredSerializer() {
    SerializerInstance kryo = new KryoSerializer(new SparkConf()
        .set("spark.kryo.registrator", CardKryoRegistrator.class.getName())
        .set("spark.kryo.registrationRequired", "true")).newInstance();
    ArticleCard card = expected.stream().filter(c -> !c.extras().isEmpty()).findFirst().orElseThrow();

    for (Object value : List.of(card, card.extras(), Extras.empty(), Category.NEWS,
        Url.of("https://example.com/a b|c"), new ValidationProblem("images[0].width",
            "must be >= 0", ValidationRule.IMAGE_SIZE, CardValidator.Severity.WARNING),
        new CardWriteResult(2, 3, 4, 1, List.of("a.md: read-only")))) {
      Object back = kryo.deserialize(kryo.serialize(value, ClassTag$.MODULE$.apply(Object.class)),
          ClassTag$.MODULE$.apply(Object.class));
      assertThat(back).isEqualTo(value);
    }
  }

  @Test
  void arraysOfTheModelRoundTripWhereEveryClassMustBeRegistered() {
    SerializerInstance kryo = new KryoSerializer(new SparkConf()
        .set("spark.kryo.registrator", CardKryoRegistrator.class.getName())
        .set("spark.kryo.registrationRequired", "true")).newInstance();
    ArticleCard[] cards = expected.toArray(ArticleCard[]::new);

    Object back = kryo.deserialize(kryo.serialize(cards, ClassTag$.MODULE$.apply(Object.class)),
        ClassTag$.MODULE$.apply(Object.class));

    assertThat((ArticleCard[]) back).containsExactly(cards);
  }

  @Test
  void writingEditedCardsBackReturnsItsResultThroughKryo(@TempDir Path out) throws IOException {
    Dataset<Row> rows = spark.read().format("articlecard").option("keepText", true)
        .load(root.toString());
    Dataset<Row> edited = CardEdits.using(MAPPER).editCards(rows,
        card -> card.toBuilder().quality(card.quality() + 1).build());

    CardWriteResult result = CardWriter.toFolder(MAPPER, root.toString(),
        out.resolve("copy").toString()).write(edited);

    assertThat(result.failed()).as(String.valueOf(result.failures())).isZero();
    assertThat(result.written()).isPositive();
  }
}
