package io.github.articlecard.jackson.internal.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs operations that open a file on a helper thread, so that nothing put in the file's place can
 * block the caller: Java has no non-blocking open, and opening a FIFO (named pipe) for reading
 * waits for a writer, forever if none comes. Checking the type first is not enough, since another
 * program may rename a FIFO over the file between the check and the open.
 *
 * <p>While an open is pending the caller looks at the watched path now and then (after
 * {@link Patience#firstLook()}, then at doubling intervals). A FIFO found there is opened for
 * reading and writing, which never blocks on Linux and releases every open waiting on it; the
 * caller then gets what was opened and refuses it, having checked what it got. An operation that
 * may run twice is started again at the following looks (up to {@link #MOST_ATTEMPTS} in all), so
 * that a FIFO swapped in and out again, which no look finds, does not hold the caller up: the new
 * attempt opens what is there now. The first attempt to finish wins, and what the others open
 * later is discarded. After {@link Patience#giveUp()} the
 * caller stops waiting with an {@link IOException}; attempts still blocked stay on their daemon
 * threads, counted as stuck against the path they open, until their FIFO is opened by someone (a
 * later open of the same path looks and does so) and they end, which takes them off the count.
 *
 * <p>Stuck attempts are capped per cause, so that one bad path cannot stop every other file
 * access: once {@link #MOST_STUCK_PER_PATH} attempts at one path are stuck, new opens of that path
 * are refused at once (after one more release of what is there), naming the path's count and the
 * limit, while other paths open as before; and once {@link #MOST_STUCK} attempts of a guard are
 * stuck in all (a file system that does not answer, or many bad paths), every new open is refused
 * at once with the count, the limit and the paths that hold most, rather than pile up threads. Both
 * refusals lift as soon as stuck attempts end.
 *
 * <p>The handoff costs a few microseconds an open (tens on a loaded machine), the price of a read
 * that cannot hang.
 */
public final class GuardedOpen {
  /** The most attempts of one repeatable operation. */
  public static final int MOST_ATTEMPTS = 3;
  /**
   * The most attempts at one path that may be stuck (given up, still blocked) before new opens of
   * that path are refused.
   */
  public static final int MOST_STUCK_PER_PATH = 4;
  /** The most attempts that may be stuck in all (given up, still blocked) before opens are refused. */
  public static final int MOST_STUCK = 256;
  /** How many of the paths that hold most stuck attempts a refusal names. */
  private static final int PATHS_NAMED = 3;

  /** How long the caller waits before looking at the path, and before giving up. */
  public static final Patience PATIENCE =
      new Patience(Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(10));

  /** The guard the library uses: {@link #PATIENCE}, and FIFOs released by opening them. */
  public static final GuardedOpen DEFAULT = new GuardedOpen(PATIENCE, GuardedOpen::releaseFifo);

  private static final long SPIN_NANOS = 50_000;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService HELPERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
      10, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
        Thread thread = new Thread(task, "articlecard-open-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });

  /** An operation that opens something, and may block doing so. */
  public interface Opening<T> {
    /** Opens it. */
    T open() throws IOException;
  }

  /** Gives back what an opening made once nobody wants it: closes a channel, deletes a file. */
  public interface Discard<T> {
    /** Gives it back. */
    void discard(T opened) throws IOException;
  }

  /** Releases opens blocked on whatever is at a path now; must never block itself. */
  public interface Release {
    /** Releases the opens blocked on what is at {@code path}, if anything can. */
    void release(Path path);
  }

  /**
   * How long to wait.
   *
   * @param firstLook how long an open may take before the caller looks at the path
   * @param longestLook the longest interval between two looks (they double up to it)
   * @param giveUp how long the caller waits in all before giving up
   */
  public record Patience(Duration firstLook, Duration longestLook, Duration giveUp) {}

  private final Patience patience;
  private final Release release;
  private final Stuck stuck = new Stuck();

  /** Creates a guard; tests pass a short patience or a release that does nothing. */
  public GuardedOpen(Patience patience, Release release) {
    this.patience = Objects.requireNonNull(patience, "patience");
    this.release = Objects.requireNonNull(release, "release");
  }

  /**
   * Runs {@code opening} on a helper thread and returns what it opened, or throws what it threw.
   *
   * @param watched the path the opening opens, looked at while it is pending
   * @param repeatable whether the opening may run again while an earlier run is still pending
   * @param opening what to run
   * @param discard gives back what a run opened when another run won or the caller gave up
   * @throws IOException what the opening threw, or that it did not finish in time
   */
  public <T> T open(Path watched, boolean repeatable, Opening<T> opening, Discard<T> discard)
      throws IOException {
    refuseIfStuck(watched);
    Attempts<T> attempts = new Attempts<>(opening, discard, stuck, watched);
    Outcome<T> winner = null;
    try {
      attempts.start();
      long start = System.nanoTime();
      long look = patience.firstLook().toNanos();
      int looks = 0;
      while ((winner = attempts.await(look)) == null) {
        release.release(watched);
        looks++;
        if (System.nanoTime() - start >= patience.giveUp().toNanos()) {
          throw new IOException("opening it did not finish in " + words(patience.giveUp())
              + "; something that blocks, such as a FIFO, may have taken its place, or the file"
              + " system does not answer");
        }
        if (repeatable && looks > 1 && attempts.started() < MOST_ATTEMPTS) {
          attempts.start();
        }
        look = Math.min(2 * look, patience.longestLook().toNanos());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while opening it");
    } finally {
      attempts.decide();
    }
    return winner.get();
  }

  /** Returns how many attempts at {@code path} are stuck now (given up, still blocked). */
  public int stuckAt(Path path) {
    return stuck.at(path);
  }

  /** Returns how many attempts of this guard are stuck now, at every path. */
  public int stuckInAll() {
    return stuck.inAll();
  }

  /**
   * Refuses an open at once where too many earlier ones are stuck, at this path (while something
   * that is not a regular file stands there: opens stuck on a FIFO moved away, still ending, do not
   * keep the card now back in its place from being read) or in all.
   */
  private void refuseIfStuck(Path watched) throws IOException {
    if (stuck.at(watched) >= MOST_STUCK_PER_PATH) {
      release.release(watched);   // what blocks them may still be there: they may end now
      int here = stuck.at(watched);
      if (here >= MOST_STUCK_PER_PATH && !Files.isRegularFile(watched)) {
        throw new IOException("opening it was refused: " + here + " earlier opens of this path"
            + " are still blocked, and " + MOST_STUCK_PER_PATH + " is the most allowed for one path"
            + " (something that blocks, such as a FIFO put in the file's place and moved on, or a"
            + " file system that does not answer); other files open as before, and this one again"
            + " once those opens end");
      }
    }
    int inAll = stuck.inAll();
    if (inAll >= MOST_STUCK) {
      throw new IOException("opening it was refused: " + inAll + " earlier opens are still blocked,"
          + " and " + MOST_STUCK + " is the most allowed in all (FIFOs put in place of files, or a"
          + " file system that does not answer), most of them at " + stuck.worst(PATHS_NAMED)
          + "; files open again once those opens end");
    }
  }

  /**
   * Opens a FIFO at {@code path} (links followed) for reading and writing, and closes it at once:
   * that never blocks on Linux, and releases every open waiting on it. Anything else is left
   * alone, and so is a FIFO this process may not open.
   */
  public static void releaseFifo(Path path) {
    try {
      if (!IoProblems.isFifo(path)) {
        return;
      }
      FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
    } catch (IOException | RuntimeException e) {
      // gone again, or not ours to open: the caller goes on waiting, then tries again or gives up
    }
  }

  private static String words(Duration duration) {
    return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
  }

  /** What one attempt came to: what it opened, or what it threw. */
  private static final class Outcome<T> {
    private final @Nullable T opened;
    private final @Nullable Throwable failure;

    Outcome(@Nullable T opened, @Nullable Throwable failure) {
      this.opened = opened;
      this.failure = failure;
    }

    T get() throws IOException {
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IOException(failure);
      }
      return Objects.requireNonNull(opened, "opened");
    }
  }

  /** The attempts that are stuck (given up, still blocked), counted by the path they open. */
  private static final class Stuck {
    private final ConcurrentHashMap<Path, Integer> byPath = new ConcurrentHashMap<>();
    private final AtomicInteger inAll = new AtomicInteger();

    void add(Path path, int count) {
      if (count > 0) {
        byPath.merge(path, count, Integer::sum);
        inAll.addAndGet(count);
      }
    }

    void remove(Path path) {
      byPath.computeIfPresent(path, (unused, count) -> count == 1 ? null : count - 1);
      inAll.decrementAndGet();
    }

    int at(Path path) {
      return byPath.getOrDefault(path, 0);
    }

    int inAll() {
      return inAll.get();
    }

    /** Names the paths that hold most stuck attempts, with their counts. */
    String worst(int most) {
      return byPath.entrySet().stream()
          .sorted(Map.Entry.<Path, Integer>comparingByValue().reversed()).limit(most)
          .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
          .collect(Collectors.joining(", "));
    }
  }

  /**
   * The attempts of one open: started on helper threads, the first to finish taken by the caller,
   * the rest discarded as they finish.
   */
  private static final class Attempts<T> {
    private final Opening<T> opening;
    private final Discard<T> discard;
    private final Stuck stuck;
    private final Path watched;
    private final ArrayDeque<Outcome<T>> finished = new ArrayDeque<>();
    private int started;
    private int running;
    private boolean decided;
    private volatile boolean anyFinished;

    Attempts(Opening<T> opening, Discard<T> discard, Stuck stuck, Path watched) {
      this.opening = opening;
      this.discard = discard;
      this.stuck = stuck;
      this.watched = watched;
    }

    void start() {
      synchronized (this) {
        started++;
        running++;
      }
      try {
        HELPERS.execute(this::run);
      } catch (RuntimeException e) {   // no thread to be had
        finish(new Outcome<>(null, e));
      }
    }

    synchronized int started() {
      return started;
    }

    private void run() {
      Outcome<T> outcome;
      try {
        outcome = new Outcome<>(opening.open(), null);
      } catch (Throwable e) {   // handed to the caller, who rethrows it
        outcome = new Outcome<>(null, e);
      }
      finish(outcome);
    }

    private void finish(Outcome<T> outcome) {
      boolean unwanted;
      synchronized (this) {
        running--;
        unwanted = decided;
        if (!unwanted) {
          finished.add(outcome);
          anyFinished = true;
          notifyAll();
        }
      }
      if (unwanted) {
        stuck.remove(watched);
        discard(outcome);
      }
    }

    /**
     * Waits up to {@code nanos} for an attempt to finish; returns the first, or null. An open
     * takes microseconds, less than waking a waiting thread, so it spins a little first.
     */
    @Nullable Outcome<T> await(long nanos) throws InterruptedException {
      long start = System.nanoTime();
      while (!anyFinished && System.nanoTime() - start < SPIN_NANOS) {
        Thread.onSpinWait();
      }
      synchronized (this) {
        for (long left = nanos - (System.nanoTime() - start); finished.isEmpty() && left > 0;
            left = nanos - (System.nanoTime() - start)) {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return finished.poll();
      }
    }

    /**
     * Wants nothing more: discards what finished and was not taken, and counts what still runs as
     * stuck until it finishes (then it is discarded too).
     */
    void decide() {
      List<Outcome<T>> leftOver;
      synchronized (this) {
        decided = true;
        stuck.add(watched, running);
        leftOver = new ArrayList<>(finished);
        finished.clear();
      }
      leftOver.forEach(this::discard);
    }

    private void discard(Outcome<T> outcome) {
      if (outcome.opened != null) {
        try {
          discard.discard(outcome.opened);
        } catch (IOException | RuntimeException e) {
          // nothing more can be done with it
        }
      }
    }
  }
}
