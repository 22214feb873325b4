package io.github.articlecard.jackson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.TestFiles;
import io.github.articlecard.jackson.LineDiff;
import io.github.articlecard.jackson.SpecialFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand end to end, on files in a temporary folder. */
class CardToolTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @TempDir
  Path folder;

  private Path seed;
  private Path crlf;
  private Path bad;
  private Path invalid;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeCards() throws IOException {
    String seedText = TestFiles.resource("cards/seed.md");
    seed = write("good/seed.md", seedText);
    crlf = write("good/crlf.md", seedText.replace("\n", "\r\n"));
    bad = write("bad/quality.md", "---\ntitle: t\nquality: high\n---\n");
    invalid = write("bad/heat.md", "---\ntitle: t\nheat: -5\n---\n");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return new CardTool(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checkReportsEachFileAndASummaryAndFailsWhenAnythingFailed() {
    int status = run("check", folder.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out())
        .contains("OK      " + seed)
        .contains("OK      " + crlf)
        .contains("ERROR   " + bad + ":3:10: quality: expected a whole number, found \"high\"")
        .contains("INVALID " + invalid + ": heat: must be >= -1")
        .contains("   files       ok  invalid   errors    lossy")
        .contains("       4        2        1        1        0");
  }

  @Test
  void checkReportsFifosDevicesAndDanglingLinksNamedMdAndGoesOn() throws Exception {
    Path odd = Files.createDirectories(folder.resolve("odd"));
    Files.createSymbolicLink(odd.resolve("gone.md"), odd.resolve("moved.md"));
    Path fifo = SpecialFiles.fifo(odd.resolve("pipe.md"));
    boolean devices = Files.exists(SpecialFiles.ZERO);
    if (devices) {
      Files.createSymbolicLink(odd.resolve("zero.md"), SpecialFiles.ZERO);
    }

    int[] status = new int[1];
    SpecialFiles.whileAWriterWaits(fifo, () -> status[0] = run("check", folder.toString()));

    assertThat(status[0]).isEqualTo(1);
    assertThat(out())
        .contains("OK      " + seed)
        .contains("ERROR   " + odd.resolve("gone.md") + ": cannot read: no such file (a symbolic link to nothing)")
        .contains("ERROR   " + fifo + ": cannot read: not a regular file but a FIFO (named pipe)");
    if (devices) {
      assertThat(out()).contains("ERROR   " + odd.resolve("zero.md")
          + ": cannot read: not a regular file but a character device");
    }
  }

  @Test
  void checkReportsAnUnreadableSubfolderAndChecksTheRest() throws IOException {
    assumeTrue(!SpecialFiles.runningAsRoot(folder),
        "root reads folders whatever their permission bits; CardFileFinderTest injects the failure");
    Path locked = SpecialFiles.mode(folder.resolve("bad"), "---------");
    try {
      assertThat(run("check", folder.toString())).isEqualTo(1);
    } finally {
      SpecialFiles.mode(locked, "rwx------");
    }
    assertThat(out()).contains("OK      " + seed)
        .contains("ERROR   " + locked + ": cannot list the folder: permission denied")
        .contains("       3        2        0        1        0");
  }

  @Test
  void checkOfGoodCardsSucceedsAndQuietPrintsNothing() {
    assertThat(run("-q", "check", seed.toString(), crlf.toString())).isZero();
    assertThat(out()).isEmpty();
  }

  @Test
  void checkShowsProgressOnStderrUnlessQuiet() {
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

    new CardTool(stdout, stderr, 0).run("check", seed.toString(), crlf.toString());
    String progress = err();
    err.reset();
    new CardTool(stdout, stderr, 0).run("-q", "check", seed.toString(), crlf.toString());

    assertThat(progress).contains("checked 1 of 2 files").contains("checked 2 of 2 files");
    assertThat(err()).isEmpty();
  }

  @Test
  void checkWithJsonIsMachineReadable() throws IOException {
    int status = run("check", "--json", folder.toString());

    JsonNode report = new ObjectMapper().readTree(out());
    assertThat(status).isEqualTo(1);
    assertThat(report).hasSize(4);
    JsonNode error = report.get(0);
    assertThat(error.get("file").asText()).isEqualTo(invalid.toString());
    assertThat(error.get("status").asText()).isEqualTo("invalid");
    assertThat(error.get("problems").get(0).asText()).isEqualTo("heat: must be >= -1");
    JsonNode parse = report.get(1);
    assertThat(parse.get("status").asText()).isEqualTo("error");
    assertThat(parse.get("line").asInt()).isEqualTo(3);
    assertThat(parse.get("column").asInt()).isEqualTo(10);
    assertThat(parse.get("path").asText()).isEqualTo("quality");
    assertThat(report.get(2).get("roundTrip").asBoolean()).isTrue();
  }

  @Test
  void getPrintsValuesByDottedPath() {
    assertThat(run("get", seed.toString(), "related[0].provider.name")).isZero();
    assertThat(out()).isEqualTo("VentureBeat\n");
    assertThat(run("get", seed.toString(), "quality")).isZero();
    assertThat(out()).isEqualTo("59\n");
    assertThat(run("get", seed.toString(), "topics")).isZero();
    assertThat(out()).contains("\"Facebook AI\"");
    assertThat(run("get", seed.toString(), "related[9].title")).isEqualTo(1);
    assertThat(err()).contains("no value at related[9].title");
  }

  @Test
  void setChangesOnlyTheEditedLinesInPlace() throws IOException {
    String before = Files.readString(seed);

    assertThat(run("set", seed.toString(), "quality", "60", "related[1].title", "New \"related\" title")).isZero();

    String after = Files.readString(seed);
    List<LineDiff.Hunk> hunks = LineDiff.between(before, after);
    assertThat(hunks).hasSize(2);
    assertThat(hunks.get(0).added()).containsExactly("quality: 60\n");
    assertThat(hunks.get(1).added()).containsExactly("  - title: \"New \\\"related\\\" title\"\n");
    assertThat(MAPPER.read(after).card().quality()).isEqualTo(60);
  }

  @Test
  void setKeepsCrlfLineEndings() throws IOException {
    assertThat(run("set", crlf.toString(), "title", "CRLF title")).isZero();

    String after = Files.readString(crlf);
    assertThat(after).contains("title: \"CRLF title\"\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void setDryRunPrintsADiffAndLeavesTheFile() throws IOException {
    byte[] before = Files.readAllBytes(seed);

    assertThat(run("set", "--dry-run", seed.toString(), "heat", "7")).isZero();

    assertThat(out()).contains("-heat: -1\n+heat: 7\n").startsWith("--- " + seed);
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
  }

  @Test
  void setOfABadValueLeavesTheFileUntouched() throws IOException {
    byte[] before = Files.readAllBytes(seed);

    assertThat(run("set", seed.toString(), "quality", "high")).isEqualTo(1);

    assertThat(err()).contains("not changed").contains("quality").contains("expected a whole number");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
    try (var files = Files.list(seed.getParent())) {
      assertThat(files.toList()).containsExactlyInAnyOrder(seed, crlf);
    }
  }

  @Test
  void fmtRewritesInHouseStyleAndCheckOnlyReports() throws IOException {
    Path styled = write("style/single.md", "---\ntitle: 'Single'   # comment\nquality: 1\n---\n");

    assertThat(run("fmt", "--check", styled.toString(), seed.toString())).isEqualTo(1);
    assertThat(out()).isEqualTo("would reformat " + styled + "\n");
    assertThat(run("fmt", styled.toString())).isZero();
    assertThat(Files.readString(styled)).isEqualTo("---\ntitle: \"Single\"\nquality: 1\n---\n");
    assertThat(run("fmt", "--check", styled.toString(), crlf.toString())).isZero();
  }

  @Test
  void jsonPrintsTheCardWithItsKeyNames() throws IOException {
    assertThat(run("json", seed.toString())).isZero();

    ObjectMapper json = new ObjectMapper().registerModule(new ArticleCardModule());
    ArticleCard card = json.readValue(out(), ArticleCard.class);
    assertThat(card).isEqualTo(MAPPER.read(seed).card());
    assertThat(out()).contains("\"publishedDateTime\" : \"2021-03-14T13:26:00Z\"");
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("usage: articlecard");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).contains("unknown command 'frobnicate'");
    assertThat(run("get", seed.toString())).isEqualTo(2);
    assertThat(run("check", "--bogus", seed.toString())).isEqualTo(2);
  }

  @Test
  void aMissingFileIsAnErrorNotACrash() {
    assertThat(run("json", folder.resolve("absent.md").toString())).isEqualTo(1);
    assertThat(err()).contains("absent.md").contains("no such file");
  }

  private Path write(String name, String text) throws IOException {
    Path path = folder.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, text.getBytes(StandardCharsets.UTF_8));
    return path;
  }

}
