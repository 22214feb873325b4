package io.github.articlecard.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What a {@link CardWriter} did, counted over all partitions.
 *
 * @param written files written with an edited text
 * @param copied files copied as they were to the output folder (unedited, or not readable as cards)
 * @param unchanged files left as they were (in place: unedited, or not readable as cards)
 * @param failed files that could not be written; the old file is then whole
 * @param failures the first 100 failures, each {@code path: reason}
 */
public record CardWriteResult(long written, long copied, long unchanged, long failed,
    List<String> failures) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most failures a result lists. */
  public static final int MOST_FAILURES = 100;

  /**
   * Creates a result; the list is copied.
   */
  public CardWriteResult {
    failures = List.copyOf(failures);
  }

  /**
   * Adds another partition's counts to these.
   *
   * @param other the other result
   * @return the sum, with the first failures of both
   */
  public CardWriteResult plus(CardWriteResult other) {
    List<String> both = new java.util.ArrayList<>(failures);
    both.addAll(other.failures);
    return new CardWriteResult(written + other.written, copied + other.copied,
        unchanged + other.unchanged, failed + other.failed,
        both.subList(0, Math.min(both.size(), MOST_FAILURES)));
  }
}
