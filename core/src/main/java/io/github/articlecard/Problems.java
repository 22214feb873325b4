package io.github.articlecard;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects validation problems with their paths while a card is walked. */
final class Problems {
  private final List<ValidationProblem> found = new ArrayList<>();

  static String at(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  static String at(String prefix, String key, int index) {
    return at(prefix, key) + "[" + index + "]";
  }

  void notBlank(String path, @Nullable String value) {
    if (value == null || value.isBlank()) {
      add(path, "must not be blank");
    }
  }

  void atLeast(String path, int value, int minimum) {
    if (value < minimum) {
      add(path, "must be >= " + minimum);
    }
  }

  void wellFormed(String path, @Nullable Url url) {
    if (url != null && !url.isWellFormed()) {
      add(path, "malformed URL \"" + url.raw() + "\" (needs a scheme and no whitespace or control characters)");
    }
  }

  void add(String path, String message) {
    found.add(new ValidationProblem(path, message));
  }

  List<ValidationProblem> toList() {
    return List.copyOf(found);
  }
}
