package io.github.articlecard.testkit.internal;

import java.util.List;
import java.util.Random;

/**
 * Seeded random text in the value space of real cards: words, punctuation, quotes and escapes,
 * raw non-ASCII and non-BMP characters, and words that YAML could take for something else.
 */
public final class RandomText {
  private static final List<String> WORDS = List.of(
      "Facebook", "will", "use", "your", "uploaded", "videos", "to", "improve", "its", "AI",
      "algorithms", "the", "company", "said", "it", "would", "help", "both", "moderation",
      "efforts", "and", "recommendation", "engines", "for", "video", "Microsoft", "Power", "Apps",
      "release", "wave", "overview", "portals", "model-driven", "canvas", "data", "service",
      "learning", "from", "public", "network", "project", "policy", "research", "development",
      "cloud", "security", "update", "new", "features", "in", "of", "a", "with", "on", "by");
  private static final List<String> TRICKY = List.of(
      "\"quoted\"", "it's", "a: b", "#hash", "- dash", "back\\slash", "tab\there", "caf\u00e9",
      "na\u00efve", "\u65e5\u672c\u8a9e", "\uD83D\uDE00", "\uD835\uDCB3", "no\u00a0break", "NO",
      "yes", "on", "012", "0x1F", "1e3", "null", "~", "true", "[x]", "{y}", "*star", "&amp",
      "!bang", "%pct", "@at", "`tick`", "\u2026", "won\u2019t", "\u201cquote\u201d", "100%",
      "key:value", "? maybe", "| pipe", "> gt", "'single'", "---", "...", "=", "<<");

  private final Random random;

  public RandomText(Random random) {
    this.random = random;
  }

  /** A word, sometimes a tricky one. */
  public String word() {
    return random.nextInt(8) == 0 ? pick(TRICKY) : pick(WORDS);
  }

  /** Words joined by spaces, between {@code min} and {@code max} of them; never blank. */
  public String sentence(int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder out = new StringBuilder(pick(WORDS));
    for (int i = 1; i < count; i++) {
      out.append(' ').append(word());
    }
    return out.toString();
  }

  /** An excerpt: sentences, sometimes with {@code \n} or {@code \r\n} breaks, sometimes empty. */
  public String excerpt() {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder(sentence(5, 40));
    int more = random.nextInt(3);
    for (int i = 0; i < more; i++) {
      out.append(random.nextBoolean() ? "\n" : random.nextBoolean() ? "\r\n" : ". ");
      out.append(sentence(3, 30));
    }
    if (random.nextInt(5) == 0) {
      out.append(" \"");
    }
    return out.toString();
  }

  /** A URL, sometimes with characters {@code java.net.URI} rejects. */
  public String url(String domain) {
    String path = sentence(2, 6).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    String url = "https://" + domain + "/" + (2015 + random.nextInt(10)) + "/" + path;
    switch (random.nextInt(6)) {
      case 0:
        return url + "?w=1200&strip=all";
      case 1:
        return url + "|amp";
      case 2:
        return url + "/caf\u00e9";
      default:
        return url;
    }
  }

  /** A domain name. */
  public String domain() {
    return pick(List.of("livemint.com", "venturebeat.com", "cnet.com", "analyticsinsight.net",
        "thestar.com.my", "microsoft.com", "example.org", "news.example.co.uk"));
  }

  /** A base64 blob of the given length. */
  public String base64(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder out = new StringBuilder(length + 2);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.append("==").toString();
  }

  /** One of the values. */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
