package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code articlecard mv}: a key renamed in place at any level, only the key's text changing;
 * missing keys, taken names and names the card format does not know refused with the file left
 * as it was.
 */
class MoveCommandTest extends CardFolderTest {
  private static final String LEGACY = TestFiles.resource("cli/mv/legacy-keys.md");
  private static final String RENAMED = TestFiles.resource("cli/mv/legacy-keys.renamed.expected.md");

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void renamingTheOldSchemasKeysChangesOnlyTheKeysText(String newline) throws IOException {
    Path card = write("legacy.md", LEGACY.replace("\n", newline));

    for (String[] rename : new String[][] {{"sourceUrl", "originalUrl"}, {"ampUrl", "ampWebUrl"},
        {"cdnAmpUrl", "cdnAmpWebUrl"}, {"related[0].ampUrl", "ampWebUrl"},
        {"related[-1].ampUrl", "ampWebUrl"}}) {
      ToolRun run = ToolRun.of("mv", card.toString(), rename[0], rename[1]);
      assertThat(run.status()).as(rename[0] + ": " + run.err()).isZero();
      assertThat(run.out()).isEqualTo("updated " + card + "\n");
    }

    assertThat(TestFiles.read(card)).isEqualTo(RENAMED.replace("\n", newline));
  }

  @Test
  void aKeyHoldingADotIsNamedInBracketsAndKeepsItsQuoting() throws IOException {
    Path card = write("params.md", "---\ntitle: T\nparams:\n  \"og.title\": Shared # og\n"
        + "  other: 1\n---\nbody\n");

    ToolRun run = ToolRun.of("mv", "--new", card.toString(), "params[\"og.title\"]", "og.name");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card))
        .isEqualTo("---\ntitle: T\nparams:\n  \"og.name\": Shared # og\n  other: 1\n---\nbody\n");
  }

  @Test
  void aDryRunPrintsTheDiffAndWritesNothing() throws IOException {
    Path card = write("legacy.md", LEGACY);

    ToolRun run = ToolRun.of("mv", "--dry-run", card.toString(), "related[1].ampUrl", "ampWebUrl");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("-    \"ampUrl\": \"https://www.cnet.com/google-amp/news/facebook-ai/\"\n"
        + "+    \"ampWebUrl\": \"https://www.cnet.com/google-amp/news/facebook-ai/\"\n");
    assertThat(TestFiles.read(card)).isEqualTo(LEGACY);
  }

  @Test
  void standardInputIsPrintedRenamed() {
    ToolRun run = ToolRun.withInput(LEGACY, "mv", "-", "sourceUrl", "originalUrl");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(LEGACY.replace("sourceUrl:", "originalUrl:")
        .replace("originalUrl: and", "sourceUrl: and"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sourceURL          | originalUrl | no value at `sourceURL`; did you mean `sourceUrl`?",
      "related[2].ampUrl  | ampWebUrl   | no item `related[2]`: `related` has 2 items",
      "related[0].ampUrll | ampWebUrl   | no value at `related[0].ampUrll`; did you mean `related[0].ampUrl`?",
      "title              | titel       | `titel` is not a key of the card format; did you mean `title`?"
          + " (--new adds it anyway)",
      "related[0].ampUrl  | ampWebUrll  | `related[0].ampWebUrll` is not a key of the card format;"
          + " did you mean `related[0].ampWebUrl`? (--new adds it anyway)",
      "sourceUrl          | webUrl      | cannot rename 'sourceUrl' to 'webUrl': the mapping already has"
          + " a key 'webUrl'",
      "related[1].webUrl  | ampUrl      | cannot rename 'webUrl' to 'ampUrl': the mapping already has"
          + " a key 'ampUrl'"})
  void aRenameThatDoesNotFitIsRefusedAndTheFileLeftAsItWas(String key, String newName,
      String problem) throws IOException {
    Path card = write("legacy.md", LEGACY);
    byte[] before = Files.readAllBytes(card);

    ToolRun run = ToolRun.of("mv", card.toString(), key, newName);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("articlecard: " + card + ": not changed: ").contains(problem));
    assertThat(Files.readAllBytes(card)).isEqualTo(before);
  }

  @Test
  void aNameTheCardFormatDoesNotKnowIsTakenWithNew() throws IOException {
    Path card = write("legacy.md", LEGACY);

    ToolRun run = ToolRun.of("mv", "--new", card.toString(), "sourceUrl", "canonical");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card)).isEqualTo(LEGACY.replace("\nsourceUrl:", "\ncanonical:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"related[0]", "related[-1]"})
  void aPathEndingAtAListItemIsWrongUsage(String key) throws IOException {
    Path card = write("legacy.md", LEGACY);

    ToolRun run = ToolRun.of("mv", card.toString(), key, "first");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("articlecard: mv: '" + key + "' names a list item, not a key\n");
    assertThat(TestFiles.read(card)).isEqualTo(LEGACY);
  }
}
