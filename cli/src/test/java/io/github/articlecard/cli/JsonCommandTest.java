package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code articlecard json}: one card indented, several files or a folder as NDJSON. */
class JsonCommandTest extends CardFolderTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new ArticleCardModule());

  private Path seed;
  private Path crlf;

  @BeforeEach
  void writeCards() throws IOException {
    String text = SEED;
    seed = write("cards/seed.md", text);
    crlf = write("cards/crlf.md", text.replace("\n", "\r\n").replace("Facebook will", "CRLF will"));
  }

  @Test
  void oneFileIsTheCardIndentedWithItsKeyNames() throws IOException {
    ToolRun run = ToolRun.of("json", seed.toString());

    assertThat(run.status()).isZero();
    assertThat(JSON.readValue(run.out(), ArticleCard.class)).isEqualTo(MAPPER.read(seed).card());
    assertThat(run.out()).contains("\"publishedDateTime\" : \"2021-03-14T13:26:00Z\"")
        .contains("\n  \"title\" : ");
  }

  @Test
  void severalFilesAreOneCardALine() throws IOException {
    ToolRun run = ToolRun.of("json", seed.toString(), crlf.toString());

    List<String> lines = run.out().lines().toList();
    assertThat(run.status()).isZero();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readValue(lines.get(0), ArticleCard.class)).isEqualTo(MAPPER.read(seed).card());
    assertThat(JSON.readValue(lines.get(1), ArticleCard.class)).isEqualTo(MAPPER.read(crlf).card());
  }

  @Test
  void aFolderIsOneCardALineInFileOrderPassingOverTargetHiddenAndExcluded() throws IOException {
    write("cards/target/copy.md", SEED);
    write("cards/.hidden/copy.md", SEED);
    write("cards/drafts/copy.md", SEED);

    ToolRun run = ToolRun.of("json", "--exclude", "drafts", folder.resolve("cards").toString());

    List<String> lines = run.out().lines().toList();
    assertThat(run.status()).isZero();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readValue(lines.get(0), ArticleCard.class).title()).startsWith("CRLF will");
    assertThat(JSON.readValue(lines.get(1), ArticleCard.class).title()).startsWith("Facebook will");
  }

  @Test
  void aCardThatDoesNotReadIsReportedAndTheOthersPrinted() throws IOException {
    Path bad = write("cards/bad.md", "---\ntitle: \"t\"\nquality: high\n---\n");

    ToolRun run = ToolRun.of("json", folder.resolve("cards").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.problems()).containsExactly(
        "articlecard: " + bad + ":3:10: quality: expected a whole number, found \"high\"");
  }

  @Test
  void standardInputIsOneCard() throws IOException {
    ToolRun run = ToolRun.withInput(SEED, "json", "-");
    ToolRun withFile = ToolRun.withInput(SEED, "json", "-", crlf.toString());

    assertThat(JSON.readValue(run.out(), ArticleCard.class)).isEqualTo(MAPPER.read(seed).card());
    assertThat(withFile.out().lines()).hasSize(2);
  }


  @Test
  void withPathEachLineNamesItsFileBesideTheCard() throws IOException {
    Path unread = write("cards/unread.md", "---\ntitle: [\n---\n");

    ToolRun run = ToolRun.of("json", "--with-path", folder.resolve("cards").toString());

    List<String> lines = run.out().lines().toList();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("articlecard: " + unread + ":"));
    assertThat(lines).hasSize(2);
    for (int i = 0; i < 2; i++) {
      Path file = i == 0 ? crlf : seed;
      var line = JSON.readTree(lines.get(i));
      List<String> members = new ArrayList<>();
      line.fieldNames().forEachRemaining(members::add);
      assertThat(members).containsExactly("path", "card");
      assertThat(line.get("path").asText()).isEqualTo(file.toString());
      assertThat(JSON.treeToValue(line.get("card"), ArticleCard.class))
          .isEqualTo(MAPPER.read(file).card());
    }
  }

  @Test
  void withPathTheCardsOwnPathAndCardKeysStayInsideTheCard() throws IOException {
    Path card = write("cards/keys.md", "---\ntitle: T\npath: /posts/t/\ncard: summary\n---\n");

    ToolRun run = ToolRun.of("json", "--with-path", card.toString(), seed.toString());

    var line = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(line.get("path").asText()).isEqualTo(card.toString());
    assertThat(line.get("card").get("path").asText()).isEqualTo("/posts/t/");
    assertThat(line.get("card").get("card").asText()).isEqualTo("summary");
  }

  @Test
  void withPathOneFileIsItsEnvelopeIndentedAndStandardInputIsNamedStdin() throws IOException {
    ToolRun one = ToolRun.of("json", seed.toString(), "--with-path");
    ToolRun stdin = ToolRun.withInput(SEED, "json", "--with-path", "-");

    assertThat(one.status()).isZero();
    assertThat(one.out()).startsWith("{\n  \"path\" : " + JSON.writeValueAsString(seed.toString())
        + ",\n  \"card\" : {\n");
    assertThat(JSON.treeToValue(JSON.readTree(one.out()).get("card"), ArticleCard.class))
        .isEqualTo(MAPPER.read(seed).card());
    assertThat(JSON.readTree(stdin.out()).get("path").asText()).isEqualTo("<stdin>");
  }
}
