package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 encoding for what goes into a file: an unpaired surrogate is an error with its place,
 * never written as {@code ?} (which is what {@link String#getBytes} would do).
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Encodes a text as UTF-8.
   *
   * @throws CardParseException ({@link Kind#CHARACTER}) at the first unpaired surrogate
   */
  public static byte[] encode(String text) {
    int bad = unpairedSurrogate(text);
    if (bad >= 0) {
      throw SourceText.of(text).error(Kind.CHARACTER, bad, String.format(Locale.ROOT,
          "unpaired surrogate U+%04X cannot be written as UTF-8 (half of a character, as from a"
              + " string cut in the middle of an emoji); the file was not written",
          (int) text.charAt(bad)));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the index of the first surrogate that is not half of a pair, or -1. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
