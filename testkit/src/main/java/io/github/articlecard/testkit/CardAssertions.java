package io.github.articlecard.testkit;

import io.github.articlecard.ArticleCard;

/**
 * AssertJ entry points for card texts and cards.
 *
 * <pre>{@code
 * import static io.github.articlecard.testkit.CardAssertions.assertThat;
 *
 * assertThat(text).roundTripsUnchanged().isHouseStyle();
 * assertThat(text).afterEditing(card -> card.toBuilder().heat(10).build()).changesOnlyLines(12);
 * assertThat(card).hasTitle("Hello").isValid();
 * }</pre>
 *
 * <p>If you also import AssertJ's {@code Assertions.assertThat} statically, a {@code String}
 * argument is ambiguous; use {@link #assertThatCardText(String)} there.
 */
public final class CardAssertions {
  private CardAssertions() {}

  /**
   * Starts assertions on a card text.
   *
   * @param cardText the whole card text
   * @return the assertion
   */
  public static CardTextAssert assertThat(String cardText) {
    return new CardTextAssert(cardText);
  }

  /**
   * Starts assertions on a card text; the same as {@link #assertThat(String)}, for use beside
   * AssertJ's own static {@code assertThat}.
   *
   * @param cardText the whole card text
   * @return the assertion
   */
  public static CardTextAssert assertThatCardText(String cardText) {
    return new CardTextAssert(cardText);
  }

  /**
   * Starts assertions on a card.
   *
   * @param card the card
   * @return the assertion
   */
  public static ArticleCardAssert assertThat(ArticleCard card) {
    return new ArticleCardAssert(card);
  }
}
