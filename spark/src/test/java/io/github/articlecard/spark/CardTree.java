package io.github.articlecard.spark;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.articlecard.jackson.CardFileFinder;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.TestCards;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A repository of a few hundred cards laid out as real ones are: the shared corpus of real cards
 * (57 of them CRLF), the seed in a hidden folder, generated house-style cards under Jekyll's
 * {@code _news}, generated cards in varied YAML styles (some CRLF) under {@code _posts}, four bad
 * files in the middle of them, and files that are not cards.
 */
final class CardTree {
  static final int GENERATED = 120;
  static final int STYLED = 60;
  static final List<String> BAD = List.of("no-front-matter.md", "not-utf8.md", "quality-high.md",
      "unclosed-quote.md");
  /** What the source lists by default: hidden folders entered, nothing excluded. */
  static final CardFileFinder SOURCE_LISTING =
      CardFileFinder.cards().includingHidden().withoutExclusions();

  private CardTree() {}

  static Path create(Path root) {
    try {
      Path corpus = corpus();
      if (corpus != null) {
        copyCards(corpus.resolve("smartable-2021"), root.resolve("smartable-2021"));
        copyCards(corpus.resolve("seed"), root.resolve(".archive/seed"));
      }
      CardMapper mapper = CardMapper.builder().build();
      Path news = Files.createDirectories(root.resolve("_news/2021"));
      List<io.github.articlecard.ArticleCard> cards = TestCards.generator(7).next(GENERATED);
      for (int i = 0; i < cards.size(); i++) {
        Files.writeString(news.resolve(String.format("card-%03d.md", i)), mapper.write(cards.get(i)));
      }
      Path posts = Files.createDirectories(root.resolve("_posts"));
      var styled = TestCards.textGenerator(11);
      for (int i = 0; i < STYLED; i++) {
        String text = styled.next().text();
        Files.writeString(posts.resolve(String.format("post-%03d.md", i)),
            i % 3 == 0 && !text.contains("\r") ? text.replace("\n", "\r\n") : text);
      }
      Path bad = Files.createDirectories(root.resolve("_posts/bad"));
      for (String name : BAD) {
        Files.write(bad.resolve(name), resource("bad/" + name));
      }
      Files.writeString(root.resolve("notes.txt"), "not a card\n");
      Files.createDirectories(root.resolve("_site"));
      Files.writeString(root.resolve("_site/index.html"), "<html></html>\n");
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared corpus, or null where it is absent (a user's clone); under CI its absence fails. */
  static Path corpus() {
    String configured = System.getProperty("articlecard.corpus");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
    if (Files.isDirectory(path.resolve("smartable-2021"))) {
      return path;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("the shared card corpus is not at " + path.toAbsolutePath().normalize());
    }
    return null;
  }

  static byte[] resource(String name) {
    try (InputStream in = CardTree.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyCards(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
        Path copy = to.resolve(file.getFileName());
        Files.copy(file, copy);
        copy.toFile().setWritable(true, true); // the shared corpus is read-only; its copies are not
      }
    }
  }
}
