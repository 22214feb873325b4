package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;

/**
 * What the front matter's characters may not hold, whatever the YAML says: line breaks that
 * editors do not show, a byte order mark, characters YAML forbids raw, and lines that start or end
 * a YAML document inside it.
 */
final class FrontMatterCharacters {
  private FrontMatterCharacters() {}

  /**
   * Rejects what YAML would read differently from the way lines are counted here and shown in
   * editors: a carriage return not followed by a line feed and the hidden line breaks U+0085,
   * U+2028 and U+2029 (YAML takes each for a line break, editors show one line), and a byte order
   * mark inside the front matter (invisible, and only allowed at the very start of a file).
   * Returns the offset of the first character YAML does not allow raw (control characters other
   * than tab and line breaks, U+FFFE, U+FFFF), which is reported only if reading gets there; or -1.
   */
  static int check(char[] text) {
    int forbidden = -1;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') {
        continue;
      }
      if (c == '\r') {
        if (i + 1 >= text.length || text[i + 1] != '\n') {
          throw new YamlProblem(Kind.CHARACTER, i, "carriage return (CR) without a line feed:"
              + " lines must end with LF or CRLF");
        }
        continue;
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F && c != 0x85) || c == '\uFFFE' || c == '\uFFFF') {
        forbidden = forbidden < 0 ? i : forbidden;
        continue;
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
    }
    return forbidden;
  }

  static YamlProblem forbidden(String text, int at) {
    return new YamlProblem(Kind.CHARACTER, at, "character U+"
        + String.format("%04X", (int) text.charAt(at)) + " is not allowed in YAML (control"
        + " characters other than tab and line breaks are not); remove it, or write it as an"
        + " escape in a double-quoted string");
  }

  /**
   * Returns the start of the first line that YAML takes for a document marker ({@code ---} or
   * {@code ...} followed by a space, a tab or the end of the line), or -1. The front matter is one
   * document: its closing line is not part of it, so any such line inside it is an error.
   */
  static int firstDocumentMarker(String text) {
    int found = -1;
    for (String marker : new String[] {"---", "..."}) {
      int at = text.startsWith(marker) ? 0 : lineStartingWith(text, marker, 0);
      while (at >= 0 && !isMarkerEnd(text, at + 3)) {
        at = lineStartingWith(text, marker, at + 1);
      }
      if (at >= 0 && (found < 0 || at < found)) {
        found = at;
      }
    }
    return found;
  }

  private static int lineStartingWith(String text, String marker, int from) {
    int found = text.indexOf("\n" + marker, from);
    return found < 0 ? -1 : found + 1;
  }

  private static boolean isMarkerEnd(String text, int at) {
    return at >= text.length() || " \t\r\n".indexOf(text.charAt(at)) >= 0;
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
