package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text the emitter writes plain, single- or double-quoted reads back as the same text. */
class ScalarTextTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULTS;
  private static final List<String> PIECES = List.of("a", "Z", "word", " ", "  ", ":", ": ", "#",
      " #", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@",
      "`", "\\", "0", "1", ".", "e", "x", "_", "~", "yes", "No", "on", "null", "true", "0x1F", "012",
      "1e3", "1_000", ".inf", "=", "<<", "\t", "\n", "\u00e9", "\u00a0", "\uD83D\uDE00", "\u2028",
      "\u0085", "\uFEFF", "\u0007");

  private static String value(String frontMatter) {
    JsonNode value = CardReader.readFrontMatter(frontMatter, LIMITS, SourceText.of(frontMatter), 0)
        .data().get("k");
    return value.isArray() ? value.get(0).textValue() : value.textValue();
  }

  @Test
  void plainSafeTextReadsBackAsTheSameTextInBlockAndFlowContext() {
    Random random = new Random(2026);
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      if (YamlEmitter.isPlainSafe(text, false)) {
        plain++;
        assertThat(value("k: " + text + "\n")).as("plain %s", text).isEqualTo(text);
      }
      if (YamlEmitter.isPlainSafe(text, true)) {
        assertThat(value("k: [" + text + "]\n")).as("plain in flow %s", text).isEqualTo(text);
      }
    }
    assertThat(plain).as("texts found plain-safe").isGreaterThan(1_000);
  }

  @Test
  void plainSafetyIsDecidedAsByTheCharacterByCharacterRule() {
    // isPlainSafe looks for what ends a plain scalar with string searches; it must answer as the
    // rule written out one character at a time does
    Random random = new Random(20261208);
    int compared = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder out = new StringBuilder();
      for (int n = 1 + random.nextInt(12); n > 0; n--) {
        out.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = out.toString();
      for (boolean inFlow : new boolean[] {false, true}) {
        boolean expected = plainSafeCharByChar(text, inFlow);
        if ("0123456789+.=<~yYnNoOtTfF".indexOf(text.charAt(0)) < 0) {
          assertThat(YamlEmitter.isPlainSafe(text, inFlow)).as("%s in flow %s", text, inFlow)
              .isEqualTo(expected);
          compared += expected ? 1 : 0;
        } else if (!expected) { // else the resolver decides too: 012, yes, 1e3 are not text
          assertThat(YamlEmitter.isPlainSafe(text, inFlow)).as("%s in flow %s", text, inFlow)
              .isFalse();
        }
      }
    }
    assertThat(compared).as("plain-safe texts compared").isGreaterThan(5_000);
  }

  /** The rule of {@link YamlEmitter#isPlainSafe} after its checks of the first characters. */
  private static boolean plainSafeCharByChar(String text, boolean inFlow) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':'
        || text.startsWith("...")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u0085' || c == '\u2028'
          || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
          || (c == '\u00a0' && (i == 0 || i == text.length() - 1))) {
        return false;
      }
      if ((c == ':' && text.charAt(i + 1) == ' ') || (c == '#' && text.charAt(i - 1) == ' ')) {
        return false;
      }
      if (inFlow && ",[]{}?".indexOf(c) >= 0) {
        return false;
      }
      if (Character.isHighSurrogate(c) ? i + 1 == text.length()
          || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void quotedTextReadsBackAsTheSameText() {
    Random random = new Random(1984);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      assertThat(value("k: " + YamlEmitter.doubleQuoted(text) + "\n")).as("double %s", text)
          .isEqualTo(text);
      String single = YamlEmitter.singleQuotedOrNull(text);
      if (single != null) {
        assertThat(value("k: " + single + "\n")).as("single %s", text).isEqualTo(text);
      }
    }
  }

  @Test
  void textThatReadsAsSomethingElseIsNotPlainSafe() {
    for (String text : List.of("yes", "NO", "on", "012", "0x1F", "1e3", "true", "null", "~", "a: b",
        "a #b", "- a", "[a]", "&a", "*a", "!a", "'a", " a", "a ", "", "1_000", ".inf")) {
      assertThat(YamlEmitter.isPlainSafe(text, false)).as(text).isFalse();
    }
    assertThat(YamlEmitter.isPlainSafe("a, b", true)).isFalse();
    assertThat(YamlEmitter.isPlainSafe("why?", true)).isFalse(); // SnakeYAML stops at "?" in flow
    assertThat(YamlEmitter.isPlainSafe("why?", false)).isTrue();
    assertThat(YamlEmitter.isPlainSafe("a, b", false)).isTrue();
  }

  private static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      out.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return out.toString();
  }
}
