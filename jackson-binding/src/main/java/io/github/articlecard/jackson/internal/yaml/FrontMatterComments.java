package io.github.articlecard.jackson.internal.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the comments of a front matter from its source map, whichever reader built it: a
 * {@code #} at the start of a line or after white space that no scalar's text (key or value)
 * covers starts a comment, which runs to the end of its line. So a {@code #} inside a quoted or
 * block value, or one glued to a word ({@code C#}, {@code &a#b}), is never taken for one, and the
 * comments an entry or item owns ({@link Decor}) are found as well as the free comment lines that
 * belong to no one. Walks the source map once, without recursion; linear in the front matter.
 */
public final class FrontMatterComments {
  /**
   * A comment in the front matter.
   *
   * @param start the offset of its {@code #}
   * @param end the offset of the end of its line (before the line break)
   * @param ownLine whether only white space stands before it on its line
   */
  public record Found(int start, int end, boolean ownLine) {}

  private FrontMatterComments() {}

  /** Returns the comments of a parsed front matter, in text order. */
  public static List<Found> find(SourceMap source) {
    String text = source.text();
    List<int[]> values = valueSpans(source);
    values.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Found> found = new ArrayList<>();
    int next = 0; // the first value span not yet passed
    int i = 0;
    while (i < text.length()) {
      while (next < values.size() && values.get(next)[1] <= i) {
        next++;
      }
      if (next < values.size() && values.get(next)[0] <= i) {
        i = values.get(next)[1];
        continue;
      }
      char c = text.charAt(i);
      if (c == '#' && (i == 0 || isWhiteOrBreak(text.charAt(i - 1)))) {
        int end = lineEnd(text, i);
        found.add(new Found(i, end, onlyBlanksBefore(text, i)));
        i = end;
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the spans of text that belong to scalars, keys and values alike: from the scalar's
   * token to its end, for a block scalar from the line after its header (a comment may follow the
   * header on its line). Aliases are passed over: their anchored node is walked where it stands.
   */
  private static List<int[]> valueSpans(SourceMap source) {
    String text = source.text();
    List<int[]> spans = new ArrayList<>();
    SourceNode root = source.root();
    if (root == null) {
      return spans;
    }
    Deque<SourceNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      SourceNode node = pending.pop();
      if (node instanceof SourceNode.Mapping mapping) {
        for (SourceNode.Entry entry : mapping.entries()) {
          span(entry.key(), text, spans);
          pending.push(entry.value());
        }
      } else if (node instanceof SourceNode.Sequence sequence) {
        for (SourceNode.Item item : sequence.items()) {
          pending.push(item.node());
        }
      } else if (node instanceof SourceNode.Scalar scalar) {
        span(scalar, text, spans);
      }
    }
    return spans;
  }

  private static void span(SourceNode.Scalar scalar, String text, List<int[]> spans) {
    int from = scalar.valueStart();
    if (scalar.isBlock()) {
      int lineBreak = text.indexOf('\n', from);
      from = lineBreak < 0 || lineBreak >= scalar.end() ? scalar.end() : lineBreak + 1;
    }
    if (from < scalar.end()) {
      spans.add(new int[] {from, scalar.end()});
    }
  }

  private static boolean isWhiteOrBreak(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean onlyBlanksBefore(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The offset of the end of the line holding {@code at}, before its CR LF or LF. */
  private static int lineEnd(String text, int at) {
    int lineBreak = text.indexOf('\n', at);
    if (lineBreak < 0) {
      return text.length();
    }
    return lineBreak > at && text.charAt(lineBreak - 1) == '\r' ? lineBreak - 1 : lineBreak;
  }
}
