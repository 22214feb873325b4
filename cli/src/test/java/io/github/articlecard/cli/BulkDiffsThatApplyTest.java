package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --dry-run} over a folder prints one diff for all its cards, each file's hunks under its
 * own {@code a/} and {@code b/} headers in the order of the listing, and writes nothing; applied
 * with {@code git apply} or {@code patch -p1} onto the folder it gives, byte for byte, what the
 * real run writes on a copy: LF and CRLF cards, cards without a final line break, with a card that
 * does not read and cards that {@code --where} passes over among them.
 */
class BulkDiffsThatApplyTest extends CardFolderTest {
  /** Each card of the folder: its name and text. */
  private static Map<String, String> cards() {
    Map<String, String> cards = new LinkedHashMap<>();
    cards.put("2020/cloud.md", BulkEditTest.CLOUD.replace("\n", "\r\n"));
    cards.put("2020/cloud-lf.md", BulkEditTest.CLOUD);
    cards.put("2021/ai.md", BulkEditTest.AI);
    cards.put("2021/ai-crlf.md", BulkEditTest.AI.replace("\n", "\r\n"));
    cards.put("2021/power.md", BulkEditTest.POWER);
    cards.put("2021/power-crlf.md", BulkEditTest.POWER.replace("\n", "\r\n"));
    cards.put("2021/broken.md", BulkEditTest.BROKEN);
    cards.put("seed/seed.md", SEED);
    cards.put("seed/seed-crlf.md", SEED.replace("\n", "\r\n"));
    return cards;
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of(List.of("set", "--where", "title~AI", "topics[+]", "Artificial Intelligence")),
        Arguments.of(List.of("set", "heat", "7", "provider.name", "Mint")),
        Arguments.of(List.of("unset", "quality")),
        Arguments.of(List.of("unset", "topics", "--where", "!has:provider")),
        Arguments.of(List.of("unset", "topics[0]", "topics[-1]")),
        Arguments.of(List.of("set", "related[-1].quality", "5", "related[0].images[+]",
            "{\"url\":\"https://example.com/x.jpg\",\"width\":10,\"height\":10}", "--where",
            "has:related")),
        Arguments.of(List.of("mv", "--where", "has:sourceUrl", "sourceUrl", "originalUrl")));
  }

  private Map<String, Path> writeCards(String under) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> card : cards().entrySet()) {
      files.put(card.getKey(), write(under + "/" + card.getKey(), card.getValue()));
    }
    return files;
  }

  /** The command line: the edit's command, the folder, then the rest of the edit. */
  private static String[] commandLine(List<String> edit, String... more) {
    List<String> args = new ArrayList<>(List.of(edit.get(0)));
    args.addAll(List.of(more));
    args.addAll(edit.subList(1, edit.size()));
    return args.toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("edits")
  void gitApplyAndPatchMakeTheFilesTheRealRunWrites(List<String> edit)
      throws IOException, InterruptedException {
    Map<String, Path> printed = writeCards("printed");
    Map<String, Path> patched = writeCards("patched");
    Map<String, Path> written = writeCards("written");

    ToolRun dryRun = ToolRun.of(commandLine(edit, "--dry-run", folder.resolve("printed")
        .toString()));
    ToolRun patchRun = ToolRun.of(commandLine(edit, "-n", folder.resolve("patched").toString()));
    ToolRun real = ToolRun.of(commandLine(edit, folder.resolve("written").toString()));

    assertThat(dryRun.status()).as(dryRun.err()).isEqualTo(real.status());
    assertThat(dryRun.err()).contains("articlecard: would update ");
    for (Map.Entry<String, Path> card : printed.entrySet()) {
      assertThat(TestFiles.read(card.getValue())).as("the dry run wrote " + card.getKey())
          .isEqualTo(cards().get(card.getKey()));
    }
    List<String> headers = dryRun.out().lines().filter(line -> line.startsWith("--- a/")).toList();
    assertThat(headers).as("one header a file, in the listing's order").isSorted()
        .doesNotHaveDuplicates().hasSizeGreaterThan(1);
    assertThat(DiffsThatApplyTest.run(dryRun.out(), "git", "apply", "-p1", "-")).as(dryRun.out()).isZero();
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/patch")), "no patch at /usr/bin/patch");
    assertThat(DiffsThatApplyTest.run(patchRun.out(), "patch", "-p1", "--quiet")).as(patchRun.out()).isZero();
    for (String name : cards().keySet()) {
      byte[] expected = Files.readAllBytes(written.get(name));
      assertThat(Files.readAllBytes(printed.get(name))).as("git apply: " + name).isEqualTo(expected);
      assertThat(Files.readAllBytes(patched.get(name))).as("patch: " + name).isEqualTo(expected);
    }
  }
}
