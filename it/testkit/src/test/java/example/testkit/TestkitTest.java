package example.testkit;

import static io.github.articlecard.testkit.CardAssertions.assertThat;
import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.CardFiles;
import io.github.articlecard.testkit.TestCards;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The testkit's assertions and its JUnit source of card files, on the JUnit this project declares. */
class TestkitTest {
  private static final List<String> FED = new ArrayList<>();

  @Test
  void everyJunitJarIsTheVersionThisProjectDeclares() throws Exception {
    String expected = System.getProperty("expected.junit.version");

    assertEquals(expected, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
    assertEquals(expected, ParameterizedTest.class.getPackage().getImplementationVersion(),
        "junit-jupiter-params");
    assertEquals(expected, Class.forName("org.junit.jupiter.engine.JupiterTestEngine")
        .getPackage().getImplementationVersion(), "junit-jupiter-engine");
    List<URL> params = Collections.list(getClass().getClassLoader()
        .getResources("org/junit/jupiter/params/ParameterizedTest.class"));
    assertEquals(1, params.size(), "copies of junit-jupiter-params: " + params);
  }

  // The resources are copied to target/test-classes; @CardFiles resolves against the project folder.
  @ParameterizedTest
  @CardFiles("target/test-classes/cards")
  void everyCardFileRoundTrips(Path file) throws IOException {
    FED.add(file.getFileName().toString());

    assertThatCardText(Files.readString(file)).roundTripsUnchanged();
  }

  @AfterAll
  static void cardFilesWereFedInPathOrderAndOnlyMarkdown() {
    assertEquals(List.of("2021-03-14-facebook.md", "crlf.md", "hugo-page.md"), FED);
  }

  @Test
  void theSeedCardRoundTripsAndAnEditChangesOnlyItsLine() {
    assertThatCardText(TestCards.seedText())
        .roundTripsUnchanged()
        .isHouseStyle()
        .afterEditing(card -> card.toBuilder().quality(card.quality() + 1).build())
        .changesOnlyLines(11);
  }

  @Test
  void generatedCardsSurviveWriteAndRead() {
    CardMapper mapper = CardMapper.builder().build();

    TestCards.generator(7).stream().limit(50).forEach(card ->
        assertThat(mapper.read(mapper.write(card)).card()).isEqualToCard(card));
  }
}
