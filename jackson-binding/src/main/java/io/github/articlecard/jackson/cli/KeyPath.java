package io.github.articlecard.jackson.cli;

import java.util.ArrayList;
import java.util.List;

/** A dotted key path such as {@code related[0].title}, as keys and list indexes. */
final class KeyPath {
  private KeyPath() {}

  /** Parses a path; throws IllegalArgumentException with a usage message when it is malformed. */
  static List<Object> parse(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      int end = i;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      if (end > i) {
        steps.add(path.substring(i, end));
      } else if (i < path.length() && path.charAt(i) != '[') {
        throw new IllegalArgumentException("empty key in path '" + path + "'");
      }
      i = end;
      while (i < path.length() && path.charAt(i) == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed [ in path '" + path + "'");
        }
        try {
          steps.add(Integer.parseInt(path.substring(i + 1, close)));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("list index must be a number in path '" + path + "'");
        }
        i = close + 1;
      }
      if (i < path.length()) {
        if (path.charAt(i) != '.') {
          throw new IllegalArgumentException("unexpected '" + path.charAt(i) + "' in path '" + path + "'");
        }
        i++;
      }
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("empty key path");
    }
    return steps;
  }
}
