package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input kind reads the same document; bytes are strict UTF-8; I/O failures are CardExceptions. */
class ReadInputsTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private final CardMapper mapper = CardMapper.builder().build();

  @TempDir
  Path folder;

  @Test
  void stringBytesPathStreamAndReaderGiveTheSameDocument() throws IOException {
    byte[] bytes = SEED.getBytes(StandardCharsets.UTF_8);
    Path file = folder.resolve("seed.md");
    Files.write(file, bytes);

    assertThat(mapper.read(bytes).text()).isEqualTo(SEED);
    assertThat(mapper.read(file).text()).isEqualTo(SEED);
    assertThat(mapper.read(new ByteArrayInputStream(bytes)).text()).isEqualTo(SEED);
    assertThat(mapper.read(new StringReader(SEED)).text()).isEqualTo(SEED);
    assertThat(mapper.read(new ByteArrayInputStream(bytes)).card()).isEqualTo(mapper.read(SEED).card());
  }

  @Test
  void aBomIsKeptFromBytes() {
    byte[] bytes = ("\uFEFF" + SEED).getBytes(StandardCharsets.UTF_8);

    CardDocument doc = mapper.read(bytes);

    assertThat(doc.text()).startsWith("\uFEFF---\n");
    assertThat(doc.withCard(doc.card().toBuilder().heat(3).build()).text()).startsWith("\uFEFF---\n");
  }

  @Test
  void streamsAndReadersStopAtTheInputSizeLimit() {
    CardMapper small = CardMapper.builder().maxInputSize(100).build();
    String big = "---\na: " + "x".repeat(200) + "\n---\n";

    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CardParseException.class).hasMessageContaining("maxInputSize");
    assertThatThrownBy(() -> small.read(new StringReader(big)))
        .isInstanceOf(CardParseException.class).hasMessageContaining("maxInputSize");
  }

  @Test
  void invalidUtf8FromAStreamIsReportedNotReplaced() {
    byte[] bytes = "---\na: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> mapper.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(CardParseException.class).hasMessageContaining("invalid UTF-8 at byte offset 10");
  }

  @Test
  void failingStreamsAndReadersBecomeCardExceptions() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("stream broke");
      }
    };
    Reader brokenReader = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("reader broke");
      }

      @Override
      public void close() {
      }
    };

    assertThatThrownBy(() -> mapper.read(broken)).isInstanceOf(CardException.class)
        .hasMessageContaining("stream broke").hasCauseInstanceOf(IOException.class);
    assertThatThrownBy(() -> mapper.read(brokenReader)).isInstanceOf(CardException.class)
        .hasMessageContaining("reader broke").hasCauseInstanceOf(IOException.class);
  }

  @Test
  void readingAFolderAsAFileIsACardException() {
    assertThatThrownBy(() -> mapper.read(folder)).isInstanceOf(CardException.class)
        .hasMessageContaining(folder.toString());
  }
}
