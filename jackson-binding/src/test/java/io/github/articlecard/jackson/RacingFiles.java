package io.github.articlecard.jackson;

import io.github.articlecard.jackson.internal.io.GuardedOpen;
import io.github.articlecard.jackson.internal.io.IoProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A card, a FIFO and a chain of links to the card, and the ways another program can swap one for
 * the other while the card is read: {@code card.md -> mid.md -> .flip -> store/real.md}, with the
 * FIFO at {@code pipes/fifo} and a spare copy of the card kept for putting it back.
 */
public final class RacingFiles {
  /** The folder everything is in. */
  public final Path folder;
  /** The card's real path. */
  public final Path real;
  /** The FIFO. */
  public final Path fifo;
  /** The link that flips. */
  public final Path flip;
  /** The link to read: {@code card.md}. */
  public final Path card;
  /** The link between. */
  public final Path mid;
  private final Path spare;

  private RacingFiles(Path folder, String text) throws IOException, InterruptedException {
    this.folder = folder;
    Path store = Files.createDirectories(folder.resolve("store"));
    real = Files.writeString(store.resolve("real.md"), text);
    spare = Files.writeString(store.resolve("spare.md"), text);
    fifo = SpecialFiles.fifo(Files.createDirectories(folder.resolve("pipes")).resolve("fifo"));
    flip = Files.createSymbolicLink(folder.resolve(".flip"), Path.of("store/real.md"));
    mid = Files.createSymbolicLink(folder.resolve("mid.md"), flip);
    card = Files.createSymbolicLink(folder.resolve("card.md"), Path.of("mid.md"));
  }

  /** Lays out the files in {@code folder}, the card holding {@code text}. */
  public static RacingFiles in(Path folder, String text) throws IOException, InterruptedException {
    return new RacingFiles(folder, text);
  }

  /** A way of putting something else where the card was. */
  public enum Swap {
    /** {@code .flip} now points to the FIFO (the link the issue flips). */
    LINK_TO_FIFO,
    /** {@code .flip} now points to a folder. */
    LINK_TO_FOLDER,
    /** The FIFO is renamed over the card's real path. */
    FIFO_OVER_THE_FILE,
    /** A link to the FIFO is renamed over the card's real path. */
    LINK_OVER_THE_FILE
  }

  /** Swaps the card for something else. */
  public void swap(Swap swap) throws IOException {
    switch (swap) {
      case LINK_TO_FIFO -> retarget(flip, fifo);
      case LINK_TO_FOLDER -> retarget(flip, folder.resolve("store"));
      case FIFO_OVER_THE_FILE -> Files.move(fifo, real, StandardCopyOption.ATOMIC_MOVE);
      case LINK_OVER_THE_FILE -> retarget(real, fifo);
    }
  }

  /** Points the link to the card again. */
  public void flipToCard() throws IOException {
    retarget(flip, real);
  }

  /** Puts the FIFO over the card's real path, then the card back, the FIFO back at its name. */
  public void fifoInAndOut() throws IOException {
    Files.move(real, spare.resolveSibling("out.md"), StandardCopyOption.ATOMIC_MOVE);
    Files.move(fifo, real, StandardCopyOption.ATOMIC_MOVE);
    Files.move(real, fifo, StandardCopyOption.ATOMIC_MOVE);
    Files.move(spare.resolveSibling("out.md"), real, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Where the FIFO took the card's real path, moves it back to its own name and puts a copy of the
   * card in its place; does nothing otherwise.
   */
  public void putTheCardBack() throws IOException {
    if (IoProblems.isFifo(real)) {
      Files.move(real, fifo, StandardCopyOption.ATOMIC_MOVE);
      Files.copy(spare, real);
    }
  }

  /**
   * Opens the FIFO wherever it is now, releasing every open still waiting on it, so that no test
   * leaves a helper thread blocked.
   */
  public void releaseTheFifo() {
    GuardedOpen.releaseFifo(fifo);
    GuardedOpen.releaseFifo(real);
  }

  /** Replaces {@code link} atomically with a link to {@code target}. */
  private static void retarget(Path link, Path target) throws IOException {
    Path next = link.resolveSibling(link.getFileName() + ".next");
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, target);
    Files.move(next, link, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Something a flipper does over and over. */
  public interface Flip {
    /** Does it once. */
    void run() throws IOException;
  }

  /** Runs a flip over and over on its own thread until closed, as another program would. */
  public static final class Flipper implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong flips = new AtomicLong();
    private final Thread thread;
    private volatile IOException failure;

    /** Starts flipping. */
    public Flipper(Flip flip) {
      thread = new Thread(() -> {
        while (running.get()) {
          try {
            flip.run();
            flips.incrementAndGet();
          } catch (IOException e) {
            failure = e;
            return;
          }
        }
      }, "flipper");
      thread.setDaemon(true);
      thread.start();
    }

    /** Returns how many flips were done so far. */
    public long flips() {
      return flips.get();
    }

    /** Stops flipping and waits for the thread; rethrows what made it stop early. */
    @Override
    public void close() throws IOException, InterruptedException {
      running.set(false);
      thread.join();
      if (failure != null) {
        throw failure;
      }
    }
  }
}
