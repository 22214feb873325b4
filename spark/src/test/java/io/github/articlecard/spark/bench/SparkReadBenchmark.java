package io.github.articlecard.spark.bench;

import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.CardGenerator;
import io.github.articlecard.testkit.TestCards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the {@code articlecard} source against {@link CardMapper#readAll} on the same
 * folder of generated cards, both on two threads: the source in local mode on two cores with every
 * column computed (Spark's {@code noop} sink), and with a query of a few columns; readAll in a
 * two-thread pool, binding every card. Each is run once to warm up, then {@code rounds} times; the
 * median is reported. Not part of {@code verify}: {@code mvn -B -Pspark-bench -DskipTests verify -pl spark -am}.
 *
 * <p>Arguments: the number of cards (default 20000) and of rounds (default 5).
 */
public final class SparkReadBenchmark {
  private SparkReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CardMapper mapper = CardMapper.builder().build();
    Path folder = Files.createTempDirectory("articlecard-spark-bench");
    try {
      write(mapper, folder, files);
      SparkSession spark = SparkSession.builder().master("local[2]").appName("articlecard-bench")
          .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
      try {
        ForkJoinPool pool = new ForkJoinPool(2);
        double readAll = median(rounds, () -> pool.submit(() -> {
          try (Stream<CardFile> all = mapper.readAll(folder)) {
            return all.filter(file -> !file.failed()).count();
          }
        }).get());
        Dataset<Row> cards = spark.read().format("articlecard").load(folder.toString());
        int partitions = cards.rdd().getNumPartitions();
        double allColumns = median(rounds, () -> {
          spark.read().format("articlecard").load(folder.toString())
              .write().format("noop").mode("overwrite").save();
          return files;
        });
        double someColumns = median(rounds, () -> spark.read().format("articlecard")
            .load(folder.toString()).filter("error IS NULL AND quality >= 0")
            .select("title", "provider.domain").count());
        pool.shutdown();
        report(files, partitions, readAll, allColumns, someColumns);
      } finally {
        spark.stop();
      }
    } finally {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void write(CardMapper mapper, Path folder, int files) throws IOException {
    CardGenerator cards = TestCards.generator(20_000);
    for (int i = 0; i < files; i++) {
      Path sub = folder.resolve((i % 2 == 0 ? "_posts/" : "news/") + "d" + (i % 100));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve("card-" + i + ".md"), mapper.write(cards.next()));
    }
  }

  /** A timed action; returns what it counted, so that nothing is optimised away. */
  private interface Run {
    long run() throws Exception;
  }

  private static double median(int rounds, Run run) throws Exception {
    run.run(); // warm-up
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      long counted = run.run();
      seconds.add((System.nanoTime() - start) / 1e9);
      if (counted <= 0) {
        throw new IllegalStateException("counted nothing");
      }
    }
    Collections.sort(seconds);
    return seconds.get(seconds.size() / 2);
  }

  private static void report(int files, int partitions, double readAll, double allColumns,
      double someColumns) {
    System.out.printf(Locale.ROOT, "%nSpark read benchmark: %d cards, local[2], %d partitions, Java %s%n",
        files, partitions, System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "| %-44s | %9s | %12s | %8s |%n", "measure", "seconds", "cards/s",
        "vs readAll");
    System.out.printf(Locale.ROOT, "|---|---|---|---|%n");
    row("readAll, 2 threads, every card bound", readAll, files, readAll);
    row("source, every column (noop sink)", allColumns, files, readAll);
    row("source, filter and two columns, count", someColumns, files, readAll);
  }

  private static void row(String what, double seconds, int files, double readAll) {
    System.out.printf(Locale.ROOT, "| %-44s | %9.2f | %12.0f | %7.2fx |%n", what, seconds,
        files / seconds, readAll / seconds);
  }
}
