package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.ValidationProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's model example (absent keys, JSON, positions) and checks that the README shows
 * exactly this code, after the imports it uses.
 */
class ReadmeModelExampleTest {
  private static final String START = "    // README model example start\n";
  private static final String END = "    // README model example end\n";
  private static final String TEXT = "---\ntitle: \"No scores yet\"\nheat: -1\n\nimages:\n"
      + "  - url: \"https://example.com/a.jpg\"\n    width: -1\n---\n";

  @Test
  void theExampleRunsAndDoesWhatItSays() throws Exception {
    CardMapper mapper = CardMapper.builder().build();
    String text = TEXT;
    // README model example start
    CardDocument doc = mapper.read(text);                     // a card without a quality line
    ArticleCard card = doc.card();
    card.quality();                                           // 0, the default
    card.hasQuality();                                        // false: the key is absent
    ArticleCard scored = card.toBuilder().quality(0).build(); // withCard/write add "quality: 0"
    ArticleCard unranked = card.toBuilder().remove("heat").build();  // the heat line goes

    ObjectMapper json = new ObjectMapper().registerModule(new ArticleCardModule());
    String image = json.writeValueAsString(card.images().get(0));
    // {"url":"https://example.com/a.jpg","width":-1}: the card's keys, only those it has

    for (ValidationProblem problem : card.validate()) {
      String at = doc.positionOf(problem.path())              // line and column of the value
          .map(position -> position.line() + ":" + position.column()).orElse("-");
      System.out.println(at + " " + problem);                  // 7:12 images[0].width: must be >= 0
    }
    // README model example end

    assertThat(card.quality()).isZero();
    assertThat(card.hasQuality()).isFalse();
    assertThat(mapper.write(card)).doesNotContain("quality");
    assertThat(doc.withCard(scored).text()).isEqualTo(text.replace("heat: -1\n", "quality: 0\nheat: -1\n"));
    assertThat(doc.withCard(unranked).text()).isEqualTo(text.replace("heat: -1\n", ""));
    assertThat(image).isEqualTo("{\"url\":\"https://example.com/a.jpg\",\"width\":-1}");
    assertThat(card.validate()).singleElement().hasToString("images[0].width: must be >= 0");
    assertThat(doc.positionOf("images[0].width")).hasValueSatisfying(at -> {
      assertThat(at.line()).isEqualTo(7);
      assertThat(at.column()).isEqualTo(12);
    });
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRunsAndItsImports() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/github/articlecard/jackson/ReadmeModelExampleTest.java"));
    String code = source.substring(source.indexOf(START) + START.length(), source.indexOf(END));
    StringBuilder dedented = new StringBuilder();
    code.lines().forEach(line -> dedented.append(line.length() >= 4 ? line.substring(4) : line).append('\n'));
    String readme = new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);

    String block = "\n" + dedented + "```\n";
    assertThat(readme).contains(block);
    String shown = readme.substring(readme.lastIndexOf("```java\n", readme.indexOf(block)), readme.indexOf(block));
    assertThat(shown.lines().filter(line -> line.startsWith("import ")).toList())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(source.contains("\n" + line + "\n")
            || line.matches("import io\\.github\\.articlecard\\.jackson\\.[A-Z]\\w*;"))
            .as("imported here or in this package: %s", line).isTrue());
  }
}
