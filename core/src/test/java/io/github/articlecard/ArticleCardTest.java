package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCardTest {

  @Test
  void builderOfNothingGivesEmptyDefaults() {
    ArticleCard card = ArticleCard.builder().build();

    assertThat(card.title()).isEmpty();
    assertThat(card.excerpt()).isEmpty();
    assertThat(card.body()).isEmpty();
    assertThat(card.category()).isNull();
    assertThat(card.provider()).isNull();
    assertThat(card.topics()).isEmpty();
    assertThat(card.images()).isEmpty();
    assertThat(card.related()).isEmpty();
    assertThat(card.extras().isEmpty()).isTrue();
  }

  @Test
  void toBuilderWithoutChangesGivesAnEqualCard() {
    ArticleCard card = SeedCard.build();

    assertThat(card.toBuilder().build()).isEqualTo(card).hasSameHashCodeAs(card);
  }

  @Test
  void toBuilderEditChangesOnlyTheEditedFields() {
    ArticleCard card = SeedCard.build();

    ArticleCard edited = card.toBuilder().title("New title").quality(60).build();

    assertThat(edited.title()).isEqualTo("New title");
    assertThat(edited.quality()).isEqualTo(60);
    assertThat(edited).isNotEqualTo(card);
    assertThat(edited.toBuilder().title(card.title()).quality(card.quality()).build()).isEqualTo(card);
  }

  @Test
  void listsCannotBeChangedThroughAccessors() {
    ArticleCard card = SeedCard.build();

    assertThatThrownBy(() -> card.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> card.images().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> card.related().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> card.related().get(0).images().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> card.extras().asMap().put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsGivenToTheBuilderAreCopied() {
    List<String> topics = new ArrayList<>(List.of("AI"));
    ArticleCard.Builder builder = ArticleCard.builder().topics(topics);
    ArticleCard card = builder.build();

    topics.add("later");
    builder.addTopic("after build");

    assertThat(card.topics()).containsExactly("AI");
  }

  @Test
  void nullListElementsAreRejected() {
    List<String> topics = new ArrayList<>();
    topics.add(null);

    assertThatThrownBy(() -> ArticleCard.builder().topics(topics))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void seedCardBuiltFieldByFieldIsValid() {
    ArticleCard card = SeedCard.build();

    assertThat(card.validate()).isEmpty();
    assertThat(card.requireValid()).isSameAs(card);
    assertThat(card.publishedDateTime()).isEqualTo(Instant.parse("2021-03-14T13:26:00Z"));
    assertThat(card.related()).hasSize(4);
    assertThat(card.related().get(0).provider()).isEqualTo(Provider.of("VentureBeat", "venturebeat.com"));
  }

  @Test
  void validationReportsEveryProblemWithItsPath() {
    Image badImage = Image.builder().url("https://example.com/a.jpg").width(-1).height(-2).build();
    RelatedArticle badRelated = RelatedArticle.builder().title(" ").quality(-3)
        .webUrl("not a url").addImage(badImage).build();
    ArticleCard card = SeedCard.build().toBuilder()
        .title("")
        .quality(-1)
        .heat(-2)
        .topics(List.of("AI", "  "))
        .webUrl("https://exa mple.com")
        .addRelated(badRelated)
        .build();

    assertThat(card.validate()).extracting(ValidationProblem::toString).containsExactly(
        "title: must not be blank",
        "webUrl: malformed URL \"https://exa mple.com\" (needs no whitespace or control characters)",
        "quality: must be >= 0",
        "topics[1]: must not be blank",
        "related[4].title: must not be blank",
        "related[4].webUrl: malformed URL \"not a url\" (needs no whitespace or control characters)",
        "related[4].quality: must be >= 0",
        "related[4].images[0].width: must be >= 0",
        "related[4].images[0].height: must be >= 0");
    assertThat(card.validate()).extracting(ValidationProblem::rule).containsExactly(
        ValidationRule.TITLE, ValidationRule.URL, ValidationRule.QUALITY, ValidationRule.TOPICS,
        ValidationRule.TITLE, ValidationRule.URL, ValidationRule.QUALITY, ValidationRule.IMAGE_SIZE,
        ValidationRule.IMAGE_SIZE);
    assertThat(card.validate()).allMatch(ValidationProblem::isError);
  }

  @Test
  void requireValidListsAllErrors() {
    ArticleCard card = ArticleCard.builder().quality(-5).build();

    assertThatThrownBy(card::requireValid)
        .isInstanceOfSatisfying(InvalidCardException.class, e -> assertThat(e.problems()).hasSize(2))
        .hasMessageContaining("2 problems")
        .hasMessageContaining("title: must not be blank")
        .hasMessageContaining("quality: must be >= 0");
  }

  @Test
  void boundaryValuesAreValid() {
    ArticleCard card = SeedCard.build().toBuilder()
        .quality(0)
        .heat(-1)
        .images(List.of(Image.builder().url("https://e.com/x.png").width(0).height(0).build()))
        .build();

    assertThat(card.validate()).isEmpty();
  }

  @Test
  void providerImagesAreValidatedWithTheirPath() {
    Provider provider = Provider.builder().name("Microsoft").domain("microsoft.com")
        .addImage(Image.builder().url("https://e.com/logo.jpg").width(50).height(-50).build())
        .build();
    ArticleCard card = SeedCard.build().toBuilder().provider(provider).build();

    assertThat(card.validate()).containsExactly(
        new ValidationProblem("provider.images[0].height", "must be >= 0",
            ValidationRule.IMAGE_SIZE, CardValidator.Severity.ERROR));
  }
}
