package io.github.articlecard.cli;

import io.github.articlecard.jackson.CardPath;
import java.util.ArrayList;
import java.util.List;

/**
 * A key path as the command takes it: a {@link CardPath} ({@code related[0].title},
 * {@code params["og.title"]}, as binding errors and validation problems write them) whose list
 * indexes may also count from the end when negative ({@code topics[-1]}), which the command
 * resolves against the card's data ({@code DataPaths}) into a {@link CardPath}. Every path without
 * a negative index reads as {@link CardPath#parse} reads it; the words of a refusal are the
 * command's own. {@code set} also takes {@code [+]}, a new item at the end of a list
 * ({@code topics[+]}).
 *
 * @param text the path as written
 * @param steps its keys and indexes, at least one
 */
record KeyPath(String text, List<Step> steps) {
  /** One step of a path. */
  sealed interface Step permits Key, Index, Append {}

  /** A key of a mapping. */
  record Key(String name) implements Step {}

  /** An item of a list; a negative index counts from the end ({@code -1} is the last item). */
  record Index(int index) implements Step {}

  /** A new item at the end of a list, written {@code [+]}: what {@code set} adds. */
  record Append() implements Step {}

  KeyPath {
    steps = List.copyOf(steps);
  }

  /**
   * Parses a path.
   *
   * @throws UsageException if the path is not well formed, saying where
   */
  static KeyPath parse(String text) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    boolean expectKey = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        if (expectKey && i > 0) {
          throw malformed(text, i, "a key after '.'");
        }
        i = bracket(text, i, steps);
        expectKey = false;
      } else if (c == '.' && !expectKey) {
        if (i + 1 == text.length()) {
          throw malformed(text, i + 1, "a key after '.'");
        }
        i++;
        expectKey = true;
      } else if (expectKey && ".]".indexOf(c) < 0) {
        int end = i;
        while (end < text.length() && ".[]".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        steps.add(new Key(text.substring(i, end)));
        i = end;
        expectKey = false;
      } else {
        throw malformed(text, i, expectKey ? "a key" : "'.' or '['");
      }
    }
    if (steps.isEmpty()) {
      throw new UsageException("empty key path");
    }
    return new KeyPath(text, steps);
  }

  /**
   * Parses {@code [N]}, {@code [-N]}, {@code [+]} or {@code ["key"]} at {@code open}; returns the
   * index after it.
   */
  private static int bracket(String text, int open, List<Step> steps) {
    if (text.startsWith("[+]", open)) {
      steps.add(new Append());
      return open + 3;
    }
    if (open + 1 < text.length() && text.charAt(open + 1) == '"') {
      StringBuilder key = new StringBuilder();
      int i = open + 2;
      while (i < text.length() && text.charAt(i) != '"') {
        if (text.charAt(i) == '\\' && i + 1 < text.length()) {
          i++;
        }
        key.append(text.charAt(i));
        i++;
      }
      if (i + 1 >= text.length() || text.charAt(i + 1) != ']') {
        throw malformed(text, Math.min(i, text.length()), "a closing \"]");
      }
      steps.add(new Key(key.toString()));
      return i + 2;
    }
    int close = text.indexOf(']', open);
    String digits = close < 0 ? "" : text.substring(open + 1, close);
    if (!digits.matches("-?[0-9]{1,9}")) {
      throw malformed(text, open, "a list index such as [0], [-1] or [+], or a quoted key such as"
          + " [\"a.b\"]");
    }
    steps.add(new Index(Integer.parseInt(digits)));
    return close + 1;
  }

  private static UsageException malformed(String text, int at, String expected) {
    return new UsageException("not a key path: '" + text + "': expected " + expected
        + " at character " + (at + 1));
  }

  /**
   * Writes steps as a path in the syntax {@link #parse} reads: each key quoted as
   * {@link CardPath} quotes it, each index in brackets.
   */
  static String format(List<Step> steps) {
    StringBuilder out = new StringBuilder();
    for (Step step : steps) {
      if (step instanceof Index index) {
        out.append('[').append(index.index()).append(']');
      } else if (step instanceof Append) {
        out.append("[+]");
      } else {
        String key = CardPath.root().key(((Key) step).name()).toString();
        out.append(out.length() == 0 || key.startsWith("[") ? "" : ".").append(key);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
