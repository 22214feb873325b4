package io.github.articlecard.jackson.internal.yaml;

import java.util.List;

/**
 * Names the places a house style speaks of, the same in every card: a path through the front
 * matter with its list indexes left out ({@code related[0].provider.name} is
 * {@code related[].provider.name}), keys joined by dots, a key that holds {@code .}, {@code [},
 * {@code ]} or {@code "} in brackets and double quotes ({@code params["og.title"]}). The front
 * matter itself is {@code ""}.
 */
public final class StylePaths {
  private StylePaths() {}

  /** Returns the name of a path, indexes left out. */
  public static String of(List<Object> path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(16 * path.size());
    for (Object step : path) {
      if (step instanceof String key) {
        appendKey(out, key);
      } else {
        out.append("[]");
      }
    }
    return out.toString();
  }

  /** Returns the name of the key {@code key} of the mapping at {@code level}. */
  public static String key(String level, String key) {
    if (needsBrackets(key)) {
      StringBuilder out = new StringBuilder(level.length() + key.length() + 4).append(level);
      appendKey(out, key);
      return out.toString();
    }
    return level.isEmpty() ? key : level + '.' + key;
  }

  /** Returns the name of the items of the sequence at {@code level}. */
  public static String items(String level) {
    return level + "[]";
  }

  private static void appendKey(StringBuilder out, String key) {
    if (needsBrackets(key)) {
      out.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      return;
    }
    if (out.length() > 0) {
      out.append('.');
    }
    out.append(key);
  }

  private static boolean needsBrackets(String key) {
    if (key.isEmpty()) {
      return true;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '.' || c == '[' || c == ']' || c == '"') {
        return true;
      }
    }
    return false;
  }
}
