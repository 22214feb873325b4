package io.github.articlecard.testkit;

import static io.github.articlecard.testkit.CardAssertions.assertThat;
import static io.github.articlecard.testkit.CardAssertions.assertThatCardText;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.ArticleCard;
import org.junit.jupiter.api.Test;

/** The assertions pass when they should and fail with messages that say what is wrong. */
class CardAssertionsTest {
  private static final String SEED = TestCards.seedText();

  @Test
  void theSeedRoundTripsAndIsHouseStyle() {
    assertThat(SEED).roundTripsUnchanged().isHouseStyle();
  }

  @Test
  void aCardTextInAnotherStyleRoundTripsButIsNotHouseStyle() {
    String text = "---\ntitle: 'Single quoted'   # note\nquality: 1\n---\n";

    assertThat(text).roundTripsUnchanged();
    assertThatThrownBy(() -> assertThat(text).isHouseStyle()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("house style")
        .hasMessageContaining("-title: 'Single quoted'   # note")
        .hasMessageContaining("+title: \"Single quoted\"");
  }

  @Test
  void changesOnlyLinesPassesForTheEditedLineAndFailsWithTheDiffOtherwise() {
    assertThat(SEED).afterEditing(card -> card.toBuilder().quality(60).build()).changesOnlyLines(11);

    assertThatThrownBy(() -> assertThat(SEED)
        .afterEditing(card -> card.toBuilder().quality(60).build()).changesOnlyLines(12))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it changed line 11, which is not one of [12]")
        .hasMessageContaining("-quality: 59")
        .hasMessageContaining("+quality: 60");
  }

  @Test
  void onlyInsertsAfterLineDescribesATopicAppended() {
    assertThat(SEED).afterEditing(card -> card.toBuilder().addTopic("Robots").build())
        .onlyInsertsAfterLine(21, "  - Robots");
  }

  @Test
  void frontMatterEditsWorkForAnyFrontMatter() {
    assertThatCardText("---\ntitle: Hugo page\ndraft: true\n---\nBody\n")
        .afterEditingFrontMatter(data -> data.put("draft", false))
        .changesOnlyLines(3);
  }

  @Test
  void unreadableTextFailsWithTheReadersMessage() {
    assertThatThrownBy(() -> assertThat("---\ntitle: a\ntitle: b\n---\n").roundTripsUnchanged())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the card text to read")
        .hasMessageContaining("duplicate key 'title'");
  }

  @Test
  void cardAssertionsNameTheFieldsThatDiffer() {
    ArticleCard seed = TestCards.seedCard();
    ArticleCard other = seed.toBuilder().quality(1).topics(java.util.List.of("AI")).build();

    assertThat(seed).hasTitle(seed.title()).hasQuality(59).isNotPublished().hasTopics("Facebook AI", "AI").isValid();
    assertThatThrownBy(() -> assertThat(other).isEqualToCard(seed)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("quality: expected 59 but was 1")
        .hasMessageContaining("topics: expected [\"Facebook AI\",\"AI\"] but was [\"AI\"]");
    assertThatThrownBy(() -> assertThat(seed.toBuilder().quality(-9).build()).isValid())
        .isInstanceOf(AssertionError.class).hasMessageContaining("quality: must be >= 0");
  }

  @Test
  void presenceAssertionsTellAnAbsentKeyFromAWrittenDefault() {
    ArticleCard seed = TestCards.seedCard();
    ArticleCard unscored = seed.toBuilder().remove("quality").build();
    ArticleCard zero = unscored.toBuilder().quality(0).build();

    assertThat(seed).hasKey("quality").hasKey("images[0].isCached").hasKey("related[3].provider.domain")
        .doesNotHaveKey("featuredContent").doesNotHaveKey("related[4]").doesNotHaveKey("provider.images");
    assertThat(unscored).doesNotHaveKey("quality").hasQuality(0);
    assertThat(zero).hasKey("quality").hasQuality(0);
    assertThatThrownBy(() -> assertThat(unscored).hasKey("quality")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the card to have <quality>, but it is absent");
    assertThatThrownBy(() -> assertThat(seed).doesNotHaveKey("images[0].width"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the card not to have <images[0].width>, but it has it");
    assertThatThrownBy(() -> assertThat(unscored).isEqualToCard(zero)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("quality: expected 0 but was (absent)");
  }

  @Test
  void fixtureBuildersGiveValidRealisticCards() {
    ArticleCard card = TestCards.card().related(java.util.List.of(TestCards.related().build())).build();

    assertThat(card).isValid().isPublished().hasImageCount(1);
    org.assertj.core.api.Assertions.assertThat(card.provider().name()).isEqualTo("Mint");
  }
}
