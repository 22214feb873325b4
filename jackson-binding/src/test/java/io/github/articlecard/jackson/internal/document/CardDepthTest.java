package io.github.articlecard.jackson.internal.document;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.jackson.CardException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CardDepth}: how deep a card's unknown keys nest once written, counted from the card's own
 * mapping at level 1, without recursion and without walking shared data twice.
 */
class CardDepthTest {
  /** Lists nested {@code depth} levels deep around a leaf. */
  private static Object nested(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  @Test
  void theLimitCountsFromTheCardsOwnMappingAtEveryLevel() {
    // card mapping 1, a value of the card's extras 2
    ArticleCard card = ArticleCard.builder().extra("x", nested(3)).build();   // levels 2..4
    assertThatCode(() -> CardDepth.check(card, 4)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CardDepth.check(card, 3)).isInstanceOf(CardException.class)
        .hasMessageContaining("maxNestingDepth");

    // related[0] is a mapping at level 3 inside the list at level 2; its provider at 4, its
    // provider's images list at 5, an image at 6, an image's extra value at 7
    Image image = Image.builder().extra("x", nested(1)).build();
    ArticleCard deep = ArticleCard.builder().related(List.of(RelatedArticle.builder().title("r")
        .provider(Provider.builder().images(List.of(image)).build()).build())).build();
    assertThatCode(() -> CardDepth.check(deep, 7)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CardDepth.check(deep, 6)).isInstanceOf(CardException.class);
  }

  @Test
  void dataSharedAlongManyPathsIsWalkedOnce() {
    Object shared = nested(5);
    List<Object> fan = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      fan.add(shared);
    }
    Extras extras = Extras.of(Map.of("fan", List.of(fan, fan, fan)));

    assertThatCode(() -> CardDepth.check(ArticleCard.builder().extras(extras).build(), 64))
        .doesNotThrowAnyException();
  }

  @Test
  void aHundredThousandLevelsAreRefusedWithoutAStackOverflow() {
    ArticleCard card = ArticleCard.builder().extra("deep", nested(100_000)).build();

    assertThatThrownBy(() -> CardDepth.check(card, 1000)).isInstanceOf(CardException.class)
        .hasMessageContaining("unknown keys nest deeper than the limit of 1000 levels");
  }
}
