package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelPlaces}: which record a path of a card's front matter stands in and which key it
 * names, walking the key tables down through providers, images and related articles at any depth.
 */
class ModelPlacesTest {

  @Test
  void aPathLeadsIntoTheRecordItsKeysAndIndexesName() {
    assertThat(ModelPlaces.recordAt(List.of())).isEqualTo(ArticleCard.class);
    assertThat(ModelPlaces.recordAt(List.of("provider"))).isEqualTo(Provider.class);
    assertThat(ModelPlaces.recordAt(List.of("images", 0))).isEqualTo(Image.class);
    assertThat(ModelPlaces.recordAt(List.of("provider", "images", 3))).isEqualTo(Image.class);
    assertThat(ModelPlaces.recordAt(List.of("related", 1))).isEqualTo(RelatedArticle.class);
    assertThat(ModelPlaces.recordAt(List.of("related", 1, "provider"))).isEqualTo(Provider.class);
    assertThat(ModelPlaces.recordAt(List.of("related", 0, "provider", "images", 2)))
        .isEqualTo(Image.class);
    assertThat(ModelPlaces.recordAt(List.of("related", 9999, "images", 0))).isEqualTo(Image.class);
  }

  @Test
  void aPathThatLeavesTheModelStandsInNoRecord() {
    for (List<Object> path : List.<List<Object>>of(List.of("images"), List.of("topics", 0),
        List.of("title"), List.of("extra"), List.of(0), List.of("images", "x"),
        List.of("provider", 0), List.of("images", 0, "url"), List.of("related", 0, "related", 0),
        List.of("images", 0, "provider"))) {
      assertThat(ModelPlaces.recordAt(path)).as(path.toString()).isNull();
    }
  }

  @Test
  void aPathEndingAtAKeyOfItsRecordGivesThatKey() {
    assertThat(ModelPlaces.keyAt(List.of("title")).name()).isEqualTo("title");
    assertThat(ModelPlaces.keyAt(List.of("title"))).isSameAs(ArticleCard.keys().get(1));
    assertThat(ModelPlaces.keyAt(List.of("related", 2, "images", 0, "width")))
        .isSameAs(Image.keys().get(1));
    assertThat(ModelPlaces.keyAt(List.of("provider", "images")).kind())
        .isEqualTo(ValueKind.IMAGE_LIST);
    assertThat(ModelPlaces.keyAt(List.of("related", 0, "quality")))
        .isSameAs(RelatedArticle.keys().stream().filter(k -> k.name().equals("quality")).findFirst()
            .orElseThrow());
  }

  @Test
  void aPathNotEndingAtAKeyOfTheModelGivesNoKey() {
    for (List<Object> path : List.<List<Object>>of(List.of(), List.of("images", 0),
        List.of("extra"), List.of("provider", "extra"), List.of("provider", "title"),
        List.of("topics", 0), List.of("title", "x"), List.of("images", 0, "note"))) {
      assertThat(ModelPlaces.keyAt(path)).as(path.toString()).isNull();
    }
  }

  @Test
  void everyRecordsTableIsKnownAndNothingElse() {
    assertThat(ModelPlaces.tables()).containsOnlyKeys(ArticleCard.class, Provider.class,
        Image.class, RelatedArticle.class);
    for (String name : List.of("title", "width", "isCached", "domain", "cdnAmpWebUrl", "secured")) {
      assertThat(ModelPlaces.isKnownAnywhere(name)).as(name).isTrue();
    }
    for (String name : List.of("sourceUrl", "ampUrl", "Title", "", "body")) {
      assertThat(ModelPlaces.isKnownAnywhere(name)).as(name).isFalse();
    }
  }
}
