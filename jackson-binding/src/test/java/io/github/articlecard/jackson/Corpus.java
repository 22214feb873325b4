package io.github.articlecard.jackson;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared corpus of real cards ({@code ../shared/corpus} beside the project). Tests that need it
 * carry {@link NeedsCorpus}: skipped, with a message, when it is absent (a user's clone); under
 * {@code CI=true} its absence is a failure.
 */
final class Corpus {
  private Corpus() {}

  /** Where the corpus should be. */
  static Path location() {
    String configured = System.getProperty("articlecard.corpus");
    return configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
  }

  static Path root() {
    Path path = location();
    if (!Files.isDirectory(path.resolve("smartable-2021"))) {
      String message = "the shared card corpus is not at " + path.toAbsolutePath().normalize()
          + "; corpus tests need ../shared/corpus beside the project";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      assumeTrue(false, message + " (skipped)");
    }
    return path;
  }

  /** The 192 real cards, sorted by name. */
  static List<Path> realCards() {
    return list(root().resolve("smartable-2021"));
  }

  /** The seed card and the real cards. */
  static List<Path> allCards() {
    List<Path> seed = list(root().resolve("seed"));
    return Stream.concat(seed.stream(), realCards().stream()).collect(Collectors.toList());
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
