package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code articlecard get}: values by key path, with negative indexes, and clear refusals. */
class GetCommandTest extends CardFolderTest {
  private Path seed;

  @BeforeEach
  void writeSeed() throws IOException {
    seed = seed("seed.md");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title                        | Facebook will use your uploaded videos to improve its AI algorithms",
      "quality                      | 59",
      "heat                         | -1",
      "published                    | false",
      "provider.name                | Mint",
      "topics[0]                    | Facebook AI",
      "topics[-1]                   | AI",
      "topics[-2]                   | Facebook AI",
      "related[0].provider.name     | VentureBeat",
      "related[-1].provider.name    | The Star",
      "related[-4].quality          | 90",
      "related[1].images[-1].width  | 1200",
      "images[0].isCached           | true"})
  void printsTheValueAtAPath(String key, String value) {
    ToolRun run = ToolRun.of("get", seed.toString(), key);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(value + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void listsAndMappingsPrintAsJson() {
    assertThat(ToolRun.of("get", seed.toString(), "topics").out())
        .isEqualTo("[ \"Facebook AI\", \"AI\" ]\n");
    assertThat(ToolRun.of("get", seed.toString(), "provider").out())
        .isEqualTo("{\n  \"name\" : \"Mint\",\n  \"domain\" : \"livemint.com\"\n}\n");
  }

  @Test
  void nullPrintsNullAndQuotedKeysWork() throws IOException {
    Path card = Files.writeString(folder.resolve("odd.md"),
        "---\ntitle: \"t\"\nwebUrl: null\nparams:\n  og.title: \"Open graph\"\n---\n");

    assertThat(ToolRun.of("get", card.toString(), "webUrl").out()).isEqualTo("null\n");
    assertThat(ToolRun.of("get", card.toString(), "params[\"og.title\"]").out())
        .isEqualTo("Open graph\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "qualty                | no value at `qualty`; did you mean `quality`?",
      "provider.nmae         | no value at `provider.nmae`; did you mean `provider.name`?",
      "related[1].provider.domian | no value at `related[1].provider.domian`; did you mean `related[1].provider.domain`?",
      "featuredContent       | no value at `featuredContent`",
      "topics[2]             | no item `topics[2]`: `topics` has 2 items",
      "topics[-3]            | no item `topics[-3]`: `topics` has 2 items",
      "related[9].title      | no item `related[9]`: `related` has 4 items",
      "related[-5].title     | no item `related[-5]`: `related` has 4 items",
      "provider[0]           | `provider` holds a mapping, not a list, so it has no items",
      "title.x               | `title` holds a single value, not a mapping, so it has no key `x`",
      "topics.name           | `topics` is a list, so it has no key `name`: name an item, such as `topics[0].name`",
      "[0]                   | the front matter holds a mapping, not a list, so it has no items"})
  void aPathWithNoValueIsRefusedSayingWhatIsThere(String key, String problem) {
    ToolRun run = ToolRun.of("get", seed.toString(), key);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("articlecard: " + seed + ": " + problem + "\n");
  }

  @Test
  void readsStandardInputCrlfAndCardsThatDoNotBind() {
    ToolRun stdin = ToolRun.withInput("---\r\ntitle: \"From stdin\"\r\nquality: high\r\n---\r\n",
        "get", "-", "quality");

    assertThat(stdin.status()).isZero();
    assertThat(stdin.out()).isEqualTo("high\n");
    assertThat(ToolRun.withInput("---\r\ntopics:\r\n  - a\r\n  - b\r\n---\r\n", "get", "-",
        "topics[-1]").out()).isEqualTo("b\n");
  }
}
