package example.spark;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.spark.CardDatasets;
import io.github.articlecard.spark.CardEdits;
import io.github.articlecard.spark.CardJson;
import io.github.articlecard.spark.CardWriteResult;
import io.github.articlecard.spark.CardWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A job as a data engineer writes it: read a folder of cards (Jekyll's {@code _posts} among them,
 * one bad file in the middle), filter, edit on the executors, write back in place and to an output
 * folder, and export JSON. It checks what it did and exits with 1 if anything is wrong.
 */
public final class CardJob {
  private static final List<String> FAILURES = new ArrayList<>();

  private CardJob() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Path cards = layOut(corpus, work);
    SparkSession spark = SparkSession.builder().appName("articlecard consumer")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      run(spark, cards, work);
    } finally {
      spark.stop();
    }
    if (!FAILURES.isEmpty()) {
      FAILURES.forEach(failure -> System.err.println("spark-app: FAILED: " + failure));
      System.exit(1);
    }
    System.out.println("spark-app: all checks passed");
  }

  private static void run(SparkSession spark, Path cards, Path work) throws IOException {
    check("Jackson is Spark's own", "2.21.2".equals(
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    List<Path> files = list(cards);
    Dataset<Row> read = spark.read().format("articlecard").option("keepText", true)
        .load(cards.toString()).cache();
    long rows = read.count();
    check("one row per card file, _posts included", rows == files.size(), rows + " of " + files.size());
    check("the bad file is a row with an error", read.filter("error IS NOT NULL").count() == 1,
        read.filter("error IS NOT NULL").select("path").collectAsList());

    CardMapper mapper = CardMapper.builder().build();
    Dataset<Row> chosen = read.filter("provider.domain = 'microsoft.com' AND quality IS NOT NULL");
    long toEdit = chosen.count();
    Dataset<Row> edited = CardEdits.using(mapper).editCards(chosen,
        card -> card.toBuilder().quality(card.quality() + 1).build()).cache();

    CardWriteResult copy = CardWriter.toFolder(mapper, cards.toString(), work.resolve("out").toString())
        .write(CardEdits.using(mapper).editCards(read,
            card -> "microsoft.com".equals(card.provider() == null ? null : card.provider().domain())
                && card.hasQuality() ? card.toBuilder().quality(card.quality() + 1).build() : card));
    check("the output folder has every card", copy.written() + copy.copied() == files.size(), copy);

    List<byte[]> before = new ArrayList<>();
    for (Path file : files) {
      before.add(Files.readAllBytes(file));
    }
    CardWriteResult inPlace = CardWriter.inPlace(mapper).write(edited);
    check("every chosen card written in place", inPlace.written() == toEdit && toEdit > 0
        && inPlace.failed() == 0, inPlace);
    int changedFiles = 0;
    for (int i = 0; i < files.size(); i++) {
      byte[] now = Files.readAllBytes(files.get(i));
      if (Arrays.equals(now, before.get(i))) {
        continue;
      }
      changedFiles++;
      List<String> old = lines(before.get(i));
      List<String> next = lines(now);
      int differing = 0;
      for (int line = 0; line < Math.max(old.size(), next.size()); line++) {
        String a = line < old.size() ? old.get(line) : null;
        String b = line < next.size() ? next.get(line) : null;
        if (a == null || !a.equals(b)) {
          differing++;
          check("only quality lines change", a != null && a.startsWith("quality: "), files.get(i) + ": " + a);
        }
      }
      check("one line changed", differing == 1, files.get(i));
      byte[] out = Files.readAllBytes(work.resolve("out").resolve(cards.relativize(files.get(i))));
      check("the output folder has the same edit", Arrays.equals(out, now), files.get(i));
    }
    check("the edited files are those written", changedFiles == toEdit, changedFiles + " of " + toEdit);

    Dataset<ArticleCard> typed = CardDatasets.cards(read, mapper);
    List<ArticleCard> back = CardJson.fromJson(CardJson.toJson(typed)).collectAsList();
    check("cards come back equal from JSON", back.equals(typed.collectAsList()), back.size());
    System.out.println("spark-app: " + rows + " cards read, " + toEdit + " edited in place, "
        + copy.written() + " written and " + copy.copied() + " copied to the output folder, "
        + back.size() + " through JSON");
  }

  private static Path layOut(Path corpus, Path work) throws IOException {
    Path cards = work.resolve("cards");
    if (Files.exists(work)) {
      try (Stream<Path> old = Files.walk(work)) {
        old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(cards.resolve("_posts"));
    Files.createDirectories(cards.resolve(".archive"));
    try (Stream<Path> real = Files.list(corpus.resolve("smartable-2021"))) {
      for (Path file : (Iterable<Path>) real::iterator) {
        Path copy = cards.resolve("_posts").resolve(file.getFileName());
        Files.copy(file, copy);
        copy.toFile().setWritable(true, true);
      }
    }
    Path seed = cards.resolve(".archive/seed.md");
    try (Stream<Path> seeds = Files.list(corpus.resolve("seed"))) {
      Files.copy(seeds.findFirst().orElseThrow(), seed);
    }
    seed.toFile().setWritable(true, true);
    Files.writeString(cards.resolve("_posts/broken.md"), "---\ntitle: \"unclosed\nquality: 1\n---\n");
    return cards;
  }

  private static List<Path> list(Path cards) throws IOException {
    try (Stream<Path> all = Files.walk(cards)) {
      return all.filter(path -> path.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static List<String> lines(byte[] bytes) {
    return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
  }

  private static void check(String what, boolean ok, Object detail) {
    if (!ok) {
      FAILURES.add(what + " (" + detail + ")");
    }
  }
}
