package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.CardFileFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card deleted between the listing of its folder and its read (an editor's swap or probe file,
 * a build's output) is passed over by {@code check} and {@code json}, as {@code readAll} passes it
 * over; a card named on the command line that does not exist is still an error.
 */
class VanishedCardsTest {
  @TempDir Path folder;

  private static final String CARD = "---\ntitle: \"T\"\n---\n\n";

  /** A folder lister that deletes one listed file once the listing is made. */
  static Inputs.FolderLister deletingAfterListing(Path doomed) {
    return (finder, listed) -> {
      CardFileFinder.Listing listing = finder.find(listed);
      try {
        Files.delete(doomed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return listing;
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "json"})
  void aCardDeletedAfterTheListingIsPassedOver(String command) throws IOException {
    Files.writeString(folder.resolve("a.md"), CARD);
    Path doomed = Files.writeString(Files.createDirectories(folder.resolve("sub"))
        .resolve("4913.md"), CARD);
    Files.writeString(folder.resolve("z.md"), CARD);

    ToolRun run = ToolRun.withFolders(deletingAfterListing(doomed), command, folder.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out() + run.err()).doesNotContain("4913");
    if (command.equals("check")) {
      assertThat(run.out()).contains("checked 2 files: 2 ok");
    } else {
      assertThat(run.out().lines()).hasSize(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "json"})
  void aCardNamedThatDoesNotExistIsStillAnError(String command) {
    ToolRun run = ToolRun.of(command, folder.resolve("missing.md").toString());

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("missing.md");
  }
}
