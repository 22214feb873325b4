package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code set} places a new key, and decides the blank lines before a new group, in the house style
 * of the card's folder, as {@code new} and {@code fmt} learn it (from the folder named, or the
 * file's own folder), not the standard's: in a folder of older-style cards {@code ampWebUrl} goes
 * after {@code cdnAmpUrl} and {@code images} gets no blank line before it; {@code --style standard}
 * and {@code --style-from FOLDER} choose another style; LF and CRLF cards alike.
 */
class SetInTheFoldersHouseStyleTest extends CardFolderTest {
  private static final String OLDER = "cli/set-house-style/older/";
  private static final String NEWSROOMS = TestFiles.resource(OLDER + "newsrooms.md");
  private static final String EXPECTED =
      TestFiles.resource("cli/set-house-style/newsrooms.expected.md");
  private static final String AMP = "https://cnet.com/2021/how-ai-is-changing-newsrooms/amp2";
  private static final String IMAGE =
      "{\"url\":\"https://cnet.com/img/newsrooms.jpg\",\"width\":800,\"height\":450}";

  /** Writes the older-style folder, its cards in one line ending, and returns the card to edit. */
  private Path older(String under, String newline) throws IOException {
    for (String name : List.of("five-tips.md", "retail.md")) {
      write(under + "/" + name, TestFiles.resource(OLDER + name).replace("\n", newline));
    }
    return write(under + "/newsrooms.md", NEWSROOMS.replace("\n", newline));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aNewKeyGoesWhereTheFoldersOrderPutsItWithItsBlankLines(String newline) throws IOException {
    Path card = older("older", newline);

    ToolRun run = ToolRun.of("set", card.toString(), "ampWebUrl", AMP, "images[+]", IMAGE);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card)).isEqualTo(EXPECTED.replace("\n", newline));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aNewKeyInOneRunOverTheFolderGoesWhereTheFoldersOrderPutsIt(String newline)
      throws IOException {
    Path card = older("older", newline);

    ToolRun run = ToolRun.of("set", folder.resolve("older").toString(), "ampWebUrl", AMP,
        "images[+]", IMAGE, "--where", "!has:ampWebUrl");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("updated 1, unchanged 0, refused 0, skipped 2");
    assertThat(TestFiles.read(card)).isEqualTo(EXPECTED.replace("\n", newline));
  }

  @Test
  void theDryRunShowsTheFoldersPlaces() throws IOException {
    Path card = older("older", "\n");

    ToolRun run = ToolRun.of("set", "-n", card.toString(), "ampWebUrl", AMP);

    assertThat(run.out()).contains(" cdnAmpUrl: https://cnet-com.cdn.ampproject.org/c/s/cnet.com"
        + "/2021/newsrooms/amp\n+ampWebUrl: " + AMP + "\n type: article\n");
    assertThat(TestFiles.read(card)).isEqualTo(NEWSROOMS);
  }

  @Test
  void styleStandardPlacesNewKeysInTheSeedsOrder() throws IOException {
    Path card = older("older", "\n");

    ToolRun run = ToolRun.of("set", card.toString(), "ampWebUrl", AMP, "images[+]", IMAGE,
        "--style", "standard");

    assertThat(run.status()).as(run.err()).isZero();
    String text = TestFiles.read(card);
    assertThat(text).contains("publishedDateTime: 2021-01-01T08:00:00Z\nampWebUrl: ")
        .contains("- Business\n\nimages:\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void styleFromLearnsTheStyleFromAnotherFolder(String newline) throws IOException {
    older("older", newline);
    Path card = write("drafts/newsrooms.md", NEWSROOMS.replace("\n", newline));
    seed("drafts/seed.md");

    ToolRun run = ToolRun.of("set", card.toString(), "ampWebUrl", AMP, "images[+]", IMAGE,
        "--style-from", folder.resolve("older").toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card)).isEqualTo(EXPECTED.replace("\n", newline));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void inAFolderOfSeedStyleCardsANewGroupGetsItsBlankLine(String newline) throws IOException {
    write("seeds/a.md", SEED.replace("\n", newline));
    write("seeds/b.md", SEED.replace("\n", newline));
    String card = SEED.substring(0, SEED.indexOf("\nimages:\n")) + "\n"
        + SEED.substring(SEED.indexOf("\nrelated:\n") + 1);
    Path file = write("seeds/c.md", card.replace("\n", newline));

    ToolRun run = ToolRun.of("set", file.toString(), "images[+]", IMAGE);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(file)).contains(("  - AI\n\nimages:\n  - url: "
        + "\"https://cnet.com/img/newsrooms.jpg\"\n").replace("\n", newline));
  }

  @Test
  void aNestedNewKeyTakesTheFoldersStyleToo() throws IOException {
    Path card = older("older", "\r\n");

    ToolRun run = ToolRun.of("set", card.toString(), "provider.images[+]", IMAGE);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card)).contains("  domain: cnet.com\r\n  images:\r\n")
        .contains("- Business\r\n---\r\n");
  }

  @Test
  void aStyleFromFolderThatDoesNotExistIsWrongUsageNamedOnce() throws IOException {
    Path card = older("older", "\n");
    String missing = folder.resolve("olderr").toString();

    ToolRun run = ToolRun.of("set", card.toString(), "ampWebUrl", AMP, "--style-from", missing);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.problems().get(0)).isEqualTo("articlecard: set: --style-from " + missing
        + ": no such folder; it names the folder whose cards' house style to learn");
    assertThat(TestFiles.read(card)).isEqualTo(NEWSROOMS);
  }
}
