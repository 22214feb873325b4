package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.internal.text.Lines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Counts one card.
   *
   * @param source its parsed front matter
   * @param eol its line ending
   * @param body its body
   */
  public void add(SourceMap source, String eol, String body) {
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
    other.levels.forEach((name, level) -> levels.computeIfAbsent(name, k -> new Level()).merge(level));
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
  private static int blankLineBreaks(String body) {
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

  /** Walks a card's tree without recursion, counting every mapping, sequence and string. */
  private void walk(SourceNode.Mapping root, String text) {
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {root, ""});
    while (!stack.isEmpty()) {
      Object[] next = stack.remove(stack.size() - 1);
      SourceNode node = (SourceNode) next[0];
      String name = (String) next[1];
      if (node instanceof SourceNode.Mapping mapping) {
        Level level = levels.computeIfAbsent(name, k -> new Level());
        List<String> keys = new ArrayList<>(mapping.entries().size());
        String previous = null;
        for (SourceNode.Entry entry : mapping.entries()) {
          String key = entry.key().value();
          Slot slot = level.slot(name, key);
          slot.present[0]++;
          keys.add(key);
          SourceNode value = entry.value();
          if (value.data().isNull() && !(value instanceof SourceNode.Alias)) {
            level.nulls.computeIfAbsent(key, k -> new int[1])[0]++;
            String form = mapping.flow() ? null : nullFormOf(text, entry);
            if (form != null) {
              nullForms.computeIfAbsent(slot.place, k -> new Votes<>()).add(form);
              nullForms.computeIfAbsent("", k -> new Votes<>()).add(form);
            }
          }
          if (previous != null && !mapping.flow()) {
            boolean blank = entry.decor().spaceBefore();
            slot.after(previous, name, key, blankLines).add(blank);
            if (slot.blankBefore == null) {
              slot.blankBefore = blankLinesBefore.computeIfAbsent(slot.place, k -> new Votes<>());
            }
            slot.blankBefore.add(blank);
          }
          ScalarStyle style = quoting(value, mapping.flow());
          if (style != null) {
            if (slot.quoting == null) {
              slot.quoting = quoting.computeIfAbsent(slot.place, k -> new Votes<>());
            }
            slot.quoting.add(style);
          }
          stack.add(new Object[] {value, slot.place});
          previous = key;
        }
        level.add(keys);
      } else if (node instanceof SourceNode.Sequence sequence) {
        String place = StylePaths.items(name);
        for (SourceNode.Item item : sequence.items()) {
          ScalarStyle style = quoting(item.node(), sequence.flow());
          if (style != null) {
            quoting.computeIfAbsent(place, k -> new Votes<>()).add(style);
          }
          stack.add(new Object[] {item.node(), place});
        }
      }
    }
  }

  /**
   * Returns the quoting of a string on one line where it was a free choice (plain style could
   * hold it), or null; counts what a string that needed quotes got.
   */
  private @Nullable ScalarStyle quoting(SourceNode node, boolean inFlow) {
    if (!StyleDecision.Count.counts(node)) {
      return null;
    }
    SourceNode.Scalar scalar = (SourceNode.Scalar) node;
    if (scalar.tag() != null) {
      return null;
    }
    // a plain scalar is one plain style holds: only quoted ones need the check
    if (scalar.style() == ScalarStyle.PLAIN
        || YamlEmitter.isPlainSafe(scalar.data().textValue(), inFlow)) {
      return scalar.style();
    }
    if (scalar.style().isQuoted()) {
      quotesWhenNeeded.add(scalar.style());
    }
    return null;
  }

  /** Counts the indentation of a card's first nested mapping and first block sequence. */
  private void indentation(SourceNode.Mapping root, String text) {
    int step = -1;
    int dashes = -1;
    for (SourceNode.Entry entry : root.entries()) {
      int keyColumn = Lines.offsetInLine(text, entry.key().start());
      SourceNode value = entry.value();
      if (step < 0 && value instanceof SourceNode.Mapping mapping && !mapping.flow()
          && !mapping.entries().isEmpty()) {
        int childColumn = Lines.offsetInLine(text, mapping.entries().get(0).key().start());
        if (childColumn > keyColumn) {
          step = childColumn - keyColumn;
        }
      }
      if (dashes < 0 && value instanceof SourceNode.Sequence sequence && !sequence.flow()
          && !sequence.items().isEmpty() && sequence.items().get(0).dash() >= 0) {
        dashes = Math.max(0, Lines.offsetInLine(text, sequence.items().get(0).dash()) - keyColumn);
      }
    }
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

    int mappings;
    /** What is counted of each of the level's keys, found with one look-up an entry. */
    final Map<String, Slot> slots = new HashMap<>();
    final Map<List<String>, int[]> sequences = new HashMap<>();
    final Map<String, int[]> present = new LinkedHashMap<>();
    final Map<String, int[]> nulls = new LinkedHashMap<>();

    Slot slot(String level, String key) {
      Slot slot = slots.get(key);
      if (slot == null) {
        slot = new Slot(StylePaths.key(level, key), present.computeIfAbsent(key, k -> new int[1]));
        slots.put(key, slot);
      }
      return slot;
    }

    /** Counts a mapping with these keys, in this order (each key's presence counted by its slot). */
    void add(List<String> keys) {
      mappings++;
      sequences.computeIfAbsent(keys, k -> new int[1])[0]++;
    }

    void merge(Level other) {
      mappings += other.mappings;
      other.sequences.forEach((keys, count) ->
          sequences.computeIfAbsent(keys, k -> new int[1])[0] += count[0]);
      other.present.forEach((key, count) ->
          present.computeIfAbsent(key, k -> new int[1])[0] += count[0]);
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
      List<String> order = keys.size() <= PAIRWISE_LIMIT ? byVotes(keys) : byMeanPosition(keys);
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
    private List<String> byVotes(List<String> keys) {
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

    private List<String> byMeanPosition(List<String> keys) {
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
   * One key of one level: its place name, its presence count, and the votes it adds to, held so
   * that counting an entry takes no more look-ups.
   */
  private static final class Slot {
    final String place;
    final int[] present;
    @Nullable Votes<ScalarStyle> quoting;
    @Nullable Votes<Boolean> blankBefore;
    /** The blank-line votes of this key after each key seen before it. */
    private final Map<String, Votes<Boolean>> after = new HashMap<>(4);

    Slot(String place, int[] present) {
      this.place = place;
      this.present = present;
    }

    Votes<Boolean> after(String previous, String level, String key,
        Map<HouseRules.Between, Votes<Boolean>> blankLines) {
      Votes<Boolean> votes = after.get(previous);
      if (votes == null) {
        votes = blankLines.computeIfAbsent(new HouseRules.Between(level, previous, key),
            k -> new Votes<>());
        after.put(previous, votes);
      }
      return votes;
    }
  }

  /** Counts the choices of one kind; the most frequent wins, the first seen on a tie. */
  static final class Votes<T> {
    private final Map<T, int[]> counts = new LinkedHashMap<>();

    void add(T choice) {
      counts.computeIfAbsent(choice, k -> new int[1])[0]++;
    }

    void addAll(Votes<T> other) {
      other.counts.forEach((choice, count) ->
          counts.computeIfAbsent(choice, k -> new int[1])[0] += count[0]);
    }

    HouseRules.@Nullable Learned<T> winner() {
      T best = null;
      int most = 0;
      int seen = 0;
      for (Map.Entry<T, int[]> count : counts.entrySet()) {
        seen += count.getValue()[0];
        if (count.getValue()[0] > most) {
          best = count.getKey();
          most = count.getValue()[0];
        }
      }
      return best == null ? null : new HouseRules.Learned<>(best, most, seen);
    }
  }
}
