package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code key:value} without its space is one mistake with one definition: where the text still
 * reads (the word is a value on its own line) {@link CardDocument#warnings()} names it, and where
 * it breaks the read (the word stands where a key belongs) the error's hint does, for the same
 * words and no others. The words and the places they stand are in {@code key-without-space/}:
 * under a key and in a list item, LF and CRLF.
 */
class KeyWithoutSpaceTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String FOLDER = "io/github/articlecard/jackson/key-without-space/";
  private static final String HINT = "a key needs a space after its colon";

  static Stream<Arguments> wordsInPlaces() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] row : HandEditingMistakesTest.rows(FOLDER + "words.txt")) {
      for (String place : List.of("as-a-value", "as-a-value-in-a-list-item", "as-a-key-line",
          "as-a-key-line-in-a-list-item")) {
        for (String eol : List.of("\n", "\r\n")) {
          cases.add(Arguments.of(row[0], row[1].equals("yes"), place,
              eol.equals("\n") ? "LF" : "CRLF"));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {2} ({3}): reads as a key without its space: {1}")
  @MethodSource("wordsInPlaces")
  void theWarningsAndTheHintsOfAFailedReadKnowTheSameWords(String word, boolean keyWithoutSpace,
      String place, String lineEnding) {
    String template = TestFiles.resource(FOLDER + place + ".md");
    String text = template.replace("@WORD@", word)
        .replace("\n", lineEnding.equals("LF") ? "\n" : "\r\n");
    int line = (int) template.substring(0, template.indexOf("@WORD@")).chars()
        .filter(c -> c == '\n').count() + 1;

    if (place.startsWith("as-a-value")) {
      List<CardWarning> warnings = MAPPER.read(text).warnings();
      assertThat(warnings.stream().anyMatch(warning -> warning.line() == line
          && warning.kind() == CardWarning.Kind.NO_SPACE_AFTER_COLON))
          .as("%s", warnings).isEqualTo(keyWithoutSpace);
    } else {
      Throwable thrown = catchThrowable(() -> MAPPER.read(text));
      assertThat(thrown).isInstanceOf(CardParseException.class);
      CardParseException e = (CardParseException) thrown;
      assertThat(e.problem().contains(HINT)).as(e.getMessage()).isEqualTo(keyWithoutSpace);
      if (keyWithoutSpace) {
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.problem()).contains("write '" + word.replaceFirst(":", ": ") + "'");
      }
    }
  }
}
