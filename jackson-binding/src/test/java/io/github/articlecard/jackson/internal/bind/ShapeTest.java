package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Shape}: one record's keys in house order drive binding (present, absent, unknown keys in
 * order, errors at their path), canonical writing (house order, only the keys the record has,
 * unknown keys after) and merging an edit into the data it came from (unchanged values keep their
 * very data and place, new keys go after their house predecessor, removed keys leave).
 */
class ShapeTest {
  private static final String PROVIDER = """
      domain: livemint.com
      note: first unknown
      name: Mint
      images: []
      extra: {nested: [1, 2.50]}
      """;

  private static BindContext context() {
    return new BindContext(BindContext.NO_SOURCE);
  }

  private static List<String> keys(JsonNode mapping) {
    List<String> keys = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void bindingMakesEveryKeyTheDataHoldsPresentAndKeepsUnknownKeysInOrder() {
    Provider provider = CardShapes.PROVIDER.bind(FrontMatterData.of(PROVIDER), context());

    assertThat(provider.name()).isEqualTo("Mint");
    assertThat(provider.domain()).isEqualTo("livemint.com");
    assertThat(provider.hasImages()).isTrue();
    assertThat(provider.images()).isEmpty();
    assertThat(provider.extras().keys()).containsExactly("note", "extra");
    assertThat(provider.absentKeys()).isEmpty();
  }

  @Test
  void aKeyHoldingNullOrMissingIsAbsent() {
    Image image = CardShapes.IMAGE.bind(FrontMatterData.of("url: /a.png\nwidth: ~\n"), context());

    assertThat(image.absentKeys()).containsExactlyInAnyOrder("width", "height", "isCached", "title");
    assertThat(image.hasWidth()).isFalse();
    assertThat(CardShapes.IMAGE.write(image)).isEqualTo(FrontMatterData.of("url: /a.png\n"));
  }

  @Test
  void aValueThatDoesNotFitNamesItsPathInsideNestedRecords() {
    String data = """
        provider:
          name: Mint
          images:
            - {url: /a.png, width: 1}
            - {url: /b.png, width: wide}
        """;

    assertThatThrownBy(() -> CardShapes.ARTICLE.bind(FrontMatterData.of(data), context()))
        .isInstanceOf(CardBindingException.class)
        .extracting(e -> ((CardBindingException) e).path())
        .isEqualTo("provider.images[1].width");
  }

  @Test
  void writingPutsTheKeysTheRecordHasInHouseOrderAndUnknownKeysAfter() {
    Provider provider = CardShapes.PROVIDER.bind(FrontMatterData.of(PROVIDER), context());

    ObjectNode written = CardShapes.PROVIDER.write(provider);

    assertThat(keys(written)).containsExactly("name", "domain", "images", "note", "extra");
    assertThat(DataEquality.same(written.get("extra"), FrontMatterData.of(PROVIDER).get("extra")))
        .isTrue();
    assertThat(keys(CardShapes.PROVIDER.write(Provider.builder().domain("d").build())))
        .containsExactly("domain");
  }

  @Test
  void anUnknownKeyNamedAsAKnownOneCannotBeWritten() {
    Provider provider = Provider.builder().name("Mint").extras(Extras.of(Map.of("domain", "x")))
        .build();

    assertThatThrownBy(() -> CardShapes.PROVIDER.write(provider)).isInstanceOf(CardException.class)
        .hasMessageContaining("'domain'")
        .extracting(e -> ((CardException) e).kind()).isEqualTo(CardException.Kind.UNWRITABLE);
  }

  @Test
  void mergingAnUnchangedRecordKeepsTheVeryDataInItsOwnOrder() {
    ObjectNode data = FrontMatterData.of(PROVIDER);
    Provider provider = CardShapes.PROVIDER.bind(data, context());

    ObjectNode merged = CardShapes.PROVIDER.merge(data, provider, provider);

    assertThat(keys(merged)).containsExactlyElementsOf(keys(data));
    for (String key : keys(data)) {
      assertThat(merged.get(key)).as(key).isSameAs(data.get(key));
    }
  }

  @Test
  void aChangedValueIsWrittenAndEverythingElseKeepsItsDataAndPlace() {
    ObjectNode data = FrontMatterData.of("title: 'T'\nquality: '5'\nx: 1\nheat: 3\n");
    ArticleCard card = CardShapes.ARTICLE.bind(data, context());

    ObjectNode merged = CardShapes.merge(data, card, card.toBuilder().heat(4).build());

    assertThat(keys(merged)).containsExactly("title", "quality", "x", "heat");
    assertThat(merged.get("quality")).isSameAs(data.get("quality"));
    assertThat(merged.get("quality").isTextual()).isTrue();
    assertThat(merged.get("heat").intValue()).isEqualTo(4);
  }

  @Test
  void newKeysGoRightAfterTheirHousePredecessorInHouseOrder() {
    ObjectNode data = FrontMatterData.of("x: 1\ntitle: T\nheat: 3\ny: 2\n");
    ArticleCard card = CardShapes.ARTICLE.bind(data, context());

    ArticleCard edited = card.toBuilder().excerpt("E").quality(5).published(true)
        .category(Category.NEWS).build();
    ObjectNode merged = CardShapes.merge(data, card, edited);

    assertThat(keys(merged))
        .containsExactly("category", "x", "title", "excerpt", "quality", "heat", "published", "y");
  }

  @Test
  void removedKeysLeaveAndChangedUnknownKeysTakeTheirNewValueInPlace() {
    ObjectNode data = FrontMatterData.of("title: T\nx: [1]\nquality: 5\ny: 2\n");
    ArticleCard card = CardShapes.ARTICLE.bind(data, context());

    ArticleCard edited = card.toBuilder().remove("quality").extra("x", List.of(1, 2)).build();
    ObjectNode merged = CardShapes.merge(data, card, edited);

    assertThat(keys(merged)).containsExactly("title", "x", "y");
    assertThat(merged.get("x")).isEqualTo(FrontMatterData.of("x: [1, 2]\n").get("x"));
    assertThat(merged.get("y")).isSameAs(data.get("y"));
  }

  @Test
  void aKeyWrittenAsNullStaysAsItIsWhenTheValueDoesNotChange() {
    ObjectNode data = FrontMatterData.of("title: T\nprovider: ~\nheat: 1\n");
    ArticleCard card = CardShapes.ARTICLE.bind(data, context());

    ObjectNode merged = CardShapes.merge(data, card, card.toBuilder().heat(2).build());

    assertThat(keys(merged)).containsExactly("title", "provider", "heat");
    assertThat(merged.get("provider").isNull()).isTrue();
  }
}
