package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads test files and resources as exact text (no line-ending conversion). */
final class TestFiles {
  private TestFiles() {}

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's README, read from the module's folder. */
  static String readme() {
    return read(Path.of("..", "README.md"));
  }

  /** Returns the README's code block that opens with {@code opening}, up to its closing fence. */
  static String readmeBlock(String opening) {
    String readme = readme();
    int start = readme.indexOf(opening);
    assertThat(start).as("the README has a block opening with %s", opening).isNotNegative();
    int from = start + opening.length();
    return readme.substring(from, readme.indexOf("```\n", from));
  }

  static String resource(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
