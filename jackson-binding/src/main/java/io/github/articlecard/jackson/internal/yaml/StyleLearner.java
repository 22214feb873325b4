package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.internal.text.Lines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Learns a house style from the cards of a repository ({@link HouseRules}): it counts, card by
 * card, how each choice is made, and the choice most cards make wins. One walk of each card's
 * source map, with no recursion; learners of parts of a repository merge, so that cards can be
 * read and counted in parallel. Not thread-safe: one learner per thread, then {@link #merge}.
 *
 * <ul>
 *   <li>key order: for each level, one order of its keys that is consistent with as many mappings
 *       there as can be (from which key stands before which in how many of them);
 *   <li>quoting: for each key path, the style of the strings that plain style could hold (the
 *       other strings tell what strings get that need quotes);
 *   <li>blank lines: between each pair of adjacent keys, and before each key;
 *   <li>indentation, line ending, what an empty body is, and how keys without a value are written
 *       (and whether a key is written without a value rather than left out).
 * </ul>
 */
public final class StyleLearner {
  /** Above this many keys at one level, the order is by mean position rather than pairwise votes. */
  private static final int PAIRWISE_LIMIT = 200;

  private int cards;
  private final Votes<String> lineEndings = new Votes<>();
  private final Votes<Integer> emptyBodies = new Votes<>();
  private final Votes<Integer> mappingIndents = new Votes<>();
  private final Votes<Integer> sequenceIndents = new Votes<>();
  private final Map<String, Level> levels = new LinkedHashMap<>();
  private final Map<String, Votes<ScalarStyle>> quoting = new LinkedHashMap<>();
  private final Votes<ScalarStyle> quotesWhenNeeded = new Votes<>();
  private final Map<HouseRules.Between, Votes<Boolean>> blankLines = new LinkedHashMap<>();
  private final Map<String, Votes<Boolean>> blankLinesBefore = new LinkedHashMap<>();
  private final Map<String, Votes<String>> nullForms = new LinkedHashMap<>();
  /** The front matter's place: the places under it hold the counts met at each, found again by key. */
  private final Place root = new Place("");
  private @Nullable Votes<String> allNullForms;

  /**
   * Counts one card.
   *
   * @param source its parsed front matter
   * @param eol its line ending
   * @param body its body (a view of the card's text will do: only its first characters are
   *     looked at unless it is all line breaks)
   */
  public void add(SourceMap source, String eol, CharSequence body) {
    cards++;
    lineEndings.add(eol);
    int breaks = blankLineBreaks(body);
    if (breaks >= 0) {
      emptyBodies.add(breaks);
    }
    SourceNode.Mapping root = source.root();
    if (root == null) {
      return;
    }
    String text = source.text();
    walk(root, text);
    if (!root.flow()) {
      indentation(root, text);
    }
  }

  /** Adds what another learner counted to this one's counts, and returns this learner. */
  public StyleLearner merge(StyleLearner other) {
    cards += other.cards;
    lineEndings.addAll(other.lineEndings);
    emptyBodies.addAll(other.emptyBodies);
    mappingIndents.addAll(other.mappingIndents);
    sequenceIndents.addAll(other.sequenceIndents);
    other.levels.forEach((name, level) -> levels.computeIfAbsent(name, Level::new).merge(level));
    mergeVotes(quoting, other.quoting);
    quotesWhenNeeded.addAll(other.quotesWhenNeeded);
    mergeVotes(blankLines, other.blankLines);
    mergeVotes(blankLinesBefore, other.blankLinesBefore);
    mergeVotes(nullForms, other.nullForms);
    return this;
  }

  private static <K, T> void mergeVotes(Map<K, Votes<T>> into, Map<K, Votes<T>> from) {
    from.forEach((key, votes) -> into.computeIfAbsent(key, k -> new Votes<>()).addAll(votes));
  }

  /** Returns the style most of the counted cards follow. */
  public HouseRules rules() {
    if (cards == 0) {
      return HouseRules.NONE;
    }
    Map<String, HouseRules.Learned<List<String>>> orders = new LinkedHashMap<>();
    Map<String, HouseRules.Learned<Boolean>> empty = new LinkedHashMap<>();
    levels.forEach((name, level) -> {
      if (level.mappings > 0) {
        orders.put(name, level.order());
        level.writtenEmpty(name, empty);
      }
    });
    return new HouseRules(cards, lineEndings.winner(), emptyBodies.winner(),
        mappingIndents.winner(), sequenceIndents.winner(), orders, winners(quoting),
        quotesWhenNeeded.winner(), winners(blankLines), winners(blankLinesBefore),
        winners(nullForms), empty);
  }

  private static <K, T> Map<K, HouseRules.Learned<T>> winners(Map<K, Votes<T>> votes) {
    Map<K, HouseRules.Learned<T>> out = new LinkedHashMap<>();
    votes.forEach((key, vote) -> {
      HouseRules.Learned<T> winner = vote.winner();
      if (winner != null) {
        out.put(key, winner);
      }
    });
    return out;
  }

  /** How many line breaks a body holds that is nothing but line breaks, or -1 for another body. */
  private static int blankLineBreaks(CharSequence body) {
    int breaks = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        breaks++;
      } else if (c != '\r') {
        return -1;
      }
    }
    return breaks;
  }

  /**
   * Walks a card's tree without recursion, counting every mapping, sequence and string. Each
   * place is found from the place above it by its key (or as its items), with what is counted
   * there, so that no place name is built and no count is looked up by name for each value.
   */
  private void walk(SourceNode.Mapping top, String text) {
    List<Object> stack = new ArrayList<>();
    stack.add(top);
    stack.add(root);
    while (!stack.isEmpty()) {
      Place place = (Place) stack.remove(stack.size() - 1);
      SourceNode node = (SourceNode) stack.remove(stack.size() - 1);
      if (node instanceof SourceNode.Mapping mapping) {
        mapping(mapping, place.level(levels), text, stack);
      } else if (node instanceof SourceNode.Sequence sequence) {
        Place items = place.items();
        List<SourceNode.Item> list = sequence.items();
        for (int i = 0; i < list.size(); i++) {
          SourceNode item = list.get(i).node();
          ScalarStyle style = quoting(item, sequence.flow());
          if (style != null) {
            items.quoting(quoting).add(style);
          }
          stackIfCollection(item, items, stack);
        }
      }
    }
  }

  /** Counts one mapping's keys, their order, blank lines, quoting and values, and stacks its values. */
  private void mapping(SourceNode.Mapping mapping, Level level, String text, List<Object> stack) {
    Order order = level.orders;
    Slot previous = null;
    List<SourceNode.Entry> entries = mapping.entries();
    for (int i = 0; i < entries.size(); i++) {
      SourceNode.Entry entry = entries.get(i);
      order = order.next(entry.key().value(), level);
      Slot slot = order.slot();
      slot.present[0]++;
      SourceNode value = entry.value();
      if (isNull(value)) {
        slot.nulls(level)[0]++;
        String form = mapping.flow() ? null : nullFormOf(text, entry);
        if (form != null) {
          nullForms.computeIfAbsent(slot.place.name, k -> new Votes<>()).add(form);
          allNullForms().add(form);
        }
      }
      if (previous != null && !mapping.flow()) {
        boolean blank = entry.spaceBefore();
        order.afterPrevious(level.name, blankLines).add(blank);
        slot.blankBefore(blankLinesBefore).add(blank);
      }
      ScalarStyle style = quoting(value, mapping.flow());
      if (style != null) {
        slot.place.quoting(quoting).add(style);
      }
      stackIfCollection(value, slot.place, stack);
      previous = slot;
    }
    level.mappings++;
    order.ending++;
  }

  /** Stacks a mapping or sequence to be walked at its place; a scalar or alias has nothing more. */
  private static void stackIfCollection(SourceNode node, Place place, List<Object> stack) {
    if (node instanceof SourceNode.Mapping || node instanceof SourceNode.Sequence) {
      stack.add(node);
      stack.add(place);
    }
  }

  /** The votes on how keys without a value are written, all places together. */
  private Votes<String> allNullForms() {
    Votes<String> all = allNullForms;
    if (all == null) {
      all = nullForms.computeIfAbsent("", k -> new Votes<>());
      allNullForms = all;
    }
    return all;
  }

  /**
   * Tells whether a value is a scalar that means null (not an alias of one). Only plain and tagged
   * scalars can: the others are strings, so their data, and a collection's, is not looked at.
   */
  private static boolean isNull(SourceNode value) {
    return value instanceof SourceNode.Scalar scalar
        && (scalar.style() == ScalarStyle.PLAIN || scalar.tag() != null) && scalar.data().isNull();
  }

  /**
   * Returns the quoting of a string on one line where it was a free choice (plain style could
   * hold it), or null; counts what a string that needed quotes got. A quoted scalar without a tag
   * is a string: its own value is looked at, not its data.
   */
  private @Nullable ScalarStyle quoting(SourceNode node, boolean inFlow) {
    if (!(node instanceof SourceNode.Scalar scalar) || scalar.tag() != null) {
      return null;
    }
    ScalarStyle style = scalar.style();
    if (style.isQuoted()) {
      if (YamlEmitter.isPlainSafe(scalar.value(), inFlow)) {
        return style;
      }
      quotesWhenNeeded.add(style);
      return null;
    }
    // a plain scalar is one plain style holds: it counts where it is a string that says something
    return style == ScalarStyle.PLAIN && StyleDecision.Count.counts(scalar) ? style : null;
  }

  /** Counts the indentation of a card's first nested mapping and first block sequence. */
  private void indentation(SourceNode.Mapping root, String text) {
    int[] found = StyleDecision.indentation(root, text);
    int step = found[0];
    int dashes = found[1];
    if (step >= 0) {
      mappingIndents.add(step);
    }
    if (dashes >= 0) {
      sequenceIndents.add(dashes);
    }
  }

  /**
   * Returns the text after the colon of a block mapping entry without a value: {@code ""},
   * {@code " "} (a space and nothing), {@code " ~"} or {@code " null"}; null where a comment or
   * something else follows.
   */
  static @Nullable String nullFormOf(String text, SourceNode.Entry entry) {
    int colon = entry.key().end();
    while (colon < text.length() && (text.charAt(colon) == ' ' || text.charAt(colon) == '\t')) {
      colon++;
    }
    if (colon >= text.length() || text.charAt(colon) != ':'
        || !(entry.value() instanceof SourceNode.Scalar scalar) || scalar.tag() != null
        || scalar.anchor() != null) {
      return null;
    }
    int end = scalar.isEmptyPlain() ? lineEnd(text, colon) : scalar.end();
    String form = text.substring(colon + 1, end);
    if (form.indexOf('\n') >= 0 || form.indexOf('#') >= 0) {
      return null;
    }
    String value = form.strip();
    return value.isEmpty() || value.equals("~") || value.equals("null") ? form : null;
  }

  private static int lineEnd(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  /** What the mappings at one level show: how many there are, their key orders, their empty keys. */
  private static final class Level {
    private static final int[] ONE = {1};

    final String name;
    int mappings;
    /** What is counted of each of the level's keys, found with one look-up an entry. */
    final Map<String, Slot> slots = new HashMap<>();
    /** Each order of keys met, as a tree a mapping walks down one key at a time. */
    final Order orders = new Order(null, null);
    final Map<String, int[]> present = new LinkedHashMap<>();
    final Map<String, int[]> nulls = new LinkedHashMap<>();

    Level(String name) {
      this.name = name;
    }

    Slot slot(String key) {
      Slot slot = slots.get(key);
      if (slot == null) {
        slot = new Slot(key, new Place(StylePaths.key(name, key)),
            present.computeIfAbsent(key, k -> new int[1]));
        slots.put(key, slot);
      }
      return slot;
    }

    void merge(Level other) {
      mappings += other.mappings;
      // presence first: the keys keep the order they were first met in, as one learner has them
      other.present.forEach((key, count) ->
          present.computeIfAbsent(key, k -> new int[1])[0] += count[0]);
      other.sequences().forEach((keys, count) -> {
        Order order = orders;
        for (String key : keys) {
          order = order.next(key, this);
        }
        order.ending += count[0];
      });
      other.nulls.forEach((key, count) -> nulls.computeIfAbsent(key, k -> new int[1])[0] += count[0]);
    }

    /** Keys without a value written in more mappings than leave them out. */
    void writtenEmpty(String level, Map<String, HouseRules.Learned<Boolean>> out) {
      nulls.forEach((key, count) -> {
        int missing = mappings - present.getOrDefault(key, new int[1])[0];
        int written = count[0];
        out.put(StylePaths.key(level, key), new HouseRules.Learned<>(written > missing,
            Math.max(written, missing), written + missing));
      });
    }

    /** One order of the level's keys, and how many mappings follow it. */
    HouseRules.Learned<List<String>> order() {
      List<String> keys = new ArrayList<>(present.keySet());
      Map<List<String>, int[]> sequences = sequences();
      List<String> order = keys.size() <= PAIRWISE_LIMIT ? byVotes(keys, sequences)
          : byMeanPosition(keys, sequences);
      Map<String, Integer> rank = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        rank.put(order.get(i), i);
      }
      int agreeing = 0;
      for (Map.Entry<List<String>, int[]> sequence : sequences.entrySet()) {
        if (follows(sequence.getKey(), rank)) {
          agreeing += sequence.getValue()[0];
        }
      }
      return new HouseRules.Learned<>(List.copyOf(order), agreeing, mappings);
    }

    private static boolean follows(List<String> keys, Map<String, Integer> rank) {
      int last = -1;
      for (String key : keys) {
        int at = rank.getOrDefault(key, -1);
        if (at < last) {
          return false;
        }
        last = at;
      }
      return true;
    }

    /**
     * Orders keys so that each stands before the keys most mappings put it before: repeatedly
     * takes the key that the fewest remaining keys beat (ties: the earlier mean position).
     */
    /**
     * Each order of keys met, and how many mappings have it, sorted by their keys: sums over them
     * are then made in one order however the counting was split between learners, so ties between
     * mean positions break alike.
     */
    private Map<List<String>, int[]> sequences() {
      List<Order> ends = new ArrayList<>();
      List<Order> stack = new ArrayList<>();
      stack.add(orders);
      while (!stack.isEmpty()) {
        Order order = stack.remove(stack.size() - 1);
        if (order.ending > 0) {
          ends.add(order);
        }
        stack.addAll(order.children());
      }
      List<List<String>> keys = new ArrayList<>(ends.size());
      Map<List<String>, int[]> counts = new HashMap<>();
      for (Order end : ends) {
        List<String> sequence = end.keys();
        keys.add(sequence);
        counts.put(sequence, new int[] {end.ending});
      }
      keys.sort(Level::compare);
      Map<List<String>, int[]> sequences = new LinkedHashMap<>();
      for (List<String> sequence : keys) {
        sequences.put(sequence, counts.get(sequence));
      }
      return sequences;
    }

    private static int compare(List<String> a, List<String> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int order = a.get(i).compareTo(b.get(i));
        if (order != 0) {
          return order;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    private List<String> byVotes(List<String> keys, Map<List<String>, int[]> sequences) {
      int n = keys.size();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(keys.get(i), i);
      }
      int[][] before = new int[n][n];
      double[] position = new double[n];
      for (Map.Entry<List<String>, int[]> sequence : sequences.entrySet()) {
        List<String> seq = sequence.getKey();
        int count = sequence.getValue()[0];
        for (int i = 0; i < seq.size(); i++) {
          int a = index.getOrDefault(seq.get(i), 0);
          position[a] += count * (double) (i + 1) / seq.size();
          for (int j = i + 1; j < seq.size(); j++) {
            before[a][index.getOrDefault(seq.get(j), 0)] += count;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        position[i] /= present.getOrDefault(keys.get(i), ONE)[0];
      }
      boolean[] taken = new boolean[n];
      List<String> order = new ArrayList<>(n);
      for (int step = 0; step < n; step++) {
        int best = -1;
        int bestLosses = Integer.MAX_VALUE;
        for (int k = 0; k < n; k++) {
          if (taken[k]) {
            continue;
          }
          int losses = 0;
          for (int j = 0; j < n; j++) {
            if (!taken[j] && j != k && before[j][k] > before[k][j]) {
              losses++;
            }
          }
          if (losses < bestLosses || (losses == bestLosses && position[k] < position[best])) {
            best = k;
            bestLosses = losses;
          }
        }
        taken[best] = true;
        order.add(keys.get(best));
      }
      return order;
    }

    private List<String> byMeanPosition(List<String> keys, Map<List<String>, int[]> sequences) {
      Map<String, double[]> position = new HashMap<>();
      for (Map.Entry<List<String>, int[]> sequence : sequences.entrySet()) {
        List<String> seq = sequence.getKey();
        for (int i = 0; i < seq.size(); i++) {
          position.computeIfAbsent(seq.get(i), k -> new double[1])[0] +=
              sequence.getValue()[0] * (double) (i + 1) / seq.size();
        }
      }
      List<String> order = new ArrayList<>(keys);
      order.sort(Comparator.comparingDouble(key ->
          position.getOrDefault(key, new double[1])[0] / present.getOrDefault(key, ONE)[0]));
      return order;
    }
  }

  /**
   * A place in the cards: its name, and what is counted there once met (the level of the mappings
   * there, the place of the items of the sequences there, the quoting of its strings), held so
   * that a card's walk finds them without a look-up by name.
   */
  private static final class Place {
    final String name;
    private @Nullable Level level;
    private @Nullable Place items;
    private @Nullable Votes<ScalarStyle> quoting;

    Place(String name) {
      this.name = name;
    }

    Level level(Map<String, Level> levels) {
      Level found = level;
      if (found == null) {
        found = levels.computeIfAbsent(name, Level::new);
        level = found;
      }
      return found;
    }

    Place items() {
      Place found = items;
      if (found == null) {
        found = new Place(StylePaths.items(name));
        items = found;
      }
      return found;
    }

    Votes<ScalarStyle> quoting(Map<String, Votes<ScalarStyle>> byPlace) {
      Votes<ScalarStyle> found = quoting;
      if (found == null) {
        found = byPlace.computeIfAbsent(name, k -> new Votes<>());
        quoting = found;
      }
      return found;
    }
  }

  /**
   * One key of one level: the key, its place, its presence count, and the votes it adds to, held
   * so that counting an entry takes no more look-ups.
   */
  private static final class Slot {
    final String key;
    final Place place;
    final int[] present;
    private int @Nullable [] nulls;
    private @Nullable Votes<Boolean> blankBefore;

    Slot(String key, Place place, int[] present) {
      this.key = key;
      this.place = place;
      this.present = present;
    }

    int[] nulls(Level level) {
      int[] found = nulls;
      if (found == null) {
        found = level.nulls.computeIfAbsent(key, k -> new int[1]);
        nulls = found;
      }
      return found;
    }

    Votes<Boolean> blankBefore(Map<String, Votes<Boolean>> byPlace) {
      Votes<Boolean> found = blankBefore;
      if (found == null) {
        found = byPlace.computeIfAbsent(place.name, k -> new Votes<>());
        blankBefore = found;
      }
      return found;
    }
  }

  /**
   * One order of a level's first keys, as a node of a tree: the root stands for no key, each
   * child for one more key. A mapping walks down from the root one key at a time, most often to
   * the child the last mapping went to, so counting a mapping's order takes no list, hash or
   * comparison of lists; the node also holds the blank-line votes of its key after its parent's.
   */
  private static final class Order {
    private final @Nullable Slot slot;
    private final @Nullable Order parent;
    /** The child walked to last, tried first. */
    private @Nullable Order last;
    private @Nullable Map<String, Order> children;
    /** How many mappings have exactly these keys. */
    int ending;
    private @Nullable Votes<Boolean> afterPrevious;

    Order(@Nullable Slot slot, @Nullable Order parent) {
      this.slot = slot;
      this.parent = parent;
    }

    Slot slot() {
      return Objects.requireNonNull(slot, "the root order has no key");
    }

    /** The node for these keys followed by {@code key}. */
    Order next(String key, Level level) {
      Order found = last;
      if (found != null && (found.slot().key == key || found.slot().key.equals(key))) {
        return found;
      }
      Map<String, Order> map = children;
      if (map == null) {
        map = new HashMap<>(4);
        children = map;
        if (found != null) {
          map.put(found.slot().key, found);
        }
      }
      found = map.get(key);
      if (found == null) {
        found = new Order(level.slot(key), this);
        map.put(key, found);
      }
      last = found;
      return found;
    }

    /** The blank-line votes of this node's key after its parent's. */
    Votes<Boolean> afterPrevious(String level, Map<HouseRules.Between, Votes<Boolean>> blankLines) {
      Votes<Boolean> votes = afterPrevious;
      if (votes == null) {
        Order before = Objects.requireNonNull(parent, "the root order has no key");
        votes = blankLines.computeIfAbsent(
            new HouseRules.Between(level, before.slot().key, slot().key), k -> new Votes<>());
        afterPrevious = votes;
      }
      return votes;
    }

    Collection<Order> children() {
      Map<String, Order> map = children;
      Order only = last;
      return map != null ? map.values() : only != null ? List.of(only) : List.of();
    }

    /** The keys from the root to this node. */
    List<String> keys() {
      List<String> keys = new ArrayList<>();
      for (Order at = this; at.parent != null; at = at.parent) {
        keys.add(at.slot().key);
      }
      Collections.reverse(keys);
      return keys;
    }
  }

  /**
   * Counts the choices of one kind; the most frequent wins, the first seen on a tie. A choice has
   * few values (two line endings, three quotings), so they are kept in a short array, in the order
   * first seen.
   */
  static final class Votes<T> {
    private Object[] choices = new Object[2];
    private int[] counts = new int[2];
    private int size;

    void add(T choice) {
      add(choice, 1);
    }

    private void add(Object choice, int count) {
      for (int i = 0; i < size; i++) {
        if (choices[i] == choice || choices[i].equals(choice)) {
          counts[i] += count;
          return;
        }
      }
      if (size == choices.length) {
        choices = Arrays.copyOf(choices, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      choices[size] = choice;
      counts[size++] = count;
    }

    void addAll(Votes<T> other) {
      for (int i = 0; i < other.size; i++) {
        add(other.choices[i], other.counts[i]);
      }
    }

    @SuppressWarnings("unchecked") // every choice was added as a T
    HouseRules.@Nullable Learned<T> winner() {
      int best = -1;
      int seen = 0;
      for (int i = 0; i < size; i++) {
        seen += counts[i];
        if (best < 0 || counts[i] > counts[best]) {
          best = i;
        }
      }
      return best < 0 ? null : new HouseRules.Learned<>((T) choices[best], counts[best], seen);
    }
  }
}
