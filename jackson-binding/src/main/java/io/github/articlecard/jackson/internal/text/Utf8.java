package io.github.articlecard.jackson.internal.text;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes are an error with their byte offset, never replaced. */
public final class Utf8 {
  private Utf8() {}

  /** Decodes the first {@code length} bytes, or throws naming the first invalid byte's offset. */
  public static String decode(byte[] bytes, int length) {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      String decoded = out.flip().toString();
      StringBuilder shown = new StringBuilder();
      for (int i = offset; i < Math.min(length, offset + result.length()); i++) {
        shown.append(String.format(" 0x%02X", bytes[i] & 0xFF));
      }
      SourceText decodedText = SourceText.of(decoded);
      int line = decodedText.line(decoded.length());
      int column = decodedText.column(decoded.length());
      throw new CardParseException(CardException.Kind.ENCODING, "invalid UTF-8 at byte offset "
          + offset + " (byte" + (result.length() > 1 ? "s" : "") + shown
          + "); card files must be UTF-8, and invalid bytes are never replaced",
          line, column, null, null);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * Returns the index of the first surrogate that is not part of a pair (a text that is not valid
   * Unicode and cannot be stored as UTF-8), or -1 when there is none.
   */
  public static int unpairedSurrogate(CharSequence text) {
    return unpairedSurrogate(text, 0, text.length());
  }

  /**
   * Returns the index of the first surrogate between two indexes that is not part of a pair, or
   * -1 when there is none; a pair must not stand across either end.
   */
  public static int unpairedSurrogate(CharSequence text, int from, int to) {
    int length = to;
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  /** What is wrong with a text that holds an unpaired surrogate, for the error at its place. */
  public static String unpairedSurrogateProblem(char surrogate) {
    return "unpaired surrogate " + describe(surrogate) + ": the text is not valid Unicode, and"
        + " this character cannot be stored as UTF-8 (a character outside the BMP is a pair of"
        + " surrogates)";
  }

  /** Describes an unpaired surrogate for messages: "U+D800". */
  public static String describe(char surrogate) {
    return String.format("U+%04X", (int) surrogate);
  }
}
