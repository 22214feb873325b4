package io.github.articlecard.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A card, a FIFO and a chain of links to the card, and another program that swaps one for the
 * other while the command reads the card: {@code card.md -> mid.md -> .flip -> store/real.md},
 * with the FIFO at {@code pipes/fifo} and a spare copy of the card kept for putting it back.
 */
final class RacingFiles {
  /** The folder everything is in. */
  final Path folder;
  /** The card's real path. */
  final Path real;
  /** The link to read: {@code card.md}. */
  final Path card;
  private final Path fifo;
  private final Path flip;
  private final Path spare;

  private RacingFiles(Path folder, String text) throws IOException, InterruptedException {
    this.folder = folder;
    Path store = Files.createDirectories(folder.resolve("store"));
    real = Files.writeString(store.resolve("real.md"), text);
    spare = Files.writeString(store.resolve("spare.md"), text);
    fifo = SpecialFiles.fifo(Files.createDirectories(folder.resolve("pipes")).resolve("fifo"));
    flip = Files.createSymbolicLink(folder.resolve(".flip"), Path.of("store/real.md"));
    Files.createSymbolicLink(folder.resolve("mid.md"), flip);
    card = Files.createSymbolicLink(folder.resolve("card.md"), Path.of("mid.md"));
  }

  /** Lays out the files in {@code folder}, the card holding {@code text}. */
  static RacingFiles in(Path folder, String text) throws IOException, InterruptedException {
    return new RacingFiles(folder, text);
  }

  /** Points the link that flips to the FIFO. */
  void flipToFifo() throws IOException {
    retarget(flip, fifo);
  }

  /** Points the link that flips to the card again. */
  void flipToCard() throws IOException {
    retarget(flip, real);
  }

  /** Puts the FIFO over the card's real path, then the card back, the FIFO back at its name. */
  void fifoInAndOut() throws IOException {
    Files.move(real, spare.resolveSibling("out.md"), StandardCopyOption.ATOMIC_MOVE);
    Files.move(fifo, real, StandardCopyOption.ATOMIC_MOVE);
    Files.move(real, fifo, StandardCopyOption.ATOMIC_MOVE);
    Files.move(spare.resolveSibling("out.md"), real, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Opens the FIFO wherever it is now, releasing every open still waiting on it, so that no test
   * leaves a helper thread blocked.
   */
  void releaseTheFifo() {
    release(fifo);
    release(real);
  }

  private static void release(Path path) {
    try {
      if (Files.readAttributes(path, BasicFileAttributes.class).isOther()) {
        FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
      }
    } catch (IOException | RuntimeException e) {
      // gone again: nothing waits on it
    }
  }

  /** Replaces {@code link} atomically with a link to {@code target}. */
  private static void retarget(Path link, Path target) throws IOException {
    Path next = link.resolveSibling(link.getFileName() + ".next");
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, target);
    Files.move(next, link, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Something a flipper does over and over. */
  interface Flip {
    /** Does it once. */
    void run() throws IOException;
  }

  /** Runs a flip over and over on its own thread until closed, as another program would. */
  static final class Flipper implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile IOException failure;

    /** Starts flipping. */
    Flipper(Flip flip) {
      thread = new Thread(() -> {
        while (running.get()) {
          try {
            flip.run();
          } catch (IOException e) {
            failure = e;
            return;
          }
        }
      }, "flipper");
      thread.setDaemon(true);
      thread.start();
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
