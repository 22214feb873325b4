package io.github.articlecard.spark.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.jackson.CardFileFinder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options of one {@code spark.read().format("articlecard")}, checked once on the driver: where
 * to list, what to list (a {@link CardFileFinder}'s settings), which columns to give and how to
 * split the files into partitions.
 *
 * @param paths the paths given to {@code load}
 * @param suffixes the file name endings listed
 * @param skipHidden whether names starting with a dot are passed over
 * @param excluded the globs passed over
 * @param keepText whether the {@code text} column is given
 * @param frontMatterOnly whether the generic {@code frontMatter} column replaces the card's columns
 * @param partitions the number of partitions asked for, or 0 to let the source choose
 * @param maxPartitionBytes the most bytes of cards one partition reads when the source chooses
 */
public record ReadOptions(List<String> paths, List<String> suffixes, boolean skipHidden,
    List<String> excluded, boolean keepText, boolean frontMatterOnly, int partitions,
    long maxPartitionBytes) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String SUFFIXES = "suffixes";
  public static final String SKIP_HIDDEN = "skipHidden";
  public static final String EXCLUDE = "exclude";
  public static final String KEEP_TEXT = "keepText";
  public static final String MODE = "mode";
  public static final String PARTITIONS = "partitions";
  public static final String MAX_PARTITION_BYTES = "maxPartitionBytes";
  public static final String MODE_CARDS = "cards";
  public static final String MODE_FRONT_MATTER = "frontMatter";
  private static final long DEFAULT_MAX_PARTITION_BYTES = 128L * 1024 * 1024;
  private static final List<String> KNOWN = List.of("path", "paths", SUFFIXES, SKIP_HIDDEN,
      EXCLUDE, KEEP_TEXT, MODE, PARTITIONS, MAX_PARTITION_BYTES);

  /**
   * Reads the options as Spark passes them (any case).
   *
   * @throws IllegalArgumentException for an unknown option or a value that does not fit
   */
  public static ReadOptions from(Map<String, String> given) {
    Map<String, String> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    options.putAll(given);
    for (String key : options.keySet()) {
      if (KNOWN.stream().noneMatch(key::equalsIgnoreCase)) {
        throw new IllegalArgumentException("articlecard: unknown option '" + key + "'; the options are "
            + KNOWN.subList(2, KNOWN.size()));
      }
    }
    String mode = options.getOrDefault(MODE, MODE_CARDS);
    if (!mode.equals(MODE_CARDS) && !mode.equals(MODE_FRONT_MATTER)) {
      throw new IllegalArgumentException("articlecard: option mode must be '" + MODE_CARDS + "' or '"
          + MODE_FRONT_MATTER + "', was '" + mode + "'");
    }
    ReadOptions read = new ReadOptions(paths(options), list(options.getOrDefault(SUFFIXES, ".md")),
        bool(options, SKIP_HIDDEN), list(options.getOrDefault(EXCLUDE, "")), bool(options, KEEP_TEXT),
        mode.equals(MODE_FRONT_MATTER), (int) number(options, PARTITIONS, 0, Integer.MAX_VALUE),
        number(options, MAX_PARTITION_BYTES, DEFAULT_MAX_PARTITION_BYTES, Long.MAX_VALUE));
    read.finder(); // malformed globs and empty suffixes fail here, on the driver
    return read;
  }

  /**
   * Returns the finder these options describe: unlike {@link CardFileFinder#cards()}, it enters
   * hidden folders and excludes nothing unless asked, as the source documents.
   */
  public CardFileFinder finder() {
    CardFileFinder finder = CardFileFinder.cards().includingHidden().withoutExclusions()
        .withSuffixes(suffixes.toArray(String[]::new));
    if (skipHidden) {
      finder = finder.skippingHidden();
    }
    for (String glob : excluded) {
      finder = finder.excluding(glob);
    }
    return finder;
  }

  private static List<String> paths(Map<String, String> options) {
    List<String> paths = new ArrayList<>();
    String single = options.get("path");
    if (single != null) {
      paths.add(single);
    }
    String several = options.get("paths");
    if (several != null) {
      try {
        paths.addAll(new ObjectMapper().readValue(several, new TypeReference<List<String>>() { }));
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("articlecard: option paths is not a JSON list: " + several, e);
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("articlecard: no path given; use load(path)");
    }
    return List.copyOf(paths);
  }

  /** Splits a comma-separated list, keeping the commas inside a glob's braces ({@code {a,b}}). */
  static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' && braces == 0) {
        add(items, item);
      } else {
        braces += c == '{' ? 1 : c == '}' && braces > 0 ? -1 : 0;
        item.append(c);
      }
    }
    add(items, item);
    return List.copyOf(items);
  }

  private static void add(List<String> items, StringBuilder item) {
    String trimmed = item.toString().trim();
    if (!trimmed.isEmpty()) {
      items.add(trimmed);
    }
    item.setLength(0);
  }

  private static boolean bool(Map<String, String> options, String key) {
    String value = options.getOrDefault(key, "false").trim().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("articlecard: option " + key + " must be true or false, was '"
          + options.get(key) + "'");
    }
    return value.equals("true");
  }

  private static long number(Map<String, String> options, String key, long otherwise, long most) {
    String value = options.get(key);
    if (value == null) {
      return otherwise;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (number >= 1 && number <= most) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("articlecard: option " + key + " must be a whole number from 1 to "
        + most + ", was '" + value + "'");
  }
}
