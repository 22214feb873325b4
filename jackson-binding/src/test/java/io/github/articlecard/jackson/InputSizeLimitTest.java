package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.CardException.Kind;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every read path takes at most maxInputSize + 1 bytes or characters, accepts a card exactly at the
 * limit, refuses one a byte over it, never overflows at Integer.MAX_VALUE, and does not believe
 * streams that claim sizes or counts they cannot have.
 */
class InputSizeLimitTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private static final byte[] SEED_BYTES = SEED.getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path folder;

  /** A way into a mapper and the size of the seed in its unit (bytes or characters). */
  private record Input(String name, int size, Function<CardMapper, CardDocument> read) {}

  /**
   * The five ways into a mapper, each given the seed; its curly quotes make it fewer characters
   * than bytes, so each input is measured in its own unit.
   */
  private List<Input> everyInput() throws IOException {
    Path file = Files.write(folder.resolve("seed.md"), SEED_BYTES);
    int bytes = SEED_BYTES.length;
    int chars = SEED.length();
    assertThat(chars).isLessThan(bytes);
    return List.of(
        new Input("String", chars, mapper -> mapper.read(SEED)),
        new Input("byte[]", bytes, mapper -> mapper.read(SEED_BYTES)),
        new Input("Path", bytes, mapper -> mapper.read(file)),
        new Input("InputStream", bytes, mapper -> mapper.read(new ByteArrayInputStream(SEED_BYTES))),
        new Input("Reader", chars, mapper -> mapper.read(new StringReader(SEED))));
  }

  @Test
  void aCardExactlyAtTheLimitIsReadByEveryInput() throws IOException {
    for (Input input : everyInput()) {
      CardMapper mapper = CardMapper.builder().maxInputSize(input.size()).build();

      assertThat(input.read().apply(mapper).text()).as(input.name()).isEqualTo(SEED);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 100})
  void aCardOverTheLimitIsRefusedByEveryInputNamingTheSetting(int over) throws IOException {
    for (Input input : everyInput()) {
      CardMapper mapper = CardMapper.builder().maxInputSize(input.size() - over).build();

      assertThatThrownBy(() -> input.read().apply(mapper)).as(input.name())
          .isInstanceOf(CardParseException.class)
          .hasMessageContaining("maxInputSize")
          .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.LIMIT));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE / 2 + 1,
      Integer.MAX_VALUE / 2})
  void aLimitAtTheTopOfTheIntRangeReadsLikeAnyOther(int limit) throws IOException {
    CardMapper mapper = CardMapper.builder().maxInputSize(limit).build();

    for (Input input : everyInput()) {
      assertThat(input.read().apply(mapper).text()).as(input.name()).isEqualTo(SEED);
    }
  }

  @Test
  void aStreamIsNeverAskedForMoreThanTheLimitPlusOneByte() {
    CountingStream endless = new CountingStream(new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    });
    CardMapper mapper = CardMapper.builder().maxInputSize(100_000).build();

    assertThatThrownBy(() -> mapper.read(endless)).isInstanceOf(CardParseException.class)
        .hasMessageContaining("maxInputSize");
    assertThat(endless.delivered).isEqualTo(100_001);
  }

  @Test
  void aReaderIsNeverAskedForMoreThanTheLimitPlusOneCharacter() {
    int[] delivered = {0};
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, 'x');
        delivered[0] += length;
        return length;
      }

      @Override
      public void close() {
      }
    };
    CardMapper mapper = CardMapper.builder().maxInputSize(50_000).build();

    assertThatThrownBy(() -> mapper.read(endless)).isInstanceOf(CardParseException.class)
        .hasMessageContaining("maxInputSize");
    assertThat(delivered[0]).isEqualTo(50_001);
  }

  @Test
  void aStreamThatClaimsHugeAvailabilityIsReadByWhatItDelivers() {
    InputStream boasting = new FilterInputStream(new ByteArrayInputStream(SEED_BYTES)) {
      @Override
      public int available() {
        return Integer.MAX_VALUE;
      }
    };

    assertThat(CardMapper.builder().maxInputSize(Integer.MAX_VALUE).build().read(boasting).text())
        .isEqualTo(SEED);
  }

  @Test
  void aStreamThatReturnsZeroBytesStillGetsReadToItsEnd() {
    InputStream stuttering = new FilterInputStream(new ByteArrayInputStream(SEED_BYTES)) {
      private boolean stutter;

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        stutter = !stutter;
        return stutter ? 0 : super.read(buffer, offset, Math.min(length, 7));
      }
    };

    assertThat(CardMapper.builder().build().read(stuttering).text()).isEqualTo(SEED);
  }

  @Test
  void streamsThatClaimCountsTheyCannotHaveAreRefused() {
    InputStream tooMany = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return length + 1;
      }
    };
    InputStream negative = new InputStream() {
      @Override
      public int read() {
        return -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return -7;
      }
    };
    InputStream notAByte = new InputStream() {
      @Override
      public int read() {
        return 300;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return 0;
      }
    };
    CardMapper mapper = CardMapper.builder().build();

    for (InputStream liar : List.of(tooMany, negative, notAByte)) {
      assertThatThrownBy(() -> mapper.read(liar)).isInstanceOf(CardException.class)
          .hasMessageContaining("broke its contract")
          .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.IO));
    }
  }

  @Test
  void aReaderThatClaimsMoreThanItWasAskedForIsRefused() {
    Reader tooMany = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        return length + 5;
      }

      @Override
      public void close() {
      }
    };

    assertThatThrownBy(() -> CardMapper.builder().build().read(tooMany))
        .isInstanceOf(CardException.class).hasMessageContaining("broke its contract");
  }

  @Test
  void streamsAndReadersThatThrowUncheckedExceptionsBecomeCardExceptions() {
    InputStream failing = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("connection reset by a proxy");
      }
    };
    Reader failingReader = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        throw new java.io.UncheckedIOException(new IOException("decoder broke"));
      }

      @Override
      public void close() {
      }
    };
    CardMapper mapper = CardMapper.builder().build();

    assertThatThrownBy(() -> mapper.read(failing)).isInstanceOf(CardException.class)
        .hasMessageContaining("connection reset by a proxy")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> mapper.read(failingReader)).isInstanceOf(CardException.class)
        .hasMessageContaining("decoder broke");
  }

  @Test
  void aStreamThatFailsAfterSomeBytesGivesNoHalfCard() {
    InputStream halfway = new InputStream() {
      private int index;

      @Override
      public int read() throws IOException {
        if (index == SEED_BYTES.length / 2) {
          throw new IOException("network gone");
        }
        return SEED_BYTES[index++] & 0xFF;
      }
    };

    assertThatThrownBy(() -> CardMapper.builder().build().read(halfway))
        .isInstanceOf(CardException.class).hasMessage("cannot read the card stream: network gone");
  }

  /** Counts the bytes a stream hands out. */
  private static final class CountingStream extends FilterInputStream {
    private long delivered;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = 0;
      while (n < length) {
        buffer[offset + n++] = (byte) in.read();
      }
      delivered += n;
      return n;
    }
  }
}
