package io.github.articlecard.jackson.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a replacement must keep of a file, read from the old file and from the new one to name what
 * the new one would lose: owner and group, permission bits (with set-user-ID, set-group-ID and
 * sticky where the {@code unix} view has them), user extended attributes ({@code user.*} on Linux,
 * through {@link UserDefinedFileAttributeView}) and the ACL where the file system shows one through
 * {@link AclFileAttributeView} (Windows). Views a file system lacks are left out: there is nothing
 * of theirs to keep.
 *
 * <p>Java cannot read Linux's POSIX ACLs (the {@code system.posix_acl_access} attribute); they are
 * kept by copying every extended attribute of the old file ({@code Files.copy} with
 * {@code COPY_ATTRIBUTES} does), not compared here.
 */
final class KeptAttributes {
  private static final int UNKNOWN = -1;
  /** The loss of extended attributes this process may not read. */
  static final String UNREADABLE = "its extended attributes and POSIX ACL, if it has any, which"
      + " this process may not read: it may write the file but not read it (such as mode 0200)";

  private final @Nullable UserPrincipal owner;
  private final @Nullable GroupPrincipal group;
  private final @Nullable Set<PosixFilePermission> permissions;
  private final int mode;
  private final @Nullable Map<String, ByteBuffer> userAttributes;   // null: this process may not read them
  private final @Nullable List<AclEntry> acl;

  private KeptAttributes(@Nullable UserPrincipal owner, @Nullable GroupPrincipal group,
      @Nullable Set<PosixFilePermission> permissions, int mode,
      @Nullable Map<String, ByteBuffer> userAttributes, @Nullable List<AclEntry> acl) {
    this.owner = owner;
    this.group = group;
    this.permissions = permissions;
    this.mode = mode;
    this.userAttributes = userAttributes;
    this.acl = acl;
  }

  /**
   * Reads them from a file (a link is not followed). Reading extended attributes opens the file,
   * so callers run this under a {@link GuardedOpen}.
   *
   * @throws IOException if a view the file system has cannot be read
   */
  static KeptAttributes of(Path file) throws IOException {
    UserPrincipal owner = null;
    GroupPrincipal group = null;
    Set<PosixFilePermission> permissions = null;
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (posix != null) {
      PosixFileAttributes attributes = posix.readAttributes();
      owner = attributes.owner();
      group = attributes.group();
      permissions = attributes.permissions();
    } else {
      FileOwnerAttributeView ownerView = Files.getFileAttributeView(file,
          FileOwnerAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      owner = ownerView == null ? null : ownerView.getOwner();
    }
    AclFileAttributeView aclView = Files.getFileAttributeView(file, AclFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    return new KeptAttributes(owner, group, permissions, unixMode(file), userAttributes(file),
        aclView == null ? null : List.copyOf(aclView.getAcl()));
  }

  /** Returns the file's {@code unix:mode} bits (07777), or {@link #UNKNOWN} without that view. */
  private static int unixMode(Path file) throws IOException {
    try {
      return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return UNKNOWN;
    }
  }

  /**
   * Returns the user extended attributes by name; none where the file system has none; null where
   * this process may not read them (Linux reads them through an open for reading, which a file the
   * process may write but not read, such as one of mode {@code 0200}, refuses).
   */
  private static @Nullable Map<String, ByteBuffer> userAttributes(Path file) throws IOException {
    UserDefinedFileAttributeView view = Files.getFileAttributeView(file,
        UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    Map<String, ByteBuffer> values = new TreeMap<>();
    if (view == null) {
      return values;
    }
    List<String> names;
    try {
      names = view.list();
    } catch (AccessDeniedException e) {
      return null;
    } catch (FileSystemException e) {
      if (!Files.getFileStore(file).supportsFileAttributeView(UserDefinedFileAttributeView.class)) {
        return values;   // mounted without extended attributes: there are none to keep
      }
      throw e;
    }
    for (String name : names) {
      ByteBuffer value = ByteBuffer.allocate(view.size(name));
      view.read(name, value);
      values.put(name, value.flip());
    }
    return values;
  }

  /** The old file's owner, where the file system has owners. */
  @Nullable UserPrincipal owner() {
    return owner;
  }

  /** The old file's group, where the file system has POSIX groups. */
  @Nullable GroupPrincipal group() {
    return group;
  }

  /** The old file's permission bits, where the file system has POSIX permissions. */
  @Nullable Set<PosixFilePermission> permissions() {
    return permissions;
  }

  /** The old file's mode bits (07777) where the file system has the {@code unix} view, else -1. */
  int mode() {
    return mode;
  }

  /**
   * Tells whether this process may not read the file's extended attributes (nor so its POSIX ACL,
   * which is one of them), so that they cannot be kept.
   */
  boolean extendedAttributesUnreadable() {
    return userAttributes == null;
  }

  /** The old file's ACL, where the file system shows one through {@link AclFileAttributeView}. */
  @Nullable List<AclEntry> acl() {
    return acl;
  }

  /**
   * Names, in words, what of these attributes {@code replacement} does not have: an empty list when
   * it keeps them all. Attributes it has besides are no loss.
   */
  List<String> lostIn(KeptAttributes replacement) {
    List<String> lost = new ArrayList<>();
    if (owner != null && !owner.equals(replacement.owner)) {
      lost.add("the owner " + owner.getName() + " (the new file's would be "
          + name(replacement.owner) + ")");
    }
    if (group != null && !group.equals(replacement.group)) {
      lost.add("the group " + group.getName() + " (the new file's would be "
          + name(replacement.group) + ")");
    }
    if (mode != UNKNOWN && mode != replacement.mode) {
      lost.add("the mode " + octal(mode) + " (the new file's would be " + octal(replacement.mode) + ")");
    } else if (mode == UNKNOWN && permissions != null
        && !permissions.equals(replacement.permissions)) {
      lost.add("the permissions " + PosixFilePermissions.toString(permissions));
    }
    if (userAttributes == null) {
      lost.add(UNREADABLE);
    } else {
      Map<String, ByteBuffer> replacements = replacement.userAttributes;
      userAttributes.forEach((name, value) -> {
        ByteBuffer kept = replacements == null ? null : replacements.get(name);
        if (kept == null || !kept.equals(value)) {
          lost.add("the extended attribute user." + name + (kept == null ? "" : " (its value)"));
        }
      });
    }
    if (acl != null && !acl.equals(replacement.acl)) {
      lost.add("the ACL");
    }
    return lost;
  }

  private static String name(@Nullable UserPrincipal principal) {
    return principal == null ? "none" : principal.getName();
  }

  private static String octal(int mode) {
    return mode == UNKNOWN ? "unknown" : String.format("%04o", mode);
  }
}
