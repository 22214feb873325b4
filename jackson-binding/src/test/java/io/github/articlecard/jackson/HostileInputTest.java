package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed input: the files in {@code src/test/resources/hostile}, each with its
 * expected outcome in {@code hostile/expected.tsv} (exception type, line, column, a phrase of the
 * message), plus generated inputs too big to keep as files.
 */
class HostileInputTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  static Stream<Arguments> files() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String row : resource("hostile/expected.tsv").split("\n")) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t", -1);
      cases.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1} at {2}:{3}")
  @MethodSource("files")
  void eachHostileFileHasItsExpectedOutcome(String file, String outcome, int line, int column,
      String phrase) throws IOException {
    byte[] bytes = bytes("hostile/" + file);

    Throwable thrown = catchThrowable(() -> MAPPER.read(bytes).card());

    switch (outcome) {
      case "ok" -> {
        assertThat(thrown).isNull();
        CardDocument doc = MAPPER.read(bytes);
        assertThat(doc.withFrontMatter(doc.frontMatter()).text().getBytes(StandardCharsets.UTF_8))
            .isEqualTo(bytes);
      }
      case "parse" -> {
        assertThat(thrown).isInstanceOf(CardParseException.class).hasMessageContaining(phrase);
        CardParseException e = (CardParseException) thrown;
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.getMessage()).startsWith("line " + line + ", column " + column + ": ");
      }
      case "binding" -> {
        assertThat(thrown).isInstanceOf(CardBindingException.class).hasMessageContaining(phrase);
        CardBindingException e = (CardBindingException) thrown;
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(phrase).startsWith(e.path() + ": ");
      }
      default -> throw new IllegalArgumentException(outcome);
    }
  }

  @Test
  void billionLaughsFailsBeforeItExpands() {
    StringBuilder text = new StringBuilder("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      text.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        text.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      text.append("]\n");
    }
    text.append("---\n");

    CardParseException e = parseError(text.toString());

    // a: 10 values; b: 91; c: 820; d: 7381; the first *d in e pushes expansion past 10,000
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e).hasMessageContaining("aliases expand to more than 10000 values")
        .hasMessageContaining("CardMapper.builder().maxAliasExpansion(...)");
  }

  @Test
  void tenThousandDeepFlowNestingFailsAtTheLimit() {
    String text = "---\na: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n";

    CardParseException e = parseError(text);

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4 + 63); // the 64th bracket opens level 65
    assertThat(e).hasMessageContaining("nesting is deeper than the limit of 64 levels");
  }

  @Test
  void tenThousandDeepBlockNestingFailsAtTheLimit() {
    String text = "---\na:\n" + "- ".repeat(10_000) + "x\n---\n";

    CardParseException e = parseError(text);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1 + 2 * 63);
    assertThat(e).hasMessageContaining("nesting is deeper than the limit of 64 levels");
  }

  @Test
  void tenThousandDeepBlockMappingsFailAtTheLimit() {
    StringBuilder text = new StringBuilder("---\n");
    for (int level = 0; level < 10_000; level++) {
      text.append("a: ");
    }
    text.append("x\n---\n");

    CardParseException e = parseError(text.toString());

    assertThat(e.line()).isEqualTo(2);
    assertThat(e).hasMessageContaining("malformed YAML");
  }

  @Test
  void fiftyMegabyteScalarIsRejectedBeforeParsing() {
    String text = "---\na: \"" + "x".repeat(50 * 1024 * 1024) + "\"\n---\n";

    CardParseException e = parseError(text);
    Throwable fromBytes = catchThrowable(() -> MAPPER.read(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.line()).isEqualTo(1);
    assertThat(e).hasMessageContaining("more than the limit of 8388608")
        .hasMessageContaining("maxInputSize");
    assertThat(fromBytes).isInstanceOf(CardParseException.class).hasMessageContaining("maxInputSize");
  }

  @Test
  void fiveThousandDigitNumberIsRejected() {
    CardParseException e = parseError("---\nquality: " + "9".repeat(5000) + "\n---\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e).hasMessageContaining("number is 5000 characters long, more than the limit of 100");
  }

  @Test
  void truncationAtAnyPointGivesAClearOutcome() throws IOException {
    byte[] seed = bytes("cards/seed.md");
    String ascii = new String(seed, StandardCharsets.ISO_8859_1); // byte offsets, not characters
    int closingLineEnd = ascii.indexOf("\n---\n") + 5;
    int checked = 0;
    for (int cut = 0; cut < seed.length; cut += 7) {
      byte[] truncated = java.util.Arrays.copyOf(seed, cut);
      Throwable thrown = catchThrowable(() -> MAPPER.read(truncated).card());
      if (cut >= closingLineEnd) {
        assertThat(thrown).as("cut at %d", cut).isNull();
      } else if (cut > 0 && splitsAUtf8Sequence(seed, cut)) {
        assertThat(thrown).as("cut at %d", cut).isInstanceOf(CardParseException.class)
            .hasMessageContaining("invalid UTF-8 at byte offset");
      } else if (cut < 4) {
        assertThat(thrown).as("cut at %d", cut).isInstanceOf(CardParseException.class)
            .hasMessageContaining(cut == 3 ? "missing closing delimiter" : "missing opening delimiter");
      } else {
        assertThat(thrown).as("cut at %d", cut).isInstanceOf(CardParseException.class)
            .hasMessageContaining("missing closing delimiter: the front matter opened on line 1");
        assertThat(((CardParseException) thrown).line()).isEqualTo(1);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(700);
  }

  private static boolean splitsAUtf8Sequence(byte[] bytes, int cut) {
    int i = cut - 1;
    while (i > 0 && (bytes[i] & 0xC0) == 0x80) {
      i--;
    }
    int lead = bytes[i] & 0xFF;
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return i + length > cut;
  }

  private static CardParseException parseError(String text) {
    Throwable thrown = catchThrowable(() -> MAPPER.read(text));
    assertThat(thrown).isInstanceOf(CardParseException.class);
    return (CardParseException) thrown;
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  private static String resource(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
