package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.text.Utf8;

/**
 * What the front matter's characters may not hold, whatever the YAML says: line breaks that
 * editors do not show, a byte order mark, characters YAML forbids raw, and lines that start or end
 * a YAML document inside it.
 */
final class FrontMatterCharacters {
  private FrontMatterCharacters() {}

  /**
   * What one pass over the front matter found that is reported only if reading gets there, or
   * when reading ends.
   *
   * @param forbidden the offset of the first character YAML does not allow raw (control
   *     characters other than tab and line breaks, U+FFFE, U+FFFF), or -1
   * @param documentMarker the start of the first line that YAML takes for a document marker
   *     ({@code ---} or {@code ...} followed by a space, a tab or the end of the line), or -1. The
   *     front matter is one document: its closing line is not part of it, so any such line inside
   *     it is an error
   */
  record Found(int forbidden, int documentMarker) {}

  /**
   * Goes over the front matter's characters once. Rejects what YAML would read differently from
   * the way lines are counted here and shown in editors: a carriage return not followed by a line
   * feed and the hidden line breaks U+0085, U+2028 and U+2029 (YAML takes each for a line break,
   * editors show one line), a byte order mark inside the front matter (invisible, and only
   * allowed at the very start of a file) and an unpaired surrogate (not a character: the text
   * cannot be stored as UTF-8). Finds, on the way, the first character YAML does not
   * allow raw and the first document marker line.
   */
  static Found check(char[] text) {
    int forbidden = -1;
    int marker = isDocumentMarker(text, 0) ? 0 : -1;
    int length = text.length;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (c == '\n') {
        int next = i + 1;
        if (marker < 0 && next < length && (text[next] == '-' || text[next] == '.')
            && isDocumentMarker(text, next)) {
          marker = next;
        }
        continue;
      }
      if (c == '\t') {
        continue;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= length
            || !Character.isLowSurrogate(text[i + 1])) {
          throw new YamlProblem(Kind.CHARACTER, i, Utf8.unpairedSurrogateProblem(c));
        }
        i++; // the pair is one character, which YAML allows
      } else if (isForbidden(text, i) && forbidden < 0) {
        forbidden = i;
      }
    }
    return new Found(forbidden, marker);
  }

  /**
   * Tells whether the character at {@code i}, neither printable ASCII nor a tab nor a line feed,
   * is one YAML does not allow raw.
   *
   * @throws YamlProblem if it is a carriage return without a line feed, a hidden line break or a
   *     byte order mark
   */
  private static boolean isForbidden(char[] text, int i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 >= text.length || text[i + 1] != '\n') {
        throw new YamlProblem(Kind.CHARACTER, i, "carriage return (CR) without a line feed:"
            + " lines must end with LF or CRLF");
      }
      return false;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F && c != 0x85) || c == '\uFFFE' || c == '\uFFFF') {
      return true;
    }
    String name = c == 0x85 ? "U+0085 (NEXT LINE)" : c == 0x2028 ? "U+2028 (LINE SEPARATOR)"
        : c == 0x2029 ? "U+2029 (PARAGRAPH SEPARATOR)" : null;
    if (name != null) {
      String escape = c == 0x85 ? "\\N" : c == 0x2028 ? "\\L" : "\\P";
      throw new YamlProblem(Kind.CHARACTER, i, "hidden line break " + name + " in the front"
          + " matter: YAML reads it as a line break but editors show one line; remove it, or"
          + " write " + escape + " in a double-quoted string if it is meant as data");
    }
    if (c == '\uFEFF') {
      throw new YamlProblem(Kind.CHARACTER, i, "byte order mark (U+FEFF) inside the front"
          + " matter: only the very start of a file may have one (write \\uFEFF in a"
          + " double-quoted string if it is meant as data)");
    }
    return false;
  }

  /**
   * Tells whether the line starting at {@code lineStart} is a document marker: {@code ---} or
   * {@code ...} followed by a space, a tab, a line break or the end of the text.
   */
  private static boolean isDocumentMarker(char[] text, int lineStart) {
    if (lineStart + 3 > text.length) {
      return false;
    }
    char c = text[lineStart];
    if ((c != '-' && c != '.') || text[lineStart + 1] != c || text[lineStart + 2] != c) {
      return false;
    }
    int after = lineStart + 3;
    return after >= text.length || text[after] == ' ' || text[after] == '\t'
        || text[after] == '\r' || text[after] == '\n';
  }

  static YamlProblem forbidden(String text, int at) {
    return new YamlProblem(Kind.CHARACTER, at, "character U+"
        + String.format("%04X", (int) text.charAt(at)) + " is not allowed in YAML (control"
        + " characters other than tab and line breaks are not); remove it, or write it as an"
        + " escape in a double-quoted string");
  }

  static YamlProblem documentMarker(String text, int at) {
    boolean start = text.startsWith("---", at);
    return new YamlProblem(Kind.DOCUMENT_MARKER, at, "a line that starts with '"
        + (start ? "---" : "...") + "' inside the front matter " + (start ? "starts another YAML"
        + " document" : "ends the YAML document") + ", and what follows it would be lost: the"
        + " front matter is one document, closed only by a line that is exactly '---' or '...';"
        + " remove the line, or indent it if it is part of a value");
  }
}
