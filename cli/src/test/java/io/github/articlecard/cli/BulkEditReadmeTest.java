package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's section on many cards in one command shows the synopses, the usage error, the run
 * and the condition error that the command really prints.
 */
class BulkEditReadmeTest extends CardFolderTest {
  private static final String README = TestFiles.readme();

  @Test
  void theReadmeShowsTheSynopsesOfEveryCommand() {
    for (Command command : Command.values()) {
      // a | in a table's cell is written \|
      assertThat(README).contains("| `" + command.commandName() + " "
          + command.synopsis().replace("|", "\\|") + "` |");
    }
  }

  @Test
  void theReadmesUsageErrorForAKeyThatNamesAFileIsWhatTheCommandPrints() {
    ToolRun run = ToolRun.of("unset", "a.md", "b.md", "title");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(TestFiles.readmeBlock("```\n$ articlecard unset a.md b.md title\n"));
  }

  @Test
  void theReadmesRunOverAFolderIsWhatTheCommandPrints() throws IOException {
    write("content/2019/facebook-videos.md", BulkEditTest.AI);
    write("content/2021/ai.md", BulkEditTest.CLOUD);

    ToolRun run = ToolRun.of("mv", folder.resolve("content").toString(), "sourceUrl",
        "originalUrl");

    assertThat(run.status()).isEqualTo(1);
    assertThat((run.out() + run.err()).replace(folder + "/", ""))
        .isEqualTo(TestFiles.readmeBlock("```\n$ articlecard mv content/ sourceUrl originalUrl"
            + "\n"));
  }

  @Test
  void theReadmesExampleForTitlesThatMentionAiPicksTheCardsWithAiAsAWord() throws IOException {
    String block = TestFiles.readmeBlock("```shell\narticlecard set --dry-run content/ topics[+]");
    Matcher where = Pattern.compile("--where '([^']*)'").matcher(block);
    assertThat(where.find()).as(block).isTrue();
    write("content/a-word.md", TestFiles.resource("cli/named-once/ai-as-a-word.md"));
    write("content/b-other-words.md", TestFiles.resource("cli/named-once/ai-in-other-words.md"));
    write("content/c-start.md", TestFiles.resource("cli/named-once/ai-at-the-start.md")
        .replace("\n", "\r\n"));

    ToolRun run = ToolRun.of("set", "--dry-run", folder.resolve("content").toString(),
        "topics[+]", "Artificial Intelligence", "--where", where.group(1));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("content/a-word.md\n", "content/c-start.md\n")
        .doesNotContain("b-other-words");
    assertThat(run.err()).contains("would update 2, unchanged 0, refused 0, skipped 1");
  }

  @Test
  void containingTextMatchesInsideWordsAsTheReadmeSays() throws IOException {
    write("content/b-other-words.md", TestFiles.resource("cli/named-once/ai-in-other-words.md"));

    ToolRun run = ToolRun.of("set", "--dry-run", folder.resolve("content").toString(),
        "topics[+]", "Artificial Intelligence", "--where", "title~AI");

    assertThat(run.err()).contains("would update 1,");
    assertThat(README).contains("`title~AI` holds for \"again\", \"Spain\"");
  }

  @Test
  void theReadmesConditionErrorIsWhatTheCommandPrints() {
    ToolRun run = ToolRun.of("set", "content/", "quality", "1", "--where", "quality>high");

    assertThat(run.status()).isEqualTo(2);
    assertThat(README.replaceAll("\\s+", " ")).contains("`" + run.err().lines().findFirst()
        .orElseThrow() + "`");
  }
}
