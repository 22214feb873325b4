package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Opens a path that must be a regular file for reading, so that no interleaving with another
 * program can make the open block or read something else: links are resolved to the real path
 * first, that path is checked to be a regular file and opened without following a link that
 * took its place ({@code NOFOLLOW_LINKS}), the open runs under a {@link GuardedOpen} (a FIFO
 * renamed over the file cannot block it), and what was opened is checked again: a channel that
 * cannot tell its position (a FIFO, socket or terminal) is refused.
 */
public final class RegularFileOpener {
  /**
   * The steps of opening, in order; tests swap files before each one. The hook gets the path
   * given before {@link #RESOLVE}, the real path before the others.
   */
  public enum Stage {
    /** Resolving links to the real path. */
    RESOLVE,
    /** Checking that the real path is a regular file. */
    CHECK,
    /** Opening it. */
    OPEN,
    /** Reading what was opened (after the open, before the first read). */
    READ
  }

  /** Steps that do nothing. */
  public static final StageHook<Stage> NOTHING = (stage, path) -> { };

  private static final Set<OpenOption> NOT_FOLLOWING =
      Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  private static final Set<OpenOption> READING = Set.of(StandardOpenOption.READ);

  /**
   * An open regular file.
   *
   * @param channel the open channel, at position 0
   * @param size the size the file claimed when it was checked, only a hint
   */
  public record Opened(FileChannel channel, long size) {}

  private RegularFileOpener() {}

  /**
   * Opens {@code path} for reading.
   *
   * @throws CardException ({@link Kind#IO}) if it is not a regular file, or was replaced by
   *     something else as it was opened
   * @throws IOException if it cannot be resolved or opened
   */
  public static Opened open(Path path, StageHook<Stage> steps, GuardedOpen guard) throws IOException {
    steps.before(Stage.RESOLVE, path);
    Path real = path.toRealPath();
    steps.before(Stage.CHECK, real);
    BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isRegularFile()) {
      throw notRegular(IoProblems.describe(real, attributes));
    }
    steps.before(Stage.OPEN, real);
    // Links were resolved above; on the default file system a link put in the real path's place
    // since is not followed (other providers, such as zip, take no link options and have no FIFOs)
    Set<OpenOption> options = real.getFileSystem() == FileSystems.getDefault() ? NOT_FOLLOWING : READING;
    FileChannel channel = guard.open(real, true, () -> checked(opened(real, options), real),
        FileChannel::close);
    try {
      steps.before(Stage.READ, real);
    } catch (IOException | RuntimeException | Error e) {
      channel.close();
      throw e;
    }
    return new Opened(channel, attributes.size());
  }

  /** Opens the real path; a link that took its place is refused, not followed. */
  private static FileChannel opened(Path real, Set<OpenOption> options) throws IOException {
    try {
      return FileChannel.open(real, options);
    } catch (IOException e) {   // ELOOP, which Java 17 reports as a plain IOException
      if (Files.isSymbolicLink(real)) {
        throw new CardException(Kind.IO, "cannot read: a symbolic link took the file's place as it"
            + " was opened; read it again to follow the link", e);
      }
      throw e;
    }
  }

  /**
   * Returns the channel if it can tell its position, as every regular file can; closes it and
   * refuses it otherwise (lseek on a FIFO, socket or terminal fails).
   */
  private static FileChannel checked(FileChannel channel, Path real) throws IOException {
    try {
      channel.position();
      return channel;
    } catch (IOException e) {
      channel.close();
      String what = IoProblems.isFifo(real) ? "a FIFO (named pipe)"
          : "something that cannot seek (a FIFO, socket or terminal)";
      throw notRegular(what + ", put in the file's place as it was opened");
    }
  }

  private static CardException notRegular(String what) {
    return new CardException(Kind.IO, "cannot read: not a regular file but " + what
        + "; only regular files are read as cards");
  }
}
