package io.github.articlecard.testkit;

import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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

  @AfterAll
  static void allCardFilesWereFedInPathOrderAndNothingElse() {
    assertThat(SEEN).containsExactly("2021-03-14-facebook.md", "crlf-card.md", "hugo-page.md");
  }
}
