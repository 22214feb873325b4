package io.github.articlecard.jackson.internal.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes the private folder a replacement's temporary file lives in while it is written: created
 * beside the target (the same file system, so the final rename is atomic) with mode {@code 0700}
 * given at creation, never changed later, so that nobody but the owner can open the new content
 * through it, whatever the old file's or the temporary file's own mode, group or ACL grant while
 * they are being set. A fresh random name each time, never an existing folder: a folder left by a
 * crash is neither reused nor in the way.
 */
final class StagingFolder {
  /** The staging folder's permissions: the owner's alone. */
  static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
  /** The end of a staging folder's name. */
  static final String SUFFIX = ".staging";

  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_AT_CREATION =
      PosixFilePermissions.asFileAttribute(PRIVATE);
  private static final int MOST_NAME_TRIES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private StagingFolder() {}

  /**
   * Creates a staging folder in {@code folder}, named {@code prefix}, a random number and
   * {@link #SUFFIX}; returns null where the file system has no POSIX permissions (Windows, zip),
   * where the temporary file goes in {@code folder} itself as before.
   *
   * @param what the start of failure messages, such as {@code cannot write}
   */
  static @Nullable Path create(Path folder, String prefix, String what) throws IOException {
    if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return null;
    }
    for (int tries = 1; ; tries++) {
      Path staging = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + SUFFIX);
      try {
        Files.createDirectory(staging, PRIVATE_AT_CREATION);
      } catch (FileAlreadyExistsException e) {
        if (tries == MOST_NAME_TRIES) {
          throw e;
        }
        continue;
      } catch (AccessDeniedException e) {
        throw FileReplacer.noTemporaryFile(what, e);
      }
      // the umask may only have taken bits away: give the owner back what it needs, nobody else
      if (!Files.getPosixFilePermissions(staging, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)) {
        Files.setPosixFilePermissions(staging, PRIVATE);
      }
      return staging;
    }
  }
}
