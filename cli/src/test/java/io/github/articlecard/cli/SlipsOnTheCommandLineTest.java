package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slips a person makes on the command line get an answer that says what to do: operands in the
 * wrong order, a number written otherwise than JSON writes it, a key the folder's cards use
 * mistyped in {@code new}, a folder where a file goes, a {@code style} (or {@code --style-from})
 * of a folder that is not there.
 */
class SlipsOnTheCommandLineTest extends CardFolderTest {
  private static String[] line(String command, Path path) {
    return ToolRun.words(command, "FILE", path);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "set quality 50 FILE              | set FILE quality 50",
      "set title T quality 50 FILE      | set FILE title T quality 50",
      "get quality FILE                 | get FILE quality",
      "unset heat FILE                  | unset FILE heat",
      "unset heat topics[0] FILE        | unset FILE heat topics[0]",
      "mv sourceUrl originalUrl FILE    | mv FILE sourceUrl originalUrl"})
  void swappedOperandsAreWrongUsageShowingTheRightOrder(String given, String right)
      throws IOException {
    for (Path card : List.of(seed("lf/card.md"), crlfSeed("crlf/card.md"))) {
      String before = TestFiles.read(card);

      ToolRun run = ToolRun.of(line(given, card));

      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.problems().get(0)).endsWith("is a card file: the card comes first:"
          + " articlecard " + String.join(" ", line(right, card)));
      assertThat(TestFiles.read(card)).isEqualTo(before);
    }
  }

  @Test
  void aFirstOperandThatExistsIsNotTakenForASwap() throws IOException {
    Path card = seed("card.md");
    seed("other.md");

    ToolRun run = ToolRun.of("set", card.toString(), "title", folder.resolve("other.md").toString());

    assertThat(run.status()).as(run.err()).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "quality | 050  | 50",
      "quality | +5   | 5",
      "quality | 1e2  | 100",
      "quality | 2.50E1 | 25",
      "quality | 7.0  | 7",
      "heat    | -01  | -1",
      "related[0].quality | 0012 | 12"})
  void aWholeNumberWrittenOtherwiseIsReadAsThatNumber(String key, String value, String written)
      throws IOException {
    for (Path card : List.of(seed("lf/card.md"), crlfSeed("crlf/card.md"))) {
      ToolRun run = ToolRun.of("set", card.toString(), key, value);

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(ToolRun.of("get", card.toString(), key).out()).isEqualTo(written + "\n");
      assertThat(TestFiles.read(card)).doesNotContain("\"" + value + "\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "1e-1", "12345678901234567890123"})
  void aNumberThatIsNotAWholeOneIsRefusedInTheUsersOwnText(String value) throws IOException {
    Path card = seed("card.md");

    ToolRun run = ToolRun.of("set", card.toString(), "quality", value);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).singleElement().asString()
        .endsWith("not changed: quality: expected a whole number, found " + value
            + (value.contains(".") || value.contains("e") ? "" : " (too large)"));
    assertThat(TestFiles.read(card)).isEqualTo(SEED);
  }

  @Test
  void whereAndNewReadNumbersAsSetDoes() throws IOException {
    write("content/a.md", SEED.replace("quality: 59", "quality: 50"));
    crlfSeed("content/b.md");

    ToolRun where = ToolRun.of("set", "-n", folder.resolve("content").toString(), "title", "T",
        "--where", "quality=050");
    ToolRun created = ToolRun.of("new", folder.resolve("new.md").toString(), "title", "T",
        "quality", "+050");

    assertThat(where.err()).contains("would update 1, unchanged 0, refused 0, skipped 1");
    assertThat(created.status()).as(created.err()).isZero();
    assertThat(TestFiles.read(folder.resolve("new.md"))).contains("quality: 50\n");
  }

  @Test
  void newSuggestsAKeyTheFoldersCardsUse() throws IOException {
    write("older/a.md", TestFiles.resource("cli/set-house-style/older/retail.md"));
    write("older/b.md", TestFiles.resource("cli/set-house-style/older/five-tips.md"));

    ToolRun typo = ToolRun.of("new", folder.resolve("older/typo.md").toString(), "title", "X",
        "sourceUlr", "https://x.com");
    ToolRun far = ToolRun.of("new", folder.resolve("older/far.md").toString(), "title", "X",
        "reviewer", "Ann");

    assertThat(typo.status()).isEqualTo(1);
    assertThat(typo.problems()).singleElement().asString().contains("`sourceUlr` is not a key of"
        + " the card format nor of the cards in ").endsWith("; did you mean `sourceUrl`? (--new"
        + " adds it anyway)");
    assertThat(far.problems()).singleElement().asString().contains("(the card format has"
        + " category, title,");
  }

  @Test
  void newOfAFolderSaysItIsAFolder() throws IOException {
    seed("older/a.md");

    ToolRun run = ToolRun.of("new", folder.resolve("older") + "/", "title", "X");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).singleElement().asString()
        .contains("not written: it is a folder; new writes a card file, named as FILE: ")
        .endsWith("older/NAME.md").doesNotContain("exists");
  }

  @ParameterizedTest
  @ValueSource(strings = {"olderr", "olderr/"})
  void styleOfAFolderThatIsNotThereFails(String name) throws IOException {
    seed("older/a.md");

    ToolRun run = ToolRun.of("style", folder.resolve(name).toString());
    ToolRun file = ToolRun.of("style", folder.resolve("older/a.md").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.problems()).containsExactly("articlecard: " + folder.resolve(name)
        + ": no such folder");
    assertThat(file.status()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fmt", "new"})
  void aStyleFromFolderThatIsNotThereIsNamedOnce(String command) throws IOException {
    Path card = seed("older/a.md");
    String missing = folder.resolve("olderr").toString();

    ToolRun run = command.equals("fmt")
        ? ToolRun.of("fmt", "--style-from", missing, card.toString())
        : ToolRun.of("new", "--style-from", missing, folder.resolve("older/b.md").toString(),
            "title", "T");

    assertThat(run.status()).isEqualTo(2);
    String problem = run.problems().get(0);
    assertThat(problem.indexOf("olderr")).isEqualTo(problem.lastIndexOf("olderr"));
    assertThat(problem).contains("no such folder");
  }
}
