package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.Lines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The one place that chooses the style of every new piece of text: how a string is quoted, how a
 * key without a value is written, where a new key goes among its siblings, whether a blank line
 * goes between two entries, how far nested lines are indented. The emitter and every patch ask it;
 * nothing else chooses.
 *
 * <p>Each choice follows the same precedence: the document's own text first (the siblings of the
 * new text, then the same place elsewhere in the document), then the house style
 * ({@link HouseRules}, learned from a repository), then the standard ({@link StylePolicy}). A
 * decision made {@link #of} rules alone writes new cards; one {@link #within} a document writes
 * into it.
 *
 * <p>Quoting, in that order: the siblings in the same mapping whose values are of the new value's
 * kind (a link like the links beside it, text like text; see {@link StylePolicy#valueClass}), or
 * the other items of the same list; strings at the same place elsewhere in the document
 * ({@code related[].title} in the other related articles); the siblings the standard quotes as it
 * quotes the new value (a new link beside plain text is plain); the house style's quoting of the
 * place;
 * the standard's; any string sibling; the quoting most of the document's strings use; the
 * standard's fallback. A string the chosen style cannot hold takes the house style's quotes for
 * such strings (double quotes by default).
 */
public final class StyleDecision {
  private static final String NULL = " null";

  private final HouseRules house;
  private final StylePolicy standard;
  private final @Nullable SourceMap document;
  /** What the house style says of each place, found by a path's steps: shared with its documents'. */
  private final Places places;
  private @Nullable Evidence evidence;
  private int @Nullable [] indentation;
  /**
   * Finds the places of the paths one writer asks about, one after another; null in a decision
   * that threads share (a mapper's), which finds each path's place from the root.
   */
  private final @Nullable Trail trail;

  private StyleDecision(HouseRules house, StylePolicy standard, @Nullable SourceMap document,
      Places places, boolean ownTrail) {
    this.house = house;
    this.standard = standard;
    this.document = document;
    this.places = places;
    this.trail = ownTrail ? new Trail(places) : null;
  }

  /**
   * Returns the decision of a house style and a standard, for text written without a document.
   * Threads may share it.
   */
  public static StyleDecision of(HouseRules house, StylePolicy standard) {
    return new StyleDecision(house, standard, null, new Places(house), false);
  }

  /**
   * Returns this decision for new text in a document, whose own style comes first: for one edit,
   * on one thread.
   */
  public StyleDecision within(SourceMap source) {
    return new StyleDecision(house, standard, source, places, true);
  }

  /**
   * Returns this decision for one writer on one thread, which asks about the places of a tree one
   * after another (an emitter): itself when it is one already.
   */
  StyleDecision forOneWriter() {
    return trail != null ? this : new StyleDecision(house, standard, document, places, true);
  }

  /** The place of a path: from the one asked about before it, where this decision has a trail. */
  private Place placeAt(List<Object> path) {
    Trail own = trail;
    return own != null ? own.at(path) : places.at(path);
  }

  /** Returns the house style this decision follows after the document. */
  public HouseRules house() {
    return house;
  }

  /** Returns the standard this decision follows last. */
  public StylePolicy standard() {
    return standard;
  }

  // ---- quoting ------------------------------------------------------------------------------

  /**
   * Returns the style a new string is written in where it can be (plain, single- or
   * double-quoted); {@link #quotesWhenNeeded} says what a string that plain style cannot hold gets.
   *
   * @param path where the string goes
   * @param value the string (or, for a flow collection, the collection whose strings these are)
   * @param container the mapping or sequence of the document the value goes into, or null for text
   *     inside other new text
   */
  public ScalarStyle stringStyle(List<Object> path, JsonNode value,
      @Nullable SourceNode container) {
    if (container != null && value.isTextual()) {
      ScalarStyle like = sameKindBeside(path, value, container);
      if (like != null) {
        return like;
      }
    }
    Place place = document != null || !house.isEmpty() ? placeAt(path) : places.root;
    if (document != null) {
      ScalarStyle there = evidence().stylesAt.getOrDefault(place.name, Count.EMPTY).dominant();
      if (there != null) {
        return there;
      }
    }
    // the standard is asked before the house only where the siblings it quotes alike may decide
    boolean standardAsked = container != null && value.isTextual();
    ScalarStyle standardStyle = standardAsked ? standard.stringStyle(path) : null;
    if (container != null && standardStyle != null) {
      ScalarStyle alike = quotedAlikeBeside(path, standardStyle, container);
      if (alike != null) {
        return alike;
      }
    }
    if (place.quoting != null) {
      return place.quoting;
    }
    if (!standardAsked) {
      standardStyle = standard.stringStyle(path);
    }
    if (standardStyle != null) {
      return standardStyle;
    }
    if (container != null) {
      ScalarStyle beside = anyStringBeside(container);
      if (beside != null) {
        return beside;
      }
    }
    if (document != null) {
      Evidence found = evidence();
      ScalarStyle dominant = (StylePolicy.isItem(path) ? found.items : found.values).dominant();
      if (dominant != null) {
        return dominant;
      }
    }
    return standard.fallbackStyle(path);
  }

  /**
   * Returns the quotes a string gets at a path when its style cannot hold it: those the house
   * style gives this key when it quotes it (its plain siblings could not hold the string, the
   * house's next word is the key's own), else those the house gives strings that need quotes,
   * else double quotes.
   */
  public ScalarStyle quotesWhenNeeded(List<Object> path) {
    if (!house.isEmpty()) {
      ScalarStyle own = placeAt(path).quoting;
      if (own != null && own.isQuoted()) {
        return own;
      }
    }
    HouseRules.Learned<ScalarStyle> learned = house.quotesWhenNeeded();
    return learned != null ? learned.value() : ScalarStyle.DOUBLE_QUOTED;
  }

  /**
   * Returns the style of the strings a node holds, for new strings written inside it in flow
   * style: its own, when it is a string; else that of its first string value or item; plain when
   * it holds none.
   */
  public static ScalarStyle ownStyle(SourceNode node) {
    if (node instanceof SourceNode.Scalar scalar && node.data().isTextual()) {
      return scalar.style().isQuoted() ? scalar.style() : ScalarStyle.PLAIN;
    }
    if (node instanceof SourceNode.Mapping mapping) {
      for (SourceNode.Entry entry : mapping.entries()) {
        if (entry.value() instanceof SourceNode.Scalar && entry.value().data().isTextual()) {
          return ownStyle(entry.value());
        }
      }
    }
    if (node instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item item : sequence.items()) {
        if (item.node() instanceof SourceNode.Scalar && item.node().data().isTextual()) {
          return ownStyle(item.node());
        }
      }
    }
    return ScalarStyle.PLAIN;
  }

  /**
   * The style most siblings of the same kind use (in a mapping, values of the same class); on a
   * tie, the style of the last of them, nearest to where new entries are most often added.
   */
  private @Nullable ScalarStyle sameKindBeside(List<Object> path, JsonNode value,
      SourceNode container) {
    Count count = new Count();
    if (container instanceof SourceNode.Sequence sequence && StylePolicy.isItem(path)) {
      List<SourceNode.Item> items = sequence.items();
      for (int i = items.size() - 1; i >= 0; i--) {
        count.add(items.get(i).node());
      }
      return count.dominant();
    }
    if (!(container instanceof SourceNode.Mapping mapping) || path.isEmpty()
        || !(path.get(path.size() - 1) instanceof String)) {
      return null;
    }
    String kind = standard.valueClass(path, value);
    List<Object> sibling = new ArrayList<>(path);
    int last = sibling.size() - 1;
    List<SourceNode.Entry> entries = mapping.entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      SourceNode.Entry entry = entries.get(i);
      if (!Count.counts(entry.value())) {
        continue;
      }
      sibling.set(last, entry.key().value());
      if (kind.equals(standard.valueClass(sibling, entry.value().data()))) {
        count.add(entry.value());
      }
    }
    return count.dominant();
  }

  /**
   * The style most siblings in a mapping use whose keys the standard quotes as it quotes the new
   * one (a link beside text, both of which the standard double-quotes): what the document does with
   * such strings, when none of the new value's own kind stands beside it.
   */
  private @Nullable ScalarStyle quotedAlikeBeside(List<Object> path, ScalarStyle standardStyle,
      SourceNode container) {
    if (!(container instanceof SourceNode.Mapping mapping) || StylePolicy.isItem(path)) {
      return null;
    }
    Count count = new Count();
    List<Object> sibling = new ArrayList<>(path);
    int last = sibling.size() - 1;
    List<SourceNode.Entry> entries = mapping.entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      SourceNode.Entry entry = entries.get(i);
      if (Count.counts(entry.value())) {
        sibling.set(last, entry.key().value());
        if (standardStyle == standard.stringStyle(sibling)) {
          count.add(entry.value());
        }
      }
    }
    return count.dominant();
  }

  private static @Nullable ScalarStyle anyStringBeside(SourceNode container) {
    Count count = new Count();
    if (container instanceof SourceNode.Mapping mapping) {
      mapping.entries().forEach(entry -> count.add(entry.value()));
    } else if (container instanceof SourceNode.Sequence sequence) {
      sequence.items().forEach(item -> count.add(item.node()));
    }
    return count.dominant();
  }

  // ---- keys without a value -----------------------------------------------------------------

  /**
   * Returns what follows the colon of a key without a value ({@code key:} ... ): as the document
   * writes its other keys without a value, else as the house style writes this key or any, else
   * {@code " null"}.
   */
  public String afterColonForNull(List<Object> path) {
    if (document != null) {
      HouseRules.Learned<String> form = evidence().nullForms.winner();
      if (form != null) {
        return form.value();
      }
    }
    if (!house.nullForms().isEmpty()) {
      String learned = placeAt(path).nullForm;
      if (learned == null) {
        learned = places.root.nullForm;
      }
      if (learned != null) {
        return learned;
      }
    }
    return NULL;
  }

  /**
   * Tells whether the house style writes any key without a value where the card has none (a
   * canonical write then asks {@link #writesEmpty} of each absent key; else it need not look).
   */
  public boolean writesAnyKeyEmpty() {
    return places.writesAnyEmpty;
  }

  /**
   * Tells whether a key the mapping at {@code level} does not hold is written without a value where
   * the format lets that mean "absent", as the house style's cards do.
   */
  public boolean writesEmpty(String level, String key) {
    if (!places.writesAnyEmpty) {
      return false;
    }
    Place mapping = places.named(level);
    if (mapping == null) {
      HouseRules.Learned<Boolean> learned = house.writtenEmpty().get(StylePaths.key(level, key));
      return learned != null && learned.value();
    }
    return mapping.key(key).writtenEmpty;
  }

  // ---- blank lines --------------------------------------------------------------------------

  /**
   * Tells whether a blank line goes between two adjacent entries of the mapping at a path: never in
   * a document's mapping that has no blank lines between its entries; else as the house style
   * puts them between these two keys, or before the second; else as the standard does.
   *
   * @param container the document's mapping the entries go into, or null for new text
   */
  public boolean blankLineBetween(List<Object> mappingPath, SourceNode.@Nullable Mapping container,
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
    if (previousKey == null || previous == null) {
      return false;
    }
    if (container != null && !separatesEntriesWithBlankLines(container)) {
      return false;
    }
    if (!house.blankLines().isEmpty() || !house.blankLinesBefore().isEmpty()) {
      Place place = placeAt(mappingPath).key(key);
      Boolean pair = place.blankAfter.get(previousKey);
      if (pair == null) {
        pair = place.blankBefore;
      }
      if (pair != null) {
        return pair;
      }
      if (!places.separatesAny) {
        return false; // a house that puts no blank line between any two keys starts none here
      }
    }
    return standard.blankLineBetween(mappingPath, previousKey, previous, key, value);
  }

  /** Tells whether a mapping puts blank lines between any of its entries. */
  public static boolean separatesEntriesWithBlankLines(SourceNode.Mapping mapping) {
    List<SourceNode.Entry> entries = mapping.entries();
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).spaceBefore()) {
        return true;
      }
    }
    return false;
  }

  // ---- indentation, line ending, body -------------------------------------------------------

  /** Returns how many columns a nested mapping's keys stand right of their parent key. */
  public int mappingIndent() {
    if (document != null && indentation()[0] >= 0) {
      return indentation()[0];
    }
    HouseRules.Learned<Integer> learned = house.mappingIndent();
    return learned != null ? learned.value() : 2;
  }

  /** Returns how many columns a sequence's dashes stand right of their key (0: under it). */
  public int sequenceIndent() {
    if (document != null && indentation()[1] >= 0) {
      return indentation()[1];
    }
    HouseRules.Learned<Integer> learned = house.sequenceIndent();
    return learned != null ? learned.value() : 2;
  }

  /** Returns the line break a new card is written with, or null where the house style has none. */
  public @Nullable String lineEnding() {
    HouseRules.Learned<String> learned = house.lineEnding();
    return learned == null ? null : learned.value();
  }

  /** Returns the body a new card with an empty body gets: nothing, or the house style's blank lines. */
  public String emptyBody(String eol) {
    HouseRules.Learned<Integer> learned = house.emptyBodyLines();
    return learned == null ? "" : eol.repeat(learned.value());
  }

  // ---- where new keys go --------------------------------------------------------------------

  /**
   * Returns the complete key order of the mapping at a path: the house style's order, with the
   * standard's keys it does not name each after the key the standard puts before it.
   */
  public List<String> keyOrder(List<Object> mappingPath) {
    Map<String, Integer> rank = ranks(mappingPath);
    List<String> order = new ArrayList<>(rank.keySet());
    order.sort(Comparator.comparingInt(key -> rank.getOrDefault(key, 0)));
    return order;
  }

  /**
   * Returns the keys of a mapping in the order they are written: the keys the document already has
   * stay in their order, and each new key goes where the complete key order puts it, after the
   * nearest key it comes after (before the nearest it comes before, when none); a key the order
   * does not know goes after the key before it in {@code target}.
   *
   * @param mappingPath the mapping's path
   * @param existing the keys the document's mapping has and keeps, in its order
   * @param target every key of the new data, in its order
   */
  public List<String> placed(List<Object> mappingPath, List<String> existing, List<String> target) {
    if (existing.size() == target.size()) {
      return existing;
    }
    Place level = placeAt(mappingPath);
    Map<String, Integer> rank = ranks(level, mappingPath);
    if (!existing.isEmpty()) {
      return walk(rank, existing, target);
    }
    if (inRankOrder(target, rank)) {
      return target; // what walk makes of it: a new mapping already in the house's order
    }
    // a new mapping out of the house's order: the cards written one after another mostly have
    // the same keys at a place, so the last placement made there is kept and compared first
    Placement last = level.lastPlacement;
    if (last != null && last.target().equals(target)) {
      return last.placed();
    }
    List<String> placed = List.copyOf(walk(rank, existing, target));
    level.lastPlacement = new Placement(List.copyOf(target), placed);
    return placed;
  }

  /** The keys of a new mapping and where {@link #walk} placed them. */
  private record Placement(List<String> target, List<String> placed) {}

  /** {@link #placed}'s walk: each new key hung after (or before) its nearest ranked neighbour. */
  static List<String> walk(Map<String, Integer> rank, List<String> existing, List<String> target) {
    Set<String> old = new HashSet<>(existing);
    TreeMap<Integer, String> ranked = new TreeMap<>();
    for (String key : existing) {
      Integer at = rank.get(key);
      if (at != null) {
        ranked.putIfAbsent(at, key);
      }
    }
    Map<String, List<String>> after = new HashMap<>();
    Map<String, List<String>> before = new HashMap<>();
    List<String> first = new ArrayList<>();
    String previous = null;
    // in a new mapping, the ranked key placed last of all so far: an unknown key whose key before
    // it in the data went up the order (a house that ranks some unknown keys: sourceUrl) follows
    // this one instead, so that unknown keys stay after the known keys the data put before them
    String highest = null;
    int highestRank = Integer.MIN_VALUE;
    for (String key : target) {
      if (old.contains(key)) {
        previous = key;
        continue;
      }
      Integer at = rank.get(key);
      Map.Entry<Integer, String> below = at == null ? null : ranked.lowerEntry(at);
      Map.Entry<Integer, String> above = at == null ? null : ranked.higherEntry(at);
      if (below != null) {
        insertRanked(after.computeIfAbsent(below.getValue(), k -> new ArrayList<>()), key, rank);
      } else if (above != null) {
        insertRanked(before.computeIfAbsent(above.getValue(), k -> new ArrayList<>()), key, rank);
      } else if (previous == null) {
        first.add(key);
      } else {
        String hang = at == null && highest != null && existing.isEmpty()
            && rank.containsKey(previous) ? highest : previous;
        after.computeIfAbsent(hang, k -> new ArrayList<>()).add(key);
      }
      if (at != null) {
        ranked.putIfAbsent(at, key);
        if (at >= highestRank) {
          highest = key;
          highestRank = at;
        }
      }
      previous = key;
    }
    List<String> out = new ArrayList<>(target.size());
    for (String key : first) {
      emit(key, after, before, out);
    }
    for (String key : existing) {
      emit(key, after, before, out);
    }
    return out;
  }

  /** Tells whether the ranked keys among {@code keys} come in the order of their ranks. */
  static boolean inRankOrder(List<String> keys, Map<String, Integer> rank) {
    if (rank.isEmpty()) {
      return true;
    }
    int last = Integer.MIN_VALUE;
    for (String key : keys) {
      Integer at = rank.get(key);
      if (at != null) {
        if (at < last) {
          return false;
        }
        last = at;
      }
    }
    return true;
  }

  /** Puts a ranked key among the keys hung at one place, before the first that ranks after it. */
  private static void insertRanked(List<String> keys, String key, Map<String, Integer> rank) {
    int at = rank.getOrDefault(key, Integer.MAX_VALUE);
    for (int i = 0; i < keys.size(); i++) {
      Integer other = rank.get(keys.get(i));
      if (other != null && other > at) {
        keys.add(i, key);
        return;
      }
    }
    keys.add(key);
  }

  /** Writes out a key with the new keys hung before and after it, without recursion. */
  private static void emit(String key, Map<String, List<String>> after,
      Map<String, List<String>> before, List<String> out) {
    List<Object> stack = new ArrayList<>();
    stack.add(key);
    while (!stack.isEmpty()) {
      Object next = stack.remove(stack.size() - 1);
      if (next instanceof Done done) {
        out.add(done.key());
        continue;
      }
      String name = (String) next;
      List<String> later = after.getOrDefault(name, List.of());
      for (int i = later.size() - 1; i >= 0; i--) {
        stack.add(later.get(i));
      }
      stack.add(new Done(name));
      List<String> earlier = before.getOrDefault(name, List.of());
      for (int i = earlier.size() - 1; i >= 0; i--) {
        stack.add(earlier.get(i));
      }
    }
  }

  /** A key whose keys before it were written: the key itself is next. */
  private record Done(String key) {}

  private Map<String, Integer> ranks(List<Object> mappingPath) {
    return ranks(placeAt(mappingPath), mappingPath);
  }

  private Map<String, Integer> ranks(Place level, List<Object> mappingPath) {
    Map<String, Integer> found = level.ranks;
    if (found == null) {
      found = completeOrder(level.name, mappingPath);
      level.ranks = found;
    }
    return found;
  }

  /** The house order of a level with the standard's other keys merged in, as ranks. */
  private Map<String, Integer> completeOrder(String level, List<Object> mappingPath) {
    List<String> standardOrder = standard.keyOrder(mappingPath);
    HouseRules.Learned<List<String>> learned = house.keyOrders().get(level);
    List<String> order = new ArrayList<>(learned == null ? List.of() : learned.value());
    Set<String> named = new HashSet<>(order);
    for (int i = 0; i < standardOrder.size(); i++) {
      String key = standardOrder.get(i);
      if (named.add(key)) {
        order.add(positionFor(order, standardOrder, i), key);
      }
    }
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.put(order.get(i), i);
    }
    return Map.copyOf(rank);
  }

  /** Where the standard's key at {@code index} goes: after the nearest key before it already placed. */
  private static int positionFor(List<String> order, List<String> standardOrder, int index) {
    for (int i = index - 1; i >= 0; i--) {
      int at = order.indexOf(standardOrder.get(i));
      if (at >= 0) {
        return at + 1;
      }
    }
    for (int i = index + 1; i < standardOrder.size(); i++) {
      int at = order.indexOf(standardOrder.get(i));
      if (at >= 0) {
        return at;
      }
    }
    return order.size();
  }

  // ---- the house style's places -------------------------------------------------------------

  /**
   * The places a decision has been asked about, as a tree walked by a path's steps, each place with
   * what the house style says of it, looked up by its name once: so that a choice made for every
   * scalar of every card written builds no name and looks up no name. Grown as paths are asked
   * about, up to {@link #MAX_PLACES} places; a place beyond that is made anew each time it is
   * asked about. Shared by the threads that use a mapper.
   */
  private static final class Places {
    /** A bound on the places kept, whatever keys the cards written have. */
    private static final int MAX_PLACES = 1 << 14;

    final HouseRules house;
    final Place root;
    /** Whether the house style writes any key without a value rather than leave it out. */
    final boolean writesAnyEmpty;
    /** Whether the house style puts a blank line between any two keys it learned. */
    final boolean separatesAny;
    /** The house style's blank lines, by the place of the key after and then the key before it. */
    private final Map<String, Map<String, Boolean>> blankAfter = new HashMap<>();
    /** The places kept, by name: for the callers that name a place rather than walk to it. */
    private final Map<String, Place> byName = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    Places(HouseRules house) {
      this.house = house;
      this.writesAnyEmpty = house.writtenEmpty().values().stream().anyMatch(HouseRules.Learned::value);
      this.separatesAny = house.blankLines().values().stream().anyMatch(HouseRules.Learned::value)
          || house.blankLinesBefore().values().stream().anyMatch(HouseRules.Learned::value);
      house.blankLines().forEach((between, learned) -> blankAfter
          .computeIfAbsent(StylePaths.key(between.level(), between.key()), k -> new HashMap<>())
          .put(between.previous(), learned.value()));
      this.root = new Place("", this);
      root.keep = true;
      byName.put("", root);
    }

    /** Returns the place of a path, list indexes left out. */
    Place at(List<Object> path) {
      Place place = root;
      for (int i = 0; i < path.size(); i++) {
        Object step = path.get(i);
        place = step instanceof String key ? place.key(key) : place.items();
      }
      return place;
    }

    /** Returns the place of this name if it was walked to before, or null. */
    @Nullable Place named(String name) {
      return byName.get(name);
    }

    /** Tells whether one more place may be kept. */
    boolean roomForOneMore() {
      return kept.incrementAndGet() <= MAX_PLACES;
    }
  }

  /**
   * Finds the place of each path from the place of the path asked about before it: a writer asks
   * about the keys of one mapping after another, so most paths differ from the one before only in
   * their last step, and one step is looked up instead of all of them. Not shared between threads.
   */
  private static final class Trail {
    private final Places places;
    /** The steps of the path asked about last, and the place of each of its prefixes. */
    private final List<Object> steps = new ArrayList<>();
    private final List<Place> found = new ArrayList<>();

    Trail(Places places) {
      this.places = places;
    }

    Place at(List<Object> path) {
      int size = path.size();
      int common = 0;
      int limit = Math.min(size, steps.size());
      while (common < limit && sameStep(steps.get(common), path.get(common))) {
        common++;
      }
      for (int i = steps.size() - 1; i >= common; i--) {
        steps.remove(i);
        found.remove(i);
      }
      Place place = common == 0 ? places.root : found.get(common - 1);
      for (int i = common; i < size; i++) {
        Object step = path.get(i);
        place = step instanceof String key ? place.key(key) : place.items();
        steps.add(step);
        found.add(place);
      }
      return place;
    }

    /** Two steps lead to the same place: the same key, or any two indexes (list items share one). */
    private static boolean sameStep(Object one, Object other) {
      return one instanceof String key ? key.equals(other) : !(other instanceof String);
    }
  }

  /** One place, with what the house style says of strings and keys written there. */
  private static final class Place {
    final String name;
    private final Places places;
    /** The house style's quoting of strings here that any style could hold, or null. */
    final @Nullable ScalarStyle quoting;
    /** What the house style writes after the colon of a key here without a value, or null. */
    final @Nullable String nullForm;
    /** Whether the house style writes a key here without a value rather than leave it out. */
    final boolean writtenEmpty;
    /** Whether the house style puts a blank line before a key here, or null. */
    final @Nullable Boolean blankBefore;
    /** Whether the house style puts a blank line between the key before and a key here. */
    final Map<String, Boolean> blankAfter;
    /** The complete key order of a mapping here, as ranks, once asked for. */
    @Nullable Map<String, Integer> ranks;
    /** The last placement of a new mapping's keys here (see {@link #placed}); any thread's. */
    volatile @Nullable Placement lastPlacement;
    /** Whether this place is in the tree, so that the places under it may be too. */
    private boolean keep;
    private final Map<String, Place> keys = new ConcurrentHashMap<>();
    private volatile @Nullable Place items;

    Place(String name, Places places) {
      this.name = name;
      this.places = places;
      HouseRules house = places.house;
      HouseRules.Learned<ScalarStyle> learnedQuoting = house.quoting().get(name);
      this.quoting = learnedQuoting == null ? null : learnedQuoting.value();
      HouseRules.Learned<String> form = house.nullForms().get(name);
      this.nullForm = form == null ? null : form.value();
      HouseRules.Learned<Boolean> empty = house.writtenEmpty().get(name);
      this.writtenEmpty = empty != null && empty.value();
      HouseRules.Learned<Boolean> before = house.blankLinesBefore().get(name);
      this.blankBefore = before == null ? null : before.value();
      this.blankAfter = places.blankAfter.getOrDefault(name, Map.of());
    }

    /** Returns the place of this mapping's key {@code key}. */
    Place key(String key) {
      Place found = keys.get(key);
      if (found != null) {
        return found;
      }
      Place made = new Place(StylePaths.key(name, key), places);
      if (!keep || !places.roomForOneMore()) {
        return made;
      }
      made.keep = true;
      found = keys.putIfAbsent(key, made);
      if (found != null) {
        return found;
      }
      places.byName.putIfAbsent(made.name, made);
      return made;
    }

    /** Returns the place of this sequence's items. */
    Place items() {
      Place found = items;
      if (found != null) {
        return found;
      }
      Place made = new Place(StylePaths.items(name), places);
      if (keep && places.roomForOneMore()) {
        made.keep = true;
        items = made;
        places.byName.putIfAbsent(made.name, made);
      }
      return made;
    }
  }

  // ---- what the document shows --------------------------------------------------------------

  private Evidence evidence() {
    Evidence found = evidence;
    if (found == null) {
      found = new Evidence(java.util.Objects.requireNonNull(document));
      evidence = found;
    }
    return found;
  }

  /**
   * The document's own indentation of a nested mapping's keys and of a sequence's dashes under
   * their key ({@code -1} where it shows none), found on first use: a look at the top level's
   * values, without the walk of the whole tree that {@link Evidence} makes.
   */
  private int[] indentation() {
    int[] found = indentation;
    if (found == null) {
      SourceNode.Mapping root = java.util.Objects.requireNonNull(document).root();
      found = root == null || root.flow() ? new int[] {-1, -1}
          : indentation(root, document.text());
      indentation = found;
    }
    return found;
  }

  /**
   * The indentation of the first nested block mapping's keys and of the first block sequence's
   * dashes among the top level's values, right of their key ({@code -1} for none): what a
   * document or a card learned from shows.
   */
  static int[] indentation(SourceNode.Mapping root, String text) {
    int mappingIndent = -1;
    int sequenceIndent = -1;
    for (SourceNode.Entry entry : root.entries()) {
      if (mappingIndent >= 0 && sequenceIndent >= 0) {
        break;
      }
      int keyColumn = Lines.offsetInLine(text, entry.key().start());
      SourceNode value = entry.value();
      if (mappingIndent < 0 && value instanceof SourceNode.Mapping mapping && !mapping.flow()
          && !mapping.entries().isEmpty()) {
        int childColumn = Lines.offsetInLine(text, mapping.entries().get(0).key().start());
        if (childColumn > keyColumn) {
          mappingIndent = childColumn - keyColumn;
        }
      }
      if (sequenceIndent < 0 && value instanceof SourceNode.Sequence sequence
          && !sequence.flow() && !sequence.items().isEmpty()) {
        int dash = sequence.items().get(0).dash();
        if (dash >= 0) {
          sequenceIndent = Math.max(0, Lines.offsetInLine(text, dash) - keyColumn);
        }
      }
    }
    return new int[] {mappingIndent, sequenceIndent};
  }

  /** What a document's own text says of its style, counted once, on first use. */
  private static final class Evidence {
    final Map<String, Count> stylesAt = new HashMap<>();
    final Count values = new Count();
    final Count items = new Count();
    final StyleLearner.Votes<String> nullForms = new StyleLearner.Votes<>();

    Evidence(SourceMap source) {
      SourceNode.Mapping root = source.root();
      if (root == null) {
        return;
      }
      String text = source.text();
      walk(root, "", text);
    }

    /** Walks the tree without recursion into the depth of nested data. */
    private void walk(SourceNode top, String topLevel, String text) {
      List<Object[]> stack = new ArrayList<>();
      stack.add(new Object[] {top, topLevel});
      while (!stack.isEmpty()) {
        Object[] next = stack.remove(stack.size() - 1);
        SourceNode node = (SourceNode) next[0];
        String level = (String) next[1];
        if (node instanceof SourceNode.Mapping mapping) {
          for (SourceNode.Entry entry : mapping.entries()) {
            String place = StylePaths.key(level, entry.key().value());
            SourceNode value = entry.value();
            if (Count.counts(value)) {
              values.add(value);
              stylesAt.computeIfAbsent(place, k -> new Count()).add(value);
            } else if (value instanceof SourceNode.Scalar && value.data().isNull()
                && !mapping.flow()) {
              String form = StyleLearner.nullFormOf(text, entry);
              if (form != null) {
                nullForms.add(form);
              }
            }
            stack.add(new Object[] {value, place});
          }
        } else if (node instanceof SourceNode.Sequence sequence) {
          String place = StylePaths.items(level);
          for (SourceNode.Item item : sequence.items()) {
            if (Count.counts(item.node())) {
              items.add(item.node());
              stylesAt.computeIfAbsent(place, k -> new Count()).add(item.node());
            }
            stack.add(new Object[] {item.node(), place});
          }
        }
      }
    }
  }

  /** Counts the styles of single-line, non-empty strings, in the order first seen. */
  static final class Count {
    static final Count EMPTY = new Count();

    private final StyleLearner.Votes<ScalarStyle> styles = new StyleLearner.Votes<>();

    /** Tells whether a node is a string whose style says something: on one line, not empty. */
    static boolean counts(SourceNode node) {
      return node instanceof SourceNode.Scalar scalar && scalar.data().isTextual()
          && !scalar.isBlock() && !scalar.isEmptyPlain();
    }

    void add(SourceNode node) {
      if (counts(node)) {
        styles.add(((SourceNode.Scalar) node).style());
      }
    }

    @Nullable ScalarStyle dominant() {
      HouseRules.Learned<ScalarStyle> winner = styles.winner();
      return winner == null ? null : winner.value();
    }
  }
}
