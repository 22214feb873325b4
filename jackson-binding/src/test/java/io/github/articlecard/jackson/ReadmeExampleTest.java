package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.Provider;
import io.github.articlecard.jackson.LineDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
  private static final String START = "    // README example start\n";
  private static final String END = "    // README example end\n";

  @Test
  void theExampleRunsAndDoesWhatItSays() {
    String text = TestFiles.resource("cards/seed.md");
    // README example start
    CardMapper mapper = CardMapper.builder().build();        // immutable, thread-safe
    CardDocument doc = mapper.read(text);                    // also byte[], Path, InputStream, Reader

    // Typed: the article model.
    ArticleCard card = doc.card();
    ArticleCard edited = card.toBuilder()
        .title("Facebook will use your videos to train its AI")
        .quality(card.quality() + 1)
        .build();
    CardDocument next = doc.withCard(edited);                // only the title and quality lines change

    // Generic: any front matter, as a Jackson ObjectNode.
    ObjectNode data = next.frontMatter();
    data.put("reviewed", true);
    CardDocument reviewed = next.withFrontMatter(data);      // one line added: "reviewed: true"

    // Unmodified documents give back exactly what was read.
    assert doc.withCard(doc.card()).text().equals(text);

    // A card built from scratch, in the house style.
    String fresh = mapper.write(ArticleCard.builder()
        .category(Category.NEWS)
        .title("Hello")
        .publishedDateTime(Instant.parse("2021-03-14T13:26:00Z"))
        .provider(Provider.of("Mint", "livemint.com"))
        .topics(List.of("AI"))
        .build());
    // README example end

    assertThat(LineDiff.between(text, next.text())).hasSize(2)
        .allSatisfy(hunk -> assertThat(hunk.removed()).hasSize(1));
    assertThat(LineDiff.between(next.text(), reviewed.text())).singleElement()
        .satisfies(hunk -> assertThat(hunk.added()).containsExactly("reviewed: true\n"));
    assertThat(doc.withCard(doc.card()).text()).isEqualTo(text);
    // Only the keys that were set: no invented excerpt, quality, heat or published lines.
    assertThat(fresh).isEqualTo("---\ncategory: news\ntitle: \"Hello\"\n"
        + "publishedDateTime: 2021-03-14T13:26:00Z\n\n"
        + "provider:\n  name: Mint\n  domain: livemint.com\n\ntopics:\n  - AI\n---\n");
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/github/articlecard/jackson/ReadmeExampleTest.java"));
    String code = source.substring(source.indexOf(START) + START.length(), source.indexOf(END));
    String dedented = code.lines().map(line -> line.length() >= 4 ? line.substring(4) : line)
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);

    assertThat(readme).contains("```java\n" + dedented + "```\n");
  }
}
