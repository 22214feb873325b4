package io.github.articlecard.spark.internal;

import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.fs.FileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Opens the files of the {@code path} column: local ones ({@code file:}) through {@link CardMapper}'s
 * own file methods (regular files only, bounded reads, atomic replacement), those of any other
 * Hadoop file system through its streams.
 */
public final class CardFiles {
  private CardFiles() {}

  /** Returns the local path of a {@code file:} path, or null for another file system. */
  public static @Nullable Path local(String path) {
    URI uri = new org.apache.hadoop.fs.Path(path).toUri();
    return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
  }

  /**
   * Reads one card file.
   *
   * @throws CardException if it cannot be read or is not a card text
   * @throws IOException if the Hadoop file system fails
   */
  public static CardDocument read(CardMapper mapper, String path, HadoopConf conf) throws IOException {
    Path local = local(path);
    if (local != null) {
      return mapper.read(local);
    }
    org.apache.hadoop.fs.Path hadoop = new org.apache.hadoop.fs.Path(path);
    try (InputStream in = hadoop.getFileSystem(conf.get()).open(hadoop)) {
      return mapper.read(in);
    }
  }

  /** Writes bytes to a path of any Hadoop file system, replacing what is there. */
  public static void write(String path, byte[] bytes, HadoopConf conf) throws IOException {
    org.apache.hadoop.fs.Path hadoop = new org.apache.hadoop.fs.Path(path);
    FileSystem fileSystem = hadoop.getFileSystem(conf.get());
    try (OutputStream out = fileSystem.create(hadoop, true)) {
      out.write(bytes);
    }
  }

  /** Copies a file's bytes, as they are, from one path to another (of any file systems). */
  public static void copy(String from, String to, HadoopConf conf) throws IOException {
    Path localFrom = local(from);
    Path localTo = local(to);
    if (localFrom != null && localTo != null) {
      Path parent = localTo.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.copy(localFrom, localTo, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(from);
    try (InputStream in = source.getFileSystem(conf.get()).open(source)) {
      write(to, in.readAllBytes(), conf);
    }
  }
}
