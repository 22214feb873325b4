package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link CardDocument#comments()} finds the comments SnakeYAML's event parser reports with comment
 * processing on (what the command's {@code fmt} used before it had a public view), in every test
 * card of this module that reads and that SnakeYAML can tell about: the view is built on the
 * source map, not on a parser, and must not drift from what a YAML parser calls a comment: neither
 * SnakeYAML's nor the library's own reader's, which finds the comments as it reads.
 */
class CommentsAgreeWithSnakeYamlTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @Test
  void everyTestCardsCommentsAreTheOnesSnakeYamlReports() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    int withComments = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        CardDocument doc;
        try {
          doc = MAPPER.read(text);
        } catch (CardException e) {
          continue;
        }
        List<String> expected = snakeYamlComments(text, doc);
        if (expected == null) {
          continue;
        }
        compared++;
        List<String> actual = doc.comments().stream()
            .map(comment -> comment.line() + ":" + comment.column()).toList();
        withComments += actual.isEmpty() ? 0 : 1;
        if (!actual.equals(expected)) {
          disagreements.add(file + ": comments() " + actual + ", SnakeYAML " + expected);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }

    assertThat(disagreements).isEmpty();
    assertThat(compared).isGreaterThan(100);
    assertThat(withComments).isGreaterThan(20);
  }

  @Test
  void everyTestCardsCommentsAreTheOnesTheReaderFindsAsItReads() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int withComments = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
        CardDocument doc;
        try {
          doc = MAPPER.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (CardException e) {
          continue;
        }
        String text = doc.text();
        int start = text.length() - doc.body().length();
        int open = text.indexOf('\n') + 1;
        int closing = text.lastIndexOf('\n', start - 2) + 1;
        List<Integer> expected = YamlReader.comments(text.substring(open, Math.max(open, closing)),
            ReadLimits.DEFAULTS).stream().map(at -> open + at).toList();
        List<Integer> actual = doc.comments().stream().map(c -> c.position().offset()).toList();
        withComments += actual.isEmpty() ? 0 : 1;
        if (!actual.equals(expected)) {
          disagreements.add(file + ": comments() at " + actual + ", the reader at " + expected);
        }
      }
    }

    assertThat(disagreements).isEmpty();
    assertThat(withComments).isGreaterThan(20);
  }

  /** The comments' line:column as SnakeYAML reports them, or null when it cannot read the text. */
  private static List<String> snakeYamlComments(String text, CardDocument doc) {
    int open = text.indexOf('\n') + 1;
    int closingEnd = text.length() - doc.body().length();
    int closing = text.lastIndexOf('\n', closingEnd - 2) + 1;
    if (closing < open) {
      return null;
    }
    String frontMatter = text.substring(open, closing);
    int firstLine = (int) text.substring(0, open).chars().filter(c -> c == '\n').count() + 1;
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setNestingDepthLimit(Integer.MAX_VALUE);
    options.setCodePointLimit(Integer.MAX_VALUE);
    List<String> comments = new ArrayList<>();
    try {
      Parser parser = new ParserImpl(new StreamReader(frontMatter), options);
      while (!parser.checkEvent(Event.ID.StreamEnd)) {
        Event event = parser.getEvent();
        if (event instanceof CommentEvent comment
            && comment.getCommentType() != CommentType.BLANK_LINE) {
          comments.add((firstLine + comment.getStartMark().getLine()) + ":"
              + (comment.getStartMark().getColumn() + 1));
        }
      }
    } catch (YAMLException e) {
      return null;
    }
    return comments;
  }
}
