package io.github.articlecard.cli;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.ModelKey;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.ValueKind;
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
 * key takes. Everything here is derived from the model's key tables ({@code ArticleCard.keys()}
 * and the others): the keys, in house order, and from each key's {@link ValueKind} whether it holds
 * a number, a boolean, text, a record or a list.
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

  static final RecordKeys IMAGE = record("an image", Image.keys());

  static final RecordKeys PROVIDER = record("a provider", Provider.keys());

  static final RecordKeys RELATED = record("a related article", RelatedArticle.keys());

  /** The front matter of a card. */
  static final RecordKeys CARD = record("the card format", ArticleCard.keys());

  /** Describes a record of the model from its key table. */
  private static RecordKeys record(String name, List<? extends ModelKey<?>> keys) {
    Map<String, Slot> known = new LinkedHashMap<>();
    for (ModelKey<?> key : keys) {
      known.put(key.name(), slot(key.kind()));
    }
    return new RecordKeys(name, Collections.unmodifiableMap(known));
  }

  /**
   * What a kind of value is to the command. A record's slot refers to the records made before it,
   * so the records are made in the order they nest: images, providers, related articles, the card.
   */
  private static Slot slot(ValueKind kind) {
    return switch (kind) {
      case WHOLE_NUMBER -> Scalar.NUMBER;
      case FLAG -> Scalar.BOOLEAN;
      case PROVIDER -> PROVIDER;
      case TEXT_LIST -> new ListOf(Scalar.TEXT);
      case IMAGE_LIST -> new ListOf(IMAGE);
      case RELATED_LIST -> new ListOf(RELATED);
      case TEXT, HTML, INSTANT, URL, CATEGORY, CONTENT_TYPE, SECURED -> Scalar.TEXT;
    };
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
