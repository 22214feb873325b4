package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelJson}'s own duties, below the JSON contract of the public modules
 * ({@code ModelJsonContract}): a form for every model type and none for anything else, values as
 * plain data, the card's body as a key of its own, and errors naming the path inside the value
 * with no position.
 */
class ModelJsonTest {

  private static Map<String, @Nullable Object> map(Object... keysAndValues) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void everyModelTypeHasAFormAndReadsNullAsNull() {
    assertThat(ModelJson.TYPES).containsExactlyInAnyOrder(Url.class, Category.class,
        ContentType.class, Secured.class, Extras.class, Image.class, Provider.class,
        RelatedArticle.class, ArticleCard.class);
    for (Class<?> type : ModelJson.TYPES) {
      assertThat(ModelJson.fromPlain(type, null)).as(type.getSimpleName()).isNull();
    }
  }

  @Test
  void whatIsNoModelTypeHasNoForm() {
    assertThatThrownBy(() -> ModelJson.toPlain("text")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> ModelJson.fromPlain(Object.class, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valueTypesAreTheirStringExactlyAsInTheCard() {
    String raw = "https://example.com/a b?x=|&y=\u00E9#\uD83D\uDE00";
    assertThat(ModelJson.toPlain(Url.of(raw))).isEqualTo(raw);
    assertThat(ModelJson.fromPlain(Url.class, raw)).isEqualTo(Url.of(raw));
    assertThat(ModelJson.toPlain(Category.of("Sport News"))).isEqualTo("Sport News");
    assertThat(ModelJson.toPlain(Secured.of("YWJj;ZGVm"))).isEqualTo("YWJj;ZGVm");
    assertThat(ModelJson.fromPlain(ContentType.class, 7)).isEqualTo(ContentType.of("7"));
  }

  @Test
  void extrasAreAnOrderedMappingOfPlainData() {
    Extras extras = Extras.of(map("z", 1, "a", new BigDecimal("1.50"), "n", null,
        "l", List.of(map("k", true))));

    Object plain = ModelJson.toPlain(extras);

    assertThat(plain).isEqualTo(extras.asMap());
    assertThat(((Map<String, ?>) plain).keySet()).containsExactly("z", "a", "n", "l");
    assertThat(ModelJson.fromPlain(Extras.class, plain)).isEqualTo(extras);
  }

  @Test
  void aCardsBodyIsTheLastKeyWhenItIsNotEmpty() {
    ArticleCard card = ArticleCard.builder().title("T").body("# Body\r\n\uD83D\uDE00\n")
        .extra("x", 1).build();

    Map<String, ?> plain = (Map<String, ?>) ModelJson.toPlain(card);

    assertThat(plain.keySet()).containsExactly("title", "x", ModelJson.BODY);
    assertThat(plain.get(ModelJson.BODY)).isEqualTo("# Body\r\n\uD83D\uDE00\n");
    assertThat(ModelJson.fromPlain(ArticleCard.class, plain)).isEqualTo(card);
    Map<String, ?> empty = (Map<String, ?>) ModelJson.toPlain(card.toBuilder().body("").build());
    assertThat(empty.keySet()).containsExactly("title", "x");
  }

  @Test
  void anUnknownKeyNamedBodyCannotBeWrittenAndABodyThatIsNoTextCannotBeRead() {
    ArticleCard card = ArticleCard.builder().title("T").extra(ModelJson.BODY, "x").build();

    assertThatThrownBy(() -> ModelJson.toPlain(card)).isInstanceOf(CardException.class)
        .extracting(e -> ((CardException) e).kind()).isEqualTo(CardException.Kind.UNWRITABLE);
    assertThatThrownBy(() -> ModelJson.fromPlain(ArticleCard.class, map("body", List.of())))
        .isInstanceOf(CardBindingException.class)
        .hasMessageContaining("body: expected the body as text, found a list");
  }

  @Test
  void anErrorNamesThePathInsideTheValueWithNoPosition() {
    Map<String, @Nullable Object> data = map("title", "T", "related",
        List.of(map("title", "R", "images", List.of(map("width", "wide")))));

    assertThatThrownBy(() -> ModelJson.fromPlain(ArticleCard.class, data))
        .isInstanceOfSatisfying(CardBindingException.class, e -> {
          assertThat(e.path()).isEqualTo("related[0].images[0].width");
          assertThat(e.line()).isZero();
          assertThat(e.column()).isZero();
        });
    assertThatThrownBy(() -> ModelJson.fromPlain(Image.class, List.of()))
        .isInstanceOfSatisfying(CardBindingException.class, e -> {
          assertThat(e.path()).isEmpty();
          assertThat(e.problem()).isEqualTo("expected a mapping of keys to values, found a list");
        });
  }

  @Test
  void readingIsAsLenientAsBindingACard() {
    Image image = ModelJson.fromPlain(Image.class, map("url", 5, "width", "3", "title", true,
        "isCached", "true", "height", null));

    assertThat(image.url()).isEqualTo(Url.of("5"));
    assertThat(image.width()).isEqualTo(3);
    assertThat(image.title()).isEqualTo("true");
    assertThat(image.isCached()).isTrue();
    assertThat(image.hasHeight()).isFalse();
  }

  @Test
  void recordsAreWrittenInHouseOrderWithOnlyTheKeysTheyHave() {
    Image image = Image.builder().title("t").url("/a.png").width(0).build();

    assertThat(((Map<String, ?>) ModelJson.toPlain(image)).keySet()).containsExactly("url", "width", "title");
    Provider provider = Provider.builder().name("Mint").images(List.of()).present("images").build();
    assertThat(ModelJson.toPlain(provider)).isEqualTo(map("name", "Mint", "images", List.of()));
  }
}
