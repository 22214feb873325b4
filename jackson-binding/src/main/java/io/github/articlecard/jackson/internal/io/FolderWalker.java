package io.github.articlecard.jackson.internal.io;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks a folder tree for card files without stopping at folders it cannot read: those are
 * collected with their reason and the walk goes on. Links to folders are not followed (no loops,
 * no tree visited twice); links to anything else are listed like the files they point to, so that
 * a link to a device or to nothing is reported when read rather than passed over. Names are
 * judged before anything else (an entry the filter passes over is never looked at), and an entry
 * that is gone by the time it is looked at (a probe, swap or temporary file an editor made and
 * removed, a folder removed meanwhile) is passed over, neither listed nor reported. The folder list
 * is an explicit stack, so deep trees cannot overflow the call stack. Nothing it does can block on
 * a FIFO put in a folder's place: listing a folder is the one open, and {@link #FILES} guards it.
 */
public final class FolderWalker {
  /** Opens a folder's listing; tests pass one that fails for chosen folders. */
  public interface Lister {
    /** Opens the entries of {@code folder}. */
    DirectoryStream<Path> open(Path folder) throws IOException;
  }

  /** Decides what the walk skips and what it lists. */
  public interface Filter {
    /**
     * Tells whether to pass over an entry below the root, and everything under it.
     *
     * @param relative the entry's path relative to the root
     */
    boolean skips(Path relative);

    /** Tells whether a file of this name is a card file. */
    boolean isCard(String name);
  }

  /**
   * What a walk found.
   *
   * @param files the card files, sorted by path
   * @param unreadable the folders (or entries) that could not be read, sorted by path
   */
  public record Walk(List<Path> files, Map<Path, Unreadable> unreadable) {}

  /**
   * Why an entry could not be read.
   *
   * @param error the failure
   * @param folder true when a folder's listing failed, false when an entry's type could not be read
   */
  public record Unreadable(IOException error, boolean folder) {}

  /**
   * Lists folders with {@link Files#newDirectoryStream(Path)} under {@link GuardedOpen#DEFAULT}:
   * listing opens the folder, and a FIFO renamed over it would block that open.
   */
  public static final Lister FILES = folder -> GuardedOpen.DEFAULT.open(folder, true,
      () -> Files.newDirectoryStream(folder), DirectoryStream::close);

  private FolderWalker() {}

  /**
   * Walks {@code root}. A root that is not a folder is the only file listed, whatever its name.
   *
   * @throws IOException if the root does not exist or its own listing cannot be opened
   */
  public static Walk walk(Path root, Filter filter, Lister lister) throws IOException {
    if (!Files.readAttributes(root, BasicFileAttributes.class).isDirectory()) {
      return new Walk(List.of(root), Map.of());
    }
    List<Path> files = new ArrayList<>();
    Map<Path, Unreadable> unreadable = new TreeMap<>();
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(root);
    while (!folders.isEmpty()) {
      Path folder = folders.pop();
      try (DirectoryStream<Path> entries = lister.open(folder)) {
        for (Path entry : entries) {
          visit(root, entry, filter, files, folders, unreadable);
        }
      } catch (IOException e) {
        failed(root, folder, e, unreadable);
      } catch (DirectoryIteratorException e) {
        failed(root, folder, e.getCause() != null ? e.getCause() : new IOException(e), unreadable);
      }
    }
    files.sort(null);
    return new Walk(List.copyOf(files), unreadable);
  }

  /**
   * Lists a card file or stacks a folder. The name rules come first, so a passed-over entry is
   * never looked at; an entry gone since the listing (an editor's probe, swap or temporary file,
   * a folder removed meanwhile) is passed over too: it is no card and no failure.
   */
  private static void visit(Path root, Path entry, Filter filter, List<Path> files,
      Deque<Path> folders, Map<Path, Unreadable> unreadable) {
    if (filter.skips(root.relativize(entry))) {
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      unreadable.put(entry, new Unreadable(e, false));
      return;
    }
    if (attributes.isDirectory()) {
      folders.push(entry);
    } else if (filter.isCard(entry.getFileName().toString()) && !isLinkToFolder(entry, attributes)) {
      files.add(entry);
    }
  }

  /**
   * Reports a folder whose listing failed, unless it is gone since its parent was listed; the
   * root's failure is thrown.
   */
  private static void failed(Path root, Path folder, IOException e,
      Map<Path, Unreadable> unreadable) throws IOException {
    if (folder == root) {
      throw e;
    }
    if (!(e instanceof NoSuchFileException) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      unreadable.put(folder, new Unreadable(e, true));
    }
  }

  private static boolean isLinkToFolder(Path entry, BasicFileAttributes attributes) {
    return attributes.isSymbolicLink() && Files.isDirectory(entry);
  }
}
