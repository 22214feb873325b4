package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CardDocument#bytes()}: the file's exact bytes, from the library's strict encoder. */
class DocumentBytesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @Test
  void aDocumentReadFromBytesGivesThemBackWithBomCrlfAndEmoji() throws IOException {
    byte[] file = resource("bytes/bom-crlf-emoji.md");

    CardDocument doc = MAPPER.read(file);

    assertThat(doc.bytes()).isEqualTo(file);
    assertThat(doc.withCard(doc.card()).bytes()).isEqualTo(file);
  }

  @Test
  void anEditedDocumentsBytesAreItsTextInUtf8() throws IOException {
    CardDocument doc = MAPPER.read(resource("bytes/bom-crlf-emoji.md"));

    CardDocument edited = doc.withCard(doc.card().toBuilder().quality(6).title("Thé \uD83C\uDF75").build());

    String back = new String(edited.bytes(), StandardCharsets.UTF_8);
    assertThat(back).isEqualTo(edited.text());
    assertThat(back).startsWith("\uFEFF---\r\ntitle: \"Thé \uD83C\uDF75\"\r\nquality: 6\r\n");
    assertThat(MAPPER.read(edited.bytes()).card()).isEqualTo(edited.card());
  }

  @Test
  void aDocumentReadFromAStringOrAPathGivesTheFilesBytes(@TempDir Path dir)
      throws IOException {
    byte[] file = resource("bytes/bom-crlf-emoji.md");
    Path path = dir.resolve("card.md");
    Files.write(path, file);

    assertThat(MAPPER.read(path).bytes()).isEqualTo(file);
    assertThat(MAPPER.read(new String(file, StandardCharsets.UTF_8)).bytes()).isEqualTo(file);
  }

  @Test
  @NeedsCorpus
  void everyCorpusCardGivesBackItsFileByteForByte() throws IOException {
    for (Path card : Corpus.allCards()) {
      byte[] file = Files.readAllBytes(card);
      assertThat(MAPPER.read(file).bytes()).as(card.toString()).isEqualTo(file);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DocumentBytesTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
