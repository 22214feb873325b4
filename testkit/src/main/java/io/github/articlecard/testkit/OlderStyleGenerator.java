package io.github.articlecard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of card texts in an older house style of the card family than the seed's,
 * for tests of code that must follow a repository's own style (a learned {@code HouseStyle}):
 *
 * <ul>
 *   <li>the older schema's links, {@code sourceUrl}, {@code ampUrl} and {@code cdnAmpUrl}, right
 *       after {@code publishedDateTime} (then {@code webUrl} on some cards), and {@code sourceUrl}
 *       in related articles;
 *   <li>text and links plain wherever plain style can hold them, double quotes where it cannot
 *       ({@code title: "Review: ..."}); the embedded video double-quoted; image links
 *       site-relative ({@code /assets/images/...});
 *   <li>list dashes under their key's first letter, nested mappings two columns in;
 *   <li>blank lines only before the provider, the related articles and the secured blob;
 *   <li>{@code heat:} with a space and no value on unranked cards, {@code price:} likewise on some;
 *   <li>an empty body written as one blank line; one text in ten with a Markdown body, one in ten
 *       with CRLF line endings.
 * </ul>
 *
 * <p>The same seed gives the same texts on any machine.
 *
 * <pre>{@code
 * OlderStyleGenerator older = TestCards.olderStyleGenerator(7);
 * older.writeRepository(folder, 500);        // 500 card files, a few outliers among them
 * HouseStyle style = HouseStyle.learnFrom(folder);
 * }</pre>
 */
public final class OlderStyleGenerator {
  /** Words that plain style holds anywhere in a sentence. */
  private static final List<String> WORDS = List.of("Facebook", "will", "use", "your", "uploaded",
      "videos", "to", "improve", "its", "AI", "algorithms", "the", "company", "said", "it",
      "would", "help", "both", "moderation", "efforts", "and", "recommendation", "engines", "for",
      "video", "Microsoft", "Power", "Apps", "release", "wave", "overview", "portals",
      "model-driven", "canvas", "data", "service", "learning", "from", "public", "network",
      "project", "policy", "research", "development", "cloud", "security", "update", "new",
      "features", "in", "of", "a", "with", "by", "caf\u00e9", "it's", "(preview)", "100%");
  private static final List<String> CAPITALS = List.of("Facebook", "Microsoft", "Power",
      "Cloud", "Research", "Security", "Data", "New", "Learning", "Public", "Video", "Company");
  private static final List<String> DOMAINS = List.of("livemint.com", "venturebeat.com",
      "cnet.com", "analyticsinsight.net", "powerapps.microsoft.com", "example.org");
  /** Every this many texts of a repository, one breaks a rule of the style. */
  private static final int OUTLIER_EVERY = 200;

  private final Random random;

  OlderStyleGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns the next card text, in the style.
   *
   * @return the text
   */
  public String next() {
    return card(false);
  }

