package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file atomically: writes a temporary file in the same folder, forces it to disk, then
 * moves it over the target. Any failure leaves the target as it was and removes the temporary file.
 */
public final class FileReplacer {
  /** A step of the replacement, so that tests can inject a failure between steps. */
  public interface Step {
    /** Runs after the temporary file is written and before it is moved into place. */
    void afterTemporaryWritten(Path temporary) throws IOException;
  }

  private static final Step NOTHING = temporary -> { };

  private FileReplacer() {}

  /** Replaces {@code target} with {@code bytes}. */
  public static void replace(Path target, byte[] bytes) {
    replace(target, bytes, NOTHING);
  }

  /** Replaces {@code target} with {@code bytes}, running {@code step} before the move. */
  public static void replace(Path target, byte[] bytes, Step step) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      step.afterTemporaryWritten(temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | RuntimeException e) {
      throw new CardException(CardException.Kind.IO, "cannot write " + target + ": " + e, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the write already failed; that failure is what the caller hears about
        }
      }
    }
  }
}
