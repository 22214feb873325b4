package io.github.articlecard.spark;

import static io.github.articlecard.spark.CardDataSourceTest.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk edits on the executors and the writer that puts the texts back, losslessly. */
class CardEditsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  /** Bumps the quality of cards that have one and at least one topic; leaves the others alone. */
  private static final CardEdit BUMP = card -> card.hasQuality() && !card.topics().isEmpty()
      ? card.toBuilder().quality(card.quality() + 1).build() : card;

  @TempDir
  static Path dir;
  static SparkSession spark;
  /** A tree that no test writes to, for the tests that only read. */
  static Path readOnly;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    readOnly = CardTree.create(dir.resolve("read-only-tree"));
    spark.sparkContext().hadoopConfiguration()
        .set("fs." + OtherSchemeFileSystem.SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void editedFilesChangeOnlyTheirLinesAndTheOthersStayByteIdenticalInPlace() throws IOException {
    Path root = CardTree.create(dir.resolve("in-place"));
    Map<Path, byte[]> before = snapshot(root);

    Dataset<Row> edited = CardEdits.using(MAPPER).editCards(read(root), BUMP).cache();
    CardWriteResult result = CardWriter.inPlace(MAPPER).write(edited);

    int bumped = 0;
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      String old = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      byte[] now = Files.readAllBytes(file.getKey());
      ArticleCard card = readCard(old);
      if (card == null || BUMP.edit(card).equals(card)) {
        assertThat(now).as("unedited %s", file.getKey()).isEqualTo(file.getValue());
        continue;
      }
      bumped++;
      String expected = MAPPER.read(old).withCard(BUMP.edit(card)).text();
      assertThat(new String(now, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(expected);
      List<String> was = old.lines().toList();
      List<String> is = expected.lines().toList();
      assertThat(is).as("%s", file.getKey()).hasSameSizeAs(was);
      assertThat(IntStream.range(0, was.size()).filter(i -> !was.get(i).equals(is.get(i))).boxed())
          .as("%s", file.getKey()).singleElement()
          .satisfies(line -> assertThat(was.get(line)).contains("quality"));
    }
    assertThat(bumped).isGreaterThan(100);
    assertThat(result.written()).isEqualTo(bumped);
    assertThat(result.unchanged()).isEqualTo(before.size() - bumped);
    assertThat(result.failed()).isZero();
    assertThat(edited.filter("changed").count()).isEqualTo(bumped);
  }

  @Test
  void badFilesInTheMiddleCarryTheirErrorsAndAreNotWritten() throws IOException {
    Path root = CardTree.create(dir.resolve("bad")).resolve("_posts");
    Map<Path, byte[]> before = snapshot(root.resolve("bad"));

    Dataset<Row> edits = CardEdits.using(MAPPER).editCards(read(root), BUMP).cache();
    Map<String, Row> edited = byPath(edits);
    CardWriteResult result = CardWriter.inPlace(MAPPER).write(edits);

    assertThat(error(edited, root.resolve("bad/quality-high.md"))).isEqualTo("BINDING");
    assertThat(error(edited, root.resolve("bad/unclosed-quote.md"))).isEqualTo("SYNTAX");
    assertThat(edited.get(qualified(root.resolve("bad/not-utf8.md"))).<String>getAs("text")).isNull();
    assertThat(edited.values().stream().filter(row -> row.getAs("error") != null)).hasSize(4);
    assertThat(result.failed()).isZero();
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      assertThat(Files.readAllBytes(file.getKey())).isEqualTo(file.getValue());
    }
  }

  @Test
  void frontMatterEditsReachEveryPageThatParsesCardOrNot() throws IOException {
    Path root = CardTree.create(dir.resolve("front-matter")).resolve("_posts");
    Path high = root.resolve("bad/quality-high.md");
    String highBefore = Files.readString(high);

    Dataset<Row> edited = CardEdits.using(MAPPER).editFrontMatter(read(root),
        data -> data.put("reviewed", true));
    CardWriteResult result = CardWriter.inPlace(MAPPER).write(edited);

    assertThat(result.written()).isEqualTo(CardTree.SOURCE_LISTING.find(root).files().size() - 3);
    assertThat(Files.readString(high))
        .isEqualTo(MAPPER.read(highBefore).withFrontMatter(withReviewed(MAPPER.read(highBefore))).text());
    for (Path file : CardTree.SOURCE_LISTING.excluding("bad").find(root).files()) {
      assertThat(MAPPER.read(file).frontMatter().get("reviewed").booleanValue()).as("%s", file).isTrue();
    }
  }

  @Test
  void toAnOutputFolderOnAnyFileSystemEditedTextsAreWrittenAndEveryOtherCardIsCopied() throws IOException {
    Path root = CardTree.create(dir.resolve("source"));
    Path out = dir.resolve("output");
    Map<Path, byte[]> before = snapshot(root);

    CardWriteResult result = CardWriter.toFolder(MAPPER, root.toString(),
        OtherSchemeFileSystem.path(out)).write(CardEdits.using(MAPPER).editCards(read(root), BUMP));

    assertThat(result.failed()).isZero();
    assertThat(result.written() + result.copied()).isEqualTo(before.size());
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      Path copy = out.resolve(root.relativize(file.getKey()));
      String old = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      ArticleCard card = readCard(old);
      if (card == null || BUMP.edit(card).equals(card)) {
        assertThat(Files.readAllBytes(copy)).as("%s", copy).isEqualTo(file.getValue());
      } else {
        assertThat(Files.readString(copy)).isEqualTo(MAPPER.read(old).withCard(BUMP.edit(card)).text());
      }
      assertThat(Files.readAllBytes(file.getKey())).as("the source stays").isEqualTo(file.getValue());
    }
    assertThat(Files.exists(out.resolve("notes.txt"))).isFalse();
  }

  @Test
  void inPlaceOnAFileSystemThatIsNotLocalIsAFailureNotAWrite() throws IOException {
    Path root = Files.createDirectories(dir.resolve("remote"));
    Path card = root.resolve("a.md");
    Files.writeString(card, "---\ntitle: \"A\"\nquality: 1\ntopics:\n  - a\n---\n");

    CardWriteResult result = CardWriter.inPlace(MAPPER).write(CardEdits.using(MAPPER).editCards(
        spark.read().format("articlecard").option("keepText", true)
            .load(OtherSchemeFileSystem.path(root)), BUMP));

    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.failures()).singleElement().asString().contains("local file system");
    assertThat(Files.readString(card)).contains("quality: 1");
  }

  @Test
  void aReadOnlyFileIsAFailureNamedInTheResultAndStaysWhole() throws IOException {
    Path root = Files.createDirectories(dir.resolve("read-only"));
    Path locked = root.resolve("locked.md");
    Path open = root.resolve("open.md");
    Files.writeString(locked, "---\ntitle: \"Locked\"\nquality: 1\ntopics:\n  - a\n---\n");
    Files.writeString(open, "---\ntitle: \"Open\"\nquality: 1\ntopics:\n  - a\n---\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));

    CardWriteResult result = CardWriter.inPlace(MAPPER)
        .write(CardEdits.using(MAPPER).editCards(read(root), BUMP));

    assertThat(result.written()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.failures()).singleElement().asString().contains("locked.md");
    assertThat(Files.readString(locked)).contains("quality: 1");
    assertThat(Files.readString(open)).contains("quality: 2");
  }

  @Test
  void anEditThatCannotBeWrittenIsAnErrorRowNotAFailedJob() throws IOException {
    Path root = Files.createDirectories(dir.resolve("unwritable"));
    Files.writeString(root.resolve("a.md"), "---\ntitle: \"A\"\n---\n");
    Files.writeString(root.resolve("b.md"), "---\ntitle: \"B\"\n---\n");

    List<Row> edited = CardEdits.using(MAPPER).editCards(read(root),
        card -> card.title().equals("A") ? card.toBuilder().title("half \uD83D").build()
            : card.toBuilder().title("B2").build()).orderBy("path").collectAsList();

    assertThat(edited.get(0).<Row>getAs("error").<String>getAs("kind")).isEqualTo("UNWRITABLE");
    assertThat(edited.get(0).<Boolean>getAs("changed")).isFalse();
    assertThat(edited.get(0).<String>getAs("text")).isEqualTo("---\ntitle: \"A\"\n---\n");
    assertThat(edited.get(1).<String>getAs("text")).isEqualTo("---\ntitle: \"B2\"\n---\n");
    assertThat(edited.get(1).<Object>getAs("error")).isNull();
  }

  @Test
  void cardsAndTheirJsonComeBackEqualThroughSparkAndDriverAlike() throws IOException {
    Path root = readOnly;

    Dataset<ArticleCard> cards = CardDatasets.cards(read(root), MAPPER).cache();
    Dataset<String> json = CardJson.toJson(cards).cache();
    List<ArticleCard> back = CardJson.fromJson(json).collectAsList();

    List<ArticleCard> expected = CardTree.SOURCE_LISTING.find(root).files().stream()
        .map(CardEditsTest::readCard).filter(card -> card != null).toList();
    assertThat(cards.collectAsList()).containsExactlyElementsOf(expected);
    assertThat(back).containsExactlyElementsOf(expected);
    assertThat(json.count()).isEqualTo(expected.size());
  }

  @Test
  void cardJsonKeepsTheOrderAndExactNumbersOfUnknownKeys() throws IOException {
    Path root = Files.createDirectories(dir.resolve("json-extras"));
    Files.writeString(root.resolve("a.md"), "---\ntitle: \"A\"\nzeta: 1\nalpha: 1.50\n"
        + "huge: 9007199254740993\nprovider:\n  name: P\n  tier: 2\n---\nBody\n");

    Dataset<ArticleCard> cards = CardDatasets.cards(read(root), MAPPER);
    String json = CardJson.toJson(cards).first();
    ArticleCard back = CardJson.fromJson(spark.createDataset(List.of(json),
        org.apache.spark.sql.Encoders.STRING())).first();

    assertThat(json).isEqualTo("{\"title\":\"A\",\"provider\":{\"name\":\"P\",\"tier\":2},"
        + "\"zeta\":1,\"alpha\":1.50,\"huge\":9007199254740993,\"body\":\"Body\\n\"}");
    assertThat(back).isEqualTo(cards.first());
    assertThat(back.extras().get("huge")).isEqualTo(9007199254740993L);
  }

  @Test
  void aMapperAndCardsTravelInClosuresAndCollect() throws IOException {
    Path root = readOnly;
    CardMapper mapper = CardMapper.builder().maxScalarLength(100_000).build();

    List<ArticleCard> cards = read(root).filter("error IS NULL").select("text").toJavaRDD()
        .map(row -> mapper.read(row.getString(0)).card())
        .repartition(3)
        .collect();

    List<ArticleCard> expected = CardTree.SOURCE_LISTING.find(root).files().stream()
        .map(CardEditsTest::readCard).filter(card -> card != null).toList();
    assertThat(cards).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Dataset<Row> read(Path root) {
    return spark.read().format("articlecard").option("keepText", true).load(root.toString());
  }

  private static ArticleCard readCard(Path file) {
    try {
      return MAPPER.read(file).card();
    } catch (CardException e) {
      return null;
    }
  }

  private static ArticleCard readCard(String text) {
    try {
      return MAPPER.read(text).card();
    } catch (CardException e) {
      return null;
    }
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode withReviewed(CardDocument doc) {
    com.fasterxml.jackson.databind.node.ObjectNode data = doc.frontMatter();
    data.put("reviewed", true);
    return data;
  }

  private static Map<Path, byte[]> snapshot(Path root) throws IOException {
    Map<Path, byte[]> files = new HashMap<>();
    for (Path file : CardTree.SOURCE_LISTING.find(root).files()) {
      files.put(file, Files.readAllBytes(file));
    }
    return files;
  }

  private static Map<String, Row> byPath(Dataset<Row> rows) {
    try (Stream<Row> all = rows.collectAsList().stream()) {
      return all.collect(Collectors.toMap(row -> row.getAs("path"), row -> row));
    }
  }

  private static String error(Map<String, Row> rows, Path file) {
    Row error = rows.get(qualified(file)).getAs("error");
    return error == null ? null : error.getAs("kind");
  }
}
