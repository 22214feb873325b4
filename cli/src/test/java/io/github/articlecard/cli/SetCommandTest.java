package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code articlecard set}: edits in place that change only their lines, typos refused at every
 * level of the model, null and quoted values, negative indexes, refusals that leave the file.
 */
class SetCommandTest extends CardFolderTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private Path seed;
  private Path crlf;

  @BeforeEach
  void writeCards() throws IOException {
    seed = seed("seed.md");
    crlf = crlfSeed("crlf.md");
  }

  @Test
  void changesOnlyTheEditedLinesInPlace() throws IOException {
    String before = read(seed);

    ToolRun run = ToolRun.of("set", seed.toString(), "quality", "60", "related[1].title",
        "New \"related\" title");

    String after = read(seed);
    List<LineDiff.Hunk> hunks = LineDiff.between(before, after);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("updated " + seed + "\n");
    assertThat(hunks).hasSize(2);
    assertThat(hunks.get(0).added()).containsExactly("quality: 60\n");
    assertThat(hunks.get(1).added()).containsExactly("  - title: \"New \\\"related\\\" title\"\n");
    assertThat(MAPPER.read(after).card().quality()).isEqualTo(60);
  }

  @Test
  void keepsCrlfLineEndings() throws IOException {
    assertThat(ToolRun.of("set", crlf.toString(), "title", "CRLF title", "topics[-1]", "ML").status())
        .isZero();

    String after = read(crlf);
    assertThat(after).contains("title: \"CRLF title\"\r\n").contains("  - ML\r\n")
        .doesNotContainPattern("[^\r]\n");
  }

  @Test
  void dryRunPrintsADiffAndLeavesTheFile() throws IOException {
    byte[] before = Files.readAllBytes(seed);

    ToolRun run = ToolRun.of("set", "--dry-run", seed.toString(), "heat", "7");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("--- a/" + seed.toString().substring(1) + "\n+++ b/"
        + seed.toString().substring(1) + "\n")
        .contains("-heat: -1\n+heat: 7\n");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
    assertThat(ToolRun.of("set", "-n", seed.toString(), "heat", "7").out()).isEqualTo(run.out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "qualty                      | `qualty` is not a key of the card format; did you mean `quality`?",
      "Title                       | `Title` is not a key of the card format; did you mean `title`?",
      "publishDateTime             | `publishDateTime` is not a key of the card format; did you mean `publishedDateTime`?",
      "provider.nmae               | `provider.nmae` is not a key of the card format; did you mean `provider.name`?",
      "images[0].widht             | `images[0].widht` is not a key of the card format; did you mean `images[0].width`?",
      "images[-1].iscached         | `images[0].iscached` is not a key of the card format; did you mean `images[0].isCached`?",
      "related[1].provider.domian  | `related[1].provider.domian` is not a key of the card format; did you mean `related[1].provider.domain`?",
      "related[-1].qualty          | `related[3].qualty` is not a key of the card format; did you mean `related[3].quality`?",
      "related[0].images[0].hieght | `related[0].images[0].hieght` is not a key of the card format; did you mean `related[0].images[0].height`?",
      "provider.images[0].url      | ",
      "reviewer                    | `reviewer` is not a key of the card format (the card format has category, title, excerpt, publishedDateTime, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl, type, quality, heat, published, featuredContent, provider, topics, images, related, secured; --new adds it anyway)"})
  void keysTheCardFormatDoesNotKnowAreRefusedAtEveryLevelWithTheKeyTheyProbablyMeant(String key,
      String problem) throws IOException {
    byte[] before = Files.readAllBytes(seed);

    ToolRun run = ToolRun.of("set", seed.toString(), key, "5");

    if (problem == null) {
      assertThat(run.status()).as(run.err()).isZero();
      return;
    }
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + seed + ": not changed: " + problem
        + (problem.endsWith("?") ? " (--new adds it anyway)" : "") + "\n");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
  }

  @Test
  void newAddsKeysTheCardFormatDoesNotKnow() throws IOException {
    ToolRun run = ToolRun.of("set", "--new", seed.toString(), "qualty", "5", "provider.country", "IN");

    assertThat(run.status()).isZero();
    assertThat(read(seed)).contains("\nqualty: 5\n").contains("  domain: livemint.com\n  country: IN\n");
  }

  @Test
  void jsonWithAKeyTwiceIsRefusedNotHalfTaken() throws IOException {
    String before = read(seed);
    for (String value : new String[] {"{\"title\":\"x\",\"title\":\"y\"}",
        "[{\"a\":1,\"b\":2,\"a\":3}]", "{\"name\":\"M\",\"domain\":\"d\",\"name\":\"N\"}"}) {
      ToolRun run = ToolRun.of("set", "--new", seed.toString(), "q", value);

      assertThat(run.status()).as(value).isEqualTo(2);
      assertThat(run.err()).contains("duplicate key");
    }
    assertThat(read(seed)).isEqualTo(before);
  }

  @Test
  void signedZerosAndDecimalsAreWrittenAsTyped() throws IOException {
    ToolRun run = ToolRun.of("set", "--new", seed.toString(), "z", "-0.0", "w", "[-0.0, 1.50, 2.0]");

    assertThat(run.status()).isZero();
    assertThat(read(seed)).contains("\nz: -0.0\n").contains("\nw:\n  - -0.0\n  - 1.50\n  - 2.0\n");
  }

  @Test
  void anEmptyFileArgumentIsAUsageErrorNotTheCurrentFolder() {
    for (String[] args : new String[][] {{"check", ""}, {"fmt", ""}, {"json", ""}, {"get", "", "title"},
        {"set", "", "title", "x"}, {"unset", "", "title"}}) {
      ToolRun run = ToolRun.of(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).contains("an empty argument names no file");
    }
  }

  @Test
  void keysAlreadyInTheFileAndKeysInsideUnknownMappingsNeedNoNew() throws IOException {
    Path card = write("own.md", "---\ntitle: \"t\"\nlegacyId: 1\nparams:\n  og: x\n---\n");

    ToolRun run = ToolRun.of("set", card.toString(), "legacyId", "2", "params.twitter", "y");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read(card)).isEqualTo("---\ntitle: \"t\"\nlegacyId: 2\nparams:\n  og: x\n  twitter: y\n---\n");
  }

  @Test
  void mappingsAndListsGivenAsJsonAreCheckedForTyposToo() throws IOException {
    byte[] before = Files.readAllBytes(seed);

    ToolRun mapping = ToolRun.of("set", seed.toString(), "provider", "{\"name\":\"X\",\"nmae\":\"Y\"}");
    ToolRun list = ToolRun.of("set", seed.toString(), "images",
        "[{\"url\":\"https://x.example/a.png\",\"widht\":1}]");

    assertThat(mapping.err()).isEqualTo("articlecard: " + seed + ": not changed: `provider.nmae` is"
        + " not a key of the card format; did you mean `provider.name`? (--new adds it anyway)\n");
    assertThat(list.err()).contains("`images[0].widht` is not a key of the card format; did you mean `images[0].width`?");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
    assertThat(ToolRun.of("set", "--new", seed.toString(), "provider", "{\"name\":\"X\",\"nmae\":\"Y\"}")
        .status()).isZero();
  }

  @Test
  void nullIsAYamlNullNotTheTextNull() throws IOException {
    ToolRun run = ToolRun.of("set", seed.toString(), "webUrl", "null");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read(seed)).contains("\nwebUrl: null\n").doesNotContain("webUrl: \"null\"");
    assertThat(MAPPER.read(read(seed)).frontMatter().get("webUrl").isNull()).isTrue();
    assertThat(MAPPER.read(read(seed)).card().webUrl()).isNull();
  }

  @Test
  void theTextNullAndNumbersAsTextAreWrittenInDoubleQuotes() throws IOException {
    ToolRun run = ToolRun.of("set", "--new", seed.toString(), "title", "\"null\"", "code", "\"42\"",
        "count", "42", "flag", "true", "label", "\"say \\\"hi\\\"\"");

    assertThat(run.status()).as(run.err()).isZero();
    String text = read(seed);
    assertThat(text).contains("\ntitle: \"null\"\n").contains("\ncode: \"42\"\n")
        .contains("\ncount: 42\n").contains("\nflag: true\n");
    assertThat(MAPPER.read(text).frontMatter().get("label").textValue()).isEqualTo("say \"hi\"");
    assertThat(MAPPER.read(text).card().title()).isEqualTo("null");
  }

  @Test
  void keysThatHoldTextTakeTheValueAsTextAndNumberKeysTakeNumbers() throws IOException {
    Path bad = write("bad.md", "---\ntitle: \"t\"\nquality: high\n---\n");

    assertThat(ToolRun.of("set", seed.toString(), "title", "42", "excerpt", "true", "topics[0]", "7")
        .status()).isZero();
    assertThat(ToolRun.of("set", bad.toString(), "quality", "5").status()).isZero();

    assertThat(MAPPER.read(read(seed)).card().title()).isEqualTo("42");
    assertThat(MAPPER.read(read(seed)).card().excerpt()).isEqualTo("true");
    assertThat(MAPPER.read(read(seed)).card().topics()).containsExactly("7", "AI");
    assertThat(read(bad)).isEqualTo("---\ntitle: \"t\"\nquality: 5\n---\n");
  }

  @Test
  void valuesThatLookLikeOptionsAreValues() throws IOException {
    ToolRun run = ToolRun.of("set", seed.toString(), "heat", "-1", "title", "--json",
        "excerpt", "-q", "--dry-run");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("+title: \"--json\"").contains("+excerpt: \"-q\"")
        .doesNotContain("heat");
  }

  @Test
  void jsonValuesKeepTheirDecimalsAndTextThatIsNotOneJsonValueStaysText() throws IOException {
    ToolRun run = ToolRun.of("set", "--new", seed.toString(), "price", "1.50", "pair", "1 2",
        "big", "12345678901234567890123", "list", "[1.0, \"x\"]", "open", "{\"a\":");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read(seed)).contains("\nprice: 1.50\n").contains("\npair: \"1 2\"\n")
        .contains("\nbig: 12345678901234567890123\n").contains("\nlist:\n  - 1.0\n  - x\n");
    assertThat(MAPPER.read(read(seed)).frontMatter().get("open").textValue()).isEqualTo("{\"a\":");
  }

  @Test
  void negativeIndexesCountFromTheEnd() throws IOException {
    ToolRun run = ToolRun.of("set", seed.toString(), "topics[-1]", "X", "related[-1].quality", "1",
        "related[-4].images[-1].width", "2");

    assertThat(run.status()).as(run.err()).isZero();
    var card = MAPPER.read(read(seed)).card();
    assertThat(card.topics()).containsExactly("Facebook AI", "X");
    assertThat(card.related().get(3).quality()).isEqualTo(1);
    assertThat(card.related().get(0).images().get(0).width()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "topics[5]            | no item `topics[5]`: `topics` has 2 items (`topics[2]` adds one)",
      "topics[-3]           | no item `topics[-3]`: `topics` has 2 items (`topics[2]` adds one)",
      "related[-5].title    | no item `related[-5]`: `related` has 4 items (`related[4]` adds one)",
      "related[9].title     | no item `related[9]`: `related` has 4 items (`related[4]` adds one)",
      "images[0].url[0]     | `images[0].url` holds a single value, not a list, so it has no items",
      "topics.x             | `topics` is a list, so it has no key `x`: name an item, such as `topics[0].x`"})
  void indexesOutOfRangeEitherWayAreRefusedAndLeaveTheFile(String key, String problem)
      throws IOException {
    byte[] before = Files.readAllBytes(seed);

    ToolRun run = ToolRun.of("set", seed.toString(), key, "X");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + seed + ": not changed: " + problem + "\n");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
  }

  @Test
  void theIndexAfterTheLastItemAddsOne() throws IOException {
    assertThat(ToolRun.of("set", seed.toString(), "topics[2]", "ML").status()).isZero();

    assertThat(MAPPER.read(read(seed)).card().topics()).containsExactly("Facebook AI", "AI", "ML");
  }

  @Test
  void missingMappingsAndListsOnTheWayAreCreated() throws IOException {
    Path card = write("bare.md", "---\ntitle: \"Bare\"\n---\n");

    ToolRun run = ToolRun.of("set", card.toString(), "provider.name", "Mint", "topics[0]", "AI",
        "related[0].title", "Other");

    assertThat(run.status()).as(run.err()).isZero();
    var bound = MAPPER.read(read(card)).card();
    assertThat(bound.provider().name()).isEqualTo("Mint");
    assertThat(bound.topics()).containsExactly("AI");
    assertThat(bound.related().get(0).title()).isEqualTo("Other");
  }

  @Test
  void aValueTheCardCannotHoldLeavesTheFileUntouched() throws IOException {
    byte[] before = Files.readAllBytes(seed);

    ToolRun run = ToolRun.of("set", seed.toString(), "quality", "high");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + seed
        + ": not changed: quality: expected a whole number, found \"high\"\n");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).containsExactlyInAnyOrder(seed, crlf);
    }
  }

  @Test
  void anEditThatMakesTheCardInvalidIsWrittenWithAWarningAtItsPlace() throws IOException {
    ToolRun run = ToolRun.of("set", seed.toString(), "quality", "-5");

    assertThat(run.status()).isZero();
    assertThat(run.problems()).containsExactly("articlecard: " + seed
        + ":11:10: warning: quality: must be >= 0 [quality]");
    assertThat(read(seed)).contains("\nquality: -5\n");
  }

  @Test
  void settingTheSameValueWritesNothing() throws IOException {
    ToolRun run = ToolRun.of("set", seed.toString(), "quality", "59");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("unchanged " + seed + "\n");
    assertThat(ToolRun.of("-q", "set", seed.toString(), "quality", "60").out()).isEmpty();
  }

  @Test
  void standardInputIsEditedToStandardOutput() {
    ToolRun run = ToolRun.withInput("---\r\ntitle: \"Old\"\r\nquality: 1\r\n---\r\nBody\r\n",
        "set", "-", "title", "New");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("---\r\ntitle: \"New\"\r\nquality: 1\r\n---\r\nBody\r\n");
  }


  private static String read(Path path) {
    return TestFiles.read(path);
  }

  @Test
  void settingAListKeepsEachCommentAndUnknownKeyWithItsItem() throws IOException {
    Path card = write("topics.md", TestFiles.resource("cli/topics-with-comments.md").replace("\n", "\r\n"));

    ToolRun run = ToolRun.of("set", "--new", card.toString(), "topics", "[\"ML\",\"XR\"]",
        "images", "[{\"url\":\"https://example.com/b.jpg\",\"width\":1200,\"height\":630},"
            + "{\"url\":\"https://example.com/a.jpg\",\"width\":600,\"height\":337,"
            + "\"credit\":\"Reuters\"}]");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read(card)).isEqualTo(
        TestFiles.resource("cli/topics-with-comments.set.expected.md").replace("\n", "\r\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void settingAListMovesAnItemWithItsKeptLinesCommentsAndUnknownKeys(String eol) throws IOException {
    Path card = write("related.md", TestFiles.resource("cli/related-kept.md").replace("\n", eol));

    ToolRun run = ToolRun.of("set", card.toString(), "related",
        "[{\"title\":\"Second\",\"type\":\"article\",\"quality\":87},"
            + "{\"title\":\"First\",\"excerpt\":\"Kept.\\n\\n\",\"type\":\"article\","
            + "\"quality\":90,\"source\":\"feed-a\"}]");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read(card)).isEqualTo(
        TestFiles.resource("cli/related-kept.set.expected.md").replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void settingListsOfAFlowFrontMatterKeepsEachItemsCommentAndUnknownKeysWithoutNew(String eol) throws IOException {
    String folder = "cli/list-identity/";
    Path card = write("flow.md", TestFiles.resource(folder + "card-flow-root.md").replace("\n", eol));

    ToolRun run = ToolRun.of("set", card.toString(), "topics", "[\"Robotics\",\"AI\",\"NLP\"]",
        "images", "[{\"url\":\"https://example.com/b.jpg\",\"width\":1200,\"height\":630},"
            + "{\"url\":\"https://example.com/a.jpg\",\"width\":600,\"height\":337,"
            + "\"credit\":\"Reuters\"}]");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read(card)).isEqualTo(TestFiles.resource(folder
        + "card-flow-root.lists-rearranged.expected.md").replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void settingACompactListOfListsMovesEachInnerItemWithItsCommentAndTouchesNoOtherRow(String eol)
      throws IOException {
    String folder = "cli/list-identity/";
    Path rows = write("rows.md", TestFiles.resource(folder + "compact-rows.md").replace("\n", eol));
    Path scalars = write("g.md",
        TestFiles.resource(folder + "compact-scalars.md").replace("\n", eol));

    ToolRun reversed = ToolRun.of("set", rows.toString(), "rows",
        "[[{\"v\":\"b\",\"x\":2},{\"v\":\"a\",\"x\":1}],[{\"v\":\"c\",\"x\":3}]]");
    ToolRun rearranged = ToolRun.of("set", "--new", scalars.toString(), "rows",
        "[[\"n\",\"b\",\"a\"],[\"d\"]]");

    assertThat(reversed.status()).as(reversed.err()).isZero();
    assertThat(read(rows)).isEqualTo(TestFiles.resource(folder
        + "compact-rows.first-reversed.expected.md").replace("\n", eol));
    assertThat(rearranged.status()).as(rearranged.err()).isZero();
    assertThat(read(scalars)).isEqualTo(TestFiles.resource(folder
        + "compact-scalars.first-rearranged.expected.md").replace("\n", eol));
  }

  @Test
  void anUnknownKeyInANewItemIsRefusedThoughAnItemItDoesNotResembleHadIt() throws IOException {
    Path card = write("related.md", TestFiles.resource("cli/related-kept.md"));
    String before = read(card);

    ToolRun run = ToolRun.of("set", card.toString(), "related",
        "[{\"title\":\"Third\",\"type\":\"video\",\"quality\":1,\"source\":\"feed-c\"},"
            + "{\"title\":\"Second\",\"type\":\"article\",\"quality\":87}]");

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("`related[0].source` is not a key of the card format");
    assertThat(read(card)).isEqualTo(before);
  }
}
