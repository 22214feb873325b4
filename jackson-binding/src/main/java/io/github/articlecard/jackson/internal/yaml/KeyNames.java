package io.github.articlecard.jackson.internal.yaml;

/**
 * The texts of short keys, shared between documents: the cards of a repository use the same few
 * dozen keys, so a key read from characters is the string an earlier document already made when
 * one stands in its slot of a small table (its hash already computed, its characters already in
 * memory near the others), else a new string that takes the slot. The table is bounded and shared
 * by all threads; a lost race only makes a string that an equal one could have stood for.
 */
final class KeyNames {
  private static final int SLOTS = 4096; // a power of two
  private static final int LONGEST = 48;
  private static final String[] TABLE = new String[SLOTS];

  private KeyNames() {}

  /** Returns the text of {@code chars[from, to)}, an earlier equal string where one is at hand. */
  static String of(char[] chars, int from, int to) {
    int length = to - from;
    if (length == 0 || length > LONGEST) {
      return new String(chars, from, length);
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
    String known = TABLE[slot];
    if (known != null && known.length() == length && holds(known, chars, from)) {
      return known;
    }
    String made = new String(chars, from, length);
    TABLE[slot] = made;
    return made;
  }

  /**
   * Puts these names in the table, so that a key read with the same characters is the very string
   * given, which code that knows the names can compare by identity first. A name read later that
   * takes the same slot replaces it (an equal string is still returned for it).
   */
  static void share(Iterable<String> names) {
    for (String name : names) {
      int length = name.length();
      if (length > 0 && length <= LONGEST) {
        int hash = name.hashCode(); // the hash of() computes from the characters
        TABLE[(hash ^ (hash >>> 12)) & (SLOTS - 1)] = name;
      }
    }
  }

  private static boolean holds(String known, char[] chars, int from) {
    for (int i = 0; i < known.length(); i++) {
      if (known.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }
}
