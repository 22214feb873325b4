package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A misspelled key that would be refused, or would silently match nothing (or everything), in
 * every card is wrong usage once, before any card is read, naming the key probably meant: a
 * {@code --where} key close to a key of the card format ({@code qualty<50}), unless {@code --new};
 * in a run over many cards, a {@code set} KEY close to one, and a top-level {@code mv} NEWNAME the
 * format does not know. Keys far from every known key ({@code sourceUrl}, {@code price}) pass.
 */
class MisspelledKeysRefusedOnceTest extends CardFolderTest {
  private Path content;

  @BeforeEach
  void writeTheCards() throws IOException {
    content = folder.resolve("content");
    write("content/2020/cloud.md", BulkEditTest.CLOUD.replace("\n", "\r\n"));
    write("content/2021/ai.md", BulkEditTest.AI);
    write("content/2021/seed.md", SEED);
    write("content/2021/seed-crlf.md", SEED.replace("\n", "\r\n"));
  }

  private Map<Path, String> files() throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(file, TestFiles.read(file));
      }
    }
    return files;
  }

  private static String[] line(String command, Path path) {
    return ToolRun.words(command, "PATH", path);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "set -n PATH quality 50 --where qualty<50                  | qualty    | quality",
      "set PATH quality 100 --where qualty!=100                  | qualty    | quality",
      "unset PATH heat --where has:haet                          | haet      | heat",
      "unset PATH heat --where !has:Heat                         | Heat      | heat",
      "mv PATH sourceUrl originalUrl --where provder.name=Mint   | provder   | provider",
      "set PATH title T --where topcis~AI                        | topcis    | topics",
      "set PATH title T --where titel=~\\bAI\\b                  | titel     | title",
      "set PATH title T --where publishedDateTme>=2021-01-01     | publishedDateTme | publishedDateTime",
      "set PATH title T --where relatd[0].quality>5              | relatd    | related"})
  void aWhereKeyCloseToAKeyOfTheFormatIsWrongUsage(String command, String typed, String meant)
      throws IOException {
    Map<Path, String> before = files();

    ToolRun folderRun = ToolRun.of(line(command, content));
    ToolRun fileRun = ToolRun.of(line(command, content.resolve("2021/ai.md")));

    for (ToolRun run : List.of(folderRun, fileRun)) {
      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.problems()).hasSize(1);
      assertThat(run.problems().get(0)).contains("`" + typed + "` is not a key of the card format;"
          + " did you mean `" + meant + "`? (--new takes it as it is)");
      assertThat(run.out()).isEmpty();
    }
    assertThat(files()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"set PATH quality 1 --where qualty<50 --new",
      "unset -n PATH heat --where has:haet --new",
      "mv PATH cdnAmpUrl cdnAmpWebUrl --where has:cdnAmpUrl --new",
      "mv PATH cdnAmpUrl cdnAmpWebUrl --where has:cdnAmpUrl",
      "mv PATH ampUrl ampWebUrl --where has:ampUrl"})
  void newTakesAMisspelledWhereKeyAsItIs(String command) {
    ToolRun run = ToolRun.of(line(command, content));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("skipped 4 (not matching --where)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sourceUrl", "price", "params.tags", "[\"og:image\"]"})
  void aWhereKeyFarFromEveryKeyOfTheFormatIsTakenAsItIs(String key) {
    ToolRun run = ToolRun.of("set", "-n", content.toString(), "quality", "1", "--where",
        "has:" + key);

    assertThat(run.status()).as(run.err()).isZero();
  }

  @Test
  void aWhereConditionOnAKeyOfTheFormatMatchesAsBefore() {
    ToolRun run = ToolRun.of("set", "-n", content.toString(), "quality", "1", "--where",
        "quality<60");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("would update ").doesNotContain("skipped 4");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "set PATH qualty 5                             | qualty  | quality",
      "set PATH title T Heat 5                       | Heat    | heat",
      "set PATH provder.name Mint                    | provder | provider",
      "set PATH topcis[+] AI                         | topcis  | topics",
      "set --dry-run PATH qualty 5                   | qualty  | quality"})
  void aMisspelledSetKeyInARunOverManyCardsIsRefusedOnce(String command, String typed,
      String meant) throws IOException {
    Map<Path, String> before = files();

    ToolRun folderRun = ToolRun.of(line(command, content));
    List<String> several = new ArrayList<>(List.of(line(command, content.resolve("2021/ai.md"))));
    several.add(several.indexOf(content.resolve("2021/ai.md").toString()) + 1,
        content.resolve("2020/cloud.md").toString());
    several.add(several.indexOf(content.resolve("2020/cloud.md").toString()) + 1, "--");
    ToolRun severalRun = ToolRun.of(several.toArray(String[]::new));

    for (ToolRun run : List.of(folderRun, severalRun)) {
      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.problems()).containsExactly("articlecard: set: `" + typed + "` is not a key"
          + " of the card format; did you mean `" + meant + "`? (--new sets it anyway)");
      assertThat(run.out()).isEmpty();
    }
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void aMisspelledSetKeyInOneFileIsRefusedAtTheFileAsBefore() {
    ToolRun run = ToolRun.of("set", content.resolve("2021/ai.md").toString(), "qualty", "5");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("not changed: `qualty` is not a key of the card format; did you"
        + " mean `quality`? (--new adds it anyway)");
  }

  @Test
  void aMisspelledSetKeyWithNewIsSetInEveryCard() throws IOException {
    ToolRun run = ToolRun.of("set", content.toString(), "qualty", "5", "--new");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("updated 4,");
    assertThat(TestFiles.read(content.resolve("2020/cloud.md"))).contains("qualty: 5\r\n");
  }

  @Test
  void aSetKeyFarFromEveryKeyIsStillDecidedCardByCard() {
    ToolRun run = ToolRun.of("set", content.toString(), "price", "5");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("updated 1, unchanged 0, refused 3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "originalUrll"})
  void anUnknownTopLevelNewNameOfMvInARunOverManyCardsIsRefusedOnce(String newName)
      throws IOException {
    Map<Path, String> before = files();

    ToolRun run = ToolRun.of("mv", content.toString(), "sourceUrl", newName);

    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.problems()).hasSize(1);
    assertThat(run.problems().get(0)).startsWith("articlecard: mv: `" + newName + "` is not a key"
        + " of the card format");
    assertThat(files()).isEqualTo(before);
  }
}
