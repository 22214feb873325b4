package io.github.articlecard.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.spark.internal.MappedIterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * Cards to and from a JSON string column through {@link ArticleCardModule}, never through Spark's
 * schema inference (which sorts unknown keys and turns whole numbers into doubles): the card's own
 * key names in house order, unknown keys in the card's order with their exact numbers, the body as
 * {@code "body"}; every card reads back equal.
 *
 * <pre>{@code
 * CardJson.toJson(cards).write().text("s3a://news/cards-json");            // one card a line
 * Dataset<ArticleCard> back = CardJson.fromJson(spark.read().textFile("s3a://news/cards-json"));
 * }</pre>
 */
public final class CardJson {
  private CardJson() {}

  /**
   * Returns each card as one line of JSON.
   *
   * @param cards the cards
   * @return the JSON texts, one per card, in order
   */
  public static Dataset<String> toJson(Dataset<ArticleCard> cards) {
    return cards.mapPartitions((MapPartitionsFunction<ArticleCard, String>) all -> {
      ObjectWriter writer = json().writerFor(ArticleCard.class);
      return new MappedIterator<>(all, writer::writeValueAsString);
    }, Encoders.STRING());
  }

  /**
   * Reads each JSON text back as a card.
   *
   * @param json the texts {@link #toJson} gave (or any card JSON of {@code ArticleCardModule})
   * @return the cards, in order
   */
  public static Dataset<ArticleCard> fromJson(Dataset<String> json) {
    return json.mapPartitions((MapPartitionsFunction<String, ArticleCard>) all -> {
      ObjectReader reader = json().readerFor(ArticleCard.class);
      return new MappedIterator<String, ArticleCard>(all, text -> reader.<ArticleCard>readValue(text));
    }, CardDatasets.encoder());
  }

  private static ObjectMapper json() {
    return new ObjectMapper().registerModule(new ArticleCardModule());
  }
}
