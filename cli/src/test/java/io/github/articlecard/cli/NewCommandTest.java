package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code articlecard new} writes a card that looks like its siblings: in a folder of older-style
 * cards (plain links, {@code sourceUrl} after {@code publishedDateTime}, {@code heat: }, flush
 * dashes, a blank line for a body), LF or CRLF, and in a folder of seed-style cards, the new card's
 * text differs from a sibling's only in its values, key for key, line for line; where the folder
 * has no cards it is the standard. It refuses to replace a file, unknown keys, a card that does not
 * bind or breaks a rule, and prints the card for {@code -}.
 */
class NewCommandTest extends CardFolderTest {
  private static final Path OLDER = Path.of("src/test/resources/cli/house-style/older");
  private static final Path STANDARD = Path.of("src/test/resources/cli/new-card/standard");

  /** The values of a card with the keys of the older sibling {@code 2019/facebook-videos.md}. */
  private static final List<String> OLDER_VALUES = List.of("category", "news",
      "title", "Cloud costs fall again as storage gets cheaper",
      "excerpt", "Prices for storage and compute drop, the company said.",
      "publishedDateTime", "2021-01-05T08:00:00Z",
      "sourceUrl", "https://cnet.com/2021/cloud-costs",
      "ampUrl", "https://cnet.com/2021/cloud-costs/amp",
      "type", "article",
      "quality", "20",
      "published", "true",
      "provider.name", "CNET",
      "provider.domain", "cnet.com",
      "topics[+]", "Cloud",
      "topics[+]", "Costs",
      "images[+]", "{\"url\":\"/assets/images/2021/cloud-costs.jpg\",\"width\":800,\"height\":450}");

