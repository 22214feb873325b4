package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.CardValidator.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CardValidator}: rules with a severity each and options; the defaults report nothing on
 * the cards real sites publish (site-relative links, heat below -1).
 */
class CardValidatorTest {
  private static ArticleCard jekyllCard() {
    return ArticleCard.builder()
        .title("A post")
        .webUrl("/2021/03/14/a-post.html")
        .originalUrl("https://example.com/a")
        .heat(-7)
        .quality(3)
        .images(List.of(Image.builder().url("/assets/images/x.jpg").width(0).height(0).build()))
        .related(List.of(RelatedArticle.builder().title("Other").webUrl("../other.html")
            .images(List.of(Image.builder().url("//cdn.example.com/y.png").build())).build()))
        .build();
  }

  @Test
  void theDefaultsReportNothingOnRelativeLinksAndHeatBelowMinusOne() {
    assertThat(jekyllCard().validate()).isEmpty();
    assertThat(CardValidator.defaults().validate(jekyllCard())).isEmpty();
    assertThat(jekyllCard().requireValid()).isNotNull();
    assertThat(CardValidator.defaults().severity(ValidationRule.HEAT)).isEqualTo(Severity.OFF);
    assertThat(CardValidator.defaults().allowsRelativeUrls()).isTrue();
  }

  @Test
  void relativeLinksCanBeRefusedEverywhere() {
    CardValidator absolute = CardValidator.builder().relativeUrls(false).build();

    assertThat(absolute.validate(jekyllCard())).extracting(ValidationProblem::toString).containsExactly(
        "webUrl: malformed URL \"/2021/03/14/a-post.html\" (needs a scheme and no whitespace or control characters)",
        "images[0].url: malformed URL \"/assets/images/x.jpg\" (needs a scheme and no whitespace or control characters)",
        "related[0].webUrl: malformed URL \"../other.html\" (needs a scheme and no whitespace or control characters)",
        "related[0].images[0].url: malformed URL \"//cdn.example.com/y.png\" (needs a scheme and no whitespace or control characters)");
  }

  @Test
  void aRuleTurnedOnAsAWarningReportsWithoutMakingTheCardInvalid() {
    CardValidator validator = CardValidator.builder().severity(ValidationRule.HEAT, Severity.WARNING)
        .build();

    List<ValidationProblem> problems = validator.validate(jekyllCard());

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem).hasToString("heat: must be >= -1");
      assertThat(problem.rule()).isEqualTo(ValidationRule.HEAT);
      assertThat(problem.severity()).isEqualTo(Severity.WARNING);
      assertThat(problem.isError()).isFalse();
    });
  }

  @Test
  void rangesAreSetPerRule() {
    CardValidator validator = CardValidator.builder()
        .severity(ValidationRule.HEAT, Severity.ERROR).range(ValidationRule.HEAT, -10, 100)
        .range(ValidationRule.QUALITY, 5, Integer.MAX_VALUE)
        .range(ValidationRule.IMAGE_SIZE, 1, 4000)
        .build();

    assertThat(validator.validate(jekyllCard())).extracting(ValidationProblem::toString)
        .containsExactly("quality: must be >= 5", "images[0].width: must be between 1 and 4000",
            "images[0].height: must be between 1 and 4000",
            "related[0].quality: must be >= 5", "related[0].images[0].width: must be between 1 and 4000",
            "related[0].images[0].height: must be between 1 and 4000");
    assertThat(validator.validate(jekyllCard().toBuilder().heat(-11).build()))
        .extracting(ValidationProblem::toString).contains("heat: must be between -10 and 100");
    assertThat(CardValidator.builder().severity(ValidationRule.HEAT, Severity.ERROR)
        .range(ValidationRule.HEAT, Integer.MIN_VALUE, 10).build()
        .validate(jekyllCard().toBuilder().heat(11).build()))
        .extracting(ValidationProblem::toString).containsExactly("heat: must be <= 10");
  }

  @Test
  void aRuleTurnedOffIsNotChecked() {
    ArticleCard card = ArticleCard.builder().topics(List.of(" ")).build();
    CardValidator lenient = CardValidator.builder().severity(ValidationRule.TITLE, Severity.OFF)
        .severity(ValidationRule.TOPICS, Severity.OFF).build();

    assertThat(card.validate()).hasSize(2);
    assertThat(lenient.validate(card)).isEmpty();
  }

  @Test
  void misuseIsRefusedWhenTheBuilderIsTold() {
    assertThatThrownBy(() -> CardValidator.builder().range(ValidationRule.TITLE, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title is not a range rule");
    assertThatThrownBy(() -> CardValidator.builder().range(ValidationRule.HEAT, 5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above max");
    assertThatThrownBy(() -> CardValidator.defaults().minimum(ValidationRule.URL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rulesAreFoundByTheirIdsWhateverTheCase() {
    assertThat(ValidationRule.byId("image-size")).hasValue(ValidationRule.IMAGE_SIZE);
    assertThat(ValidationRule.byId("HEAT")).hasValue(ValidationRule.HEAT);
    assertThat(ValidationRule.byId("headline")).isEmpty();
  }

  @Test
  void aValidatorCanBeRebuiltAndChangedWithoutChangingTheFirst() {
    CardValidator first = CardValidator.builder().relativeUrls(false).build();
    CardValidator second = first.toBuilder().relativeUrls(true).severity(ValidationRule.URL, Severity.WARNING)
        .build();

    assertThat(first.allowsRelativeUrls()).isFalse();
    assertThat(first.severity(ValidationRule.URL)).isEqualTo(Severity.ERROR);
    assertThat(second.allowsRelativeUrls()).isTrue();
    assertThat(second.severity(ValidationRule.URL)).isEqualTo(Severity.WARNING);
  }
}
