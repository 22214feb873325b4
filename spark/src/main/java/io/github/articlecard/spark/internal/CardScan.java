package io.github.articlecard.spark.internal;

import io.github.articlecard.jackson.CardMapper;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * One read of the source: the columns Spark asked for (only those are computed, and a file is
 * parsed and bound only as far as they need), the listing made on the driver, and its partitions.
 */
public final class CardScan implements ScanBuilder, SupportsPushDownRequiredColumns, Scan, Batch {
  private final ReadOptions options;
  private final SparkSession spark;
  private List<CardColumn> columns;
  private @Nullable List<CardPartition> partitions;

  public CardScan(ReadOptions options, SparkSession spark) {
    this.options = options;
    this.spark = spark;
    this.columns = CardColumn.of(options);
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    List<CardColumn> all = CardColumn.of(options);
    this.columns = java.util.Arrays.stream(requiredSchema.fields()).map(StructField::name)
        .map(name -> CardColumn.named(all, name)).toList();
  }

  @Override
  public Scan build() {
    return this;
  }

  @Override
  public StructType readSchema() {
    return CardColumn.schema(columns);
  }

  @Override
  public String description() {
    return "articlecard " + options.paths() + " " + columns.stream().map(CardColumn::columnName).toList();
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    List<CardPartition> planned = partitions;
    if (planned == null) {
      CardListing listing = CardListing.list(options, spark.sessionState().newHadoopConf());
      planned = CardPartition.plan(listing, options.partitions(), options.maxPartitionBytes(),
          spark.sparkContext().defaultParallelism());
      partitions = planned;
    }
    return planned.toArray(InputPartition[]::new);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new CardReaderFactory(CardMapper.builder().build(),
        new HadoopConf(spark.sessionState().newHadoopConf()), columns, !options.frontMatterOnly());
  }
}
