package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.RacingFiles.Flipper;
import io.github.articlecard.jackson.RacingFiles.Swap;
import io.github.articlecard.jackson.internal.io.BoundedInput;
import io.github.articlecard.jackson.internal.io.GuardedOpen;
import io.github.articlecard.jackson.internal.io.GuardedOpen.Patience;
import io.github.articlecard.jackson.internal.io.RegularFileOpener.Stage;
import io.github.articlecard.jackson.internal.io.StageHook;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading a path cannot block and reads nothing but a regular file, whatever another program
 * swaps in (a FIFO, a link to one, a folder) and whenever it does: before the links are resolved,
 * before the check, before the open, after it; and while a flipper swaps in a loop.
 */
class SwappedFileReadTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private static final Duration NEVER_HANGS = Duration.ofSeconds(60);
  private final CardMapper mapper = CardMapper.builder().build();

  @TempDir
  Path folder;

  private RacingFiles files;

  @BeforeEach
  void layOut() throws Exception {
    files = RacingFiles.in(folder, SEED);
  }

  @AfterEach
  void releaseAnyOpenStillWaiting() {
    files.releaseTheFifo();
  }

  @Test
  void theChainOfLinksReadsTheCard() {
    for (Path path : List.of(files.card, files.mid, files.flip, files.real)) {
      assertThat(mapper.read(path).text()).isEqualTo(SEED);
    }
  }

  /** What a read comes to when {@code swap} happens just before {@code stage}. */
  private static final Map<Swap, Map<Stage, String>> OUTCOMES = Map.of(
      Swap.LINK_TO_FIFO, Map.of(Stage.RESOLVE, "not a regular file but a FIFO (named pipe); only",
          Stage.CHECK, "card", Stage.OPEN, "card", Stage.READ, "card"),
      Swap.LINK_TO_FOLDER, Map.of(Stage.RESOLVE, "not a regular file but a folder",
          Stage.CHECK, "card", Stage.OPEN, "card", Stage.READ, "card"),
      Swap.FIFO_OVER_THE_FILE, Map.of(Stage.RESOLVE, "not a regular file but a FIFO (named pipe); only",
          Stage.CHECK, "not a regular file but a FIFO (named pipe); only",
          Stage.OPEN, "not a regular file but a FIFO (named pipe), put in the file's place as it was opened",
          Stage.READ, "card"),
      Swap.LINK_OVER_THE_FILE, Map.of(Stage.RESOLVE, "not a regular file but a FIFO (named pipe); only",
          Stage.CHECK, "not a regular file but a FIFO (named pipe); only",
          Stage.OPEN, "a symbolic link took the file's place as it was opened",
          Stage.READ, "card"));

  @ParameterizedTest(name = "{0}")
  @EnumSource(Swap.class)
  void aSwapBeforeAnyStageGivesTheCardOrARefusalAndNeverBlocks(Swap swap) {
    for (Stage stage : Stage.values()) {
      assertTimeoutPreemptively(NEVER_HANGS, () -> {
        RacingFiles fresh = RacingFiles.in(Files.createTempDirectory(folder, stage.name()), SEED);
        try {
          String expected = OUTCOMES.get(swap).get(stage);
          if (expected.equals("card")) {
            assertThat(read(fresh, swap, stage)).as("swap %s before %s", swap, stage).isEqualTo(SEED);
          } else {
            assertThatThrownBy(() -> read(fresh, swap, stage)).as("swap %s before %s", swap, stage)
                .isInstanceOf(CardException.class).hasMessageContaining(expected)
                .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.IO));
          }
        } finally {
          fresh.releaseTheFifo();
        }
      });
    }
  }

  @Test
  void aFifoWithAWriterWaitingSwappedInAsTheFileIsOpenedIsRefusedNotRead() throws Exception {
    CountDownLatch writerGone = new CountDownLatch(1);
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(files.fifo, StandardOpenOption.WRITE)) {
        out.write("---\ntitle: \"read from a FIFO\"\n---\n".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the reader went away without reading: what should happen
      } finally {
        writerGone.countDown();
      }
    }, "fifo-writer");
    writer.setDaemon(true);
    writer.start();

    assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(
        () -> read(files, Swap.FIFO_OVER_THE_FILE, Stage.OPEN)).isInstanceOf(CardException.class)
        .hasMessageContaining("FIFO (named pipe), put in the file's place"));
    files.releaseTheFifo();
    assertTimeoutPreemptively(NEVER_HANGS, () -> writerGone.await());
  }

  @Test
  void aFifoSwappedInAndOutAgainWhileTheOpenWaitsDoesNotHoldTheReadUp() {
    // the look at the path finds the card back in place, as if the FIFO had been swapped out at
    // once: the open blocked on the FIFO cannot be released, and a second attempt reads the card
    GuardedOpen swapsBack = new GuardedOpen(new Patience(Duration.ofMillis(1), Duration.ofMillis(4),
        Duration.ofMinutes(1)), path -> putTheCardBack());

    String text = assertTimeoutPreemptively(NEVER_HANGS, () -> new String(
        readBytes(files.card, (stage, path) -> {
          if (stage == Stage.OPEN) {
            files.swap(Swap.FIFO_OVER_THE_FILE);
          }
        }, swapsBack), StandardCharsets.UTF_8));

    assertThat(text).isEqualTo(SEED);
  }

  @Test
  void anOpenThatNeverFinishesIsGivenUpWithAReasonInsteadOfBlocking() {
    GuardedOpen neverReleases = new GuardedOpen(new Patience(Duration.ofMillis(1),
        Duration.ofMillis(2), Duration.ofMillis(50)), path -> { });

    assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> readBytes(files.card,
        (stage, path) -> {
          if (stage == Stage.OPEN) {
            files.swap(Swap.FIFO_OVER_THE_FILE);
          }
        }, neverReleases)).isInstanceOf(CardException.class)
        .hasMessageContaining("cannot read: opening it did not finish")
        .hasMessageContaining("such as a FIFO"));
  }

  @Test
  void readsInALoopWhileALinkFlipsBetweenTheCardAndAFifoNeverBlock() throws Exception {
    assertReadsNeverBlock(2000, files::flipToCard, () -> {
      files.swap(Swap.LINK_TO_FIFO);
      files.flipToCard();
    }, path -> mapper.read(path).text(), files.card, files.mid, files.flip);
  }

  @Test
  void readsInALoopWhileAFifoIsRenamedOverTheFileAndBackNeverBlock() throws Exception {
    assertReadsNeverBlock(300, () -> { }, files::fifoInAndOut, path -> mapper.read(path).text(),
        files.card, files.real);
  }

  @Test
  void readAllOverRacingLinksNeverBlocks() throws Exception {
    Path more = Files.createSymbolicLink(folder.resolve("more.md"), Path.of("card.md"));
    assertReadsNeverBlock(100, files::flipToCard, () -> {
      files.swap(Swap.LINK_TO_FIFO);
      files.flipToCard();
      files.fifoInAndOut();
    }, path -> {
      try (var outcomes = mapper.readAll(path)) {
        List<CardFile> all = outcomes.toList();
        assertThat(all).extracting(CardFile::path).contains(files.card, more);
        for (CardFile file : all) {
          if (file.failed()) {
            assertThat(file.error().kind()).isEqualTo(Kind.IO);
          }
        }
        return SEED;
      }
    }, folder);
  }

  /**
   * Reads each path {@code reads} times while a flipper runs {@code flip} over and over; each read
   * gives the card or an IO refusal, and the whole loop finishes.
   */
  private void assertReadsNeverBlock(int reads, RacingFiles.Flip settle, RacingFiles.Flip flip,
      ThrowingRead read, Path... paths) throws Exception {
    int[] cards = {0};
    int[] refused = {0};
    Flipper flipper = new Flipper(flip);
    try {
      assertTimeoutPreemptively(NEVER_HANGS, () -> {
        for (int i = 0; i < reads; i++) {
          for (Path path : paths) {
            try {
              assertThat(read.read(path)).isEqualTo(SEED);
              cards[0]++;
            } catch (CardException e) {
              assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.IO);
              refused[0]++;
            }
          }
        }
      });
    } finally {
      flipper.close();
      settle.run();
      files.releaseTheFifo();
    }
    assertThat(flipper.flips()).isPositive();
    assertThat(cards[0] + refused[0]).isEqualTo(reads * paths.length);
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        assertThat(mapper.read(path).text()).isEqualTo(SEED);
      }
    }
  }

  /** One read of a path, giving the text read. */
  private interface ThrowingRead {
    String read(Path path) throws Exception;
  }

  private void putTheCardBack() {
    try {
      files.putTheCardBack();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(RacingFiles files, Swap swap, Stage stage) {
    return new String(readBytes(files.card, (now, path) -> {
      if (now == stage) {
        files.swap(swap);
      }
    }, GuardedOpen.DEFAULT), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(Path path, StageHook<Stage> steps, GuardedOpen guard) {
    BoundedInput.Bytes bytes = BoundedInput.readFile(path, 1 << 20, steps, guard);
    return Arrays.copyOf(bytes.bytes(), bytes.length());
  }
}
