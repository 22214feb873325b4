/**
 * The {@code articlecard} Apache Spark data source, bulk edits written back losslessly, and cards
 * to and from JSON in Spark jobs.
 *
 * <p>Spark's jars have no module names, so Spark runs on the class path, and so does this module in
 * a Spark job; it is compiled reading the class path ({@code --add-reads
 * io.github.articlecard.spark=ALL-UNNAMED}). Spark finds the data source through
 * {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}.
 */
module io.github.articlecard.spark {
  requires transitive io.github.articlecard.jackson;
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports io.github.articlecard.spark;
}
