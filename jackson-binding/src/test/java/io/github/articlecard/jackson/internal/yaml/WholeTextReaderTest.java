package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The linear reader gives SnakeYAML exactly what its own reader gives: the same events at the same
 * positions (index, line and column) and the same errors, for every test text and for texts built
 * to stress it (long lines, CRLF, characters outside the BMP, line breaks YAML knows and editors
 * do not).
 */
class WholeTextReaderTest {

  @Test
  void everyTestTextParsesTheSameWithBothReaders() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(resources())) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(200);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertSameParse(file.toString(), text);
      int closing = text.indexOf("\n---", 3);
      if (text.startsWith("---\n") && closing > 0) {
        assertSameParse(file + " (front matter)", text.substring(4, closing + 1));
      }
    }
  }

  @Test
  void stressTextsParseTheSameWithBothReaders() {
    List<String> texts = new ArrayList<>();
    String longLine = "x".repeat(5_000);
    texts.add("a: " + longLine + "\nb: \"" + longLine + "\"\nc: '" + longLine + "'\n");
    texts.add("a: |\n" + ("  " + longLine + "\n").repeat(3) + "b: >\n  folded\n  text\n");
    texts.add("a: \"\uD83D\uDE00 \uD83D\uDE00\"\r\nb: \uD83D\uDE00\r\nc: [\uD83D\uDE00, x]\r\n");
    texts.add("a: b\u0085c: d\u2028e: f\u2029g: h\rk: l\r\nm: n\n");
    texts.add("a: \"unclosed " + longLine);
    texts.add("a: [1, 2\nb: 3\n");
    texts.add("a: b: c\n");
    texts.add("\uFEFFa: 1\n");
    texts.add("a: 1\n--- # two\nb: 2\n...\n");
    texts.add("k: v\u0001w\n");
    texts.add("k: " + longLine + "\u0007\n");
    texts.add("? complex\n: value\n- item\n");
    texts.add("a: &x [1, *x]\nb: !!int \"" + "9".repeat(3000) + "\"\n");
    for (String text : texts) {
      assertSameParse(text.length() > 60 ? text.substring(0, 60) : text, text);
    }
  }

  private static void assertSameParse(String name, String text) {
    List<String> expected = events(new StreamReader(text));
    List<String> actual = events(new WholeTextReader(text));
    String last = expected.isEmpty() ? "" : expected.get(expected.size() - 1);
    if (last.startsWith("ReaderException")) {
      // SnakeYAML's reader fails when its window reaches the character, this one when the scanner
      // does: the same error, possibly after more events
      assertThat(actual.get(actual.size() - 1)).as(name).isEqualTo(last);
    } else {
      assertThat(actual).as(name).isEqualTo(expected);
    }
  }

  private static List<String> events(StreamReader reader) {
    List<String> out = new ArrayList<>();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    ParserImpl parser = new ParserImpl(reader, options);
    try {
      while (true) {
        Event event = parser.getEvent();
        out.add(event + " " + mark(event.getStartMark()) + "-" + mark(event.getEndMark()));
        if (event.is(Event.ID.StreamEnd)) {
          return out;
        }
      }
    } catch (ReaderException e) {
      out.add("ReaderException " + e.getPosition() + " " + e.getCodePoint());
    } catch (MarkedYAMLException e) {
      out.add(e.getClass().getSimpleName() + " " + e.getProblem() + " " + mark(e.getProblemMark())
          + " " + e.getContext() + " " + mark(e.getContextMark()));
    }
    return out;
  }

  private static String mark(Mark mark) {
    return mark == null ? "-" : mark.getIndex() + "@" + mark.getLine() + ":" + mark.getColumn();
  }

  private static Path resources() {
    try {
      return Path.of(WholeTextReaderTest.class.getResource("/hostile/expected.tsv").toURI())
          .getParent().getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
