package io.github.articlecard.cli;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * How far a long check has come, on stderr ({@code articlecard: checked 120 of 193 files}), at
 * most once an interval; off unless stderr is a terminal, so logs and pipes get only problems.
 */
final class Progress {
  /** Never reports. */
  static final Progress OFF = new Progress(null, Long.MAX_VALUE);

  private final @Nullable PrintStream err;
  private final long intervalNanos;
  private long last = System.nanoTime();

  /**
   * Creates a progress reporter.
   *
   * @param err where to report, or null for nowhere
   * @param intervalNanos the least time between two reports
   */
  Progress(@Nullable PrintStream err, long intervalNanos) {
    this.err = err;
    this.intervalNanos = intervalNanos;
  }

  /** Notes that {@code done} of {@code total} files are checked; reports when the interval has passed. */
  void done(int done, int total) {
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - last >= intervalNanos) {
      err.printf("articlecard: checked %d of %d files%n", done, total);
      last = now;
    }
  }
}
