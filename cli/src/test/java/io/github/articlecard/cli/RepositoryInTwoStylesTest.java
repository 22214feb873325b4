package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.LineEnding;
import io.github.articlecard.testkit.CardGenerator;
import io.github.articlecard.testkit.TestCards;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test repository: a few hundred cards in two house styles, 150 in the seed's (written
 * by {@code mapper.write} from {@link TestCards#generator}, a quarter CRLF) and 150 in the older
 * one ({@link TestCards#olderStyleGenerator}: {@code sourceUrl} after {@code publishedDateTime},
 * plain links, flush list dashes, {@code heat: } without a value, one in ten CRLF), every fifth
 * with a comment above {@code quality} and every seventh one above {@code topics}, and the shared
 * corpus's 192 real cards (57 CRLF) when it is there. Each new command runs over it: the diff of
 * every card it changes touches only the edited key's own lines, keeps the card's line ending,
 * and every other card stays byte for byte as it was; the cards edited are exactly those the
 * conditions name, and the summary counts them.
 */
class RepositoryInTwoStylesTest {
  private static final int PER_STYLE = 150;
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @TempDir
  static Path master;

  @TempDir
  Path folder;

  private static boolean withCorpus;
  private Path repository;
  private Map<Path, String> before;

  @BeforeAll
  static void writeTheRepository() throws IOException {
    CardMapper lf = CardMapper.builder().lineEnding(LineEnding.LF).build();
    CardMapper crlf = CardMapper.builder().lineEnding(LineEnding.CRLF).build();
    CardGenerator seedStyle = TestCards.generator(21);
    for (int i = 1; i <= PER_STYLE; i++) {
      Path file = master.resolve(String.format("seed-style/%d/card-%03d.md", 2015 + i % 4, i));
      Files.createDirectories(file.getParent());
      String text = (i % 4 == 0 ? crlf : lf).write(seedStyle.next());
      Files.writeString(file, commented(text, i), StandardCharsets.UTF_8);
    }
    for (Path file : TestCards.olderStyleGenerator(21).writeRepository(
        master.resolve("older-style"), PER_STYLE)) {
      int i = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
      Files.writeString(file, commented(Files.readString(file), i), StandardCharsets.UTF_8);
    }
    Path corpus = corpus();
    withCorpus = corpus != null;
    if (corpus != null) {
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
          Path copy = master.resolve("smartable-2021").resolve(file.getFileName().toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
          SpecialFiles.mode(copy, "rw-r--r--"); // the shared corpus is read-only
        }
      }
    }
  }

  /** The card with a comment above quality (every fifth) and above topics (every seventh). */
  private static String commented(String text, int i) {
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    String out = text;
    if (i % 5 == 0) {
      out = out.replaceFirst(eol + "quality: ", eol + "# ranked by the old pipeline" + eol
          + "quality: ");
    }
    if (i % 7 == 0) {
      out = out.replaceFirst(eol + "topics:", eol + "# topics chosen by hand" + eol + "topics:");
    }
    return out;
  }

  /** The shared corpus's real cards, or null (then CI fails: it must be there). */
  private static Path corpus() {
    String configured = System.getProperty("articlecard.corpus");
    Path path = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared",
        "corpus")).resolve("smartable-2021");
    if (Files.isDirectory(path)) {
      return path;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("the shared card corpus is not at " + path.toAbsolutePath().normalize());
    }
    return null;
  }

  @BeforeEach
  void copyTheRepository() throws IOException {
    repository = folder.resolve("repository");
    try (Stream<Path> files = Files.walk(master)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = repository.resolve(master.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    before = read();
  }

  private Map<Path, String> read() throws IOException {
    Map<Path, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(repository)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  /** The cards whose front matter passes a test, as the expected set of edited cards. */
  private Set<Path> cardsWhere(Predicate<ObjectNode> test) {
    Set<Path> cards = new TreeSet<>();
    before.forEach((file, text) -> {
      if (test.test(MAPPER.read(text).frontMatter())) {
        cards.add(file);
      }
    });
    return cards;
  }

  /** The files a run names as updated. */
  private static Set<Path> updated(ToolRun run) {
    Set<Path> files = new TreeSet<>();
    run.out().lines().forEach(line -> {
      assertThat(line).startsWith("updated ");
      files.add(Path.of(line.substring("updated ".length())));
    });
    return files;
  }

  /**
   * Asserts that the cards changed are exactly {@code edited}, that in each every line removed or
   * added is one of the edit's own (by {@code ownLine}, given the line without its line break;
   * a blank line may come with the lines of a new key, as the blank line before its group) and
   * ends as the card's opening line does, and that every other card is byte for byte as it was.
   */
  private void onlyTheseCardsChangedInOnlyTheirOwnLines(Set<Path> edited,
      Predicate<String> ownLine) throws IOException {
    Map<Path, String> after = read();
    Set<Path> changed = new TreeSet<>();
    before.forEach((file, text) -> {
      if (!text.equals(after.get(file))) {
        changed.add(file);
      }
    });
    assertThat(changed).isEqualTo(edited);
    for (Path file : edited) {
      String text = before.get(file);
      String eol = text.startsWith("---\r\n") ? "\r\n" : "\n";
      String diff = LineDiff.unified("before", "after", text, after.get(file), 2);
      for (LineDiff.Hunk hunk : LineDiff.between(text, after.get(file))) {
        boolean addsKey = hunk.added().stream().anyMatch(line -> !line.isBlank());
        List<String> lines = new ArrayList<>(hunk.removed());
        lines.addAll(hunk.added());
        for (String line : lines) {
          boolean blankOfNewKey = addsKey && line.equals(eol) && hunk.added().contains(line)
              && !hunk.removed().contains(line);
          assertThat(line).as("%s: a line of the edit's own, ending as the card's do, in%n%s",
                  file, diff)
              .endsWith(eol)
              .matches(own -> blankOfNewKey
                  || ownLine.test(own.substring(0, own.length() - eol.length())),
                  "is the edit's own line");
        }
      }
    }
  }

  private static boolean containsIgnoringCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private String summary(int updated, int unchanged, int refused, int skipped) {
    return "articlecard: updated " + updated + ", unchanged " + unchanged + ", refused " + refused
        + (skipped < 0 ? "" : ", skipped " + skipped + " (not matching --where)") + "\n";
  }

  @Test
  void theRepositoryHoldsBothStylesCrlfCommentsAndTheSharedCorpusWhenThere() {
    long crlf = before.values().stream().filter(text -> text.contains("\r\n")).count();
    long comments = before.values().stream().filter(text -> text.contains("\n# ")).count();
    long older = before.values().stream().filter(text -> text.contains("\nsourceUrl: ")).count();

    assertThat(before).hasSize(2 * PER_STYLE + (withCorpus ? 192 : 0));
    assertThat(crlf).isGreaterThan(40);
    assertThat(comments).isGreaterThan(60);
    assertThat(older).isEqualTo(PER_STYLE);
    assumeTrue(withCorpus, "the shared card corpus (../shared/corpus/smartable-2021) is not here:"
        + " the repository holds the generated cards only (skipped)");
  }

  @Test
  void addingATopicWhereTheTitleMentionsAiTouchesOnlyTheirTopics() throws IOException {
    Set<Path> aboutAi = cardsWhere(data -> containsIgnoringCase(data.path("title").asText(), "AI"));

    ToolRun run = ToolRun.of("set", repository.toString(), "topics[+]", "Artificial Intelligence",
        "--where", "title~AI");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(aboutAi).hasSizeGreaterThan(30).hasSizeLessThan(before.size());
    assertThat(updated(run)).isEqualTo(aboutAi);
    assertThat(run.err()).isEqualTo(summary(aboutAi.size(), 0, 0, before.size() - aboutAi.size()));
    onlyTheseCardsChangedInOnlyTheirOwnLines(aboutAi, line -> line.startsWith("topics:")
        || line.strip().equals("- Artificial Intelligence")
        || line.strip().equals("- \"Artificial Intelligence\""));
  }

  @Test
  void settingAScalarEverywhereChangesOnlyItsLine() throws IOException {
    Set<Path> other = cardsWhere(data -> !data.path("quality").isNumber()
        || data.path("quality").intValue() != 50);

    ToolRun run = ToolRun.of("set", repository.toString(), "quality", "50");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(updated(run)).isEqualTo(other);
    assertThat(run.err()).isEqualTo(summary(other.size(), before.size() - other.size(), 0, -1));
    onlyTheseCardsChangedInOnlyTheirOwnLines(other, line -> line.startsWith("quality: ")
        && !line.startsWith(" "));
    assertThat(read().values()).allSatisfy(text -> assertThat(text).contains("quality: 50"));
  }

  @Test
  void unsettingAKeyWhereItIsTakesItsLineAndNothingElse() throws IOException {
    Set<Path> published = cardsWhere(data -> data.has("published"));

    ToolRun run = ToolRun.of("unset", repository.toString(), "published", "--where",
        "has:published");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(updated(run)).isEqualTo(published);
    assertThat(run.err()).isEqualTo(summary(published.size(), 0, 0,
        before.size() - published.size()));
    onlyTheseCardsChangedInOnlyTheirOwnLines(published, line -> line.startsWith("published: "));
  }

  @Test
  void renamingTheOlderSchemasLinkChangesOnlyTheKeysText() throws IOException {
    Set<Path> older = cardsWhere(data -> data.has("sourceUrl"));

    ToolRun run = ToolRun.of("mv", repository.toString(), "sourceUrl", "originalUrl", "--where",
        "has:sourceUrl");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(older).hasSize(PER_STYLE);
    assertThat(updated(run)).isEqualTo(older);
    Map<Path, String> after = read();
    onlyTheseCardsChangedInOnlyTheirOwnLines(older, line -> line.startsWith("sourceUrl: ")
        || line.startsWith("originalUrl: "));
    for (Path card : older) {
      assertThat(after.get(card)).isEqualTo(before.get(card).replaceFirst("(\r?\n)sourceUrl: ",
          "$1originalUrl: "));
    }
  }

  @Test
  void renamingARelatedArticlesLinkNeedsNewAndThenChangesOnlyTheKeysText() throws IOException {
    Set<Path> withRelated = cardsWhere(data -> data.path("related").path(0).has("sourceUrl"));

    ToolRun refused = ToolRun.of("mv", repository.toString(), "related[0].sourceUrl",
        "originalUrl", "--where", "has:related[0].sourceUrl");

    assertThat(withRelated).hasSizeGreaterThan(10);
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.problems()).hasSize(withRelated.size() + 1)
        .last().isEqualTo(summary(0, 0, withRelated.size(), before.size() - withRelated.size())
            .strip());
    assertThat(read()).isEqualTo(before);

    ToolRun renamed = ToolRun.of("mv", "--new", repository.toString(), "related[0].sourceUrl",
        "originalUrl", "--where", "has:related[0].sourceUrl");

    assertThat(renamed.status()).as(renamed.err()).isZero();
    assertThat(updated(renamed)).isEqualTo(withRelated);
    onlyTheseCardsChangedInOnlyTheirOwnLines(withRelated, line ->
        line.matches("(- |  )(sourceUrl|originalUrl): .*"));
  }

  @Test
  void aDryRunOverTheRepositoryWritesNothingAndNamesEachEditedCardOnce() throws IOException {
    Set<Path> aboutAi = cardsWhere(data -> containsIgnoringCase(data.path("title").asText(), "AI"));

    ToolRun run = ToolRun.of("set", "-n", repository.toString(), "topics[+]",
        "Artificial Intelligence", "--where", "title~AI");

    assertThat(run.status()).isZero();
    assertThat(read()).isEqualTo(before);
    assertThat(run.out().lines().filter(line -> line.startsWith("+++ b/"))
        .map(line -> Path.of("/" + line.substring("+++ b/".length()))).toList())
        .containsExactlyElementsOf(aboutAi);
    assertThat(run.err()).isEqualTo(summary(aboutAi.size(), 0, 0, before.size() - aboutAi.size())
        .replace("updated ", "would update "));
  }

  @Test
  void jsonWithPathNamesEveryCardInTheOrderOfTheListing() {
    ToolRun run = ToolRun.of("json", "--with-path", repository.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> paths = run.out().lines().map(line -> {
      JsonNode envelope = Json.parse(line);
      assertThat(envelope).isNotNull();
      assertThat(envelope.path("card").path("title").isTextual()).isTrue();
      return envelope.path("path").textValue();
    }).toList();
    assertThat(paths).containsExactlyElementsOf(before.keySet().stream().map(Path::toString)
        .sorted().toList());
  }

  @Test
  void checkWithRulesFindsEveryCardOkAndRoundTripping() {
    long outside = cardsWhere(data -> data.path("heat").isNumber()
        && (data.path("heat").intValue() < -1 || data.path("heat").intValue() > 500)).size();

    ToolRun run = ToolRun.of("check", "--no-config", "--rule", "heat=warning", "--range",
        "heat=-1..500", repository.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(outside).isPositive();
    assertThat(run.out()).isEqualTo("checked " + before.size() + " files: " + before.size()
        + " ok, 0 invalid, 0 errors, 0 lossy; " + outside + " warnings\n");
  }

  @Test
  void afterEveryEditInTurnEachCardStillReadsBindsAndRoundTrips() {
    for (String[] edit : new String[][] {
        {"set", repository.toString(), "topics[+]", "AI", "--where", "title~AI"},
        {"set", repository.toString(), "quality", "50"},
        {"unset", repository.toString(), "published", "--where", "has:published"},
        {"mv", repository.toString(), "sourceUrl", "originalUrl", "--where", "has:sourceUrl"},
        {"mv", "--new", repository.toString(), "related[0].sourceUrl", "originalUrl", "--where",
            "has:related[0].sourceUrl"}}) {
      ToolRun run = ToolRun.of(edit);
      assertThat(run.status()).as(String.join(" ", edit) + ": " + run.err()).isZero();
    }

    ToolRun check = ToolRun.of("check", "--no-config", repository.toString());

    assertThat(check.out()).isEqualTo("checked " + before.size() + " files: " + before.size()
        + " ok, 0 invalid, 0 errors, 0 lossy; 0 warnings\n");
  }
}
