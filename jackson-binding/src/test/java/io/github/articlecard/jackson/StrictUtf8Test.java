package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.io.StrictUtf8;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What goes into a file is strict UTF-8: an unpaired surrogate is an error at its place, never "?". */
class StrictUtf8Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "---\\ntitle: x\\n---\\nends with a high half \\uD83D|4|23|D83D",
      "---\\ntitle: x\\n---\\nlow half first \\uDE00 then text|4|16|DE00",
      "---\\ntitle: \\uD83Dx\\n---\\n|2|8|D83D",
      "---\\ntitle: ok \\uD83D\\uDE00\\n---\\nswapped \\uDE00\\uD83D|4|9|DE00",
      "\\uD800|1|1|D800"})
  void anUnpairedSurrogateIsACharacterErrorAtItsLineAndColumn(String escaped, int line, int column,
      String hex) {
    String text = unescape(escaped);

    assertThatThrownBy(() -> StrictUtf8.encode(text)).isInstanceOf(CardParseException.class)
        .hasMessageContaining("unpaired surrogate U+" + hex)
        .satisfies(e -> {
          CardException error = (CardException) e;
          assertThat(error.kind()).isEqualTo(Kind.CHARACTER);
          assertThat(error.line()).isEqualTo(line);
          assertThat(error.column()).isEqualTo(column);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain ascii", "caf\\u00e9 \\u2019quotes\\u2019", "emoji \\uD83D\\uDE00 pair",
      "\\uD83D\\uDE00\\uD83D\\uDE01", "\\uFFFD replacement"})
  void wellFormedTextEncodesExactlyAsUtf8(String escaped) {
    String text = unescape(escaped);

    assertThat(StrictUtf8.encode(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String unescape(String escaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && escaped.charAt(i + 1) == 'n') {
        out.append('\n');
        i++;
      } else if (c == '\\' && escaped.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