  /** Copies a folder of cards below the test's folder, with the given line ending. */
  private Path copy(Path from, String name, String eol) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        write(name + "/" + from.relativize(file), TestFiles.read(file).replace("\n", eol));
      }
    }
    return folder.resolve(name);
  }

  private static ToolRun create(Path file, List<String> keysAndValues, String... options) {
    List<String> args = new ArrayList<>(List.of("new"));
    args.addAll(List.of(options));
    args.add(file.toString());
    args.addAll(keysAndValues);
    return ToolRun.of(args.toArray(String[]::new));
  }

  private static final Pattern LINE =
      Pattern.compile("( *)((?:- )?)(?:([A-Za-z]+):)?( ?)(.*?)(\r?)");

  /**
   * The text's shape: each line with its value replaced by how it is written ({@code V} plain,
   * {@code "V"} double-quoted, {@code 'V'} single-quoted), keeping its indentation, dash, key,
   * blank lines and line break.
   */
  private static List<String> shape(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      Matcher matcher = LINE.matcher(line);
      if (line.startsWith("---") || !matcher.matches()) {
        out.add(line);
        continue;
      }
      String value = matcher.group(5);
      String written = value.isEmpty() ? "" : value.startsWith("\"") ? "\"V\""
          : value.startsWith("'") ? "'V'" : "V";
      String key = matcher.group(3) == null ? "" : matcher.group(3) + ":";
      out.add(matcher.group(1) + matcher.group(2) + key + matcher.group(4) + written
          + matcher.group(6));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void inAFolderOfOlderStyleCardsTheNewCardDiffersFromASiblingOnlyInItsValues(String eol)
      throws IOException {
    Path repository = copy(OLDER, "older", eol);
    String sibling = TestFiles.read(repository.resolve("2019/facebook-videos.md"));
    Path file = repository.resolve("cloud-costs.md");

    ToolRun run = create(file, OLDER_VALUES);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("created " + file + "\n");
    String written = TestFiles.read(file);
    assertThat(shape(written)).as(written).containsExactlyElementsOf(shape(sibling));
    assertThat(written).contains("sourceUrl: https://cnet.com/2021/cloud-costs" + eol,
        "heat: " + eol, "- Cloud" + eol, "  width: 800" + eol).endsWith("---" + eol + eol);
    assertThat(written.replace("\r\n", "")).doesNotContain("\r");
    assertThat(repository.resolve(".cloud-costs.md.articlecard-new")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void inAFolderOfSeedStyleCardsTheNewCardDiffersFromASiblingOnlyInItsValues(String eol)
      throws IOException {
    Path repository = copy(STANDARD, "standard", eol);
    String sibling = TestFiles.read(repository.resolve("mint.md"));
    Path file = repository.resolve("2021").resolve("new.md");
    Files.createDirectories(file.getParent());

    ToolRun run = create(file, List.of("category", "news", "title", "Cloud costs fall again",
        "excerpt", "Prices for storage drop.", "publishedDateTime", "2021-01-05T08:00:00Z",
        "webUrl", "https://www.cnet.com/2021/cloud-costs", "type", "video", "quality", "20",
        "heat", "-1", "published", "true", "provider.domain", "cnet.com", "provider.name", "CNET",
        "topics[+]", "Cloud", "topics[+]", "Costs", "images[+]", "{\"url\":"
            + "\"https://images.cnet.com/cloud.jpg\",\"width\":800,\"height\":450,\"isCached\":true}"),
        "--style-from", repository.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String written = TestFiles.read(file);
    assertThat(shape(written)).as(written).containsExactlyElementsOf(shape(sibling));
    assertThat(written).contains("title: \"Cloud costs fall again\"" + eol,
        "  - Cloud" + eol, "type: video" + eol);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void keysTheSiblingsWriteWithoutAValueAreWrittenSo(String eol) throws IOException {
    for (String name : List.of("a", "b")) {
      write("priced/" + name + ".md", String.join("\n", "---", "title: Card " + name, "heat: ",
          "price:", "", "related:", "  - title: R" + name, "    quality: ", "    rating: ~", "---",
          "", "").replace("\n", eol));
    }
    Path file = folder.resolve("priced/c.md");

    ToolRun run = create(file, List.of("related[+]", "{\"title\":\"Rc\",\"rating\":null}",
        "price", "null", "title", "Card c"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(file)).isEqualTo(String.join("\n", "---", "title: Card c",
        "heat: ", "price:", "", "related:", "  - title: Rc", "    quality: ", "    rating: ~",
        "---", "", "").replace("\n", eol));
  }

  @Test
  void inAFolderWithoutCardsTheNewCardIsInTheStandardStyle() throws IOException {
    Path file = folder.resolve("empty/new.md");
    Files.createDirectories(file.getParent());
    List<String> values = List.of("title", "Hello", "quality", "5", "topics[+]", "AI",
        "provider.name", "Mint");

    ToolRun run = create(file, values);
    ToolRun standard = create(folder.resolve("standard.md"), values, "--style", "standard");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(standard.status()).as(standard.err()).isZero();
    String expected = String.join("\n", "---", "title: \"Hello\"", "quality: 5", "",
        "provider:", "  name: Mint", "", "topics:", "  - AI", "---", "");
    assertThat(TestFiles.read(file)).isEqualTo(expected);
    assertThat(TestFiles.read(folder.resolve("standard.md"))).isEqualTo(expected);
  }

  @Test
  void aDashPrintsTheCardAndWritesNothing() throws IOException {
    Path repository = copy(OLDER, "older", "\n");

    ToolRun run = ToolRun.of("new", "--style-from", repository.toString(), "-", "title", "Hi",
        "heat", "-1", "sourceUrl", "https://a.org/x");
    ToolRun standard = ToolRun.of("new", "--style", "standard", "-", "title", "Hi");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("---\ntitle: Hi\nsourceUrl: https://a.org/x\nheat: -1\n---\n\n");
    assertThat(standard.out()).isEqualTo("---\ntitle: \"Hi\"\n---\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(repository);
    }
  }

  @Test
  void anExistingFileIsNeverReplacedWithoutForce() throws IOException {
    Path file = seed("cards/seed.md");

    ToolRun refused = create(file, List.of("title", "Other"));
    String kept = TestFiles.read(file);
    ToolRun forced = create(file, List.of("title", "Other", "quality", "1"), "--force");

    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).isEqualTo("articlecard: " + file + ": not written: the file exists;"
        + " new writes only new files (--force replaces it)\n");
    assertThat(kept).isEqualTo(SEED);
    assertThat(forced.status()).as(forced.err()).isZero();
    assertThat(forced.out()).isEqualTo("replaced " + file + "\n");
    // learned from the folder's one card, the seed: its style
    assertThat(TestFiles.read(file)).isEqualTo("---\ntitle: \"Other\"\nquality: 1\n---\n\n");
  }

  @Test
  void aSymbolicLinkOrAnythingElseAtTheNameIsNotReplacedEither() throws IOException {
    Path target = seed("elsewhere/seed.md");
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), target);
    Files.delete(target);

    ToolRun run = create(link, List.of("title", "Other"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).doesNotExist();
  }

  @Test
  void aKeyNeitherTheFormatNorTheSiblingsKnowIsRefusedUnlessNew() throws IOException {
    Path repository = copy(OLDER, "older", "\n");
    Path empty = Files.createDirectories(folder.resolve("empty"));

    ToolRun typo = create(repository.resolve("a.md"), List.of("title", "T", "qualty", "5"));
    ToolRun nested = create(empty.resolve("b.md"), List.of("title", "T", "provider.nmae", "X"));
    ToolRun olderKey = create(empty.resolve("c.md"), List.of("title", "T", "sourceUrl", "x"));
    ToolRun siblingsKey = create(repository.resolve("d.md"), List.of("title", "T", "sourceUrl",
        "https://a.org/x"));
    ToolRun allowed = create(empty.resolve("e.md"), List.of("title", "T", "qualty", "5"), "--new");

    assertThat(typo.status()).isEqualTo(1);
    assertThat(typo.err()).contains("not written: `qualty` is not a key of the card format",
        "; did you mean `quality`?");
    assertThat(nested.err()).contains("did you mean `provider.name`?");
    assertThat(olderKey.status()).isEqualTo(1);
    assertThat(olderKey.err()).contains("`sourceUrl` is not a key of the card format");
    assertThat(siblingsKey.status()).as(siblingsKey.err()).isZero();
    assertThat(allowed.status()).as(allowed.err()).isZero();
    assertThat(TestFiles.read(empty.resolve("e.md"))).isEqualTo("---\ntitle: \"T\"\nqualty: 5\n---\n");
    assertThat(repository.resolve("a.md")).doesNotExist();
    assertThat(empty.resolve("b.md")).doesNotExist();
    assertThat(empty.resolve("c.md")).doesNotExist();
  }

  @Test
  void keysInsideAValueGivenAsJsonAreCheckedTheSameWay() throws IOException {
    Path repository = copy(OLDER, "older", "\n");
    write("older/2021/with-related.md", String.join("\n", "---", "title: T", "", "related:",
        "- title: R", "  sourceUrl: https://b.org/r", "---", ""));

    ToolRun unknownInRelated = create(folder.resolve("a.md"), List.of("title", "T", "related[+]",
        "{\"title\":\"R\",\"sourceUrl\":\"https://b.org\"}"), "--style", "standard");
    ToolRun typoInImage = create(repository.resolve("b.md"), List.of("title", "T", "images",
        "[{\"url\":\"/x.jpg\",\"widht\":1}]"));
    ToolRun siblingsKeyInRelated = create(repository.resolve("c.md"), List.of("title", "T",
        "related[+]", "{\"title\":\"R2\",\"sourceUrl\":\"https://b.org/r2\"}"));
    ToolRun siblingsKeyAsPath = create(repository.resolve("d.md"), List.of("title", "T",
        "related[0].sourceUrl", "https://b.org/r3", "related[0].title", "R3"));

    assertThat(unknownInRelated.status()).isEqualTo(1);
    assertThat(unknownInRelated.err()).contains("`related[0].sourceUrl` is not a key of the card"
        + " format");
    assertThat(typoInImage.err()).contains("did you mean `images[0].width`?");
    assertThat(siblingsKeyInRelated.status()).as(siblingsKeyInRelated.err()).isZero();
    assertThat(TestFiles.read(repository.resolve("c.md")))
        .contains("\nrelated:\n- title: R2\n  sourceUrl: https://b.org/r2\n");
    assertThat(siblingsKeyAsPath.status()).as(siblingsKeyAsPath.err()).isZero();
    assertThat(TestFiles.read(repository.resolve("d.md")))
        .contains("\nrelated:\n- title: R3\n  sourceUrl: https://b.org/r3\n");
  }

  @Test
  void aCardWithoutATitleIsRefusedNamingTheMissingKey() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));

    ToolRun untitled = create(empty.resolve("a.md"), List.of("quality", "5"));
    ToolRun blank = create(empty.resolve("b.md"), List.of("title", " ", "quality", "5"));
    ToolRun untitledRelated = create(empty.resolve("c.md"), List.of("title", "T",
        "related[+]", "{\"quality\":3}"));

    assertThat(untitled.status()).isEqualTo(1);
    assertThat(untitled.err()).isEqualTo("articlecard: " + empty.resolve("a.md") + ": not written:"
        + " `title` is missing, and every card needs one (title: must not be blank)\n");
    assertThat(blank.err()).contains("not written: title: must not be blank [title]");
    assertThat(untitledRelated.err()).contains("not written: `related[0].title` is missing");
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aCardThatDoesNotBindOrBreaksTheFoldersRulesIsRefused() throws IOException {
    Path site = Files.createDirectories(folder.resolve("site"));
    write("site/.articlecard.properties", "range.quality = 0..100\n");

    ToolRun high = create(site.resolve("a.md"), List.of("title", "T", "quality", "high"));
    ToolRun outOfRange = create(site.resolve("b.md"), List.of("title", "T", "quality", "500"));
    ToolRun inRange = create(site.resolve("c.md"), List.of("title", "T", "quality", "50"));

    assertThat(high.status()).isEqualTo(1);
    assertThat(high.err()).contains("not written: quality: expected a whole number, found \"high\"");
    assertThat(outOfRange.status()).isEqualTo(1);
    assertThat(outOfRange.err()).contains("not written: quality: must be").contains("[quality]");
    assertThat(inRange.status()).as(inRange.err()).isZero();
    assertThat(site.resolve("a.md")).doesNotExist();
    assertThat(site.resolve("b.md")).doesNotExist();
  }

  @Test
  void aMissingFolderIsRefusedAndWrongUsageIsExitStatusTwo() throws IOException {
    Path missing = folder.resolve("nowhere/new.md");
    Path file = folder.resolve("new.md");

    ToolRun run = create(missing, List.of("title", "T"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("not written: no folder " + missing.getParent());
    assertThat(create(file, List.of("title")).status()).isEqualTo(2);
    assertThat(create(file, List.of("title", "T"), "--style", "older").status()).isEqualTo(2);
    assertThat(create(file, List.of("title", "T"), "--style", "standard", "--style-from", ".")
        .status()).isEqualTo(2);
    assertThat(create(file, List.of("title[", "T")).status()).isEqualTo(2);
    assertThat(ToolRun.of("new", file.toString()).status()).isEqualTo(2);
    assertThat(file).doesNotExist();
  }

  @Test
  void valuesAreTakenAsSetTakesThem() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));

    ToolRun run = create(empty.resolve("a.md"), List.of("title", "42", "heat", "-1",
        "excerpt", "\"null\"", "topics", "[\"AI\",\"ML\"]"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(empty.resolve("a.md"))).isEqualTo(String.join("\n", "---",
        "title: \"42\"", "excerpt: \"null\"", "heat: -1", "", "topics:", "  - AI", "  - ML",
        "---", ""));
  }

  @Test
  void keysEveryCardOfTheFolderHasAreNamedInAWarning() throws IOException {
    Path repository = copy(OLDER, "older", "\n");

    ToolRun run = create(repository.resolve("a.md"), List.of("title", "T", "quality", "1"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("articlecard: " + repository.resolve("a.md") + ": warning:"
        + " every card in " + repository + " has `category`, `excerpt`,"
        + " `publishedDateTime`, `sourceUrl`, `type`, `published`, `provider`, `topics`;"
        + " this one has not\n");
  }

  @Test
  void theReadmeShowsWhatNewWritesInAFolderOfOlderStyleCards() throws IOException {
    Path content = copy(OLDER, "content", "\n");
    Path file = content.resolve("cloud-costs.md");
    String readme = TestFiles.read(Path.of("..", "README.md"));

    ToolRun run = create(file, List.of("category", "news", "title", "Cloud costs fall again",
        "excerpt", "Prices for storage drop.", "publishedDateTime", "2021-01-05T08:00:00Z",
        "sourceUrl", "https://cnet.com/2021/cloud-costs", "type", "article", "quality", "20",
        "published", "true", "provider.name", "CNET", "provider.domain", "cnet.com",
        "topics[+]", "Cloud"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(readme).contains("$ cat content/cloud-costs.md\n" + TestFiles.read(file) + "```\n")
        .contains("| `new " + Command.NEW.synopsis().replace("|", "\\|") + "` |");
  }

  @Test
  void helpSaysWhatNewDoes() {
    ToolRun help = ToolRun.of("help", "new");

    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("usage: articlecard new [--style-from FOLDER | --style"
        + " standard] [--new] [--force] [--allow-attribute-loss] FILE KEY VALUE [KEY VALUE]...")
        .contains("looks like its siblings", "--force", "--new", "exit status: 0");
    assertThat(ToolRun.of("new", "-h").out()).isEqualTo(help.out());
    assertThat(ToolRun.of("--help").out()).contains("  new [--style-from FOLDER");
  }
}
