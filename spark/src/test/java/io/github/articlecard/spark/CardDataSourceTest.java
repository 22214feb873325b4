package io.github.articlecard.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spark.read().format("articlecard")}: listing, columns, errors and partitions. */
class CardDataSourceTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new ArticleCardModule());

  @TempDir
  static Path dir;
  static Path root;
  static SparkSession spark;
  static Map<String, Row> rows;

  @BeforeAll
  static void readTheTree() {
    root = CardTree.create(dir.resolve("cards"));
    spark = LocalSpark.start();
    spark.sparkContext().hadoopConfiguration()
        .set("fs." + OtherSchemeFileSystem.SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
    rows = spark.read().format("articlecard").option("keepText", true).load(root.toString())
        .collectAsList().stream().collect(Collectors.toMap(row -> row.getAs("path"), row -> row));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyCardIsReadWithTheListingOfCardFileFinderUnderscoreAndDotFoldersIncluded() {
    List<Path> expected = CardTree.SOURCE_LISTING.find(root).files();

    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
        expected.stream().map(CardDataSourceTest::qualified).toList());
    assertThat(rows.keySet()).anyMatch(path -> path.contains("/_news/2021/"))
        .anyMatch(path -> path.contains("/_posts/"))
        .noneMatch(path -> path.endsWith(".txt") || path.endsWith(".html"));
    if (CardTree.corpus() != null) {
      assertThat(rows.keySet()).anyMatch(path -> path.contains("/.archive/seed/"));
    }
    assertThat(rows).hasSize(CardTree.GENERATED + CardTree.STYLED + CardTree.BAD.size()
        + (CardTree.corpus() == null ? 0 : 193));
  }

  @Test
  void theTypedColumnsAreTheCardsKeysAndAbsentKeysAreNull() {
    int compared = 0;
    for (Path file : CardTree.SOURCE_LISTING.excluding("bad").find(root).files()) {
      Row row = rows.get(qualified(file));
      ArticleCard card = MAPPER.read(file).card();
      assertThat(row.<Object>getAs("error")).as(file.toString()).isNull();
      assertThat(row.<String>getAs("title")).isEqualTo(card.hasTitle() ? card.title() : null);
      assertThat(row.<Integer>getAs("quality")).isEqualTo(card.hasQuality() ? card.quality() : null);
      assertThat(row.<Integer>getAs("heat")).isEqualTo(card.hasHeat() ? card.heat() : null);
      assertThat(row.<Boolean>getAs("published")).isEqualTo(card.hasPublished() ? card.published() : null);
      assertThat(row.<String>getAs("webUrl")).isEqualTo(card.webUrl() == null ? null : card.webUrl().raw());
      assertThat(row.<String>getAs("category"))
          .isEqualTo(card.category() == null ? null : card.category().value());
      Timestamp published = row.getAs("publishedDateTime");
      assertThat(published == null ? null : published.toInstant())
          .isEqualTo(card.publishedDateTime() == null ? null
              : card.publishedDateTime().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
      List<String> topics = row.getList(row.fieldIndex("topics"));
      assertThat(topics).isEqualTo(card.hasTopics() ? card.topics() : null);
      assertThat(imagesOf(row.getList(row.fieldIndex("images"))))
          .isEqualTo(card.hasImages() ? widths(card.images()) : null);
      Row provider = row.getAs("provider");
      assertThat(provider == null ? null : provider.<String>getAs("name"))
          .isEqualTo(card.provider() == null ? null : card.provider().name());
      List<Row> related = row.getList(row.fieldIndex("related"));
      assertThat(related == null ? 0 : related.size()).isEqualTo(card.related().size());
      assertThat(row.<String>getAs("body")).isEqualTo(card.body());
      assertThat(row.<String>getAs("text")).isEqualTo(CardTree.text(file));
      assertThat(json(row.getAs("extras"))).isEqualTo(card.extras().isEmpty() ? null : JSON.valueToTree(card.extras()));
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(CardTree.GENERATED + CardTree.STYLED);
  }

  @Test
  void unknownKeysAreOneJsonObjectInTheCardsOrderWithExactNumbers() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("extras"));
    Files.writeString(folder.resolve("card.md"), "---\ntitle: \"T\"\nzeta: 1\nalpha: 1.50\n"
        + "big: 123456789012345678901234567890\nprovider:\n  name: P\n  tier: 2\n"
        + "images:\n  - url: https://example.com/a.jpg\n    credit: {b: 1, a: 2.0}\n---\n");

    Row row = spark.read().format("articlecard").load(folder.toString()).first();

    assertThat(row.<String>getAs("extras"))
        .isEqualTo("{\"zeta\":1,\"alpha\":1.50,\"big\":123456789012345678901234567890}");
    assertThat(row.<Row>getAs("provider").<String>getAs("extras")).isEqualTo("{\"tier\":2}");
    assertThat(row.<Row>getList(row.fieldIndex("images")).get(0).<String>getAs("extras"))
        .isEqualTo("{\"credit\":{\"b\":1,\"a\":2.0}}");
  }

  @Test
  void aBadFileIsARowWithItsErrorAndTheOthersAreRead() {
    Row high = rows.get(qualified(root.resolve("_posts/bad/quality-high.md")));
    Row unclosed = rows.get(qualified(root.resolve("_posts/bad/unclosed-quote.md")));
    Row latin = rows.get(qualified(root.resolve("_posts/bad/not-utf8.md")));
    Row plain = rows.get(qualified(root.resolve("_posts/bad/no-front-matter.md")));

    assertThat(error(high)).containsEntry("kind", "BINDING").containsEntry("line", 4);
    assertThat(high.<Row>getAs("error").<String>getAs("message")).contains("quality-high.md")
        .contains("quality");
    assertThat(high.<String>getAs("title")).isNull();
    assertThat(high.<String>getAs("body")).isEqualTo("The body is still given.\n");
    assertThat(error(unclosed)).containsEntry("kind", "SYNTAX");
    assertThat(unclosed.<String>getAs("body")).isNull();
    assertThat(error(latin)).containsEntry("kind", "ENCODING").containsEntry("line", 2);
    assertThat(error(plain)).containsEntry("kind", "MISSING_DELIMITER");
    assertThat(rows.values().stream().filter(row -> row.getAs("error") != null)).hasSize(4);
  }

  @Test
  void optionsChooseSuffixesExclusionsAndHiddenFolders() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("options"));
    for (String file : List.of("a.md", "b.markdown", "_drafts/c.md", ".cache/d.md", "2021/x.draft.md",
        "2021/keep/e.md", "2021/skip/f.md", "target/g.md")) {
      Path path = folder.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "---\ntitle: \"" + file + "\"\n---\n");
    }

    assertThat(titles(spark.read().format("articlecard").load(folder.toString())))
        .containsExactly(".cache/d.md", "2021/keep/e.md", "2021/skip/f.md", "2021/x.draft.md",
            "_drafts/c.md", "a.md", "target/g.md");
    assertThat(titles(spark.read().format("articlecard").option("skipHidden", "true")
        .option("exclude", "*.draft.md,2021/{skip,other}/**,_drafts").load(folder.toString())))
        .containsExactly("2021/keep/e.md", "a.md", "target/g.md");
    assertThat(titles(spark.read().format("articlecard").option("skipHidden", "true")
        .option("exclude", "target").load(folder.toString())))
        .containsExactly("2021/keep/e.md", "2021/skip/f.md", "2021/x.draft.md", "_drafts/c.md",
            "a.md");
    assertThat(titles(spark.read().format("articlecard").option("suffixes", ".markdown, .md")
        .option("exclude", "2021").load(folder.toString())))
        .containsExactly(".cache/d.md", "_drafts/c.md", "a.md", "b.markdown", "target/g.md");
    assertThat(titles(spark.read().format("articlecard").load(folder.resolve("b.markdown").toString())))
        .containsExactly("b.markdown");
    assertThat(titles(spark.read().format("articlecard")
        .load(folder.resolve("2021/keep").toString(), folder.resolve("a.md").toString())))
        .containsExactly("2021/keep/e.md", "a.md");
  }

  @Test
  void frontMatterModeGivesAnyFrontMatterAsJsonInOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("hugo"));
    Files.write(folder.resolve("page.md"), CardTree.resource("hugo-page.md"));
    Files.write(folder.resolve("broken.md"), CardTree.resource("bad/unclosed-quote.md"));

    Dataset<Row> pages = spark.read().format("articlecard").option("mode", "frontMatter")
        .load(folder.toString()).orderBy("path");

    assertThat(pages.columns()).containsExactly("path", "frontMatter", "body", "error");
    List<Row> all = pages.collectAsList();
    assertThat(all.get(1).<Object>getAs("error")).isNull();
    assertThat(all.get(1).<String>getAs("frontMatter")).isEqualTo("{\"title\":\"A Hugo page\","
        + "\"date\":\"2021-03-14\",\"draft\":false,\"weight\":1.5,\"tags\":[\"go\",\"spark\"],"
        + "\"params\":{\"og.title\":\"Shared\"}}");
    assertThat(all.get(0).<Row>getAs("error").<String>getAs("kind")).isEqualTo("SYNTAX");
    assertThat(all.get(0).<String>getAs("frontMatter")).isNull();
  }

  @Test
  void theFrontMatterColumnIsTheDocumentsFrontMatter() throws Exception {
    Dataset<Row> pages = spark.read().format("articlecard").option("mode", "frontMatter")
        .load(root.resolve("_posts").toString()).filter("error IS NULL");

    for (Row row : pages.collectAsList()) {
      CardDocument doc = MAPPER.read(Path.of(new org.apache.hadoop.fs.Path(row.<String>getAs("path")).toUri()));
      assertThat(row.<String>getAs("frontMatter"))
          .isEqualTo(new ObjectMapper().writeValueAsString(doc.frontMatter()));
    }
  }

  @Test
  void anyHadoopFileSystemIsReadThroughItsOwnListingAndStreamsLikeTheLocalDisk() {
    Map<String, Row> other = spark.read().format("articlecard").option("keepText", true)
        .load(OtherSchemeFileSystem.path(root)).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("path"), row -> row));

    assertThat(other).hasSameSizeAs(rows);
    for (Map.Entry<String, Row> row : rows.entrySet()) {
      String path = OtherSchemeFileSystem.path(Path.of(new org.apache.hadoop.fs.Path(row.getKey()).toUri()));
      Row same = other.get(path);
      assertThat(same).as(path).isNotNull();
      for (String column : List.of("title", "quality", "text", "body", "extras")) {
        assertThat(same.<Object>getAs(column)).isEqualTo(row.getValue().getAs(column));
      }
      Row error = row.getValue().getAs("error");
      assertThat(same.<Row>getAs("error") == null ? null : same.<Row>getAs("error").<String>getAs("kind"))
          .isEqualTo(error == null ? null : error.<String>getAs("kind"));
    }
  }

  @Test
  void manySmallFilesMakeTwoPartitionsPerCoreNotOnePerFile() {
    Dataset<Row> cards = spark.read().format("articlecard").load(root.toString());

    assertThat(cards.rdd().getNumPartitions()).isEqualTo(4);
    assertThat(spark.read().format("articlecard").option("partitions", 5).load(root.toString())
        .rdd().getNumPartitions()).isEqualTo(5);
    assertThat(spark.read().format("articlecard").option("maxPartitionBytes", 200_000)
        .load(root.toString()).rdd().getNumPartitions()).isGreaterThan(4);
  }

  @Test
  void onlyTheColumnsAQueryUsesAreComputedAndCountsAgree() {
    Dataset<Row> cards = spark.read().format("articlecard").load(root.toString());

    assertThat(cards.count()).isEqualTo(rows.size());
    assertThat(cards.filter("error IS NOT NULL").count()).isEqualTo(4);
    assertThat(cards.select("path", "body").filter("body IS NULL").count()).isEqualTo(3);
  }

  @Test
  void theSchemaIsTheDocumentedOne() {
    Dataset<Row> cards = spark.read().format("articlecard").load(root.toString());

    assertThat(cards.columns()).containsExactly("path", "category", "title", "excerpt",
        "publishedDateTime", "originalUrl", "webUrl", "ampWebUrl", "cdnAmpWebUrl", "type", "quality",
        "heat", "published", "featuredContent", "provider", "topics", "images", "related", "secured",
        "extras", "body", "error");
    assertThat(cards.schema().apply("related").dataType().simpleString()).isEqualTo("array<struct<"
        + "title:string,excerpt:string,publishedDateTime:timestamp,webUrl:string,ampWebUrl:string,"
        + "cdnAmpWebUrl:string,type:string,provider:struct<name:string,domain:string,images:array<"
        + "struct<url:string,width:int,height:int,isCached:boolean,title:string,extras:string>>,"
        + "extras:string>,quality:int,images:array<struct<url:string,width:int,height:int,"
        + "isCached:boolean,title:string,extras:string>>,extras:string>>");
    assertThat(cards.schema().apply("error").dataType().simpleString())
        .isEqualTo("struct<kind:string,line:int,column:int,message:string>");
    assertThat(spark.read().format(CardDataSource.class.getName()).load(root.toString()).schema())
        .isEqualTo(cards.schema());
    assertThat(spark.read().format("articlecard").option("keepText", true).option("mode", "frontMatter")
        .load(root.toString()).columns()).containsExactly("path", "frontMatter", "body", "text", "error");
  }

  @Test
  void aMissingPathOrAnUnknownOptionFailsTheRead() {
    assertThatThrownBy(() -> spark.read().format("articlecard").load(dir.resolve("nowhere").toString())
        .collectAsList())
        .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof CardException
            && c.getMessage().contains("nowhere")));
    assertThatThrownBy(() -> spark.read().format("articlecard").option("keeptext", "yes")
        .load(root.toString()))
        .hasMessageContaining("keepText must be true or false");
    assertThatThrownBy(() -> spark.read().format("articlecard").option("sufixes", ".md")
        .load(root.toString()))
        .hasMessageContaining("unknown option 'sufixes'");
  }

  static String qualified(Path file) {
    return new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()).toString();
  }

  private static List<String> titles(Dataset<Row> cards) {
    return cards.orderBy("title").collectAsList().stream().map(row -> row.<String>getAs("title")).toList();
  }

  private static Map<String, Object> error(Row row) {
    Row error = row.getAs("error");
    assertThat(error).as(row.<String>getAs("path")).isNotNull();
    Map<String, Object> fields = new HashMap<>();
    for (String name : error.schema().fieldNames()) {
      fields.put(name, error.getAs(name));
    }
    return fields;
  }

  private static List<Integer> imagesOf(List<Row> images) {
    return images == null ? null : images.stream().map(image -> image.<Integer>getAs("width")).toList();
  }

  private static List<Integer> widths(List<Image> images) {
    return images.stream().map(image -> image.hasWidth() ? image.width() : null).toList();
  }

  private static JsonNode json(String text) {
    try {
      return text == null ? null : JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> all = new java.util.ArrayList<>();
    for (Throwable at = e; at != null; at = at.getCause()) {
      all.add(at);
    }
    return all;
  }
}
