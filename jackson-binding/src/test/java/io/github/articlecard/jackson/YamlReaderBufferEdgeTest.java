package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SnakeYAML reads its input in windows of 1024 characters; SnakeYAML 2.3 (the one Jackson 2.17.3
 * and 2.18 bring) throws when a surrogate pair straddles the edge of a window. The build's own
 * SnakeYAML must not be such a version, and neither may the engine depend on the window size.
 */
class YamlReaderBufferEdgeTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  /** Every offset of a character around the first two window edges, for a few kinds of character. */
  static Stream<Arguments> charactersAroundTheWindowEdge() {
    return Stream.of("\uD83D\uDE00", "\uD83C\uDDF3\uD83C\uDDF4", "\u00E9", "\u4E2D")
        .flatMap(character -> IntStream.of(1000, 2000)
            .flatMap(start -> IntStream.range(start, start + 40))
            .mapToObj(padding -> Arguments.of(character, padding)));
  }

  @ParameterizedTest(name = "{0} after {1} characters")
  @MethodSource("charactersAroundTheWindowEdge")
  void aCardWithTheCharacterAtThatOffsetReadsAndRoundTrips(String character, int padding) {
    String title = "x".repeat(padding) + character + " and more";
    String text = "---\ntitle: " + title + "\ntopics:\n  - \"" + character + "\"\n---\nbody\n";

    CardDocument doc = MAPPER.read(text);

    assertThat(doc.card().title()).isEqualTo(title);
    assertThat(doc.card().topics()).containsExactly(character);
    assertThat(doc.withCard(doc.card()).text()).isEqualTo(text);
  }
}
