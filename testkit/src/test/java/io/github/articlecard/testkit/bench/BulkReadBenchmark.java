package io.github.articlecard.testkit.bench;

import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.CardGenerator;
import io.github.articlecard.testkit.TestCards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** {@link CardMapper#readAll} over a folder of generated cards, on one and on two threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkReadBenchmark {
  @Param({"1", "2"})
  public int threads;

  @Param({"10000"})
  public int files;

  private final CardMapper mapper = CardMapper.builder().build();
  private Path folder;
  private ForkJoinPool pool;

  @Setup(Level.Trial)
  public void writeFiles() throws IOException {
    folder = Files.createTempDirectory("articlecard-bulk");
    CardGenerator cards = TestCards.generator(10_000);
    for (int i = 0; i < files; i++) {
      Path sub = folder.resolve("d" + (i % 100));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve("card-" + i + ".md"), mapper.write(cards.next()));
    }
    pool = new ForkJoinPool(threads);
  }

  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    pool.shutdown();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Benchmark
  public long readAll() throws ExecutionException, InterruptedException {
    return pool.submit(() -> {
      try (Stream<CardFile> outcomes = mapper.readAll(folder)) {
        return outcomes.filter(file -> !file.failed()).count();
      }
    }).get();
  }
}
