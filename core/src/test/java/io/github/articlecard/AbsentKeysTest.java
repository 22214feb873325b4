package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Absent keys are not default values: every record tells them apart and keeps them apart. */
class AbsentKeysTest {

  @Test
  void aBuilderStartsWithEveryKeyAbsentInHouseOrder() {
    assertThat(ArticleCard.builder().build().absentKeys()).containsExactlyElementsOf(ArticleCard.knownKeys());
    assertThat(Provider.builder().build().absentKeys()).containsExactlyElementsOf(Provider.knownKeys());
    assertThat(Image.builder().build().absentKeys()).containsExactlyElementsOf(Image.knownKeys());
    assertThat(RelatedArticle.builder().build().absentKeys()).containsExactlyElementsOf(RelatedArticle.knownKeys());
  }

  @Test
  void settingADefaultValueMakesItsKeyPresent() {
    ArticleCard card = ArticleCard.builder().title("").excerpt("").quality(0).heat(0).published(false).build();

    assertThat(card.hasTitle()).isTrue();
    assertThat(card.hasExcerpt()).isTrue();
    assertThat(card.hasQuality()).isTrue();
    assertThat(card.hasHeat()).isTrue();
    assertThat(card.hasPublished()).isTrue();
    assertThat(card.absentKeys()).doesNotContain("title", "excerpt", "quality", "heat", "published")
        .contains("topics", "images", "related", "webUrl");
  }

  @Test
  void anAbsentKeyReadsAsItsDefaultButIsNotEqualToIt() {
    ArticleCard absent = ArticleCard.builder().title("t").build();
    ArticleCard zero = absent.toBuilder().quality(0).heat(0).published(false).build();

    assertThat(absent.quality()).isZero();
    assertThat(absent.heat()).isZero();
    assertThat(absent.published()).isFalse();
    assertThat(absent.hasQuality()).isFalse();
    assertThat(absent).isNotEqualTo(zero);
    assertThat(zero.toBuilder().remove("quality").remove("heat").remove("published").build()).isEqualTo(absent);
  }

  @Test
  void anEmptyListLeavesItsKeyAbsentUnlessPresentAsksForIt() {
    ArticleCard none = ArticleCard.builder().topics(List.of()).images(List.of()).related(List.of()).build();
    ArticleCard empty = ArticleCard.builder().topics(List.of()).present("topics").build();

    assertThat(none.hasTopics()).isFalse();
    assertThat(none.hasImages()).isFalse();
    assertThat(none.hasRelated()).isFalse();
    assertThat(empty.hasTopics()).isTrue();
    assertThat(empty.topics()).isEmpty();
    assertThat(empty).isNotEqualTo(ArticleCard.builder().build());
  }

  @Test
  void emptyingAListThroughTheBuilderMakesItsKeyAbsent() {
    ArticleCard card = SeedCard.build();

    ArticleCard edited = card.toBuilder().images(card.images().subList(0, 0)).build();

    assertThat(edited.hasImages()).isFalse();
    assertThat(card.toBuilder().addTopic("x").build().hasTopics()).isTrue();
  }

  @Test
  void isCachedFalseIsAbsentUnlessPresentAsksForIt() {
    Image plain = Image.builder().url("https://e.com/a.png").isCached(false).build();
    Image written = Image.builder().url("https://e.com/a.png").isCached(false).present("isCached").build();

    assertThat(plain.hasIsCached()).isFalse();
    assertThat(written.hasIsCached()).isTrue();
    assertThat(written.isCached()).isFalse();
    assertThat(plain).isNotEqualTo(written);
    assertThat(Image.builder().isCached(true).isCached(false).build().hasIsCached()).isFalse();
  }

  @Test
  void toBuilderKeepsEveryKeysPresenceAsItIs() {
    Image cachedFalse = Image.builder().width(0).isCached(false).present("isCached").build();
    Provider emptyLogos = Provider.builder().name("n").images(List.of()).present("images").build();
    RelatedArticle unscored = RelatedArticle.builder().title("r").images(List.of()).present("images").build();
    ArticleCard card = ArticleCard.builder().title("t").topics(List.of()).present("topics")
        .provider(emptyLogos).addImage(cachedFalse).addRelated(unscored).build();

    assertThat(card.toBuilder().build()).isEqualTo(card).hasSameHashCodeAs(card);
    assertThat(cachedFalse.toBuilder().build()).isEqualTo(cachedFalse);
    assertThat(emptyLogos.toBuilder().build()).isEqualTo(emptyLogos);
    assertThat(unscored.toBuilder().build()).isEqualTo(unscored);
    assertThat(card.toBuilder().build().absentKeys()).isEqualTo(card.absentKeys());
  }

  @Test
  void removeMakesAnyKnownKeyAbsentAndTakesAnUnknownKeyOut() {
    ArticleCard card = SeedCard.build().toBuilder().extra("sourceUrl", "https://e.com").build();

    for (String key : ArticleCard.knownKeys()) {
      ArticleCard without = card.toBuilder().remove(key).build();
      assertThat(without.has(key)).as(key).isFalse();
      assertThat(without.absentKeys()).as(key).contains(key);
    }
    assertThat(card.toBuilder().remove("sourceUrl").build().extras().containsKey("sourceUrl")).isFalse();
    assertThat(card.toBuilder().remove("noSuchKey").build()).isEqualTo(card);
  }

