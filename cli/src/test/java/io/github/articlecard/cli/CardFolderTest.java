package io.github.articlecard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A test of the command on card files in a temporary folder, written as exact UTF-8 bytes. */
abstract class CardFolderTest {
  /** The seed card's text, LF line endings. */
  static final String SEED = TestFiles.resource("cards/seed.md");

  @TempDir
  Path folder;

  /** Writes a text to a file below the folder, creating the folders on the way. */
  Path write(String name, String text) throws IOException {
    Path path = folder.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the seed card. */
  Path seed(String name) throws IOException {
    return write(name, SEED);
  }

  /** Writes the seed card with CRLF line endings. */
  Path crlfSeed(String name) throws IOException {
    return write(name, SEED.replace("\n", "\r\n"));
  }
}
