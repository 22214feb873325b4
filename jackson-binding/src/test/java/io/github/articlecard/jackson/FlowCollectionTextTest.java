package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edits of flow collections read as a person would write them: an explicit key's {@code ?} goes
 * with its entry (in front of a new key, and when it is removed), a trailing comma stays after the
 * last entry whatever is appended or removed, and a closing bracket stays where it stood or takes
 * the place of the line removed before it. Each case is a minimal edit, LF and CRLF.
 */
class FlowCollectionTextTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOLDER = "io/github/articlecard/jackson/flow-oddities/";

  /** One case of a cases file: the front matter, the data it is edited to, the text expected. */
  private record Case(String title, String source, String data, String expected) {
    @Override
    public String toString() {
      return title;
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> found = new ArrayList<>();
    for (String file : List.of("explicit-keys.txt", "trailing-commas.txt",
        "closing-brackets.txt")) {
      for (Case each : read(TestFiles.resource(FOLDER + file))) {
        found.add(Arguments.of(each, "LF"));
        found.add(Arguments.of(each, "CRLF"));
      }
    }
    return found.stream();
  }

  /** Reads the cases of a file: "== title", the front matter, "-- data", "-- expected". */
  private static List<Case> read(String file) {
    List<Case> cases = new ArrayList<>();
    String[] blocks = file.split("(?m)^== ");
    for (int i = 1; i < blocks.length; i++) {
      String block = blocks[i];
      int titleEnd = block.indexOf('\n');
      int data = block.indexOf("-- data\n");
      int expected = block.indexOf("-- expected\n");
      cases.add(new Case(block.substring(0, titleEnd), block.substring(titleEnd + 1, data),
          block.substring(data + "-- data\n".length(), expected).strip(),
          block.substring(expected + "-- expected\n".length())));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void theEditIsMinimalAndReadsAsAPersonWouldWriteIt(Case each, String lineEnding) {
    String eol = lineEnding.equals("LF") ? "\n" : "\r\n";
    CardDocument doc = MAPPER.read(("---\n" + each.source() + "---\nbody\n").replace("\n", eol));
    ObjectNode data = json(each.data());

    CardDocument next = doc.withFrontMatter(data);

    String expected = ("---\n" + each.expected() + "---\nbody\n").replace("\n", eol);
    assertThat(next.text()).as(() -> LineDiff.unified("expected", "actual", expected, next.text(), 3))
        .isEqualTo(expected);
    assertThat(next.editWidth()).contains(EditWidth.MINIMAL);
    assertThat(next.frontMatter()).isEqualTo(data);
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
