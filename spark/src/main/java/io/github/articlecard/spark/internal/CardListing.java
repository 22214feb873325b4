package io.github.articlecard.spark.internal;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardFileFinder;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Lists the card files under the paths given to the source, on the driver, with {@link
 * CardFileFinder}'s rules: a local path ({@code file:}) through the finder itself, any other Hadoop
 * file system by walking it folder by folder and asking {@link CardFileFinder#accepts} about each
 * entry. Folders whose names start with {@code _} or {@code .} are listed like any other unless the
 * finder passes over them (Spark's own file sources skip them). A subfolder that cannot be listed
 * becomes a failed outcome and the rest is listed; a path that does not exist fails the read.
 *
 * @param files the card files, sorted by path, each with its size
 * @param unreadable one failed outcome per folder that could not be listed
 */
public record CardListing(List<ListedFile> files, List<FileOutcome> unreadable) {

  /**
   * One card file.
   *
   * @param path the qualified path ({@code file:/...}, {@code s3a://bucket/...})
   * @param size its size in bytes, as listed
   */
  public record ListedFile(String path, long size) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Lists the paths of these options. */
  public static CardListing list(ReadOptions options, Configuration conf) {
    CardFileFinder finder = options.finder();
    List<ListedFile> files = new ArrayList<>();
    List<FileOutcome> unreadable = new ArrayList<>();
    for (String given : options.paths()) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(given);
      try {
        FileSystem fileSystem = path.getFileSystem(conf);
        org.apache.hadoop.fs.Path qualified = fileSystem.makeQualified(path);
        if ("file".equals(qualified.toUri().getScheme())) {
          listLocal(finder, Path.of(qualified.toUri()), files, unreadable);
        } else {
          walk(finder, fileSystem, qualified, files, unreadable);
        }
      } catch (IOException e) {
        throw new CardException(CardException.Kind.IO, given + ": cannot list: " + e, e);
      }
    }
    files.sort(Comparator.comparing(ListedFile::path));
    return new CardListing(List.copyOf(files), List.copyOf(unreadable));
  }

  private static void listLocal(CardFileFinder finder, Path root, List<ListedFile> files,
      List<FileOutcome> unreadable) {
    CardFileFinder.Listing listing = finder.find(root);
    for (Path file : listing.files()) {
      files.add(new ListedFile(qualified(file), size(file)));
    }
    for (CardFile folder : listing.unreadable()) {
      CardException error = folder.error();
      unreadable.add(FileOutcome.failed(qualified(folder.path()), error != null
          ? FileOutcome.Problem.of(qualified(folder.path()), error)
          : new FileOutcome.Problem(CardException.Kind.IO.name(), 0, 0, "cannot list")));
    }
  }

  /** The {@code file:} form of a local path, as Hadoop qualifies it. */
  private static String qualified(Path local) {
    URI uri = local.toAbsolutePath().toUri();
    return new org.apache.hadoop.fs.Path(uri).toString();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reading it reports the problem
    }
  }

  /**
   * Walks a Hadoop file system from {@code root}: folders one by one (an explicit stack), entries
   * kept or passed over by the finder from their path relative to the root.
   */
  static void walk(CardFileFinder finder, FileSystem fileSystem, org.apache.hadoop.fs.Path root,
      List<ListedFile> files, List<FileOutcome> unreadable) throws IOException {
    FileStatus rootStatus;
    try {
      rootStatus = fileSystem.getFileStatus(root);
    } catch (FileNotFoundException e) {
      throw new CardException(CardException.Kind.IO, root + ": no such file or folder", e);
    }
    if (!rootStatus.isDirectory()) {
      files.add(new ListedFile(rootStatus.getPath().toString(), rootStatus.getLen()));
      return;
    }
    Deque<Folder> folders = new ArrayDeque<>();
    folders.push(new Folder(rootStatus.getPath(), ""));
    while (!folders.isEmpty()) {
      Folder folder = folders.pop();
      FileStatus[] entries;
      try {
        entries = fileSystem.listStatus(folder.path);
      } catch (IOException | UncheckedIOException e) {
        if (folder.relative.isEmpty()) {
          throw e;
        }
        unreadable.add(FileOutcome.failed(folder.path.toString(), new FileOutcome.Problem(
            CardException.Kind.IO.name(), 0, 0, folder.path + ": cannot list the folder: " + e)));
        continue;
      }
      for (FileStatus entry : entries) {
        String name = entry.getPath().getName();
        String relative = folder.relative.isEmpty() ? name : folder.relative + "/" + name;
        if (!finder.accepts(relative, entry.isDirectory())) {
          continue;
        }
        if (entry.isDirectory()) {
          folders.push(new Folder(entry.getPath(), relative));
        } else {
          files.add(new ListedFile(entry.getPath().toString(), entry.getLen()));
        }
      }
    }
  }

  private record Folder(org.apache.hadoop.fs.Path path, String relative) {}
}
