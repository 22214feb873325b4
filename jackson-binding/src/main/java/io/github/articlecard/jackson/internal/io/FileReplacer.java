package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a file atomically: makes a temporary file as a copy of the old file with its attributes
 * ({@code Files.copy} with {@code COPY_ATTRIBUTES}: owner and group where the process may set
 * them, permission bits, and every extended attribute, which on Linux includes the POSIX ACL in
 * {@code system.posix_acl_access}), writes the new bytes into it, forces it to disk, checks that it
 * kept what the old file had, then renames it over the file. On POSIX file systems the temporary
 * file lives in a {@link StagingFolder} made beside the target with mode {@code 0700} at creation,
 * so that while its mode, owner and ACL are still being set nobody but the owner can open the new
 * content (the rename out of it stays on one file system, so it is atomic); elsewhere (Windows, zip)
 * it lives beside the target. A symbolic link is followed (chains too) and its final target
 * replaced, the staging folder beside that target, so the link stays a link. Any failure leaves the
 * file as it was and removes the temporary file and the staging folder.
 *
 * <p>Refused before anything is created: a target that exists but is not a regular file (folder,
 * device, FIFO), and a file without write permission. A file counts as read-only when the process
 * may not write it ({@link Files#isWritable}) or, on POSIX file systems, when its permission bits
 * let nobody write it (such as {@code 0444}): a process running as root would otherwise overwrite a
 * file that its owner made read-only. A new file gets the permissions the process gives any new
 * file (0666 less the umask, or the folder's default ACL).
 *
 * <p>Refused before the rename, unless the caller allows the loss: a new file that would not keep
 * the old one's owner, group, mode or user extended attributes ({@link KeptAttributes} names what),
 * since who may read or write the file would change; and a file that another program replaced
 * while this one was being prepared. Every open of a path another program could swap runs under a
 * {@link GuardedOpen}, so a FIFO put in the way cannot block the write.
 */
public final class FileReplacer {
  /**
   * The steps of a replacement, in order; tests inject a failure before each one. The hook gets
   * the temporary file, or before {@link #CREATE} the folder it goes in.
   */
  public enum Stage {
    /**
     * Creating the staging folder beside the target and the temporary file in it, as a copy of the
     * old file if there is one.
     */
    CREATE,
    /** Writing the bytes into it. */
    WRITE,
    /** Forcing them to disk. */
    FORCE,
    /** Giving it the old file's owner and group where the copy could not. */
    OWNER,
    /** Giving it the old file's permission bits again (writing may clear set-user-ID). */
    PERMISSIONS,
    /** Checking that it kept the old file's attributes, and that the old file is still there. */
    ATTRIBUTES,
    /** Renaming it over the target. */
    MOVE
  }

  private static final StageHook<Stage> NOTHING = (stage, path) -> { };
  /** Where a write that was allowed to lose attributes says what it lost. */
  private static final System.Logger LOG = System.getLogger("io.github.articlecard.jackson.write");
  private static final int MOST_LINKS = 40;
  private static final int NAME_IN_TEMPORARY = 32;
  private static final int MOST_NAME_TRIES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
  private static final FileAttribute<Set<PosixFilePermission>> NEW_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"));
  private static final String ANYWAY = "to write it anyway, losing that, set"
      + " allowAttributeLoss(true) on CardMapper.builder() (the articlecard command:"
      + " --allow-attribute-loss)";

  /** The old file, as it was checked: its identity and what the new file must keep. */
  private record Existing(@Nullable Object fileKey, KeptAttributes kept) {}

  private FileReplacer() {}

  /**
   * Replaces {@code target} with {@code bytes}.
   *
   * @param allowAttributeLoss whether to write even when the new file cannot keep the old one's
   *     owner, group, mode or extended attributes
   */
  public static void replace(Path target, byte[] bytes, boolean allowAttributeLoss) {
    replace(target, bytes, NOTHING, allowAttributeLoss);
  }

  /** Replaces {@code target} with {@code bytes}, running {@code steps} before each stage. */
  public static void replace(Path target, byte[] bytes, StageHook<Stage> steps) {
    replace(target, bytes, steps, false);
  }

  /**
   * Replaces {@code target} with {@code bytes}, running {@code steps} before each stage.
   *
   * @param allowAttributeLoss whether to write even when the new file cannot keep the old one's
   *     owner, group, mode or extended attributes
   */
  public static void replace(Path target, byte[] bytes, StageHook<Stage> steps,
      boolean allowAttributeLoss) {
    Path file = finalTarget(target.toAbsolutePath());
    String what = file.equals(target.toAbsolutePath()) ? "cannot write"
        : "cannot write " + file + " (the target of the link)";
    @Nullable Existing old = checkWritable(file, what, allowAttributeLoss);
    Path folder = file.getParent();
    if (folder == null) {
      throw new CardException(Kind.IO, what + ": not a file");
    }
    Path staging = null;
    Path temporary = null;
    CardException failure = null;
    try {
      steps.before(Stage.CREATE, folder);
      staging = StagingFolder.create(folder, prefix(file), what);
      Path place = staging == null ? folder : staging;
      temporary = old == null ? createNew(place, file, what)
          : copyOf(file, place, what, allowAttributeLoss);
      @Nullable Object made = fileKey(temporary);
      steps.before(Stage.WRITE, temporary);
      try (FileChannel channel = openForWriting(temporary)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        steps.before(Stage.FORCE, temporary);
        channel.force(true);
      }
      if (old != null) {
        steps.before(Stage.OWNER, temporary);
        keepOwner(temporary, old.kept());
        steps.before(Stage.PERMISSIONS, temporary);
        keepPermissions(temporary, old.kept());
        steps.before(Stage.ATTRIBUTES, temporary);
        checkKept(file, temporary, old, what, allowAttributeLoss);
      }
      if (!Objects.equals(fileKey(temporary), made)) {
        throw new CardException(Kind.IO, what + ": another program replaced the temporary file"
            + " for it while it was being written; nothing was written");
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
      if (staging != null) {
        remove(staging, failure);
      }
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
   * Refuses a file that exists but is not regular or is read-only; returns what it is (null for a
   * new file).
   */
  private static @Nullable Existing checkWritable(Path file, String what,
      boolean allowAttributeLoss) {
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
    KeptAttributes kept;
    try {
      kept = GuardedOpen.DEFAULT.open(file, true, () -> KeptAttributes.of(file), unused -> { });
    } catch (IOException e) {
      throw IoProblems.failure(what + ": cannot read its attributes", e);
    }
    Set<PosixFilePermission> permissions = kept.permissions();
    if (permissions != null && permissions.stream().noneMatch(WRITE::contains)) {
      throw readOnly(what, "its permissions are " + PosixFilePermissions.toString(permissions));
    }
    if (!Files.isWritable(file)) {
      throw readOnly(what, "this process may not write it");
    }
    if (kept.extendedAttributesUnreadable() && !allowAttributeLoss) {
      throw new CardException(Kind.IO, what + ": cannot keep " + KeptAttributes.UNREADABLE
          + "; nothing was written; " + ANYWAY + " (the file then keeps its mode, owner and group"
          + " where this process may give them)");
    }
    return new Existing(attributes.fileKey(), kept);
  }

  private static CardException readOnly(String what, String why) {
    return new CardException(Kind.IO, what + ": the file is read-only (" + why
        + "); make it writable first if it should change");
  }

  /** Creates the temporary file for a new file, with the permissions of any new file. */
  private static Path createNew(Path folder, Path file, String what) throws IOException {
    try {
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return Files.createTempFile(folder, prefix(file), ".tmp", NEW_FILE);   // 0666 less the umask
      }
      return Files.createTempFile(folder, prefix(file), ".tmp");
    } catch (AccessDeniedException e) {
      throw noTemporaryFile(what, e);
    }
  }

  /**
   * Creates the temporary file as a copy of the old file with all its attributes, under a fresh
   * random name. Where the old file cannot be read to copy it and the loss is allowed, the
   * temporary file is a new empty one, 0600 until the old permission bits are set.
   */
  private static Path copyOf(Path file, Path folder, String what, boolean allowAttributeLoss)
      throws IOException {
    CopyOption[] options = file.getFileSystem() == FileSystems.getDefault()
        ? new CopyOption[] {StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS}
        : new CopyOption[] {StandardCopyOption.COPY_ATTRIBUTES};
    for (int tries = 1; ; tries++) {
      Path temporary = folder.resolve(prefix(file) + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
      try {
        Path copy = GuardedOpen.DEFAULT.open(file, false,
            () -> Files.copy(file, temporary, options), Files::deleteIfExists);
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(copy);
          throw changedMeanwhile(what);
        }
        return copy;
      } catch (FileAlreadyExistsException e) {
        if (tries == MOST_NAME_TRIES) {
          throw e;
        }
      } catch (AccessDeniedException e) {
        if (temporary.toString().equals(e.getFile())) {
          throw noTemporaryFile(what, e);
        }
        if (!allowAttributeLoss) {
          throw new CardException(Kind.IO, what + ": cannot keep its attributes: they are copied"
              + " with the file, and this process may not read it (permission denied); " + ANYWAY, e);
        }
        return Files.createTempFile(folder, prefix(file), ".tmp");
      }
    }
  }

  /** Returns what identifies a file (device and inode on Linux), or null where nothing does. */
  private static @Nullable Object fileKey(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  static CardException noTemporaryFile(String what, AccessDeniedException e) {
    return new CardException(Kind.IO, what + ": cannot create a temporary file beside it:"
        + " permission denied (an atomic replace needs write permission on the folder)", e);
  }

  private static CardException changedMeanwhile(String what) {
    return new CardException(Kind.IO, what + ": another program replaced the file while this"
        + " write was being prepared; nothing was written, read it again and redo the change");
  }

  /** Opens the temporary file for writing, refusing anything that took its place but a file. */
  private static FileChannel openForWriting(Path temporary) throws IOException {
    Set<OpenOption> options = temporary.getFileSystem() == FileSystems.getDefault()
        ? Set.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
            LinkOption.NOFOLLOW_LINKS)
        : Set.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    return GuardedOpen.DEFAULT.open(temporary, false, () -> {
      FileChannel channel = FileChannel.open(temporary, options);
      try {
        channel.position();
        return channel;
      } catch (IOException e) {
        channel.close();
        throw new IOException("the temporary file was replaced by something that is not a file", e);
      }
    }, FileChannel::close);
  }

  /** Returns the start of the temporary file's name: a dot, the file's name (shortened), a dot. */
  private static String prefix(Path file) {
    Path name = file.getFileName();
    return "." + shortened(name == null ? "card" : name.toString()) + ".";
  }

  /** Returns at most the first few code points of a name, for the temporary file's name. */
  private static String shortened(String name) {
    return name.codePointCount(0, name.length()) <= NAME_IN_TEMPORARY ? name
        : name.substring(0, name.offsetByCodePoints(0, NAME_IN_TEMPORARY));
  }

  /**
   * Gives the temporary file the old file's group and owner where the copy did not and the process
   * may; where it may not, {@link #checkKept} names the loss.
   */
  private static void keepOwner(Path temporary, KeptAttributes old) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal owner = old.owner();
    GroupPrincipal group = old.group();
    if (view == null || owner == null || group == null) {
      return;
    }
    PosixFileAttributes now = view.readAttributes();
    if (!now.group().equals(group)) {
      try {
        view.setGroup(group);
      } catch (IOException | UnsupportedOperationException e) {
        // not a member of that group
      }
    }
    if (!now.owner().equals(owner)) {
      try {
        view.setOwner(owner);
      } catch (IOException | UnsupportedOperationException e) {
        // only a privileged process may give a file away
      }
    }
  }

  /**
   * Gives the temporary file the old file's permission bits, and its set-user-ID, set-group-ID and
   * sticky bits (which {@code PosixFilePermission} cannot say) where the file system has the
   * {@code unix} view; after the owner is set, since changing the owner clears them, as writing
   * does for a process that is not root. On a file with an ACL the group bits are its mask, the
   * same as the copy's, so the ACL does not change. Where the old file's ACL could not be read
   * (a write-only file, written because the loss is allowed), its group bits may be an ACL's mask
   * rather than what its group may do: the new file, which has no ACL, gets no group bits, so that
   * no one gains access (the loss is named with the others).
   */
  private static void keepPermissions(Path temporary, KeptAttributes old) throws IOException {
    Set<PosixFilePermission> permissions = old.permissions();
    if (permissions != null && old.extendedAttributesUnreadable()) {
      permissions = EnumSet.copyOf(permissions);
      permissions.removeAll(EnumSet.of(PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE));
      Files.setPosixFilePermissions(temporary, permissions);
      return; // no set-user-ID, set-group-ID or sticky bit either: nothing more than the old gave
    }
    if (permissions != null) {
      Files.setPosixFilePermissions(temporary, permissions);
    }
    if (old.mode() > 0 && (old.mode() & 07000) != 0) {
      Files.setAttribute(temporary, "unix:mode", old.mode(), LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * Refuses the temporary file unless it kept the old file's attributes (or the loss is allowed),
   * and refuses the write if another program replaced the old file meanwhile.
   */
  private static void checkKept(Path file, Path temporary, Existing old, String what,
      boolean allowAttributeLoss) throws IOException {
    List<AclEntry> acl = old.kept().acl();
    AclFileAttributeView aclView = Files.getFileAttributeView(temporary,
        AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (acl != null && aclView != null) {
      try {
        aclView.setAcl(acl);
      } catch (IOException | UnsupportedOperationException e) {
        // named as lost below
      }
    }
    KeptAttributes now = GuardedOpen.DEFAULT.open(temporary, true,
        () -> KeptAttributes.of(temporary), unused -> { });
    List<String> lost = old.kept().lostIn(now);
    String all = lost.size() <= 1 ? String.join("", lost)
        : String.join(", ", lost.subList(0, lost.size() - 1)) + " and " + lost.get(lost.size() - 1);
    if (!lost.isEmpty() && !allowAttributeLoss) {
      throw new CardException(Kind.IO, what + ": the new file would lose " + all + ", which this"
          + " process cannot carry over; who may read or write the file, or what it carries, would"
          + " change, so nothing was written; " + ANYWAY);
    }
    if (!lost.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "articlecard: writing {0}, allowed to lose attributes:"
          + " the new file loses {1}", file, all);
    }
    try {
      if (!Objects.equals(fileKey(file), old.fileKey())) {
        throw changedMeanwhile(what);
      }
    } catch (NoSuchFileException e) {
      throw changedMeanwhile(what);
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
