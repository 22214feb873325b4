package io.github.articlecard.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.HouseStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The ratios of {@link BenchmarkReport} measured for a machine that other work shares: every
 * measure and its Jackson baseline run in turns, 200 rounds over the same 64 texts (learning a
 * house style and its baseline: 20 rounds over {@link BenchInputs#BATCH} texts), and each keeps
 * its fastest round, which other work on the machine can only slow down. Run it with
 * {@code mvn -B -Pbench -DskipTests verify -Dbench.args=interleaved}.
 */
final class InterleavedRatios {
  private static final int ROUNDS = 200;
  /** Rounds of the measures over the whole batch of {@link BenchInputs#BATCH} cards. */
  private static final int BATCH_ROUNDS = 20;
  private static volatile Object sink;

  private InterleavedRatios() {}

  static void run() throws IOException {
    CardMapper mapper = CardMapper.builder().build();
    YAMLMapper yaml = new YAMLMapper();
    ObjectMapper json = new ObjectMapper();
    StringBuilder table = new StringBuilder("| input | measure | ratio | target | |\n|---|---|---|---|---|\n");
    for (String input : new String[] {"seed", "generated", "generic"}) {
      String[] texts = BenchInputs.texts(input);
      int size = texts.length;
      String[] frontMatters = new String[size];
      String[] jsons = new String[size];
      JsonNode[] trees = new JsonNode[size];
      CardDocument[] documents = new CardDocument[size];
      ArticleCard[] equal = new ArticleCard[size];
      ArticleCard[] edited = new ArticleCard[size];
      ObjectNode[] editedFrontMatters = new ObjectNode[size];
      for (int i = 0; i < size; i++) {
        frontMatters[i] = BenchInputs.frontMatter(texts[i]);
        trees[i] = yaml.readTree(frontMatters[i]);
        jsons[i] = json.writeValueAsString(trees[i]);
        documents[i] = mapper.read(texts[i]);
        ArticleCard card = documents[i].card();
        equal[i] = card.toBuilder().build();
        edited[i] = card.toBuilder().quality(card.quality() + 1).build();
        editedFrontMatters[i] = BenchInputs.oneFieldEdited(documents[i].frontMatter());
      }
      IntFunction<Object> readFrontMatter = i -> mapper.read(texts[i]).frontMatter();
      IntFunction<Object> readCard = i -> mapper.read(texts[i]).card();
      IntFunction<Object> jacksonRead = i -> unchecked(() -> yaml.readTree(frontMatters[i]));
      IntFunction<Object> jsonRead = i -> unchecked(() -> json.readTree(jsons[i]));
      IntFunction<Object> editCard = i -> documents[i].withCard(edited[i]).text();
      IntFunction<Object> editFrontMatter = i -> documents[i].withFrontMatter(editedFrontMatters[i]).text();
      IntFunction<Object> canonical = i -> mapper.write(equal[i]);
      IntFunction<Object> jacksonWrite = i -> unchecked(() -> yaml.writeValueAsString(trees[i]));
      // the house style is learned from a repository's worth of cards, the 64 texts first
      String[] batchTexts = BenchInputs.texts(input, BenchInputs.BATCH);
      List<CardDocument> batch = new ArrayList<>(batchTexts.length);
      for (String text : batchTexts) {
        batch.add(mapper.read(text));
      }
      CardMapper learned = CardMapper.builder().houseStyle(HouseStyle.learnFrom(batch)).build();
      IntFunction<Object> learnedCanonical = i -> learned.write(equal[i]);
      IntFunction<?>[] measures = {readFrontMatter, readCard, jacksonRead, jsonRead, editCard,
          editFrontMatter, canonical, jacksonWrite, learnedCanonical};
      long[] best = fastestRounds(measures, size, ROUNDS);
      long[] batchBest = learningAndReading(mapper, batchTexts);
      row(table, input, "read to frontMatter() / Jackson readTree", best[0], best[2], 0.33);
      row(table, input, "read to card() / Jackson readTree", best[1], best[2], 0.33);
      row(table, input, "verified one-field edit, withCard / Jackson readTree", best[4], best[2], 1.0);
      row(table, input, "verified one-field edit, withFrontMatter / Jackson readTree", best[5], best[2], 1.0);
      row(table, input, "verified canonical write / Jackson writer", best[6], best[7], 1.0);
      row(table, input, "verified canonical write, learned style / standard style", best[8],
          best[6], 1.0);
      row(table, input, "house style learned from " + batchTexts.length
          + " cards / reading them", batchBest[0], batchBest[1], 1.0);
      row(table, input, "allocation per read to card() / Jackson readTree",
          allocation(readCard, size), allocation(jacksonRead, size), 1.0);
      row(table, input, "read to frontMatter() / Jackson JSON readTree of the same data", best[0], best[3], 0);
      row(table, input, "Jackson readTree / Jackson JSON readTree of the same data", best[2], best[3], 0);
      table.append(String.format(Locale.ROOT, "| %s | fastest rounds: frontMatter() %.1f us, Jackson readTree %.1f us, JSON readTree %.1f us a text | | | |%n",
          input, best[0] / 1e3 / size, best[2] / 1e3 / size, best[3] / 1e3 / size));
    }
    System.out.println();
    System.out.println("Interleaved fastest-round ratios (" + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores):");
    System.out.println();
    System.out.print(table);
  }

  /**
   * The fastest round of learning a house style from the documents of a batch of texts, and of
   * reading those texts. Each round learns from documents read for it (untimed), as a repository
   * is read and then learned from once: nothing a document works out on first use (the lines each
   * entry owns) is left over from an earlier round.
   */
  private static long[] learningAndReading(CardMapper mapper, String[] texts) {
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    List<CardDocument> documents = new ArrayList<>(texts.length);
    for (int round = 0; round < BATCH_ROUNDS; round++) {
      documents.clear();
      for (String text : texts) {
        documents.add(mapper.read(text));
      }
      long start = System.nanoTime();
      sink = HouseStyle.learnFrom(documents);
      best[0] = Math.min(best[0], System.nanoTime() - start);
      start = System.nanoTime();
      for (String text : texts) {
        sink = mapper.read(text);
      }
      best[1] = Math.min(best[1], System.nanoTime() - start);
    }
    return best;
  }

  /** Runs the measures in turns, {@code rounds} times over {@code size} inputs: each one's fastest round. */
  private static long[] fastestRounds(IntFunction<?>[] measures, int size, int rounds) {
    long[] best = new long[measures.length];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int round = 0; round < rounds; round++) {
      for (int m = 0; m < measures.length; m++) {
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
          sink = measures[m].apply(i);
        }
        best[m] = Math.min(best[m], System.nanoTime() - start);
      }
    }
    return best;
  }

  private static long allocation(IntFunction<Object> measure, int size) {
    long before = allocatedBytes();
    for (int round = 0; round < 20; round++) {
      for (int i = 0; i < size; i++) {
        sink = measure.apply(i);
      }
    }
    return allocatedBytes() - before;
  }

  /** The bytes this thread has allocated (HotSpot's ThreadMXBean, called reflectively). */
  private static long allocatedBytes() {
    try {
      Class<?> bean = Class.forName("com.sun.management.ThreadMXBean");
      return (long) bean.getMethod("getThreadAllocatedBytes", long.class)
          .invoke(ManagementFactory.getThreadMXBean(), Thread.currentThread().getId());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("needs a HotSpot JVM", e);
    }
  }

  private static void row(StringBuilder table, String input, String label, long measure,
      long baseline, double target) {
    double ratio = (double) measure / baseline;
    if (target == 0) {
      table.append(String.format(Locale.ROOT, "| %s | %s | %.3fx | | |%n", input, label, ratio));
      return;
    }
    table.append(String.format(Locale.ROOT, "| %s | %s | %.3fx | <= %sx | %s |%n", input, label,
        ratio, target, ratio <= target ? "met" : "MISSED"));
  }

  private interface Call {
    Object call() throws IOException;
  }

  private static Object unchecked(Call call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
