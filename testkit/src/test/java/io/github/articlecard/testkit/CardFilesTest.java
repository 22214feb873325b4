package io.github.articlecard.testkit;

import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.testkit.internal.CardFilesProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class CardFilesTest {
  private static final List<String> SEEN = new ArrayList<>();

  @ParameterizedTest
  @CardFiles("src/test/resources/card-repository")
  void everyCardFileOfTheFolderRoundTrips(Path file) throws IOException {
    SEEN.add(file.getFileName().toString());

    assertThatCardText(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))
        .roundTripsUnchanged();
  }

  private static final Path LISTED = Path.of("target/card-files-test");

  @CardFiles(value = "target/card-files-test", exclude = {"drafts", "2020/**"})
  private static void listed() {}

  @CardFiles(value = "target/card-files-test", suffixes = ".markdown")
  private static void nothingListed() {}

  private static List<String> provided(String method) throws Exception {
    CardFilesProvider provider = new CardFilesProvider();
    provider.accept(CardFilesTest.class.getDeclaredMethod(method).getAnnotation(CardFiles.class));
    return provider.provideArguments(null)
        .map(arguments -> ((Named<?>) arguments.get()[0]).getName()).toList();
  }

  @Test
  void theFilesAreListedAsTheCommandListsThemPassingOverHiddenTargetAndExcluded() throws Exception {
    for (String name : List.of("a.md", "2021/b.md", "2020/old.md", "drafts/c.md", "x/drafts/d.md",
        ".git/e.md", "x/.cache/f.md", "x/.hidden.md", "target/g.md", "x/target/h.md", "notes.txt")) {
      Path file = LISTED.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: t\n---\n");
    }

    assertThat(provided("listed")).containsExactly("2021/b.md".replace("/", java.io.File.separator),
        "a.md");
    assertThatThrownBy(() -> provided("nothingListed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no files ending in [.markdown] outside hidden folders, target/");
  }

  @AfterAll
  static void allCardFilesWereFedInPathOrderAndNothingElse() {
    assertThat(SEEN).containsExactly("2021-03-14-facebook.md", "crlf-card.md", "hugo-page.md");
  }
}
