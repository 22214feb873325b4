package io.github.articlecard.jackson.internal.document;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.Limit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks, without recursion, that a card's unknown keys nest no deeper than the nesting limit once
 * written (the card's own mapping is level 1, a provider level 2, an image of a related article's
 * provider level 6...), so that data nested thousands of levels deep is refused with a message
 * naming the limit.
 */
final class CardDepth {
  private record Level(@Nullable Object value, int depth) {}

  private CardDepth() {}

  static void check(ArticleCard card, int maxDepth) {
    Deque<Level> pending = new ArrayDeque<>();
    extras(pending, card.extras(), 1);
    provider(pending, card.provider(), 2);
    images(pending, card.images(), 2);
    for (RelatedArticle related : card.related()) {
      extras(pending, related.extras(), 3);
      provider(pending, related.provider(), 4);
      images(pending, related.images(), 4);
    }
    // the deepest level each list or map was seen at: one that extras share along many paths is
    // walked again only when it is reached deeper than before, so sharing cannot make this run long
    Map<Object, Integer> deepest = new IdentityHashMap<>();
    while (!pending.isEmpty()) {
      Level level = pending.pop();
      Object value = level.value();
      int depth = level.depth() + 1;
      if (!(value instanceof List) && !(value instanceof Map)) {
        continue;
      }
      Integer seen = deepest.put(value, depth);
      if (seen != null && seen >= depth) {
        deepest.put(value, seen);
        continue;
      }
      if (depth > maxDepth) {
        throw new CardException(CardException.Kind.LIMIT, "cannot write the front matter: "
            + Limit.NESTING_DEPTH.problem("unknown keys nest deeper than the limit of " + maxDepth
            + " levels"));
      }
      Iterable<?> children = value instanceof List<?> list ? list : ((Map<?, ?>) value).values();
      for (Object child : children) {
        pending.push(new Level(child, depth));
      }
    }
  }

  private static void provider(Deque<Level> pending, @Nullable Provider provider, int depth) {
    if (provider != null) {
      extras(pending, provider.extras(), depth);
      images(pending, provider.images(), depth + 1);
    }
  }

  /** Images in a list at {@code depth}: each image is a mapping one level deeper. */
  private static void images(Deque<Level> pending, List<Image> images, int depth) {
    for (Image image : images) {
      extras(pending, image.extras(), depth + 1);
    }
  }

  /** The values of a holder that belongs to a mapping at {@code depth}. */
  private static void extras(Deque<Level> pending, Extras extras, int depth) {
    for (Object value : extras.asMap().values()) {
      pending.push(new Level(value, depth));
    }
  }
}
