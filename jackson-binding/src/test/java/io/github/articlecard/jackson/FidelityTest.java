package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.LineDiff;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fidelity suite: small front matters in {@code src/test/resources/fidelity} (YAML features)
 * and {@code src/test/resources/generic} (Hugo- and Jekyll-style files). For each {@code NAME.md}:
 * the unmodified round trip is byte-identical; the edit script {@code NAME.edit} applied to the
 * data gives exactly {@code NAME.expected.md}; and that text re-reads as the edited data.
 */
class FidelityTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    return Stream.of("fidelity", "generic").flatMap(folder -> {
      try {
        Path dir = Path.of(FidelityTest.class.getResource("/" + folder).toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".md")
            && !p.toString().endsWith(".expected.md")).sorted().toList().stream();
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void unmodifiedRoundTripIsByteIdentical(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.withFrontMatter(doc.frontMatter()).text()).isEqualTo(text);
    assertThat(doc.withBody(doc.body()).text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void editChangesOnlyItsLines(Path file) {
    String text = TestFiles.read(file);
    String name = file.getFileName().toString().replaceFirst("\\.md$", "");
    String script = TestFiles.read(file.resolveSibling(name + ".edit"));
    String expected = TestFiles.read(file.resolveSibling(name + ".expected.md"));
    CardDocument doc = MAPPER.read(text);
    ObjectNode target = FrontMatterEdits.apply(doc.frontMatter(), script);

    String actual = doc.withFrontMatter(target).text();

    assertThat(actual).as(() -> "edit " + script + LineDiff.unified("expected", "actual", expected, actual, 3))
        .isEqualTo(expected);
    assertThat(MAPPER.read(actual).frontMatter()).isEqualTo(target);
    assertThat(MAPPER.read(actual).body()).isEqualTo(doc.body());
  }
}
