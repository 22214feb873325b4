package io.github.articlecard.jackson;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** FIFOs, devices and permissions for the file tests; FIFOs come with a guard so no test blocks. */
public final class SpecialFiles {
  /** A character device that never ends. */
  public static final Path ZERO = Path.of("/dev/zero");

  private SpecialFiles() {}

  /** Skips the test (with the reason) where there is no /dev/zero. */
  public static void assumeDevices() {
    assumeTrue(Files.exists(ZERO), "no /dev/zero on this system, so no device to read");
  }

  /** Creates a FIFO with {@code mkfifo}, or skips the test (with the reason) where there is none. */
  public static Path fifo(Path path) throws IOException, InterruptedException {
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

  /** True when the tests run as root, who may write any file whatever its permission bits. */
  public static boolean runningAsRoot(Path folder) throws IOException {
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
  public static Path mode(Path path, String permissions) throws IOException {
    return Files.setPosixFilePermissions(path,
        java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
  }

  /** Returns a file's permission bits as a string such as {@code rw-r--r--}. */
  public static String mode(Path path) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
    return java.nio.file.attribute.PosixFilePermissions.toString(permissions);
  }

  /** Something a test does while a writer waits on a FIFO. */
  public interface Action {
    /** Runs the action. */
    void run() throws Exception;
  }

  /**
   * Runs {@code action} while a writer waits on a FIFO, so no test can block on it. Code that
   * wrongly opens the FIFO for reading gets a small card and returns (so the test fails instead of
   * hanging); code that rightly refuses it leaves the writer waiting, and the writer is then
   * released by opening the FIFO for reading and writing, which never blocks on Linux.
   */
  public static void whileAWriterWaits(Path fifo, Action action) throws Exception {
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
