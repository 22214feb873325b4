package io.github.articlecard.jackson;

import io.github.articlecard.jackson.internal.bind.StandardStyle;
import io.github.articlecard.jackson.internal.document.ModelPath;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.yaml.HouseRules;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.StyleLearner;
import io.github.articlecard.jackson.internal.yaml.StylePaths;
import java.io.Serializable;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a repository's cards look like, as data a person can read: the order of the keys at each
 * level, how each key's text is quoted, where blank lines stand between keys, the indentation of
 * nested mappings and lists, what an empty body is, the line ending, and which keys are written
 * without a value; each learned choice with how many cards (or values) agree with it. A
 * {@link CardMapper} built with a house style writes new cards in it
 * ({@link CardMapper#write(io.github.articlecard.ArticleCard)}), and edits write their new text in
 * it wherever the document's own text does not show the way.
 *
 * <pre>{@code
 * HouseStyle style = HouseStyle.learnFrom(Path.of("content/cards"));
 * System.out.println(style);                      // what it learned, and how many cards agree
 * CardMapper mapper = CardMapper.builder().houseStyle(style).build();
 * String fresh = mapper.write(card);              // looks like the repository's cards
 * }</pre>
 *
 * <p>{@link #standard()} is the format's own style, the seed card's. A learned style says only
 * what its cards show: what they do not (a key none of them has, say) is the standard's. Where
 * the cards disagree the majority wins. Places are named by paths with list indexes left out:
 * {@code ""} is the front matter itself, {@code provider} and {@code related[]} are the provider's
 * mapping and the related articles' mappings, {@code title}, {@code topics[]} and
 * {@code related[].provider.name} are values. Immutable and serializable (its serialized form is
 * not part of the API).
 *
 * @serial exclude
 */
public final class HouseStyle implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final HouseStyle STANDARD = new HouseStyle(HouseRules.NONE);

  private final HouseRules rules;

  private HouseStyle(HouseRules rules) {
    this.rules = rules;
  }

  /**
   * Returns the format's standard style, as the seed and the real cards of its family show it:
   * keys in the model's order, free text and links double-quoted, open sets, dates and a
   * provider's keys plain, blank lines around the groups, two-space indentation, LF.
   *
   * @return the standard style
   */
  public static HouseStyle standard() {
    return STANDARD;
  }

  /**
   * Learns the style of the card files under a folder, listed as {@link CardFileFinder#cards()}
   * lists them (hidden files and folders and {@code target/} passed over). Files that do not parse
   * are passed over; files that parse count whether or not they bind to a card. The files are read
   * in parallel and only counts are kept, so memory does not grow with the repository.
   *
   * @param folder the folder
   * @return the style most of its cards follow ({@link #standard()} when it has none)
   * @throws CardException if the folder does not exist or cannot be listed
   */
  public static HouseStyle learnFrom(Path folder) {
    return learnFrom(folder, CardFileFinder.cards());
  }

  /**
   * Learns the style of the card files a finder lists under a folder, as
   * {@link #learnFrom(Path)} does.
   *
   * @param folder the folder
   * @param finder what to list
   * @return the style most of its cards follow
   * @throws CardException if the folder does not exist or cannot be listed
   */
  public static HouseStyle learnFrom(Path folder, CardFileFinder finder) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(finder, "finder");
    CardMapper reader = CardMapper.builder().build();
    try (Stream<CardFile> files = reader.readAll(folder, finder)) {
      StyleLearner learner = files.filter(CardFile::parsed)
          .collect(StyleLearner::new,
              (learning, file) -> add(learning, Objects.requireNonNull(file.document())),
              StyleLearner::merge);
      return of(learner.rules());
    }
  }

  /**
   * Learns the style of documents already read.
   *
   * <pre>{@code
   * List<CardDocument> cards = ...;
   * HouseStyle style = HouseStyle.learnFrom(cards);
   * }</pre>
   *
   * @param documents the documents
   * @return the style most of them follow ({@link #standard()} for none)
   */
  public static HouseStyle learnFrom(Collection<CardDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    StyleLearner learner = new StyleLearner();
    for (CardDocument document : documents) {
      add(learner, Objects.requireNonNull(document, "a document"));
    }
    return of(learner.rules());
  }

  private static void add(StyleLearner learner, CardDocument document) {
    CardLayout layout = document.parsed().layout();
    // the body as a view of the card's text: learning looks at no more than its first characters
    learner.add(document.parsed().source(), layout.lineEnding(),
        CharBuffer.wrap(layout.text(), layout.bodyStart(), layout.text().length()));
  }

  private static HouseStyle of(HouseRules rules) {
    return rules.isEmpty() ? STANDARD : new HouseStyle(rules);
  }

  /** Returns the data behind this style, for the mapper. */
  HouseRules learned() {
    return rules;
  }

  /**
   * Tells whether this is the standard style: nothing learned.
   *
   * @return whether nothing was learned
   */
  public boolean isStandard() {
    return rules.isEmpty();
  }

  /**
   * Returns how many cards this style was learned from: 0 for the standard.
   *
   * @return the number of cards
   */
  public int cards() {
    return rules.cards();
  }

  /**
   * Returns the line ending new cards are written with (a mapper's own
   * {@link CardMapper.Builder#lineEnding} comes first).
   *
   * @return LF or CRLF
   */
  public LineEnding lineEnding() {
    HouseRules.Learned<String> learned = rules.lineEnding();
    return learned != null && learned.value().equals("\r\n") ? LineEnding.CRLF : LineEnding.LF;
  }

  /**
   * Returns the text a card with an empty body gets after its closing {@code ---} line, with this
   * style's line ending: empty for the standard, one line break where the cards end with a blank
   * line ({@code ---\n\n}). A card read back from it has that text as its body.
   *
   * @return the body of a card without one
   */
  public String emptyBody() {
    HouseRules.Learned<Integer> learned = rules.emptyBodyLines();
    return learned == null ? "" : lineEnding().characters().repeat(learned.value());
  }

  /**
   * Returns how many columns a nested mapping's keys stand right of their parent key.
   *
   * @return the columns (2 for the standard)
   */
  public int mappingIndent() {
    return decision().mappingIndent();
  }

  /**
   * Returns how many columns a list's dashes stand right of their key: 0 for dashes under the
   * key's first letter.
   *
   * @return the columns (2 for the standard)
   */
  public int sequenceIndent() {
    return decision().sequenceIndent();
  }

  /**
   * Returns the order keys are written in at a level: the learned order of the keys the cards
   * have there, with the keys of the model's record there that the cards do not have each after
   * the key the model puts before it. Keys it does not name go after the others.
   *
   * @param level the level: {@code ""} for the front matter, {@code provider},
   *     {@code related[]}, {@code related[].images[]}...
   * @return the keys, in order; empty when nothing is known of the level
   * @throws IllegalArgumentException if the level is not a path
   */
  public List<String> keyOrder(String level) {
    return List.copyOf(decision().keyOrder(pathOf(level)));
  }

  /**
   * Returns how strings at a place are quoted where any style could hold them: as the cards do,
   * else as the standard quotes a key the model knows; empty for a place neither knows (then a
   * new string takes the quoting of its siblings).
   *
   * @param place the path of the value, list indexes left out: {@code title},
   *     {@code topics[]}, {@code related[].provider.name}, {@code sourceUrl}
   * @return the quoting, or empty
   * @throws IllegalArgumentException if the place is not a path
   */
  public Optional<Quoting> quoting(String place) {
    HouseRules.Learned<ScalarStyle> learned = rules.quoting().get(place);
    ScalarStyle style = learned != null ? learned.value()
        : StandardStyle.INSTANCE.stringStyle(pathOf(place));
    return Optional.ofNullable(style).map(Quoting::of);
  }

  /**
   * Returns the quotes a string gets that plain style cannot hold ({@code yes}, text with
   * {@code ": "}), where its place is written plain.
   *
   * @return single or double quotes (double for the standard)
   */
  public Quoting quotesWhenNeeded() {
    HouseRules.Learned<ScalarStyle> learned = rules.quotesWhenNeeded();
    return learned == null ? Quoting.DOUBLE_QUOTED : Quoting.of(learned.value());
  }

  /**
   * Returns every choice this style learned, each with its place and how many agree, in the order
   * {@link #toString()} prints them: empty for the standard.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    List<Rule> out = new ArrayList<>();
    int cards = rules.cards();
    HouseRules.Learned<String> eol = rules.lineEnding();
    if (eol != null) {
      out.add(rule(Aspect.LINE_ENDING, "", eol.value().equals("\r\n") ? "CRLF" : "LF", eol));
    }
    HouseRules.Learned<Integer> body = rules.emptyBodyLines();
    if (body != null) {
      out.add(rule(Aspect.EMPTY_BODY, "", body.value() == 0 ? "nothing"
          : body.value() == 1 ? "one blank line" : body.value() + " blank lines", body));
    }
    HouseRules.Learned<Integer> indent = rules.mappingIndent();
    if (indent != null) {
      out.add(rule(Aspect.INDENTATION, "mappings", indent.value() + " columns", indent));
    }
    HouseRules.Learned<Integer> dashes = rules.sequenceIndent();
    if (dashes != null) {
      out.add(rule(Aspect.INDENTATION, "lists", dashes.value() + " columns", dashes));
    }
    for (Map.Entry<String, HouseRules.Learned<List<String>>> order
        : new TreeMap<>(rules.keyOrders()).entrySet()) {
      out.add(rule(Aspect.KEY_ORDER, order.getKey(), String.join(", ", order.getValue().value()),
          order.getValue()));
    }
    for (Map.Entry<String, HouseRules.Learned<ScalarStyle>> quoting
        : new TreeMap<>(rules.quoting()).entrySet()) {
      out.add(rule(Aspect.QUOTING, quoting.getKey(), Quoting.of(quoting.getValue().value()).words(),
          quoting.getValue()));
    }
    HouseRules.Learned<ScalarStyle> needed = rules.quotesWhenNeeded();
    if (needed != null) {
      out.add(rule(Aspect.QUOTES_WHEN_NEEDED, "", Quoting.of(needed.value()).words(), needed));
    }
    for (Map.Entry<String, HouseRules.Learned<Boolean>> blank
        : new TreeMap<>(rules.blankLinesBefore()).entrySet()) {
      out.add(rule(Aspect.BLANK_LINE, blank.getKey(),
          blank.getValue().value() ? "before" : "none before", blank.getValue()));
    }
    for (Map.Entry<String, HouseRules.Learned<Boolean>> empty
        : new TreeMap<>(rules.writtenEmpty()).entrySet()) {
      HouseRules.Learned<String> form = rules.nullForms().get(empty.getKey());
      String written = "\"" + lastKey(empty.getKey()) + ":"
          + (form == null ? " null" : form.value()) + "\"";
      out.add(rule(Aspect.EMPTY_VALUE, empty.getKey(), empty.getValue().value()
          ? "written " + written + " when it has no value" : "left out when it has no value",
          empty.getValue()));
    }
    HouseRules.Learned<String> nulls = rules.nullForms().get("");
    if (nulls != null) {
      out.add(rule(Aspect.EMPTY_VALUE, "", "a key without a value is written \"key:"
          + nulls.value() + "\"", nulls));
    }
    return List.copyOf(out);
  }

  private static String lastKey(String place) {
    List<Object> path = pathOf(place);
    Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
    return last.toString();
  }

  private static Rule rule(Aspect aspect, String place, String choice,
      HouseRules.Learned<?> learned) {
    return new Rule(aspect, place, choice, learned.agreeing(), learned.seen());
  }

  /**
   * Describes this style for a person, one choice a line with how many agree: what
   * {@code articlecard style FOLDER} prints.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (isStandard()) {
      out.append("the standard house style (the seed card's)\n");
      out.append("  line ending: LF\n  empty body: nothing\n");
      out.append("  indentation: mappings 2 columns, lists 2 columns\n");
      out.append("  key order:\n");
      for (String level : List.of("", "provider", "images[]", "related[]")) {
        out.append("    ").append(levelName(level)).append(": ")
            .append(String.join(", ", keyOrder(level))).append('\n');
      }
      out.append("  quoting: categories, content types, dates, a provider's keys and list items"
          + " plain; other text and links double quotes\n");
      out.append("  blank lines: around the groups (provider, topics, images, related), before"
          + " featuredContent and secured\n");
      return out.toString();
    }
    out.append("house style learned from ").append(cards()).append(cards() == 1 ? " card" : " cards")
        .append('\n');
    Aspect heading = null;
    for (Rule rule : rules()) {
      if (rule.aspect() != heading) {
        heading = rule.aspect();
        out.append("  ").append(heading.words()).append(":\n");
      }
      out.append("    ");
      if (!rule.place().isEmpty() || rule.aspect() == Aspect.KEY_ORDER) {
        out.append(levelName(rule.place())).append(": ");
      }
      out.append(rule.choice()).append(" (").append(rule.agreeing()).append(" of ")
          .append(rule.seen()).append(")\n");
    }
    return out.toString();
  }

  private static String levelName(String level) {
    return level.isEmpty() ? "(front matter)" : level;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HouseStyle style && style.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  private StyleDecision decision() {
    return StyleDecision.of(rules, StandardStyle.INSTANCE);
  }

  /** A place's path with index 0 where the name has {@code []}. */
  private static List<Object> pathOf(String place) {
    Objects.requireNonNull(place, "place");
    if (place.isEmpty()) {
      return List.of();
    }
    List<Object> path = ModelPath.parse(place.replace("[]", "[0]"));
    if (!StylePaths.of(path).equals(place)) {
      throw new IllegalArgumentException("not a place: \"" + place + "\" (a path such as"
          + " provider.name or related[].title)");
    }
    return path;
  }

  /** How a string is written. */
  public enum Quoting {
    /** Without quotes. */
    PLAIN,
    /** In single quotes. */
    SINGLE_QUOTED,
    /** In double quotes. */
    DOUBLE_QUOTED;

    static Quoting of(ScalarStyle style) {
      return switch (style) {
        case PLAIN -> PLAIN;
        case SINGLE_QUOTED -> SINGLE_QUOTED;
        default -> DOUBLE_QUOTED;
      };
    }

    String words() {
      return switch (this) {
        case PLAIN -> "plain";
        case SINGLE_QUOTED -> "single quotes";
        case DOUBLE_QUOTED -> "double quotes";
      };
    }
  }

  /** What a {@link Rule} is about. */
  public enum Aspect {
    /** The line break of every line. */
    LINE_ENDING,
    /** What follows the closing {@code ---} of a card without a body. */
    EMPTY_BODY,
    /** How far nested mappings ({@code mappings}) and list dashes ({@code lists}) are indented. */
    INDENTATION,
    /** The order of the keys at a level. */
    KEY_ORDER,
    /** How strings at a place are quoted where any style could hold them. */
    QUOTING,
    /** How strings are quoted that plain style cannot hold. */
    QUOTES_WHEN_NEEDED,
    /** Whether a blank line stands before a key. */
    BLANK_LINE,
    /** Whether a key without a value is written, and how. */
    EMPTY_VALUE;

    String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * One learned choice.
   *
   * @param aspect what it is about
   * @param place where it applies: a level or a value's path, {@code ""} where it applies to the
   *     whole card
   * @param choice what the cards do, in words
   * @param agreeing how many cards (for order, mappings; for quoting, strings) do so
   * @param seen how many had a say
   */
  public record Rule(Aspect aspect, String place, String choice, int agreeing, int seen)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Returns the share of those that had a say that agree, from 0 to 1.
     *
     * @return the share
     */
    public double agreement() {
      return seen == 0 ? 1 : (double) agreeing / seen;
    }
  }
}
