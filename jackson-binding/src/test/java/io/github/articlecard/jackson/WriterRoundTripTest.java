package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unmodified round trips that go through the writer: {@code rewrittenAt} forces every width of the
 * edit ladder on a document's own, unchanged data, past the shortcut that returns unchanged
 * documents as they are, and each gives the text back byte for byte, on every corpus card and
 * every fixture the other tests read (fidelity, generic pages, cards, absence, positions).
 */
class WriterRoundTripTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  static Stream<Path> texts() throws IOException, URISyntaxException {
    List<Path> all = new ArrayList<>(Corpus.allCards());
    for (String folder : List.of("fidelity", "generic", "cards", "absent", "positions",
        "own-types", "numbers", "warnings")) {
      Path root = Path.of(WriterRoundTripTest.class.getResource("/" + folder).toURI());
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyWidthGivesAnUnchangedDocumentBackByteForByte(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);

    for (EditWidth width : EditWidth.values()) {
      assertThat(rewritten(doc, width)).as("%s at %s", file, width).isEqualTo(text);
    }
  }

  /** The rewritten text, or the reason there is none, so that a failure names the file. */
  private static String rewritten(CardDocument doc, EditWidth width) {
    try {
      return doc.rewrittenAt(width).text();
    } catch (CardException e) {
      return "refused: " + e.getMessage();
    }
  }

  @ParameterizedTest
  @EnumSource(EditWidth.class)
  void aCrlfCardComesBackByteForByteAtEveryWidth(EditWidth width) {
    String text = TestFiles.resource("cards/seed.md").replace("\n", "\r\n");

    assertThat(MAPPER.read(text).rewrittenAt(width).text()).isEqualTo(text);
  }
}
