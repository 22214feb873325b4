/**
 * How the Spark data source and jobs work, not part of the API: reading options, listing Hadoop
 * paths with {@code CardFileFinder}'s rules, planning partitions, reading files into rows on the
 * executors, and the column table the schemas and rows are built from.
 */
@NullMarked
package io.github.articlecard.spark.internal;

import org.jspecify.annotations.NullMarked;