  /**
   * Returns the next {@code count} texts.
   *
   * @param count how many
   * @return the texts, in order
   */
  public List<String> next(int count) {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(next());
    }
    return texts;
  }

  /**
   * Returns the next text with one rule of the style broken: its {@code sourceUrl} double-quoted,
   * or its {@code type} moved before {@code title}.
   *
   * @return the text
   */
  public String nextOutlier() {
    return card(true);
  }

  /**
   * Writes a repository of card files into a folder, {@code card-0001.md} on, spread over
   * subfolders by year; one text in 200 is an {@link #nextOutlier() outlier}.
   *
   * @param folder the folder, made if missing
   * @param count how many cards
   * @return the files written, in order
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<Path> writeRepository(Path folder, int count) {
    List<Path> files = new ArrayList<>(count);
    try {
      for (int i = 1; i <= count; i++) {
        Path sub = folder.resolve(Integer.toString(2015 + i % 5));
        Files.createDirectories(sub);
        Path file = sub.resolve(String.format(Locale.ROOT, "card-%04d.md", i));
        String text = i % OUTLIER_EVERY == 0 ? nextOutlier() : next();
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private String card(boolean outlier) {
    boolean video = random.nextInt(8) == 0;
    boolean ranked = random.nextInt(4) != 0;
    boolean typeFirst = outlier && random.nextBoolean();
    String domain = pick(DOMAINS);
    List<String> lines = new ArrayList<>();
    lines.add("---");
    lines.add("category: news");
    if (typeFirst) {
      lines.add("type: " + (video ? "video" : "article"));
    }
    lines.add("title: " + text(title()));
    lines.add("excerpt: " + text(sentence(6, 30) + "."));
    lines.add("publishedDateTime: " + instant());
    String source = link(domain);
    lines.add("sourceUrl: " + (outlier && !typeFirst ? "\"" + source + "\"" : source));
    if (random.nextBoolean()) {
      lines.add("ampUrl: " + source + "/amp");
      lines.add("cdnAmpUrl: https://" + domain.replace('.', '-') + ".cdn.ampproject.org/c/s/"
          + source.substring("https://".length()) + "/amp");
    }
    if (random.nextInt(3) == 0) {
      lines.add("webUrl: " + link(domain));
    }
    if (!typeFirst) {
      lines.add("type: " + (video ? "video" : "article"));
    }
    lines.add("quality: " + random.nextInt(220));
    lines.add("heat: " + (ranked ? Integer.toString(random.nextInt(934)) : ""));
    lines.add("published: " + (ranked && random.nextInt(5) != 0));
    if (random.nextInt(10) < 3) {
      lines.add("price: ");
    }
    if (video) {
      lines.add("featuredContent: \"<iframe width=\\\"800\\\" height=\\\"500\\\""
          + " src=\\\"https://www.youtube.com/embed/" + word().replaceAll("[^a-z]", "x")
          + "\\\" allowfullscreen></iframe>\"");
    }
    lines.add("");
    lines.add("provider:");
    lines.add("  name: " + text(capitalised(1 + random.nextInt(2))));
    lines.add("  domain: " + domain);
    lines.add("topics:");
    int topics = 1 + random.nextInt(4);
    for (int i = 0; i < topics; i++) {
      lines.add("- " + text(capitalised(1 + random.nextInt(2))));
    }
    int images = random.nextInt(3);
    if (images > 0) {
      lines.add("images:");
      for (int i = 0; i < images; i++) {
        lines.add("- url: /assets/images/" + (2015 + random.nextInt(7)) + "/" + word().toLowerCase(
            Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "-" + random.nextInt(1000) + ".jpg");
        int width = 50 + random.nextInt(1950);
        lines.add("  width: " + width);
        lines.add("  height: " + (50 + random.nextInt(1200)));
        if (random.nextInt(4) == 0) {
          lines.add("  title: " + text(title()));
        }
      }
    }
    int related = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
    if (related > 0) {
      lines.add("");
      lines.add("related:");
      for (int i = 0; i < related; i++) {
        String relatedDomain = pick(DOMAINS);
        lines.add("- title: " + text(title()));
        lines.add("  excerpt: " + text(sentence(4, 20) + "."));
        lines.add("  publishedDateTime: " + instant());
        lines.add("  sourceUrl: " + link(relatedDomain));
        lines.add("  type: article");
        lines.add("  provider:");
        lines.add("    name: " + text(capitalised(1 + random.nextInt(2))));
        lines.add("    domain: " + relatedDomain);
        lines.add("  quality: " + random.nextInt(220));
      }
    }
    lines.add("");
    lines.add("secured: " + base64());
    lines.add("---");
    String body = random.nextInt(10) == 0
        ? "\nThe article, in a few words: " + sentence(5, 12) + ".\n" : "\n";
    String text = String.join("\n", lines) + "\n" + body;
    return random.nextInt(10) == 0 ? text.replace("\n", "\r\n") : text;
  }

  /** Text plain where plain holds it: the texts here need quotes only for {@code ": "}. */
  private static String text(String value) {
    return value.contains(": ") ? "\"" + value + "\"" : value;
  }

  private String title() {
    String words = capitalised(1) + " " + sentence(2, 10);
    return random.nextInt(5) == 0 ? "Review: " + words : words;
  }

  private String capitalised(int count) {
    StringBuilder out = new StringBuilder(pick(CAPITALS));
    for (int i = 1; i < count; i++) {
      out.append(' ').append(pick(CAPITALS));
    }
    return out.toString();
  }

  private String sentence(int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder out = new StringBuilder(pick(CAPITALS));
    for (int i = 1; i < count; i++) {
      out.append(' ').append(word());
    }
    return out.toString();
  }

  private String word() {
    return pick(WORDS);
  }

  private String link(String domain) {
    return "https://" + domain + "/" + (2015 + random.nextInt(7)) + "/"
        + sentence(2, 6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        + (random.nextInt(6) == 0 ? "?w=1200&strip=all" : "");
  }

  private String instant() {
    return String.format(Locale.ROOT, "%d-%02d-%02dT%02d:%02d:00Z", 2015 + random.nextInt(7),
        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
  }

  private String base64() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder out = new StringBuilder("A");
    int length = 40 + random.nextInt(300);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.append("==;").append("Hkkyzn3YYuPEhdTPyESv3w==").toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
