package io.github.articlecard.jackson.internal.text;

/**
 * The equal runs at the start and at the end of two sequences (lines of two texts, items of two
 * lists): what a diff keeps, so that only the middle between them is compared or merged.
 *
 * @param prefix the number of equal items at the start
 * @param suffix the number of equal items at the end, never overlapping the prefix in either sequence
 */
public record CommonEnds(int prefix, int suffix) {
  /** Tells whether item {@code oldIndex} of the old sequence equals item {@code newIndex} of the new. */
  @FunctionalInterface
  public interface Same {
    /** Tells whether the two items are equal. */
    boolean test(int oldIndex, int newIndex);
  }

  /**
   * Finds the equal start and end of two sequences.
   *
   * @param oldSize the old sequence's length
   * @param newSize the new sequence's length
   * @param same compares an old item with a new one
   */
  public static CommonEnds of(int oldSize, int newSize, Same same) {
    int max = Math.min(oldSize, newSize);
    int prefix = 0;
    while (prefix < max && same.test(prefix, prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix && same.test(oldSize - 1 - suffix, newSize - 1 - suffix)) {
      suffix++;
    }
    return new CommonEnds(prefix, suffix);
  }

  /** Returns the length of the old sequence's changed middle. */
  public int oldMiddle(int oldSize) {
    return oldSize - prefix - suffix;
  }

  /** Returns the length of the new sequence's changed middle. */
  public int newMiddle(int newSize) {
    return newSize - prefix - suffix;
  }
}
