package io.github.articlecard.jackson.cli;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the card format holds at every level, so that {@code set} can refuse a typo
 * ({@code qualty}, {@code provider.nmae}, {@code images[0].widht}) and read a value as the type its
 * key takes. The keys come from the model's {@code knownKeys()}; which record each nested key holds
 * and which keys hold numbers or booleans is said here, and {@code ModelKeysTest} checks it against
 * what the model writes.
 */
final class ModelKeys {
  private ModelKeys() {}

  /** What the model expects at one place in the front matter. */
  sealed interface Slot permits Scalar, ListOf, RecordKeys {}

  /** A single value: text (dates, URLs and open sets included), a whole number or a boolean. */
  enum Scalar implements Slot { TEXT, NUMBER, BOOLEAN }

  /** A list whose items are all the same slot. */
  record ListOf(Slot item) implements Slot {}

  /**
   * A mapping with known keys, in house order.
   *
   * @param name what the mapping is, for messages ({@code an image})
   * @param keys each known key and what it holds
   */
  record RecordKeys(String name, Map<String, Slot> keys) implements Slot {
    /** Returns what a key holds, or null when the model does not know the key. */
    @Nullable Slot key(String key) {
      return keys.get(key);
    }
  }

  static final RecordKeys IMAGE = record("an image", Image.knownKeys(),
      "width", Scalar.NUMBER, "height", Scalar.NUMBER, "isCached", Scalar.BOOLEAN);

  static final RecordKeys PROVIDER = record("a provider", Provider.knownKeys(),
      "images", new ListOf(IMAGE));

  static final RecordKeys RELATED = record("a related article", RelatedArticle.knownKeys(),
      "provider", PROVIDER, "quality", Scalar.NUMBER, "images", new ListOf(IMAGE));

  /** The front matter of a card. */
  static final RecordKeys CARD = record("the card", ArticleCard.knownKeys(),
      "quality", Scalar.NUMBER, "heat", Scalar.NUMBER, "published", Scalar.BOOLEAN,
      "provider", PROVIDER, "topics", new ListOf(Scalar.TEXT), "images", new ListOf(IMAGE),
      "related", new ListOf(RELATED));

  /**
   * Describes a record of the model: its keys, in house order, each holding text unless
   * {@code slots} (key, slot, key, slot...) says otherwise.
   */
  private static RecordKeys record(String name, List<String> keys, Object... slots) {
    Map<String, Slot> known = new LinkedHashMap<>();
    keys.forEach(key -> known.put(key, Scalar.TEXT));
    for (int i = 0; i < slots.length; i += 2) {
      if (known.replace((String) slots[i], (Slot) slots[i + 1]) == null) {
        throw new IllegalStateException(name + " has no key " + slots[i]);
      }
    }
    return new RecordKeys(name, Collections.unmodifiableMap(known));
  }

  /**
   * Returns the candidate a mistyped key most likely meant: one that differs only in case, or the
   * nearest by edits (a letter added, dropped, changed or two swapped), within a third of the
   * key's length; ties go to the first candidate.
   *
   * @param typed the key as typed
   * @param candidates the keys it may have meant, in order
   * @return the likely key, or empty when none is close
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String lower = typed.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(candidate);
      }
    }
    int allowed = Math.max(1, (typed.length() + 2) / 3);
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The optimal string alignment distance (Levenshtein with swaps of neighbours), or {@code limit}
   * when it is at least that.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return Math.min(d[a.length()][b.length()], limit);
  }
}
