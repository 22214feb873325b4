package example.jpms;

import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.CardAssertions;
import io.github.articlecard.testkit.CardFiles;
import io.github.articlecard.testkit.TestCards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The app's edit checked with the testkit, which runs from the class path next to named modules. */
class HeadlinesTest {
  @Test
  void theAppAndTheLibraryAreNamedModulesAndTheTestkitIsOnTheClassPath() {
    assertEquals("example.jpms", Headlines.class.getModule().getName());
    assertEquals("io.github.articlecard.jackson", CardMapper.class.getModule().getName());
    assertFalse(CardAssertions.class.getModule().isNamed(), "testkit in a named module");
  }

  @Test
  void shoutingChangesOnlyTheTitleLine() {
    assertThatCardText(TestCards.seedText())
        .roundTripsUnchanged()
        .afterEditing(Headlines::shout)
        .changesOnlyLines(3)
        .changesOnlyLinesWithin(2, 4);
  }

  @Test
  void aWrongLineExpectationFailsWithADiffOfTheEdit() {
    AssertionError failure = assertThrows(AssertionError.class, () ->
        assertThatCardText(TestCards.seedText()).afterEditing(Headlines::shout).changesOnlyLines(4));

    assertTrue(failure.getMessage().contains("Facebook will use your uploaded videos")
        && failure.getMessage().contains("FACEBOOK WILL USE YOUR UPLOADED VIDEOS"), failure.getMessage());
  }

  @Test
  void addingAKeyThroughTheFrontMatterOnlyInsertsIt() {
    assertThatCardText("---\ntitle: a\nquality: 1\n---\nbody\n")
        .afterEditingFrontMatter(data -> data.put("reviewed", true))
        .onlyInsertsAfterLine(3, "reviewed: true");
  }

  @ParameterizedTest
  @CardFiles("target/test-classes/cards")
  void everyCardFileRoundTripsAndShoutingChangesOnlyItsTitle(Path file) throws IOException {
    String text = Files.readString(file);

    assertThatCardText(text).roundTripsUnchanged()
        .afterEditing(Headlines::shout).changesOnlyLinesWithin(2, 3);
  }
}
