package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command uses only what users can use: no source of it names the library's internals
 * ({@code io.github.articlecard.jackson.internal}), by import or fully qualified name, and no
 * parser of its own (SnakeYAML). On the module path, where these tests also run, the module system
 * refuses such a use as well: the library does not export its internals.
 */
class CommandLayerTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern FORBIDDEN = Pattern.compile(
      "io\\.github\\.articlecard\\.jackson\\.internal\\b|org\\.yaml\\.snakeyaml\\b");

  @Test
  void theCommandNamesNoInternalOfTheLibrary() {
    assertThat(references(FORBIDDEN)).isEmpty();
  }

  @Test
  void theScanSeesAnInternalImportWhereThereIsOne() {
    assertThat(FORBIDDEN.matcher("import io.github.articlecard.jackson.internal.text.SourceText;")
        .find()).isTrue();
    assertThat(FORBIDDEN.matcher("io.github.articlecard.jackson.internal.yaml.SourceMap map;")
        .find()).isTrue();
    assertThat(FORBIDDEN.matcher("import io.github.articlecard.jackson.CardPath;").find()).isFalse();
    assertThat(javaFiles()).contains(SOURCES.resolve("io/github/articlecard/cli/Main.java"));
  }

  @Test
  void theLibrarysInternalsAreNotReadableFromTheCommandOnTheModulePath() {
    Module command = CommandLayerTest.class.getModule();
    Module library = io.github.articlecard.jackson.CardDocument.class.getModule();
    if (command.isNamed()) {
      assertThat(library.isExported("io.github.articlecard.jackson.internal.yaml", command)).isFalse();
      assertThat(library.isExported("io.github.articlecard.jackson", command)).isTrue();
      assertThat(command.getDescriptor().exports()).isEmpty();
    } else {
      assertThat(System.getProperty("articlecard.arrangement")).isNotEqualTo("module-path");
    }
  }

  private static List<String> references(Pattern forbidden) {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      try {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = forbidden.matcher(lines.get(i));
          if (matcher.find()) {
            found.add(file.getFileName() + ":" + (i + 1) + ": " + matcher.group());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static List<Path> javaFiles() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
