package io.github.articlecard.jackson;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one file in {@link CardMapper#readAll(Path)}: the document, or the error
 * that stopped it. A bulk read never stops at a bad file.
 *
 * <pre>{@code
 * try (Stream<CardFile> files = mapper.readAll(Path.of("content"))) {
 *   files.filter(CardFile::failed)
 *       .forEach(file -> System.err.println(file.error().getMessage()));
 * }
 * }</pre>
 *
 * @param path the file
 * @param document the document, or null when reading failed
 * @param error what went wrong, or null when the file was read
 */
public record CardFile(Path path, @Nullable CardDocument document, @Nullable CardException error) {
  /**
   * Creates an outcome; exactly one of document and error is set.
   *
   * @throws IllegalArgumentException if both or neither are set
   */
  public CardFile {
    Objects.requireNonNull(path, "path");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of document and error must be set");
    }
  }

  /**
   * Tells whether reading failed.
   *
   * @return true when {@link #error()} is set
   */
  public boolean failed() {
    return error != null;
  }
}
