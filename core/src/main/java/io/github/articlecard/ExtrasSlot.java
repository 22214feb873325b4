package io.github.articlecard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The unknown keys a record builder holds: a whole {@link Extras} as given, turned into an
 * {@link Extras.Builder} only when single keys are put or removed, so that putting many keys one
 * by one stays linear.
 */
final class ExtrasSlot {
  private Extras extras = Extras.empty();
  private Extras.@Nullable Builder edits;

  void set(Extras extras) {
    this.extras = Objects.requireNonNull(extras, "extras");
    this.edits = null;
  }

  void put(String key, @Nullable Object value) {
    editing().put(key, value);
  }

  void remove(String key) {
    if (edits != null || extras.containsKey(key)) {
      editing().remove(key);
    }
  }

  Extras get() {
    if (edits != null) {
      extras = edits.build();
      edits = null;
    }
    return extras;
  }

  private Extras.Builder editing() {
    if (edits == null) {
      edits = extras.toBuilder();
    }
    return edits;
  }
}
