package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A node's properties: its anchor ({@code &name}) and tag ({@code !!str}, {@code !local},
 * {@code !<verbatim>}), in either order, and where they stand.
 *
 * @param start the offset of the first property
 * @param end the offset after the last one
 * @param anchor the anchor's name, or null
 * @param tag the tag, resolved ({@code !!str} is {@code tag:yaml.org,2002:str}), or null
 */
record NodeProperties(int start, int end, @Nullable String anchor, @Nullable String tag) {
  private static final String CORE = "tag:yaml.org,2002:";

  /** Reads the properties at the cursor (at a {@code &} or {@code !}) and leaves it after them. */
  static NodeProperties read(Cursor cursor, MistakeHints hints) {
    int start = cursor.pos;
    String anchor = null;
    String tag = null;
    int end = start;
    while (true) {
      char c = cursor.peek();
      if (c == '&' && anchor == null) {
        anchor = name(cursor, hints, "an anchor");
      } else if (c == '!' && tag == null) {
        tag = tag(cursor, hints);
      } else if (c == '&' || c == '!') {
        throw hints.plain(cursor.pos, "a value has one " + (c == '&' ? "anchor" : "tag")
            + " at most, and this is its second");
      } else {
        break;
      }
      end = cursor.pos;
      int next = cursor.skipSpaces(end);
      if (next == end || (cursor.at(next) != '&' && cursor.at(next) != '!')) {
        break;
      }
      cursor.pos = next;
    }
    char next = cursor.peek();
    if (!cursor.isBlank(end) && next != ',' && next != ']' && next != '}') {
      throw hints.aliasOrAnchor(end, "an anchor or a tag is separated from its value by a space");
    }
    return new NodeProperties(start, end, anchor, tag);
  }

  /** Reads the name after the {@code &} or {@code *} at the cursor, and leaves the cursor after it. */
  static String name(Cursor cursor, MistakeHints hints, String what) {
    int from = cursor.pos + 1;
    int i = from;
    while (i < cursor.length && !cursor.isBlank(i) && !Cursor.isFlowIndicator(cursor.text.charAt(i))) {
      i++;
    }
    if (i == from) {
      throw hints.aliasOrAnchor(cursor.pos, "expected the name of " + what + " after '"
          + cursor.peek() + "'");
    }
    cursor.pos = i;
    return cursor.text.substring(from, i);
  }

  private static String tag(Cursor cursor, MistakeHints hints) {
    int start = cursor.pos;
    String text = cursor.text;
    if (cursor.at(start + 1) == '<') {
      int close = text.indexOf('>', start + 2);
      int lineEnd = start;
      while (lineEnd < cursor.length && !cursor.isBlank(lineEnd)) {
        lineEnd++;
      }
      if (close < 0 || close >= lineEnd || close == start + 2) {
        throw hints.plain(start, "a verbatim tag '!<...>' is not closed with '>'");
      }
      cursor.pos = close + 1;
      return text.substring(start + 2, close);
    }
    int i = start + 1;
    while (i < cursor.length && !cursor.isBlank(i) && !Cursor.isFlowIndicator(text.charAt(i))) {
      i++;
    }
    cursor.pos = i;
    String written = text.substring(start, i);
    if (written.equals("!")) {
      return "!";
    }
    if (written.startsWith("!!")) {
      return CORE + decode(written.substring(2));
    }
    int handle = written.indexOf('!', 1);
    if (handle > 0) {
      throw new YamlProblem(Kind.UNSUPPORTED, start, "unknown tag '" + written + "': the tag handle '"
          + written.substring(0, handle + 1) + "' is not defined (front matter has no %TAG"
          + " directives); a value that starts with '!' is a tag: put it in double quotes if it is"
          + " text");
    }
    return "!" + decode(written.substring(1));
  }

  /** Decodes the %XX escapes of a tag. */
  private static String decode(String suffix) {
    if (suffix.indexOf('%') < 0) {
      return suffix;
    }
    StringBuilder decoded = new StringBuilder();
    for (int i = 0; i < suffix.length(); i++) {
      char c = suffix.charAt(i);
      if (c == '%' && i + 2 < suffix.length() && Character.digit(suffix.charAt(i + 1), 16) >= 0
          && Character.digit(suffix.charAt(i + 2), 16) >= 0) {
        decoded.append((char) Integer.parseInt(suffix.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString();
  }
}
