package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.internal.io.FileReplacer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private final CardMapper mapper = CardMapper.builder().build();

  @TempDir
  Path folder;

  @Test
  void writingADocumentReplacesTheFileAndLeavesNothingElse() throws IOException {
    Path file = folder.resolve("card.md");
    Files.writeString(file, SEED);
    CardDocument doc = mapper.read(file);

    mapper.write(doc.withCard(doc.card().toBuilder().heat(5).build()), file);

    assertThat(mapper.read(file).card().heat()).isEqualTo(5);
    assertThat(files()).containsExactly(file);
  }

  @Test
  void aFailureAfterTheTemporaryFileIsWrittenLeavesTheOriginalWholeAndNoTemporaryFile()
      throws IOException {
    Path file = folder.resolve("card.md");
    Files.writeString(file, SEED);
    Path[] temporary = new Path[1];

    assertThatThrownBy(() -> FileReplacer.replace(file, "new".getBytes(StandardCharsets.UTF_8), written -> {
      temporary[0] = written;
      assertThat(Files.readString(written)).isEqualTo("new");
      throw new IOException("disk unplugged");
    })).isInstanceOf(CardException.class).hasMessageContaining("cannot write").hasMessageContaining("disk unplugged");

    assertThat(Files.readString(file)).isEqualTo(SEED);
    assertThat(temporary[0]).isNotNull().doesNotExist();
    assertThat(files()).containsExactly(file);
  }

  @Test
  void writingIntoAMissingFolderFailsWithACardException() {
    Path file = folder.resolve("missing").resolve("card.md");

    assertThatThrownBy(() -> mapper.write(mapper.read(SEED), file)).isInstanceOf(CardException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void readingAPathNamesThePathInErrors() throws IOException {
    Path file = folder.resolve("broken.md");
    Files.writeString(file, "---\ntitle: a\ntitle: b\n---\n");
    Path wrongType = folder.resolve("wrong.md");
    Files.writeString(wrongType, "---\nquality: high\n---\n");

    assertThatThrownBy(() -> mapper.read(file)).isInstanceOf(CardParseException.class)
        .hasMessageStartingWith(file + ": line 3, column 1: duplicate key");
    assertThatThrownBy(() -> mapper.read(wrongType).card()).isInstanceOf(CardBindingException.class)
        .hasMessageStartingWith(wrongType + ": line 2, column 10: quality:");
    assertThatThrownBy(() -> mapper.read(folder.resolve("absent.md"))).isInstanceOf(CardException.class)
        .hasMessageContaining("absent.md").hasMessageContaining("no such file");
  }

  private Stream<Path> filesStream() throws IOException {
    return Files.list(folder);
  }

  private java.util.List<Path> files() throws IOException {
    try (Stream<Path> files = filesStream()) {
      return files.toList();
    }
  }
}
