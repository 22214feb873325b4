package io.github.articlecard.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * One task's share of the card files: a run of neighbouring files of about the same total size as
 * the other partitions' (a card costs its bytes plus a fixed cost to open), and the folders that
 * could not be listed, which the first partition reports.
 *
 * @param paths the files, in path order
 * @param unreadable failed outcomes to give as rows, as they are
 */
public record CardPartition(List<String> paths, List<FileOutcome> unreadable) implements InputPartition {
  private static final long serialVersionUID = 1L;

  /** What opening a file costs, counted as bytes, when sharing files between partitions. */
  static final long OPEN_COST = 4096;
  /**
   * Partitions per core when the source chooses: two, so that a core whose first partition ends
   * early (a slower disk, a busy neighbour) takes another rather than waiting for the last one.
   */
  public static final int PER_CORE = 2;

  /**
   * Splits a listing into partitions: {@code wanted} of them when it is above 0, otherwise enough
   * that each holds at most {@code maxPartitionBytes}, and at least {@link #PER_CORE} per core
   * ({@code parallelism}); never more than there are files.
   */
  public static List<CardPartition> plan(CardListing listing, int wanted, long maxPartitionBytes,
      int parallelism) {
    List<CardListing.ListedFile> files = listing.files();
    long total = 0;
    for (CardListing.ListedFile file : files) {
      total += weight(file);
    }
    int count = wanted > 0 ? wanted
        : (int) Math.max((long) parallelism * PER_CORE,
            Math.min(Integer.MAX_VALUE, ceilDiv(total, maxPartitionBytes)));
    count = Math.max(1, Math.min(count, files.size()));
    List<CardPartition> partitions = new ArrayList<>(count);
    List<String> current = new ArrayList<>();
    long done = 0;
    for (CardListing.ListedFile file : files) {
      current.add(file.path());
      done += weight(file);
      // cut where the running total passes the next share of the whole
      if (partitions.size() < count - 1 && done * count >= total * (partitions.size() + 1L)) {
        partitions.add(new CardPartition(current, partitions.isEmpty() ? listing.unreadable() : List.of()));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty() || partitions.isEmpty()) {
      partitions.add(new CardPartition(current, partitions.isEmpty() ? listing.unreadable() : List.of()));
    }
    return partitions;
  }

  public CardPartition {
    paths = List.copyOf(paths);
    unreadable = List.copyOf(unreadable);
  }

  private static long weight(CardListing.ListedFile file) {
    return Math.max(0, file.size()) + OPEN_COST;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
