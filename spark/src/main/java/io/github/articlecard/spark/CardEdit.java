package io.github.articlecard.spark;

import io.github.articlecard.ArticleCard;
import java.io.Serializable;

/**
 * A bulk edit on the model, run on the executors for every card ({@link CardEdits#editCards}); it
 * travels to them, so what it captures must be serializable.
 *
 * <pre>{@code
 * CardEdit bump = card -> card.toBuilder().quality(card.quality() + 1).build();
 * }</pre>
 */
@FunctionalInterface
public interface CardEdit extends Serializable {
  /**
   * Returns the edited card; the card itself when nothing is to change (the file then stays as
   * it is).
   *
   * @param card the card as read
   * @return the edited card
   */
  ArticleCard edit(ArticleCard card);
}
