package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of collection counts as one level of {@code maxNestingDepth}, whatever its style:
 * what reads at the limit can be edited and written, one level more is refused on reading, and no
 * depth ends in a {@code StackOverflowError}.
 */
class NestingDepthShapesTest {

  /** A shape of nesting: the value of key {@code k} holding {@code levels} collections. */
  private record Shape(String name, IntFunction<String> nested) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Shape> SHAPES = List.of(
      new Shape("flow mappings", n -> "{a: ".repeat(n) + "x" + "}".repeat(n)),
      new Shape("flow sequences", n -> "[".repeat(n) + "x" + "]".repeat(n)),
      new Shape("flow mappings and sequences", n -> alternate(n, "{a: ", "}", "[", "]")),
      new Shape("explicit flow keys", n -> "{? a : ".repeat(n) + "x" + "}".repeat(n)),
      new Shape("single pairs in flow sequences", n -> alternate(n, "[", "]", "b: ", "")),
      new Shape("quoted keys, no space", n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
      new Shape("block mappings", NestingDepthShapesTest::blockMappings),
      new Shape("block sequences", NestingDepthShapesTest::blockSequences));

  /** Opens with the first pair, then the second, in turns, for {@code n} levels (n even or not). */
  private static String alternate(int n, String open1, String close1, String open2, String close2) {
    StringBuilder opens = new StringBuilder();
    StringBuilder closes = new StringBuilder();
    for (int i = 0; i < n; i++) {
      boolean first = i % 2 == 0;
      opens.append(first ? open1 : open2);
      closes.insert(0, first ? close1 : close2);
    }
    return opens + "x" + closes;
  }

  private static String blockMappings(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append('\n').append("  ".repeat(i + 1)).append("a:");
    }
    return text.append(" x").toString();
  }

  private static String blockSequences(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append('\n').append("  ".repeat(i + 1)).append("-");
    }
    return text.append(" x").toString();
  }

  /** A card whose root (level 1) holds {@code title} and {@code k}, and k holds the nesting. */
  private static String card(Shape shape, int levels, String eol) {
    String frontMatter = "title: T\nk: " + shape.nested().apply(levels) + "\n";
    return ("---\n" + frontMatter + "---\n\nBody\n").replace("\n", eol);
  }

  @Test
  void eachShapeReadsAtTheLimitAndIsRefusedOneLevelDeeper() {
    for (int limit : List.of(3, 8, 64)) {
      CardMapper mapper = CardMapper.builder().maxNestingDepth(limit).build();
      for (Shape shape : SHAPES) {
        for (String eol : List.of("\n", "\r\n")) {
          String atLimit = card(shape, limit - 1, eol);
          assertThat(mapper.read(atLimit).text()).as(shape + " at " + limit).isEqualTo(atLimit);
          CardParseException deeper = catchThrowableOfType(mapper, card(shape, limit, eol));
          assertThat(deeper).as(shape + " over " + limit).isNotNull();
          assertThat(deeper.kind()).as(shape.name()).isEqualTo(CardException.Kind.LIMIT);
          assertThat(deeper.getMessage()).as(shape.name())
              .contains("limit of " + limit + " levels").contains("maxNestingDepth");
          assertThat(deeper.line()).as(shape.name()).isGreaterThanOrEqualTo(3);
        }
      }
    }
  }

  @Test
  void whatReadsAtTheLimitCanBeEditedAndWritten(@TempDir Path folder) {
    CardMapper mapper = CardMapper.builder().maxNestingDepth(8).build();
    for (Shape shape : SHAPES) {
      for (String eol : List.of("\n", "\r\n")) {
        CardDocument doc = mapper.read(card(shape, 7, eol));
        ObjectNode data = doc.frontMatter();
        data.put("title", "U");
        CardDocument edited = doc.withFrontMatter(data);
        assertThat(edited.text()).as(shape.name())
            .isEqualTo(doc.text().replace("title: T", "title: U"));
        Path file = folder.resolve("card.md");
        mapper.write(edited, file);
        assertThat(mapper.read(file).frontMatter()).as(shape.name()).isEqualTo(data);
      }
    }
  }

  @Test
  void noDepthOverflowsTheStackOfTheReadingThread() throws InterruptedException {
    CardMapper mapper = CardMapper.builder().maxNestingDepth(1000).build();
    for (Shape shape : SHAPES) {
      String deep = card(shape, 3000, "\n");
      assertThat(catchThrowableOfType(mapper, deep)).as(shape.name()).isNotNull();
      // a small stack (a worker pool's) runs out before the limit: refused as too deep all the same
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread small = new Thread(null, () -> thrown.set(catchThrowable(() -> mapper.read(
          card(shape, 999, "\n")))), "small stack", 64 * 1024);
      small.start();
      small.join();
      if (thrown.get() != null) {
        assertThat(thrown.get()).as(shape.name()).isInstanceOf(CardParseException.class)
            .hasMessageContaining("maxNestingDepth");
      }
    }
  }

  @Test
  void aTooDeepCardAmongOthersIsOneFailedOutcome(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("deep.md"), card(SHAPES.get(0), 3000, "\n"));
    Files.writeString(folder.resolve("fine.md"), card(SHAPES.get(0), 2, "\n"));
    CardMapper mapper = CardMapper.builder().build();
    List<String> outcomes;
    try (var files = mapper.readAll(folder)) {
      outcomes = files.map(file -> file.path().getFileName() + " "
          + (file.failed() ? file.error().kind() : "ok")).sorted().collect(Collectors.toList());
    }
    assertThat(outcomes).containsExactly("deep.md LIMIT", "fine.md ok");
    assertThat(HouseStyle.learnFrom(folder).cards()).isEqualTo(1);
  }

  private static CardParseException catchThrowableOfType(CardMapper mapper, String text) {
    Throwable thrown = catchThrowable(() -> mapper.read(text));
    assertThat(thrown).as(text.length() > 200 ? text.substring(0, 200) : text)
        .isInstanceOf(CardParseException.class);
    return (CardParseException) thrown;
  }

  @Test
  void settingsAboveOneThousandLevelsAreRefused() {
    assertThatThrownBy(() -> CardMapper.builder().maxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
