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
 * {@code [+]} in a key path: {@code set} adds an item at the end of a list, changing only the new
 * item's lines; {@code get}, {@code unset} and {@code mv} name items that are there and refuse it.
 */
class AppendItemTest extends CardFolderTest {
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void setAddsATopicAfterTheLastOneAndChangesNothingElse(String newline) throws IOException {
    Path card = write("card.md", SEED.replace("\n", newline));

    ToolRun run = ToolRun.of("set", card.toString(), "topics[+]", "Artificial Intelligence");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card)).isEqualTo(SEED.replace("  - AI\n",
        "  - AI\n  - Artificial Intelligence\n").replace("\n", newline));
  }

  @Test
  void eachAppendInOneCommandAddsItsOwnItemInOrder() throws IOException {
    Path card = write("card.md", SEED);

    ToolRun run = ToolRun.of("set", card.toString(), "topics[+]", "ML", "topics[+]", "Video");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card))
        .isEqualTo(SEED.replace("  - AI\n", "  - AI\n  - ML\n  - Video\n"));
  }

  @Test
  void aFlowListGetsTheItemInsideItsBrackets() throws IOException {
    Path card = write("card.md", "---\ntitle: T # kept\ntopics: [AI, ML] # two\nquality: 5\n---\n");

    ToolRun run = ToolRun.of("set", card.toString(), "topics[+]", "Video");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(card))
        .isEqualTo("---\ntitle: T # kept\ntopics: [AI, ML, Video] # two\nquality: 5\n---\n");
  }

  @Test
  void aCardWithoutTheListGetsOneWithTheItem() throws IOException {
    Path card = write("card.md", "---\ntitle: T\nquality: 5\n---\nbody\n");

    ToolRun run = ToolRun.of("set", card.toString(), "topics[+]", "AI");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(ToolRun.of("get", card.toString(), "topics").out()).isEqualTo("[ \"AI\" ]\n");
    assertThat(TestFiles.read(card)).startsWith("---\ntitle: T\nquality: 5\n").endsWith("---\nbody\n");
  }

  @Test
  void anItemOfANestedListIsAddedUnderItsOwnItem() throws IOException {
    Path card = write("card.md", SEED);

    ToolRun run = ToolRun.of("set", card.toString(), "related[-1].images[+]",
        "{\"url\":\"https://example.com/x.jpg\",\"width\":10,\"height\":10}");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(ToolRun.of("get", card.toString(), "related[-1].images[-1].url").out())
        .isEqualTo("https://example.com/x.jpg\n");
    assertThat(ToolRun.of("get", card.toString(), "related[0].images").out())
        .isEqualTo(ToolRun.withInput(SEED, "get", "-", "related[0].images").out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "get   | topics[+]       | `topics[+]` names no item: it adds one, for set; `topics[-1]` is the last item",
      "unset | topics[+]       | not changed: `topics[+]` names no item: it adds one, for set;"
          + " `topics[-1]` is the last item",
      "get   | related[+].title| `related[+]` names no item: it adds one, for set; `related[-1]` is the"
          + " last item"})
  void namingAnItemThatIsNotThereYetIsRefused(String command, String key, String problem)
      throws IOException {
    Path card = write("card.md", SEED);

    ToolRun run = ToolRun.of(command, card.toString(), key);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + card + ": " + problem + "\n");
    assertThat(Files.readString(card)).isEqualTo(SEED);
  }

  @Test
  void aNewItemCannotBeRenamed() throws IOException {
    Path card = write("card.md", SEED);

    ToolRun run = ToolRun.of("mv", card.toString(), "topics[+]", "x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(Files.readString(card)).isEqualTo(SEED);
  }
}