  @Test
  void removeWorksAtEveryLevel() {
    Image image = SeedCard.build().images().get(0);
    RelatedArticle related = SeedCard.build().related().get(0);
    Provider provider = related.provider();

    assertThat(image.toBuilder().remove("width").build().hasWidth()).isFalse();
    assertThat(image.toBuilder().remove("height").build().hasHeight()).isFalse();
    assertThat(image.toBuilder().remove("isCached").build().hasIsCached()).isFalse();
    assertThat(image.toBuilder().remove("url").build().url()).isNull();
    assertThat(related.toBuilder().remove("quality").build().hasQuality()).isFalse();
    assertThat(related.toBuilder().remove("excerpt").build().hasExcerpt()).isFalse();
    assertThat(related.toBuilder().remove("title").build().has("title")).isFalse();
    assertThat(related.toBuilder().remove("images").build().hasImages()).isFalse();
    assertThat(provider.toBuilder().remove("name").build().has("name")).isFalse();
    assertThat(provider.toBuilder().addImage(image).build().toBuilder().remove("images").build().hasImages()).isFalse();
  }

  @Test
  void hasAnswersForKnownNullableAndUnknownKeys() {
    ArticleCard card = ArticleCard.builder().webUrl("https://e.com").extra("sourceUrl", null).build();

    assertThat(card.has("webUrl")).isTrue();
    assertThat(card.has("ampWebUrl")).isFalse();
    assertThat(card.has("sourceUrl")).isTrue();
    assertThat(card.has("other")).isFalse();
    assertThat(card.absentKeys()).contains("ampWebUrl").doesNotContain("webUrl", "sourceUrl");
  }

  @Test
  void providerOfHasNoImagesKey() {
    Provider mint = Provider.of("Mint", "livemint.com");

    assertThat(mint.hasImages()).isFalse();
    assertThat(mint).isEqualTo(Provider.builder().name("Mint").domain("livemint.com").build());
  }

  @Test
  void theConstructorWithoutAbsentKeysMakesEveryKeyWithAValuePresent() {
    Image image = new Image(null, 0, 0, false, null, Extras.empty());
    RelatedArticle related = new RelatedArticle("", "", null, null, null, null, null, null, 0,
        List.of(), Extras.empty());

    assertThat(image.absentKeys()).containsExactly("url", "title");
    assertThat(related.absentKeys()).containsExactly("publishedDateTime", "webUrl", "ampWebUrl",
        "cdnAmpWebUrl", "type", "provider");
    assertThat(new Provider(null, "d", List.of(), Extras.empty()).absentKeys()).containsExactly("name");
  }

  @Test
  void theConstructorRefusesAbsentKeysThatAreNotKeysOrHoldValues() {
    assertThatThrownBy(() -> new Image(null, 0, 0, false, null, Extras.empty(), Set.of("qualty")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'qualty' is not a key of Image");
    assertThatThrownBy(() -> new Image(null, 600, 0, false, null, Extras.empty(), Set.of("width")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Image.width is listed as absent");
    assertThatThrownBy(() -> new Image(Url.of("x:y"), 0, 0, false, null, Extras.empty(), Set.of("url")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Image.url is listed as absent");
    assertThatThrownBy(() -> ArticleCard.builder().present("qualty"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'qualty' is not a key of ArticleCard");
  }

  @Test
  void theConstructorTakesAbsentKeysInAnyOrderAndKeepsHouseOrder() {
    Image image = new Image(null, 0, 0, false, null, Extras.empty(), Set.of("isCached", "width"));

    assertThat(image.absentKeys()).containsExactly("url", "width", "isCached", "title");
    assertThat(image.absentKeys()).isEqualTo(Set.of("title", "isCached", "width", "url"));
    assertThat(image.hasHeight()).isTrue();
  }

  @Test
  void presentHasNoEffectOnANullableKey() {
    RelatedArticle related = RelatedArticle.builder().present("webUrl").build();

    assertThat(related.webUrl()).isNull();
    assertThat(related.has("webUrl")).isFalse();
  }

  @Test
  void validationReadsAbsentKeysAsTheirDefaults() {
    ArticleCard card = ArticleCard.builder().title("t").publishedDateTime(Instant.EPOCH).build();

    assertThat(card.validate()).isEmpty();
    assertThat(ArticleCard.builder().build().validate()).extracting(ValidationProblem::toString)
        .containsExactly("title: must not be blank");
  }

  @Test
  void manyUnknownKeysPutOneByOneKeepTheirOrder() {
    ArticleCard.Builder builder = ArticleCard.builder();
    for (int i = 0; i < 5000; i++) {
      builder.extra("k" + i, i);
    }
    builder.remove("k7").extra("k3", "again");

    ArticleCard card = builder.build();

    assertThat(card.extras().size()).isEqualTo(4999);
    assertThat(card.extras().keys()).startsWith("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k8");
    assertThat(card.extras().get("k3")).isEqualTo("again");
  }
}
