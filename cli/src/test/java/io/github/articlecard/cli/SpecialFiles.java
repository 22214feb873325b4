package io.github.articlecard.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardFileFinder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FIFOs, devices, permissions and folders that cannot be listed, for the command's tests; FIFOs
 * come with a guard so no test blocks.
 */
final class SpecialFiles {
  /** A character device that never ends. */
  static final Path ZERO = Path.of("/dev/zero");

  private SpecialFiles() {}

  /** Creates a FIFO with {@code mkfifo}, or skips the test (with the reason) where there is none. */
  static Path fifo(Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo cannot run here (" + e.getMessage() + "), so there is no FIFO to test");
      throw e;
    }
    process.getInputStream().transferTo(OutputStream.nullOutputStream());
    assumeTrue(process.waitFor() == 0 && Files.exists(path), "mkfifo failed, so there is no FIFO to test");
    return path;
  }

  /** True when the tests run as root, who may read any folder whatever its permission bits. */
  static boolean runningAsRoot(Path folder) throws IOException {
    Path probe = Files.createTempFile(folder, "uid", ".probe");
    try {
      return Files.getAttribute(probe, "unix:uid").equals(0);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    } finally {
      Files.delete(probe);
    }
  }

  /** Sets a file's permission bits from a string such as {@code rw-r--r--}. */
  static Path mode(Path path, String permissions) throws IOException {
    return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
  }

  /** Returns a file's permission bits as a string such as {@code rw-r--r--}. */
  static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  /**
   * Returns a folder lister that finds the given folders unreadable, as the library reports a
   * folder without read permission, for tests that run as root, who may list any folder: their
   * files are left out and each is one unreadable entry, listed first.
   */
  static Inputs.FolderLister denying(Set<Path> locked) {
    return (finder, folder) -> {
      CardFileFinder.Listing listing = finder.find(folder);
      List<CardFile> unreadable = new ArrayList<>();
      for (Path path : locked) {
        unreadable.add(new CardFile(path, null, null, new CardException(CardException.Kind.IO,
            "cannot list the folder: permission denied")));
      }
      unreadable.addAll(listing.unreadable());
      List<Path> files = listing.files().stream()
          .filter(file -> locked.stream().noneMatch(file::startsWith)).toList();
      return new CardFileFinder.Listing(files, unreadable);
    };
  }

  /** Something a test does while a writer waits on a FIFO. */
  interface Action {
    /** Runs the action. */
    void run() throws Exception;
  }

  /**
   * Runs {@code action} while a writer waits on a FIFO, so no test can block on it. Code that
   * wrongly opens the FIFO for reading gets a small card and returns (so the test fails instead of
   * hanging); code that rightly refuses it leaves the writer waiting, and the writer is then
   * released by opening the FIFO for reading and writing, which never blocks on Linux.
   */
  static void whileAWriterWaits(Path fifo, Action action) throws Exception {
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
        out.write("---\ntitle: \"read from a FIFO\"\n---\n".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the reader went away: nothing to release
      }
    }, "fifo-writer");
    writer.setDaemon(true);
    writer.start();
    try {
      action.run();
    } finally {
      FileChannel release = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        writer.join();
      } finally {
        release.close();
      }
    }
  }
}
