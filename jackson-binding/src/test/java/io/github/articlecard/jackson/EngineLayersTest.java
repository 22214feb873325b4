package io.github.articlecard.jackson;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's dependencies point one way: {@code text} → {@code yaml} → {@code patch}, and none of
 * the three knows the card model (the model types of {@code io.github.articlecard}, the binding, the
 * document pipelines or the card-aware public classes). Scans the sources for imports and fully
 * qualified names alike.
 */
class EngineLayersTest {
  private static final Path INTERNAL = Path.of("src/main/java/io/github/articlecard/jackson/internal");

  /** A model type (core's package, a capitalised name right after it) or a card-aware class. */
  private static final Pattern CARD_MODEL = Pattern.compile(
      "io\\.github\\.articlecard\\.(?:[A-Z]\\w*|\\*)"
      + "|io\\.github\\.articlecard\\.jackson\\.internal\\.(?:bind|document)\\b"
      + "|io\\.github\\.articlecard\\.jackson\\.(?:CardMapper|CardDocument|ArticleCardModule)\\b");

  @ParameterizedTest(name = "internal.{0}")
  @ValueSource(strings = {"text", "yaml", "patch"})
  void theGenericLayersKnowNoCard(String layer) {
    assertThat(references(layer, CARD_MODEL)).isEmpty();
  }

  @Test
  void textKnowsNoYamlAndYamlKnowsNoPatch() {
    assertThat(references("text", Pattern.compile(
        "io\\.github\\.articlecard\\.jackson\\.internal\\.(?:yaml|patch)\\b"))).isEmpty();
    assertThat(references("yaml", Pattern.compile(
        "io\\.github\\.articlecard\\.jackson\\.internal\\.patch\\b"))).isEmpty();
  }

  @Test
  void theScanSeesAModelImportWhereThereIsOne() {
    String line = "import io.github.articlecard.ArticleCard;";
    assertThat(CARD_MODEL.matcher(line).find()).isTrue();
    assertThat(CARD_MODEL.matcher("import io.github.articlecard.jackson.internal.bind.Shape;").find())
        .isTrue();
    assertThat(CARD_MODEL.matcher("import io.github.articlecard.jackson.CardException;").find())
        .isFalse();
    assertThat(javaFiles("patch")).isNotEmpty();
  }

  /** The command lives in its own module (cli/, articlecard-cli); the library's jar holds none. */
  @Test
  void theLibraryHoldsNoCommand() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      assertThat(files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
        try {
          return file.toString().contains("/cli/")
              || Files.readString(file).contains("static void main(");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })).isEmpty();
    }
  }

  private static List<String> references(String layer, Pattern forbidden) {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles(layer)) {
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

  private static List<Path> javaFiles(String layer) {
    try (Stream<Path> files = Files.walk(INTERNAL.resolve(layer))) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
