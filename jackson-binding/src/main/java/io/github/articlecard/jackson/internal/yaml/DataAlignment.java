package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lines up the items of two lists of front matter data ({@link ListAlignment}): items are the same
 * when they mean the same ({@link DataEquality}); a changed mapping resembles an old one by the
 * key/value pairs they share (the same {@code name}, the same {@code url}: see
 * {@link #resemblance}), and one that shares nothing that tells it resembles nothing; other items
 * resemble each other only weakly, so that they pair only where they stand. Every patch, merge and
 * edit that pairs list items asks this class.
 *
 * <p>Items are compared whole ({@link #of}: the data of the text, of a card) or as views that hide
 * some of their keys ({@link #ofViews}: a user's type). Pairing whole items in their slot only
 * keeps the slot's text and comments, so two mappings with the same keys may be one edited in
 * place; pairing views decides which hidden keys the new item gets, so it needs what tells the
 * item.
 */
public final class DataAlignment {
  private DataAlignment() {}

  /** An item compared as data: equal when it means the same, hashed once. */
  private record Same(JsonNode data, int hash) {
    Same(JsonNode data) {
      this(data, DataEquality.hash(data));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Same same && same.hash == hash && DataEquality.same(data, same.data);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Aligns the items of two lists of data, whole. */
  public static ListAlignment of(List<JsonNode> before, List<JsonNode> after) {
    return ListAlignment.of(keys(before), keys(after), new Likeness(before, after, true));
  }

  /** Aligns the items of two lists of views of data, which hide some of their keys. */
  public static ListAlignment ofViews(List<JsonNode> before, List<JsonNode> after) {
    return ListAlignment.of(keys(before), keys(after), new Likeness(before, after, false));
  }

  /** How much the items of two lists resemble each other, and what tells each apart. */
  private record Likeness(List<JsonNode> before, List<JsonNode> after, boolean whole)
      implements ListAlignment.Resemblance {
    @Override
    public int score(int oldIndex, int newIndex) {
      return resemblance(before.get(oldIndex), after.get(newIndex), whole);
    }

    @Override
    public int[] oldTraits(int oldIndex) {
      return traits(before.get(oldIndex));
    }

    @Override
    public int[] newTraits(int newIndex) {
      return traits(after.get(newIndex));
    }
  }

  /** Hashes of the key/value pairs that tell a mapping apart: its text, lists and mappings. */
  static int[] traits(JsonNode item) {
    if (!item.isObject()) {
      return new int[0];
    }
    int[] traits = new int[item.size()];
    int count = 0;
    for (Map.Entry<String, JsonNode> entry : item.properties()) {
      if (tells(entry.getValue())) {
        traits[count++] = entry.getKey().hashCode() * 31 + DataEquality.hash(entry.getValue());
      }
    }
    return Arrays.copyOf(traits, count);
  }

  /** Aligns the items of a sequence of the source with the items of an array of data. */
  public static ListAlignment of(SourceNode.Sequence sequence, JsonNode after) {
    List<JsonNode> before = new ArrayList<>(sequence.items().size());
    for (SourceNode.Item item : sequence.items()) {
      before.add(item.node().data());
    }
    return of(before, items(after));
  }

  /** Aligns the items of two arrays of data. */
  public static ListAlignment of(JsonNode before, JsonNode after) {
    return of(items(before), items(after));
  }

  /** The items of an array, as a list. */
  public static List<JsonNode> items(JsonNode array) {
    List<JsonNode> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      items.add(item);
    }
    return items;
  }

  private static List<Same> keys(List<JsonNode> items) {
    List<Same> keys = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      keys.add(new Same(item));
    }
    return keys;
  }

  /**
   * How much an old item resembles a new one that is not the same. Two mappings resemble each other
   * by the values they share under the same keys: text, lists and mappings say what an item is (its
   * {@code name}, {@code url}, {@code title}), so they count double, and the two resemble each other
   * only when they share at least as many of those as they differ in (a new related article that
   * shares only {@code type: article} with a removed one is not it); numbers and booleans (a
   * {@code weight}, a {@code width}) count once, and alone they make two items the same only in
   * the same slot, and only when neither has text to tell it by; nulls, which a type writes for
   * what is absent, do not count. A mapping that only lost keys, or only gained some, is its old
   * self: it resembles it by what they share however much it lost, and weakly when they share no
   * text (an item emptied to {@code {}} stays in its slot). Whole mappings with the same keys
   * resemble each other weakly too. Mappings that resemble nothing never pass their extras and comments to each other. Any
   * other two items resemble each other weakly: a scalar, a list or a value that changes its kind
   * in its slot has nothing else that could pass on.
   *
   * @param whole whether the items are whole, not views that hide some of their keys
   */
  static int resemblance(JsonNode before, JsonNode after, boolean whole) {
    if (!before.isObject() || !after.isObject()) {
      return ListAlignment.Resemblance.WEAK;
    }
    int telling = 0;
    int differing = 0;
    int other = 0;
    boolean changed = false;
    boolean removed = false;
    for (Map.Entry<String, JsonNode> entry : before.properties()) {
      JsonNode value = entry.getValue();
      JsonNode then = after.get(entry.getKey());
      boolean same = then != null && !value.isNull() && DataEquality.same(value, then);
      if (same && tells(value)) {
        telling++;
      } else if (same) {
        other++;
      } else if (tells(value) || (then != null && tells(then))) {
        differing++;
      }
      if (!same && !value.isNull()) {
        changed |= then != null && !then.isNull();
        removed |= then == null || then.isNull();
      }
    }
    boolean added = false;
    for (Map.Entry<String, JsonNode> entry : after.properties()) {
      JsonNode then = entry.getValue();
      JsonNode value = before.get(entry.getKey());
      if (value == null && tells(then)) {
        differing++;
      }
      added |= !then.isNull() && (value == null || value.isNull());
    }
    // one holds the other: keys only removed, or only added, nothing changed
    boolean nested = !changed && !(removed && added);
    if (telling > 0) {
      return telling >= differing || nested ? ListAlignment.Resemblance.WEAK + 2 * telling + other
          : ListAlignment.Resemblance.NOTHING;
    }
    boolean weak = nested
        || (other > 0 && !hasTellingValue(before) && !hasTellingValue(after))
        || (whole && sameKeys(before, after));
    return weak ? ListAlignment.Resemblance.WEAK : ListAlignment.Resemblance.NOTHING;
  }

  /** Tells whether a value says what its item is: text, a list or a mapping. */
  private static boolean tells(JsonNode value) {
    return value.isTextual() || value.isContainerNode();
  }

  private static boolean sameKeys(JsonNode before, JsonNode after) {
    if (before.size() != after.size()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : before.properties()) {
      if (!after.has(entry.getKey())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasTellingValue(JsonNode mapping) {
    for (JsonNode value : mapping) {
      if (tells(value)) {
        return true;
      }
    }
    return false;
  }
}
