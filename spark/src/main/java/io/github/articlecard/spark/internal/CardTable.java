package io.github.articlecard.spark.internal;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The cards under the paths of one {@code load}, as a table Spark reads in batches. */
public final class CardTable implements SupportsRead {
  private final ReadOptions options;

  public CardTable(ReadOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "articlecard " + options.paths();
  }

  @Override
  @SuppressWarnings("deprecation") // schema() is what Spark 4.0 asks tables for
  public StructType schema() {
    return CardColumn.schema(CardColumn.of(options));
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
    return new CardScan(options, SparkSession.active());
  }
}
