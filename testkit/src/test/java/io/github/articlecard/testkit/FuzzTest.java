package io.github.articlecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the reader and the patcher: every damaged input either reads (and then
 * round-trips byte-identical, and takes an edit that reads back equal) or throws a
 * {@link CardException}; never another exception, and never more than a second.
 *
 * <p>The default build runs a short run. A long run:
 * {@code mvn -pl testkit verify -Dtest=FuzzTest -Darticlecard.fuzz.iterations=1000000 -Darticlecard.fuzz.seed=7}.
 */
class FuzzTest {
  private static final int ITERATIONS = Integer.getInteger("articlecard.fuzz.iterations", 4000);
  private static final long SEED = Long.getLong("articlecard.fuzz.seed", 20260101L);
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fuzz-worker");
    thread.setDaemon(true);
    return thread;
  });

  @AfterAll
  static void stopWorker() {
    WORKER.shutdownNow();
  }

  @Test
  void everyDamagedInputReadsCleanlyOrFailsWithACardException() throws InterruptedException {
    List<byte[]> bases = new ArrayList<>();
    bases.add(TestCards.seedText().getBytes(StandardCharsets.UTF_8));
    CardGenerator cards = TestCards.generator(SEED);
    CardTextGenerator texts = TestCards.textGenerator(SEED);
    for (int i = 0; i < 20; i++) {
      bases.add(MAPPER.write(cards.next()).getBytes(StandardCharsets.UTF_8));
      bases.add(texts.next().text().getBytes(StandardCharsets.UTF_8));
    }
    check(bases.get(0), -1); // load and warm the reader before inputs are timed
    CardMutator mutator = TestCards.mutator(SEED);
    int read = 0;
    int rejected = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] input = mutator.mutate(bases.get(i % bases.size()));
      int iteration = i;
      Future<Boolean> outcome = WORKER.submit(() -> check(input, iteration));
      try {
        if (outcome.get(1, TimeUnit.SECONDS)) {
          read++;
        } else {
          rejected++;
        }
      } catch (TimeoutException e) {
        outcome.cancel(true);
        fail("input %d (seed %d) took more than a second:%n%s", i, SEED, show(input));
      } catch (ExecutionException e) {
        throw new AssertionError("input " + i + " (seed " + SEED + ") failed with "
            + e.getCause() + ":\n" + show(input), e.getCause());
      }
    }
    assertThat(read).as("inputs that still read").isGreaterThan(ITERATIONS / 20);
    assertThat(rejected).as("inputs rejected").isGreaterThan(ITERATIONS / 20);
  }

  /** Returns true if the input read, false if it was rejected with a CardException. */
  private static boolean check(byte[] input, int iteration) {
    CardDocument doc;
    try {
      doc = MAPPER.read(input);
    } catch (CardException e) {
      assertThat(e.getMessage()).isNotBlank();
      return false;
    }
    String text = new String(input, StandardCharsets.UTF_8);
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.withFrontMatter(doc.frontMatter()).text()).isEqualTo(text);
    try {
      ArticleCard card = doc.card();
      assertThat(doc.withCard(card).text()).isEqualTo(text);
    } catch (CardBindingException e) {
      assertThat(e.path()).isNotNull();
    }
    ObjectNode edited = doc.frontMatter().put("fuzzEdit", iteration);
    CardDocument next = doc.withFrontMatter(edited);
    assertThat(MAPPER.read(next.text()).frontMatter()).isEqualTo(edited);
    return true;
  }

  private static String show(byte[] input) {
    StringBuilder out = new StringBuilder();
    for (byte b : input) {
      int c = b & 0xFF;
      out.append(c == '\n' ? "\\n\n" : c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
    }
    return out.toString();
  }
}
