package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code articlecard unset}: keys and items removed with their lines; absent ones refused. */
class UnsetCommandTest extends CardFolderTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private Path seed;

  @BeforeEach
  void writeSeed() throws IOException {
    seed = seed("seed.md");
  }

  @Test
  void removesAKeyWithItsLineOnly() throws IOException {
    String before = TestFiles.read(seed);

    ToolRun run = ToolRun.of("unset", seed.toString(), "heat");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("updated " + seed + "\n");
    var hunks = LineDiff.between(before, TestFiles.read(seed));
    assertThat(hunks).singleElement().satisfies(hunk -> {
      assertThat(hunk.removed()).containsExactly("heat: -1\n");
      assertThat(hunk.added()).isEmpty();
    });
  }

  @Test
  void removesSeveralKeysAndItemsNamedAgainstTheFileAsItWas() {
    ToolRun run = ToolRun.of("unset", seed.toString(), "related[0]", "related[-1]", "topics[-1]",
        "related[1].images", "provider.domain", "topics[-1]");

    assertThat(run.status()).as(run.err()).isZero();
    var card = MAPPER.read(TestFiles.read(seed)).card();
    assertThat(card.topics()).containsExactly("Facebook AI");
    assertThat(card.related()).hasSize(2);
    assertThat(card.related().get(0).provider().name()).isEqualTo("CNET");
    assertThat(card.related().get(0).images()).isEmpty();
    assertThat(card.related().get(1).provider().name()).isEqualTo("Analytics Insight");
    assertThat(card.provider().domain()).isNull();
  }

  @Test
  void removingEveryItemLeavesNoItems() {
    assertThat(ToolRun.of("unset", seed.toString(), "topics[0]", "topics[1]").status()).isZero();

    assertThat(MAPPER.read(TestFiles.read(seed)).card().topics()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "qualty             | no value at `qualty`; did you mean `quality`?",
      "featuredContent    | no value at `featuredContent`",
      "provider.nmae      | no value at `provider.nmae`; did you mean `provider.name`?",
      "topics[2]          | no item `topics[2]`: `topics` has 2 items",
      "topics[-3]         | no item `topics[-3]`: `topics` has 2 items",
      "related[4].title   | no item `related[4]`: `related` has 4 items"})
  void aKeyOrItemThatIsNotThereIsRefusedAndNothingIsRemoved(String key, String problem)
      throws IOException {
    byte[] before = Files.readAllBytes(seed);

    ToolRun run = ToolRun.of("unset", seed.toString(), "heat", key);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + seed + ": not changed: " + problem + "\n");
    assertThat(Files.readAllBytes(seed)).isEqualTo(before);
  }

  @Test
  void dryRunPrintsTheDiffAndCrlfAndStandardInputWork() throws IOException {
    Path crlf = Files.writeString(folder.resolve("crlf.md"),
        "---\r\ntitle: \"t\"\r\n# about quality\r\nquality: 1\r\nheat: 2\r\n---\r\n");
    byte[] before = Files.readAllBytes(crlf);

    ToolRun dryRun = ToolRun.of("unset", "--dry-run", crlf.toString(), "quality");
    ToolRun stdin = ToolRun.withInput(new String(before, java.nio.charset.StandardCharsets.UTF_8),
        "unset", "-", "heat");

    assertThat(dryRun.out()).contains("-quality: 1\r\n");   // the line with its own line break
    assertThat(Files.readAllBytes(crlf)).isEqualTo(before);
    assertThat(stdin.out()).isEqualTo("---\r\ntitle: \"t\"\r\n# about quality\r\nquality: 1\r\n---\r\n");
    assertThat(ToolRun.of("unset", crlf.toString(), "quality").status()).isZero();
    assertThat(TestFiles.read(crlf)).isEqualTo("---\r\ntitle: \"t\"\r\nheat: 2\r\n---\r\n");
  }
}
