package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes people make editing front matter by hand (files in {@code mistakes/}, expected
 * outcomes in {@code mistakes/expected.tsv}): each error points at the line the person broke and
 * says what to do, rather than where the YAML parser happened to notice.
 */
class HandEditingMistakesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  static Stream<Arguments> mistakes() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] row : rows("mistakes/expected.tsv")) {
      cases.add(Arguments.of(row[0], Integer.parseInt(row[1]), Integer.parseInt(row[2]), row[3]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: line {1}, column {2}")
  @MethodSource("mistakes")
  void eachMistakeIsReportedAtTheBrokenLineWithAHint(String file, int line, int column,
      String hint) {
    byte[] bytes = TestFiles.resource("mistakes/" + file).getBytes(StandardCharsets.UTF_8);

    Throwable thrown = catchThrowable(() -> MAPPER.read(bytes));

    assertThat(thrown).isInstanceOf(CardParseException.class);
    CardParseException e = (CardParseException) thrown;
    assertThat(e.problem()).contains(hint);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.excerpt()).get().asString().startsWith("  " + line + " | ");
  }

  @Test
  void everyMistakeFileHasAnExpectedOutcome() throws IOException {
    List<String> listed = new ArrayList<>();
    for (String[] row : rows("mistakes/expected.tsv")) {
      listed.add(row[0]);
    }
    try (Stream<Path> files = Files.list(folder("mistakes"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
          .containsExactlyInAnyOrderElementsOf(listed);
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void theLineOfTheMistakeIsFoundAfterAnyNumberOfLinesAndInAnyNesting() {
    for (int before = 0; before < 40; before += 13) {
      StringBuilder keys = new StringBuilder();
      for (int i = 0; i < before; i++) {
        keys.append("a").append(i).append(": ").append(i).append('\n');
      }
      String padding = keys.toString();
      assertMistake(padding + "title: \"open\nb: \"x\"\n", 2 + before, "unclosed quote");
      assertMistake(padding + "k:\n  k2:\n    k3:Mint\n    k4: x\n", 4 + before,
          "write 'k3: Mint'");
      assertMistake(padding + "list:\n    - a\n    -b\nz: 1\n", 4 + before, "write '- b'");
      assertMistake(padding + "m:\n    x: 1\n     y: 2\n", 4 + before, "indented 5 spaces");
      assertMistake(padding + "m:\n      x: 1\n     y: 2\nz: 1\n", 4 + before,
          "indented 5 spaces, which lines up with nothing");
    }
  }

  @Test
  void hintsSurviveCrlfAndAByteOrderMark() {
    String text = "\uFEFF---\r\ntitle: t\r\nsummary: Breaking: news\r\n---\r\n";

    CardParseException e = (CardParseException) catchThrowable(() -> MAPPER.read(text));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).contains("as in: summary: \"Breaking: news\"");
  }

  private static void assertMistake(String frontMatter, int line, String hint) {
    Throwable thrown = catchThrowable(() -> MAPPER.read("---\n" + frontMatter + "---\n"));
    assertThat(thrown).as(frontMatter).isInstanceOf(CardParseException.class);
    assertThat(((CardParseException) thrown).line()).as(frontMatter).isEqualTo(line);
    assertThat(((CardParseException) thrown).problem()).as(frontMatter).contains(hint);
  }

  /** The rows of a tab-separated resource, without comments. */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String row : TestFiles.resource(resource).split("\n")) {
      if (!row.startsWith("#") && !row.isBlank()) {
        rows.add(row.split("\t", -1));
      }
    }
    return rows;
  }

  /** A test resource folder on disk. */
  static Path folder(String name) {
    try {
      return Path.of(HandEditingMistakesTest.class.getResource("/" + name + "/expected.tsv")
          .toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
