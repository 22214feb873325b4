/**
 * Article cards on Apache Spark: the {@code articlecard} data source ({@link
 * io.github.articlecard.spark.CardDataSource}), bulk edits applied on the executors ({@link
 * io.github.articlecard.spark.CardEdits}), a writer that puts the edited texts back ({@link
 * io.github.articlecard.spark.CardWriter}), and typed, JSON and Kryo forms of the model ({@link
 * io.github.articlecard.spark.CardDatasets}, {@link io.github.articlecard.spark.CardJson}, {@link
 * io.github.articlecard.spark.CardKryoRegistrator}).
 *
 * <pre>{@code
 * Dataset<Row> cards = spark.read().format("articlecard").option("keepText", true).load("s3a://news/cards");
 * Dataset<Row> edited = CardEdits.using(mapper)
 *     .editCards(cards.filter("provider.domain = 'livemint.com'"),
 *         card -> card.toBuilder().quality(card.quality() + 1).build());
 * CardWriter.inPlace(mapper).write(edited);
 * }</pre>
 */
@NullMarked
package io.github.articlecard.spark;

import org.jspecify.annotations.NullMarked;
