package io.github.articlecard.testkit;

import static io.github.articlecard.testkit.CardAssertions.assertThat;
import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;

import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * The README shows this code after the imports it needs, so that it can be pasted as it is: every
   * import shown is one this file compiles with (or a type of this package), and every type or
   * static method the code uses that takes an import has one shown. (jackson-binding's
   * {@code ReadmeBlock} checks its README examples the same way.)
   */
  @Test
  void theReadmeShowsExactlyTheCodeThatRunsAfterItsImports() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/github/articlecard/testkit/ReadmeTestingExampleTest.java"));
    String code = source.substring(source.indexOf(START) + START.length(), source.indexOf(END));
    String dedented = code.lines().map(line -> line.length() >= 2 ? line.substring(2) : line)
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);

    String block = "\n\n" + dedented + "```\n";
    Assertions.assertThat(readme).contains(block);
    int at = readme.indexOf(block);
    List<String> shown = readme.substring(readme.lastIndexOf("```java\n", at) + 8, at + 1).lines()
        .filter(line -> !line.isEmpty()).toList();
    Set<String> words = new HashSet<>(List.of(dedented.replaceAll("\"[^\"]*\"", "").split("\\W+")));
    List<String> needed = source.lines()
        .filter(line -> line.matches("import (static )?[\\w.]+;") && words.contains(simpleName(line)))
        .collect(Collectors.toCollection(ArrayList::new));
    words.stream().filter(word -> exists(getClass().getPackageName() + "." + word)).sorted()
        .forEach(word -> needed.add("import " + getClass().getPackageName() + "." + word + ";"));

    Assertions.assertThat(shown).containsExactlyInAnyOrderElementsOf(needed);
  }

  private static String simpleName(String importLine) {
    return importLine.substring(importLine.lastIndexOf('.') + 1, importLine.length() - 1);
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, ReadmeTestingExampleTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
