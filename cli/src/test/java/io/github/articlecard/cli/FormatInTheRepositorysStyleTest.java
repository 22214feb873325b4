package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code articlecard fmt} and {@code articlecard style} on a repository in an older style than the
 * seed's ({@code sourceUrl} after {@code publishedDateTime}, plain links, {@code heat: }, a blank
 * line for a body): fmt learns the repository's style and changes only its outlier, says how many
 * cards follow it, and takes another folder's style or the standard when told to.
 */
class FormatInTheRepositorysStyleTest extends CardFolderTest {
  private static final Path OLDER = Path.of("src/test/resources/cli/house-style/older");

  private Path repository;
  private Path outlier;
  private final List<Path> cards = new ArrayList<>();

  @BeforeEach
  void copyTheRepositoryWithAnOutlier() throws IOException {
    repository = folder.resolve("repo");
    try (Stream<Path> files = Files.walk(OLDER)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = TestFiles.read(file);
        for (String copy : List.of("a", "b")) {
          cards.add(write("repo/" + copy + "/" + OLDER.relativize(file), text));
        }
      }
    }
    String sibling = TestFiles.read(cards.get(0));
    outlier = write("repo/outlier.md", sibling.replace("sourceUrl: https://venturebeat.com/2019/"
        + "facebook-videos", "sourceUrl: \"https://venturebeat.com/2019/facebook-videos\""));
  }

  @Test
  void fmtLearnsTheFoldersStyleAndChangesOnlyTheOutlier() throws IOException {
    List<byte[]> before = new ArrayList<>();
    for (Path card : cards) {
      before.add(Files.readAllBytes(card));
    }

    ToolRun run = ToolRun.of("fmt", repository.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("reformatted " + outlier + "\n");
    assertThat(TestFiles.read(outlier)).isEqualTo(TestFiles.read(cards.get(0)));
    for (int i = 0; i < cards.size(); i++) {
      assertThat(Files.readAllBytes(cards.get(i))).as(cards.get(i).toString())
          .isEqualTo(before.get(i));
    }
  }

  @Test
  void checkSaysHowManyCardsFollowTheLearnedStyle() {
    ToolRun run = ToolRun.of("fmt", "--check", repository.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("would reformat " + outlier + "\n");
    assertThat(run.err()).contains("6 of 7 cards follow the house style (learned from 7 cards)");
  }

  @Test
  void styleStandardWouldReformatEveryCardAndStyleFromTakesAnotherFoldersStyle()
      throws IOException {
    ToolRun standard = ToolRun.of("fmt", "--check", "--style", "standard", repository.toString());
    Path alone = write("elsewhere/new.md", TestFiles.read(outlier));
    ToolRun learned = ToolRun.of("fmt", "--style-from", repository.toString(), alone.toString());

    assertThat(standard.status()).isEqualTo(1);
    assertThat(standard.out().lines()).hasSize(7);
    assertThat(learned.status()).isZero();
    assertThat(TestFiles.read(alone)).isEqualTo(TestFiles.read(cards.get(0)));
    assertThat(ToolRun.of("fmt", "--style", "older", alone.toString()).status()).isEqualTo(2);
  }

  @Test
  void stylePrintsWhatItLearnedAndHowManyCardsAgree() {
    ToolRun run = ToolRun.of("style", repository.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("house style learned from 7 cards\n")
        .contains("sourceUrl").contains("(6 of 7)");
  }
}
