package io.github.articlecard.jackson.internal.text;

import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardParseException;
import org.jspecify.annotations.Nullable;

/**
 * Line and column arithmetic over a text as people see it, and error messages that quote the
 * offending line with a caret. Lines are separated by LF (a CR before it belongs to the line
 * break); lines and columns are 1-based and columns count code points, as editors show them and
 * as {@code CardException.line()} and {@code column()} report them. How far an offset stands into
 * its line in UTF-16 units, for layout, is {@link Lines#offsetInLine}.
 */
public final class SourceText {
  private static final int QUOTE_WIDTH = 120;

  private final String text;
  /** The indexes of the text's LFs, made on first use; volatile so that threads see it whole. */
  private volatile int @Nullable [] lineBreaks;

  private SourceText(String text) {
    this.text = text;
  }

  /** Wraps a text. */
  public static SourceText of(String text) {
    return new SourceText(text);
  }

  /**
   * Returns the 1-based line of an index. The first call indexes where the lines start, so that
   * locating many places (a check with thousands of problems) costs a binary search each.
   */
  public int line(int index) {
    int[] breaks = lineBreaks;
    if (breaks == null) {
      breaks = breaks(text);
      lineBreaks = breaks;
    }
    int limit = Math.min(index, text.length());
    // the line is 1 + the number of breaks before limit
    int low = 0;
    int high = breaks.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (breaks[mid] < limit) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low + 1;
  }

  private static int[] breaks(String text) {
    int count = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    int[] breaks = new int[count];
    int n = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      breaks[n++] = i;
    }
    return breaks;
  }

  /** Returns the 1-based column of an index, in code points (a non-BMP character is one column). */
  public int column(int index) {
    int clamped = Math.min(index, text.length());
    int lineStart = text.lastIndexOf('\n', clamped - 1) + 1;
    return text.codePointCount(lineStart, clamped) + 1;
  }

  /** Creates a parse error at an index, with its position and the quoted line as fields. */
  public CardParseException error(CardException.Kind kind, int index, String problem,
      @Nullable Throwable cause) {
    int clamped = clamp(index);
    int line = line(clamped);
    int column = column(clamped);
    return new CardParseException(kind, problem, line, column, quote(clamped, line, column), cause);
  }

  /** Creates a parse error at an index with no underlying cause. */
  public CardParseException error(CardException.Kind kind, int index, String problem) {
    return error(kind, index, problem, null);
  }

  /** Creates a binding error at an index, with its position and the quoted line as fields. */
  public CardBindingException bindingError(int index, String path, String problem) {
    return bindingError(index, path, problem, null);
  }

  /** Returns a binding error at an index, with the exception that caused it. */
  public CardBindingException bindingError(int index, String path, String problem,
      @Nullable Throwable cause) {
    int clamped = clamp(index);
    int line = line(clamped);
    int column = column(clamped);
    return new CardBindingException(path, problem, line, column, quote(clamped, line, column), cause);
  }

  /** Returns the line holding an index (whose line is known), numbered, with a caret under it. */
  public String excerpt(int index, int line) {
    int clamped = clamp(index);
    return quote(clamped, line, column(clamped));
  }

  private int clamp(int index) {
    return Math.max(0, Math.min(index, text.length()));
  }

  private String quote(int index, int line, int column) {
    int lineStart = text.lastIndexOf('\n', index - 1) + 1;
    int lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
      lineEnd--;
    }
    String content = text.substring(lineStart, lineEnd);
    int caret = column - 1;
    int cpCount = content.codePointCount(0, content.length());
    if (cpCount > QUOTE_WIDTH) {
      int from = Math.max(0, Math.min(caret - QUOTE_WIDTH / 2, cpCount - QUOTE_WIDTH));
      int to = Math.min(cpCount, from + QUOTE_WIDTH);
      String window = content.substring(content.offsetByCodePoints(0, from),
          content.offsetByCodePoints(0, to));
      content = (from > 0 ? "..." : "") + window + (to < cpCount ? "..." : "");
      caret = caret - from + (from > 0 ? 3 : 0);
    }
    StringBuilder out = new StringBuilder();
    String number = Integer.toString(line);
    out.append("  ").append(number).append(" | ").append(visible(content)).append('\n');
    out.append("  ").append(" ".repeat(number.length())).append(" | ");
    out.append(" ".repeat(Math.max(0, caret))).append('^');
    return out.toString();
  }

  /** Replaces control characters (other than tab) so that the quoted line prints safely. */
  private static String visible(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c != '\t' && Character.isISOControl(c) ? '\uFFFD' : c);
    }
    return out.toString();
  }
}
