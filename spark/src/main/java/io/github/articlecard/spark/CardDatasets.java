package io.github.articlecard.spark;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Typed Datasets of the model: an {@link Encoder} for {@link ArticleCard} ({@code Encoders.bean}
 * sees no properties in a record), and cards from the source's rows.
 *
 * <pre>{@code
 * Dataset<ArticleCard> cards = CardDatasets.cards(
 *     spark.read().format("articlecard").option("keepText", true).load(folder), mapper);
 * long unranked = cards.filter((FilterFunction<ArticleCard>) card -> card.heat() == -1).count();
 * }</pre>
 */
public final class CardDatasets {
  private CardDatasets() {}

  /**
   * Returns the encoder of {@link ArticleCard}: Java serialization, which the model supports
   * exactly (every card comes back equal). For Kryo, register {@link CardKryoRegistrator}.
   *
   * @return the encoder
   */
  public static Encoder<ArticleCard> encoder() {
    return Encoders.javaSerialization(ArticleCard.class);
  }

  /**
   * Returns the cards of the source's rows, read again from their {@code text} column on the
   * executors with the mapper; rows that did not read or bind are left out (filter on
   * {@code error} to see them).
   *
   * @param rows rows with a {@code text} column (the source's {@code keepText} option)
   * @param mapper reads the texts; one is rebuilt from its settings in each task
   * @return the cards
   * @throws IllegalArgumentException if there is no {@code text} column
   */
  public static Dataset<ArticleCard> cards(Dataset<Row> rows, CardMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (!Arrays.asList(rows.columns()).contains("text")) {
      throw new IllegalArgumentException("articlecard: cards are read from the text column; read the"
          + " cards with .option(\"keepText\", true)");
    }
    return rows.select("text").flatMap((FlatMapFunction<Row, ArticleCard>) row -> {
      if (row.isNullAt(0)) {
        return List.<ArticleCard>of().iterator();
      }
      try {
        return List.of(mapper.read(row.getString(0)).card()).iterator();
      } catch (CardException e) {
        return List.<ArticleCard>of().iterator(); // its error column says why
      }
    }, encoder());
  }
}
