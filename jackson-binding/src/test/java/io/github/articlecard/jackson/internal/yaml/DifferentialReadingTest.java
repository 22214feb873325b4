package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.text.CardSplitter;
import io.github.articlecard.jackson.internal.text.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The reader of our own against SnakeYAML, the oracle: every text is read by both, and they must
 * agree on accepting it and, when both do, on the whole source map (data, every node's span,
 * properties and style, the lines each entry and item owns). Where they disagree, SnakeYAML must be
 * the one that is wrong, in one of the ways {@link #snakeYamlIsWrong} names.
 *
 * <p>Texts: the real cards of the shared corpus, every card among the test resources, the YAML test
 * suite's cases, and damaged copies of them all ({@link FrontMatterMutator}): 3,000 in the build,
 * as many as {@code -Darticlecard.differential.inputs=N} asks for in the long form.
 */
class DifferentialReadingTest {
  private static final int FUZZED = Integer.getInteger("articlecard.differential.inputs", 3_000);

  /** What one text gave with one reader. */
  record Outcome(@Nullable SourceMap map, @Nullable CardParseException error) {
    static Outcome of(java.util.function.Function<String, SourceMap> reading, String text) {
      try {
        return new Outcome(reading.apply(text), null);
      } catch (CardParseException e) {
        return new Outcome(null, e);
      }
    }
  }

  @Test
  void everyRealCardReadsTheSameWithBothReaders() {
    List<String> cards = frontMatters(corpus());
    assumeTrue(!cards.isEmpty(), "the shared corpus is not there");

    assertThat(cards).hasSizeGreaterThan(190);
    for (String text : cards) {
      assertThat(difference(text)).as(text).isNull();
    }
  }

  @Test
  void everyTestCardReadsTheSameOrSnakeYamlIsWrong() {
    List<String> cards = frontMatters(Path.of("src", "test", "resources"));

    assertThat(cards).hasSizeGreaterThan(300);
    for (String text : cards) {
      assertAgreeOrSnakeYamlIsWrong(text);
    }
  }

  @Test
  void everyWidthLadderAndOwnedTextShapeReadsTheSameWithBothReaders() throws IOException {
    // keep-chomped block scalars owning their kept lines, flow-mapping entries owning their text,
    // explicit keys and comments between a dash and its item: as the front matter, under a key
    // and in a list item, with LF and CRLF line endings
    Path internal = Path.of("src", "test", "resources", "io", "github", "articlecard", "jackson",
        "internal");
    List<Path> shapes = new ArrayList<>();
    for (Path folder : List.of(internal.resolve("patch/ladder"),
        internal.resolve("yaml/owned-text"))) {
      try (Stream<Path> files = Files.list(folder)) {
        shapes.addAll(files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
      }
    }

    assertThat(shapes).hasSizeGreaterThan(45);
    for (Path file : shapes) {
      String shape = Files.readString(file);
      String byTwo = shape.replaceAll("(?m)^(?=.)", "  "); // lines that are not empty
      String byFour = shape.replaceAll("(?m)^(?=.)", "    ");
      for (String placed : List.of(shape, "wrap:\n" + byTwo + "after: 1\n",
          "list:\n  -\n" + byFour + "  - last\nafter: 1\n",
          "list:\n  - " + byFour.substring(4))) {
        for (String text : List.of(placed, placed.replace("\n", "\r\n"))) {
          assertThat(difference(text)).as("%s%n%s", file.getFileName(), text).isNull();
        }
      }
    }
  }

  @Test
  void blockScalarsThatEndTheTextWithoutALineBreakReadTheSameOrSnakeYamlIsWrong() {
    // the last line's break is missing (a text cut short): the end of the text stands for it
    for (String header : List.of("|", ">", "|-", "|+", ">+", "|2", "|+2")) {
      for (String lines : List.of("  first\n  more", "  x\n\n  ", "  x\n  ", "  x\n\n ", "  ",
          "\n\n  x", "  a\n\n  b")) {
        for (String text : List.of("e: " + header + "\n" + lines,
            "p:\n  e: " + header + "\n" + lines.replace("\n", "\n  "),
            "l:\n- a\n- " + header + "\n" + lines)) {
          for (String variant : List.of(text, text.replace("\n", "\r\n"))) {
            assertAgreeOrSnakeYamlIsWrong(variant);
          }
        }
      }
    }
  }

  @Test
  void onTheSuiteTheReadersDisagreeExactlyWhereSnakeYamlFails() {
    // the suite's own test shows that ours reads every case right: where SnakeYAML reads one
    // otherwise, the case names SnakeYAML's bug
    for (String folder : new String[] {"valid", "refused", "invalid"}) {
      List<String> disagreements = new ArrayList<>();
      for (SuiteCase suiteCase : SuiteCase.of(folder)) {
        if (difference(suiteCase.yaml()) != null) {
          disagreements.add(suiteCase.id());
        }
      }
      java.util.Set<String> snakeYamlFails = YamlTestSuiteTest.failures(folder,
          YamlTestSuiteTest.SNAKEYAML);
      if (folder.equals("invalid")) {
        // SnakeYAML refuses these too, a line off or in other words: no disagreement on refusing
        snakeYamlFails.retainAll(disagreements);
      }
      assertThat(disagreements).as(folder).containsExactlyInAnyOrderElementsOf(snakeYamlFails);
    }
  }

  @Test
  void damagedCardsReadTheSameOrSnakeYamlIsWrong() {
    List<String> bases = new ArrayList<>(frontMatters(corpus()));
    bases.addAll(frontMatters(Path.of("src", "test", "resources")));
    FrontMatterMutator mutator = new FrontMatterMutator(19);
    Random pick = new Random(20);
    for (int i = 0; i < FUZZED; i++) {
      String text = mutator.mutate(bases.get(pick.nextInt(bases.size())));
      if (Utf8.unpairedSurrogate(text) < 0) { // the card reader refuses those before the YAML
        assertAgreeOrSnakeYamlIsWrong(text);
      }
    }
  }

  private static void assertAgreeOrSnakeYamlIsWrong(String text) {
    String difference = difference(text);
    if (difference != null) {
      assertThat(snakeYamlIsWrong(text)).as("%s%n%s", difference, text).isNotNull();
    }
  }

  /** Where the two readers disagree on a text, or null. */
  static @Nullable String difference(String text) {
    Outcome old = Outcome.of(YamlTestSuiteTest.SNAKEYAML, text);
    Outcome ours = Outcome.of(YamlTestSuiteTest.OURS, text);
    if (old.error() != null || ours.error() != null) {
      if (old.error() != null && ours.error() != null) {
        return null; // both refuse; where and in which words is for the error tests
      }
      return old.error() != null ? "SnakeYAML refuses: " + old.error().getMessage()
          : "ours refuses: " + ours.error().getMessage();
    }
    return SourceMapDifference.between(old.map(), ours.map());
  }

  /**
   * Names the SnakeYAML bug a disagreement comes from (the yaml-test-suite case that shows it), or
   * null when the disagreement is ours to fix.
   */
  static @Nullable String snakeYamlIsWrong(String text) {
    Outcome old = Outcome.of(YamlTestSuiteTest.SNAKEYAML, text);
    Outcome ours = Outcome.of(YamlTestSuiteTest.OURS, text);
    if (old.map() != null && ours.error() != null) {
      SourceMap map = old.map();
      int end = map.root() == null ? 0 : map.root().contentEnd(text);
      if (text.substring(end).lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("#"))) {
        // "  a: 1\nb: 2": SnakeYAML ends the document at a line indented less than the first
        // key and drops the rest; hostile/first-key-indented-more-than-the-next.md
        return "SnakeYAML drops what follows a line indented less than the first key";
      }
      if (anchorWithColon(text)) {
        return "2SXE: SnakeYAML ends an anchor's name at a ':'";
      }
      String problem = ours.error().problem();
      if (problem.contains("quoted value") || problem.contains("unclosed quote")) {
        return "QB6E, DK95-01: SnakeYAML takes lines of a quoted value that are not indented";
      }
      if (problem.contains("inside a flow collection must be indented")) {
        return "9C9N: SnakeYAML takes lines of a flow collection that are not indented";
      }
      if (problem.contains("text after the closing")) {
        return "SU5Z, 9JBA: SnakeYAML takes a '#' right after a value for a comment";
      }
      if (problem.contains("cannot start with '-'")) {
        return "G5U8: SnakeYAML reads a '-' before a flow indicator as a value";
      }
      if (problem.contains("comment only after a space")) {
        return "CVW2: SnakeYAML takes a '#' right after a ',' in a flow collection for a comment";
      }
      if (problem.contains("cannot start with '|'") || problem.contains("cannot start with '>'")) {
        return "SnakeYAML takes a block scalar whose '|' or '>' is not indented under its key";
      }
      if (problem.contains("separated from its value")) {
        return "SnakeYAML takes a flow collection right after an anchor or a tag";
      }
      return null;
    }
    if (old.error() != null && ours.map() != null) {
      String problem = old.error().problem();
      if (problem.contains("tab") || text.lines().skip(old.error().line() - 1).findFirst()
          .orElse("").contains("\t")) {
        return "DC7X, 6HB6, DK95-00, DK95-03..05: SnakeYAML refuses tabs YAML allows as white space";
      }
      if (problem.contains("found ':'") || problem.contains("found '?'")
          || problem.contains("got ?") || problem.contains("got :")) {
        return "58MP, 652Z: SnakeYAML refuses plain scalars starting with ':' or '?' in flow";
      }
      if (problem.contains("alias") || problem.contains("anchor") || anchorWithColon(text)) {
        return "W5VH, 2SXE: SnakeYAML refuses anchor names YAML 1.2 allows";
      }
      if (problem.contains("escape")) {
        return "3UYS: SnakeYAML refuses the escapes \\/ and \\<TAB>";
      }
      if (questionMarkEndsAPlainScalar(text)) {
        return "JR7V: SnakeYAML ends a plain scalar at a '?' in a flow collection";
      }
      if (problem.contains("not nothing") && questionMarkStartsAPlainScalarInFlow(text)) {
        return "652Z: SnakeYAML takes the '?' of a plain scalar in a flow collection for an"
            + " explicit key, of no key here";
      }
      if (problem.matches("(?s)unknown tag '[^']*[,\\[\\]{}][^']*'.*")) {
        return "WZ62: SnakeYAML takes a flow indicator after a tag into the tag";
      }
      return null;
    }
    if (old.map() != null && ours.map() != null) {
      if (!text.endsWith("\n") && (text.contains("|") || text.contains(">"))) {
        return "L24T-01: SnakeYAML drops the line break the end of the text stands for after a"
            + " block scalar's last line";
      }
      if (anchorWithColon(text)) {
        return "2SXE: SnakeYAML ends an anchor's name at a ':'";
      }
      if (questionMarkEndsAPlainScalar(text)) {
        return "JR7V: SnakeYAML ends a plain scalar at a '?' in a flow collection";
      }
      return questionMarkStartsAPlainScalarInFlow(text) ? "652Z: SnakeYAML takes the '?' of a"
          + " plain scalar in a flow collection for an explicit key" : null;
    }
    return null;
  }

  /**
   * Tells whether a '?' followed by a character that is not white space starts a value after
   * '{', '[' or ',' (comments may stand between: "{a: 1, # c\n ?b: 2}").
   */
  private static boolean questionMarkStartsAPlainScalarInFlow(String text) {
    return text.matches("(?s).*[{\\[,](?:\\s|#[^\\n]*)*\\?[^\\s].*");
  }

  /** Tells whether a '?' ends a word right before a ':', ',' or closing bracket ({@code {a?: 1}}). */
  private static boolean questionMarkEndsAPlainScalar(String text) {
    return text.matches("(?s).*[^\\s?]\\?[:,\\]}].*");
  }

  private static boolean anchorWithColon(String text) {
    return text.matches("(?s).*&[^\\s,\\[\\]{}]*:.*");
  }

  private static Path corpus() {
    String configured = System.getProperty("articlecard.corpus");
    return configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
  }

  /** The front matters of the card files under a folder (none if it is missing). */
  static List<String> frontMatters(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("---") && Utf8.unpairedSurrogate(text) < 0) {
          try {
            texts.add(CardSplitter.split(text).frontMatter());
          } catch (CardParseException notACard) {
            // no front matter to read
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
