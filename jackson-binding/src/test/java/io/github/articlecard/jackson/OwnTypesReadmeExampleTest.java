package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's "Your own types" example and checks that the README shows exactly this code. */
class OwnTypesReadmeExampleTest {
  private static final String FILE = "src/test/java/io/github/articlecard/jackson/"
      + "OwnTypesReadmeExampleTest.java";

  // README own types start
  record Page(String title, LocalDate date, List<String> tags, boolean draft) {}

  CardDocument rename(CardMapper mapper, Path path) {
    CardDocument doc = mapper.read(path);
    Page page = doc.as(Page.class);                  // also as(TypeReference<T>)
    return doc.with(new Page("New title", page.date(), page.tags(), page.draft()));
    // only the title line changes; keys Page does not model stay as they are, in place
  }
  // README own types end

  @Test
  void theExampleRunsAndChangesOnlyTheTitleLine() throws IOException {
    Path path = Files.createTempFile("page", ".md");
    try {
      String text = "---\ntitle: Hello # greeting\ndate: 2021-03-14\ntags: [a, b]\n"
          + "weight: 1.50\n---\nBody\n";
      Files.writeString(path, text);

      CardDocument next = rename(CardMapper.builder().build(), path);

      assertThat(next.text()).isEqualTo(text.replace("title: Hello", "title: New title"));
    } finally {
      Files.delete(path);
    }
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of(FILE));
    String start = "  // README own types start\n";
    String code = source.substring(source.indexOf(start) + start.length(),
        source.indexOf("  // README own types end\n"));
    String dedented = code.lines().map(line -> line.length() >= 2 ? line.substring(2) : line)
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);

    assertThat(readme).contains("```java\n" + dedented + "```\n");
  }
}
