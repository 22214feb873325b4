package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.text.Utf8;

/**
 * Reads a double-quoted scalar with every YAML escape: {@code \0 \a \b \t \n \v \f \r \e}, an
 * escaped space, quote, slash or backslash, {@code \N \_ \L \P}, and x, u and U escapes with 2,
 * 4 and 8 hexadecimal digits.
 */
final class DoubleQuotedScalar extends QuotedScalar {
  /** Whether an escape of the value being read wrote a surrogate, which must have its pair. */
  private boolean surrogate;

  DoubleQuotedScalar(Cursor cursor, MistakeHints hints) {
    super(cursor, hints);
  }

  @Override
  String read(int blockIndent) {
    int opening = cursor.pos;
    surrogate = false;
    String value = super.read(blockIndent);
    int unpaired = surrogate ? Utf8.unpairedSurrogate(value) : -1;
    if (unpaired >= 0) {
      throw new YamlProblem(Kind.CHARACTER, opening, "an escape in this value makes an unpaired"
          + " surrogate (" + Utf8.describe(value.charAt(unpaired)) + "), which is not a"
          + " character: text that is not valid Unicode cannot be stored; write a character"
          + " outside the BMP as one \\U escape or as a pair of \\u escapes");
    }
    return value;
  }

  @Override
  char quote() {
    return '"';
  }

  @Override
  int special(int i, StringBuilder value) {
    if (cursor.chars[i] == '"') {
      return -1;
    }
    char escape = cursor.at(i + 1);
    char plain = switch (escape) {
      case '0' -> '\0';
      case 'a' -> '\u0007';
      case 'b' -> '\b';
      case 't', '\t' -> '\t';
      case 'n' -> '\n';
      case 'v' -> '\u000B';
      case 'f' -> '\f';
      case 'r' -> '\r';
      case 'e' -> '\u001B';
      case ' ' -> ' ';
      case '"' -> '"';
      case '/' -> '/';
      case '\\' -> '\\';
      case 'N' -> '\u0085';
      case '_' -> '\u00A0';
      case 'L' -> '\u2028';
      case 'P' -> '\u2029';
      default -> Cursor.END;
    };
    if (plain != Cursor.END || escape == '0') {
      value.append(plain);
      return i + 2;
    }
    int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
    if (digits == 0) {
      throw hints.unknownEscape(i + 1);
    }
    int codePoint = 0;
    for (int d = 0; d < digits; d++) {
      int digit = Character.digit(cursor.at(i + 2 + d), 16);
      if (digit < 0) {
        throw hints.plain(i + 2 + d, "the escape \\" + escape + " needs " + digits
            + " hexadecimal digits (0-9, a-f), as in \\" + escape + "0".repeat(digits - 1) + "A");
      }
      codePoint = codePoint * 16 + digit;
    }
    if (!Character.isValidCodePoint(codePoint)) {
      throw hints.plain(i, "the escape \\U" + cursor.text.substring(i + 2, i + 10) + " is no"
          + " Unicode character (the largest is \\U0010FFFF)");
    }
    surrogate |= codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    value.appendCodePoint(codePoint);
    return i + 2 + digits;
  }
}
