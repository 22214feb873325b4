package io.github.articlecard.testkit;

import static io.github.articlecard.testkit.CardAssertions.assertThat;
import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;

import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** Runs the README's "Testing your own code" example and checks that the README shows exactly it. */
class ReadmeTestingExampleTest {
  private static final String START = "  // README testing example start\n";
  private static final String END = "  // README testing example end\n";

  // README testing example start
  @Test
  void editsKeepTheCardIntact() {
    assertThatCardText(TestCards.seedText())
        .roundTripsUnchanged()
        .isHouseStyle()
        .afterEditing(card -> card.toBuilder().quality(card.quality() + 1).build())
        .changesOnlyLines(11);
  }

  @ParameterizedTest
  @CardFiles("src/test/resources/card-repository")
  void everyCardInTheRepositoryRoundTrips(Path file) throws IOException {
    assertThatCardText(Files.readString(file)).roundTripsUnchanged();
  }

  @Test
  void aThousandGeneratedCardsSurviveWriteAndRead() {
    CardMapper mapper = CardMapper.builder().build();
    TestCards.generator(42).stream().limit(1000).forEach(card ->
        assertThat(mapper.read(mapper.write(card)).card()).isEqualToCard(card));
  }
  // README testing example end

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/github/articlecard/testkit/ReadmeTestingExampleTest.java"));
    String code = source.substring(source.indexOf(START) + START.length(), source.indexOf(END));
    String dedented = code.lines().map(line -> line.length() >= 2 ? line.substring(2) : line)
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);

    Assertions.assertThat(readme).contains("```java\n" + dedented + "```\n");
  }
}
