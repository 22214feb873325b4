package io.github.articlecard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Line differences between two texts as a unified diff, for {@code set --dry-run},
 * {@code unset --dry-run} and {@code fmt --diff}: a diff that {@code git apply} and
 * {@code patch -p1} apply to the same file byte for byte (lines with their own line breaks, CR LF
 * too, and {@code \ No newline at end of file} after a last line without one). Lines are compared
 * with their line breaks, so a change from LF to CRLF is a change.
 *
 * <pre>{@code
 * output.text(LineDiff.ofFile("content/card.md", doc.text(), edited.text()));
 * }</pre>
 */
final class LineDiff {
  /** Above this many cells the middle of a diff is reported as one replacement. */
  private static final long MAX_CELLS = 16_000_000L;

  /**
   * One change: {@code removed} old lines starting at 0-based old line {@code oldStart} were
   * replaced by {@code added} new lines starting at 0-based new line {@code newStart}.
   *
   * @param oldStart first old line (0-based)
   * @param removed the old lines taken out
   * @param newStart first new line (0-based)
   * @param added the new lines put in
   */
  record Hunk(int oldStart, List<String> removed, int newStart, List<String> added) {}

  private LineDiff() {}

  /**
   * Splits a text into lines, each with its line break.
   *
   * @param text the text
   * @return the lines
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * Returns the changes that turn {@code before} into {@code after}, in order.
   *
   * @param before the old text
   * @param after the new text
   * @return the hunks; empty when the texts are equal
   */
  static List<Hunk> between(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    int shorter = Math.min(a.size(), b.size());
    int prefix = 0;
    while (prefix < shorter && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int n = a.size() - prefix - suffix;
    int m = b.size() - prefix - suffix;
    List<Hunk> hunks = new ArrayList<>();
    if (n == 0 && m == 0) {
      return hunks;
    }
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      hunks.add(new Hunk(prefix, a.subList(prefix, prefix + n), prefix, b.subList(prefix, prefix + m)));
      return hunks;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j))
            ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int oldStart = -1;
    int newStart = -1;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(prefix + i).equals(b.get(prefix + j))) {
        if (oldStart >= 0) {
          hunks.add(new Hunk(oldStart, List.copyOf(removed), newStart, List.copyOf(added)));
          removed.clear();
          added.clear();
          oldStart = -1;
        }
        i++;
        j++;
        continue;
      }
      if (oldStart < 0) {
        oldStart = prefix + i;
        newStart = prefix + j;
      }
      if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        removed.add(a.get(prefix + i++));
      } else {
        added.add(b.get(prefix + j++));
      }
    }
    if (oldStart >= 0) {
      hunks.add(new Hunk(oldStart, List.copyOf(removed), newStart, List.copyOf(added)));
    }
    return hunks;
  }

  /**
   * Refuses to print a diff of a card named above the working folder ({@code ../x/a.md}): no
   * header for it is one {@code git apply} takes from here, as it takes no path that goes up.
   *
   * @param option the option that asked for the diff, for the message
   * @param inputs the cards the diff would cover
   * @throws UsageException naming the first such card and what to do instead
   */
  static void refuseNamesAbove(String option, List<Inputs.Input> inputs) {
    for (Inputs.Input input : inputs) {
      if (input.path() != null && Path.of(input.name()).startsWith("..")) {
        throw new UsageException(option + ": '" + input.name() + "' is above the working"
            + " folder, and git apply takes no path that goes up (a/" + input.name() + "); run"
            + " the command from a folder above it, or name it by its absolute path");
      }
    }
  }

  /**
   * Returns the diff of an edit to one file as {@code git diff} writes it: headers
   * {@code --- a/NAME} and {@code +++ b/NAME} (an absolute name without its leading {@code /}, as
   * git writes it), three lines of context; an empty string when the texts are equal.
   *
   * @param name the file's name, as the command was given it
   * @param before the file's text
   * @param after the edited text
   * @return the diff
   */
  static String ofFile(String name, String before, String after) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    return unified("a/" + path, "b/" + path, before, after, 3);
  }

  /**
   * Returns a unified diff ({@code diff -u} style, with {@code context} lines around changes), or
   * an empty string when the texts are equal. Each line is written with its own line break.
   *
   * @param beforeName the name shown for the old text
   * @param afterName the name shown for the new text
   * @param before the old text
   * @param after the new text
   * @param context how many unchanged lines to show around each change
   * @return the diff
   */
  static String unified(String beforeName, String afterName, String before, String after,
      int context) {
    List<Hunk> hunks = between(before, after);
    if (hunks.isEmpty()) {
      return "";
    }
    List<String> a = lines(before);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
    int h = 0;
    while (h < hunks.size()) {
      int last = h;
      while (last + 1 < hunks.size() && hunks.get(last + 1).oldStart()
          - (hunks.get(last).oldStart() + hunks.get(last).removed().size()) <= 2 * context) {
        last++;
      }
      Hunk first = hunks.get(h);
      Hunk end = hunks.get(last);
      int from = Math.max(0, first.oldStart() - context);
      int to = Math.min(a.size(), end.oldStart() + end.removed().size() + context);
      int shift = first.newStart() - first.oldStart();
      int oldCount = to - from;
      int newCount = oldCount;
      for (int k = h; k <= last; k++) {
        newCount += hunks.get(k).added().size() - hunks.get(k).removed().size();
      }
      out.append("@@ -").append(from + 1).append(',').append(oldCount).append(" +")
          .append(from + shift + 1).append(',').append(newCount).append(" @@\n");
      int line = from;
      for (int k = h; k <= last; k++) {
        Hunk hunk = hunks.get(k);
        for (; line < hunk.oldStart(); line++) {
          out.append(' ').append(show(a.get(line)));
        }
        for (String removed : hunk.removed()) {
          out.append('-').append(show(removed));
        }
        for (String added : hunk.added()) {
          out.append('+').append(show(added));
        }
        line = hunk.oldStart() + hunk.removed().size();
      }
      for (; line < to; line++) {
        out.append(' ').append(show(a.get(line)));
      }
      h = last + 1;
    }
    return out.toString();
  }

  private static String show(String line) {
    return line.endsWith("\n") ? line : line + "\n\\ No newline at end of file\n";
  }
}
