package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a file atomically: writes a temporary file beside it, forces it to disk, gives it the
 * old file's permission bits (and owner and group where the process may), then renames it over the
 * file. A symbolic link is followed (chains too) and its final target replaced, the temporary file
 * beside that target, so the link stays a link. Any failure leaves the file as it was and removes
 * the temporary file.
 *
 * <p>Refused before anything is created: a target that exists but is not a regular file (folder,
 * device, FIFO), and a file without write permission. A file counts as read-only when the process
 * may not write it ({@link Files#isWritable}) or, on POSIX file systems, when its permission bits
 * let nobody write it (such as {@code 0444}): a process running as root would otherwise overwrite a
 * file that its owner made read-only. A new file gets the permissions the process gives any new
 * file (0666 less the umask).
 */
public final class FileReplacer {
  /**
   * The steps of a replacement, in order; tests inject a failure before each one. The hook gets
   * the temporary file, or before {@link #CREATE} the folder it goes in.
   */
  public enum Stage {
    /** Creating the temporary file beside the target. */
    CREATE,
    /** Writing the bytes into it. */
    WRITE,
    /** Forcing them to disk. */
    FORCE,
    /** Giving it the old file's owner and group. */
    OWNER,
    /** Giving it the old file's permission bits. */
    PERMISSIONS,
    /** Renaming it over the target. */
    MOVE
  }

  private static final StageHook<Stage> NOTHING = (stage, path) -> { };
  private static final int MOST_LINKS = 40;
  private static final int NAME_IN_TEMPORARY = 32;
  private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
  private static final FileAttribute<Set<PosixFilePermission>> NEW_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"));

  private FileReplacer() {}

  /** Replaces {@code target} with {@code bytes}. */
  public static void replace(Path target, byte[] bytes) {
    replace(target, bytes, NOTHING);
  }

  /** Replaces {@code target} with {@code bytes}, running {@code steps} before each stage. */
  public static void replace(Path target, byte[] bytes, StageHook<Stage> steps) {
    Path file = finalTarget(target.toAbsolutePath());
    String what = file.equals(target.toAbsolutePath()) ? "cannot write"
        : "cannot write " + file + " (the target of the link)";
    @Nullable PosixFileAttributes old = checkWritable(file, what);
    Path folder = file.getParent();
    if (folder == null) {
      throw new CardException(Kind.IO, what + ": not a file");
    }
    Path temporary = null;
    CardException failure = null;
    try {
      steps.before(Stage.CREATE, folder);
      temporary = create(folder, file, old, what);
      steps.before(Stage.WRITE, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        steps.before(Stage.FORCE, temporary);
        channel.force(true);
      }
      if (old != null) {
        steps.before(Stage.OWNER, temporary);
        keepOwner(temporary, old);
        steps.before(Stage.PERMISSIONS, temporary);
        Files.setPosixFilePermissions(temporary, old.permissions());
        keepSpecialBits(file, temporary);
      }
      steps.before(Stage.MOVE, temporary);
      move(temporary, file);
      temporary = null;
    } catch (CardException e) {
      failure = e;
      throw e;
    } catch (IOException e) {
      failure = IoProblems.failure(what, e);
      throw failure;
    } catch (RuntimeException e) {
      failure = new CardException(Kind.IO, what + ": " + e, e);
      throw failure;
    } finally {
      if (temporary != null) {
        remove(temporary, failure);
      }
    }
  }

  /**
   * Gives the new file the old one's set-user-ID, set-group-ID and sticky bits, which
   * {@code PosixFilePermission} cannot say, where the file system has the {@code unix} attribute
   * view (Linux, macOS); after the owner is set, since changing the owner clears them.
   */
  private static void keepSpecialBits(Path file, Path temporary) throws IOException {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return; // no unix view: there are no such bits to keep
    }
    if ((mode & 07000) != 0) {
      Files.setAttribute(temporary, "unix:mode", mode & 07777);
    }
  }

  /** Follows symbolic links from {@code path} to the file they end at, which may not exist yet. */
  private static Path finalTarget(Path path) {
    Path current = path;
    try {
      for (int links = 0; Files.isSymbolicLink(current); links++) {
        if (links == MOST_LINKS) {
          throw new CardException(Kind.IO, "cannot write: more than " + MOST_LINKS
              + " symbolic links in a row (a loop?)");
        }
        current = current.resolveSibling(Files.readSymbolicLink(current));
      }
    } catch (IOException e) {
      throw IoProblems.failure("cannot write: cannot follow the symbolic link", e);
    }
    return current;
  }

  /**
   * Refuses a file that exists but is not regular or is read-only; returns its POSIX attributes
   * (null for a new file or a file system without POSIX permissions).
   */
  private static @Nullable PosixFileAttributes checkWritable(Path file, String what) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw IoProblems.failure(what, e);
    }
    if (!attributes.isRegularFile()) {
      throw new CardException(Kind.IO, what + ": not a regular file but "
          + IoProblems.describe(file, attributes) + "; only regular files are replaced");
    }
    PosixFileAttributes posix = null;
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      try {
        posix = Files.readAttributes(file, PosixFileAttributes.class);
      } catch (IOException e) {
        throw IoProblems.failure(what, e);
      }
      if (posix.permissions().stream().noneMatch(WRITE::contains)) {
        throw readOnly(what, "its permissions are "
            + PosixFilePermissions.toString(posix.permissions()));
      }
    }
    if (!Files.isWritable(file)) {
      throw readOnly(what, "this process may not write it");
    }
    return posix;
  }

  private static CardException readOnly(String what, String why) {
    return new CardException(Kind.IO, what + ": the file is read-only (" + why
        + "); make it writable first if it should change");
  }

  private static Path create(Path folder, Path file, @Nullable PosixFileAttributes old,
      String what) throws IOException {
    String prefix = "." + shortened(file.getFileName().toString()) + ".";
    try {
      if (old == null && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return Files.createTempFile(folder, prefix, ".tmp", NEW_FILE);   // 0666 less the umask
      }
      return Files.createTempFile(folder, prefix, ".tmp");   // 0600 until the old bits are set
    } catch (AccessDeniedException e) {
      throw new CardException(Kind.IO, what + ": cannot create a temporary file beside it:"
          + " permission denied (an atomic replace needs write permission on the folder)", e);
    }
  }

  /** Returns at most the first few code points of a name, for the temporary file's name. */
  private static String shortened(String name) {
    return name.codePointCount(0, name.length()) <= NAME_IN_TEMPORARY ? name
        : name.substring(0, name.offsetByCodePoints(0, NAME_IN_TEMPORARY));
  }

  /** Gives the temporary file the old file's group and owner where the process may. */
  private static void keepOwner(Path temporary, PosixFileAttributes old) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary,
        PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes now = view.readAttributes();
    if (!now.group().equals(old.group())) {
      try {
        view.setGroup(old.group());
      } catch (IOException | UnsupportedOperationException e) {
        // not a member of that group: the file takes the process's group, as any new file would
      }
    }
    if (!now.owner().equals(old.owner())) {
      try {
        view.setOwner(old.owner());
      } catch (IOException | UnsupportedOperationException e) {
        // only a privileged process may give a file away: it stays the process's own
      }
    }
  }

  private static void move(Path temporary, Path file) throws IOException {
    try {
      // POSIX renames replace anyway; other file systems (zip) replace only when asked to
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void remove(Path temporary, @Nullable CardException failure) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
