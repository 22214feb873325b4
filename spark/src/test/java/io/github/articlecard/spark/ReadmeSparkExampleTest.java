package io.github.articlecard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's Spark examples (read, filter, edit, write back, JSON; one mapper per partition)
 * and checks that the README shows exactly this code, after the imports it uses.
 */
class ReadmeSparkExampleTest {
  @TempDir
  static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theExampleRunsAndDoesWhatItSays() throws IOException {
    Path root = CardTree.create(dir.resolve("readme"));
    String folder = root.toString();
    String output = dir.resolve("json").toString();
    // README spark example start
    CardMapper mapper = CardMapper.builder().build();       // serializable: it travels to the executors

    Dataset<Row> cards = spark.read().format("articlecard")
        .option("keepText", true)                           // the whole text, for lossless edits
        .load(folder);                                      // any Hadoop path; _posts and .drafts too
    cards.filter("error IS NOT NULL").select("path", "error.kind", "error.line").show(false);

    Dataset<Row> mint = cards.filter("provider.domain = 'livemint.com' AND quality > 50");
    Dataset<Row> edited = CardEdits.using(mapper).editCards(mint,
        card -> card.toBuilder().quality(card.quality() + 1).build());   // withCard, on the executors
    CardWriteResult result = CardWriter.inPlace(mapper).write(edited);  // only quality lines change

    Dataset<ArticleCard> typed = CardDatasets.cards(cards, mapper);
    CardJson.toJson(typed).write().text(output);            // one card per line, ArticleCardModule's JSON
    // README spark example end

    assertThat(result.failed()).isZero();
    assertThat(result.written()).isEqualTo(mint.count()).isPositive();
    assertThat(spark.read().textFile(output).count()).isEqualTo(typed.count());
    assertThat(CardJson.fromJson(spark.read().textFile(output)).collectAsList())
        .containsExactlyInAnyOrderElementsOf(typed.collectAsList());
  }

  @Test
  void theOneMapperPerPartitionRecipeRuns() {
    Path root = CardTree.create(dir.resolve("recipe")).resolve("_posts");
    Dataset<Row> cards = spark.read().format("articlecard").option("keepText", true)
        .load(root.toString()).filter("error IS NULL");
    // README partition example start
    Dataset<String> titles = cards.filter("error IS NULL").select("text").mapPartitions(
        (MapPartitionsFunction<Row, String>) rows -> {
          CardMapper mapper = CardMapper.builder().build();   // one per partition, built where it runs
          List<String> out = new ArrayList<>();
          while (rows.hasNext()) {
            CardDocument doc = mapper.read(rows.next().getString(0));
            out.add(doc.card().title());
          }
          return out.iterator();
        }, Encoders.STRING());
    // README partition example end

    assertThat(titles.count()).isEqualTo(cards.count());
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRunsAfterItsImports() throws IOException {
    String source = Files.readString(Path.of("src/test/java",
        getClass().getName().replace('.', '/') + ".java"));
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String marker : List.of("README spark example", "README partition example")) {
      Matcher start = Pattern.compile("(?m)^( *)// " + marker + " start\n").matcher(source);
      assertThat(start.find()).as(marker).isTrue();
      String indent = start.group(1);
      StringBuilder code = new StringBuilder();
      source.substring(start.end(), source.indexOf(indent + "// " + marker + " end\n")).lines()
          .forEach(line -> code.append(line.startsWith(indent) ? line.substring(indent.length()) : line)
              .append('\n'));
      int at = readme.indexOf("\n\n" + code + "```\n");
      assertThat(at).as("the README shows the code of the %s", marker).isPositive();
      String imports = readme.substring(readme.lastIndexOf("```java\n", at) + 8, at + 1);
      imports.lines().forEach(line -> assertThat(source.contains("\n" + line + "\n")
          || line.matches("import io\\.github\\.articlecard\\.spark\\.[A-Z]\\w*;"))
          .as("the %s imports what the test compiles with: %s", marker, line).isTrue());
      Matcher names = Pattern.compile("\\b([A-Z]\\w*)\\b").matcher(code.toString()
          .replaceAll("\"[^\"]*\"", "\"\"").replaceAll("//.*", ""));
      while (names.find()) {
        String type = names.group(1);
        if (source.matches("(?s).*\nimport [\\w.]+\\." + type + ";\n.*")
            || Files.exists(Path.of("src/main/java/io/github/articlecard/spark/" + type + ".java"))) {
          assertThat(imports).as("the %s imports %s", marker, type).containsPattern("\\." + type + ";");
        }
      }
    }
  }
}
