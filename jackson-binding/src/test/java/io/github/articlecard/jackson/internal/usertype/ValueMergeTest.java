package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.usertype.ScalarForms.Forms;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.ExactDouble;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueMerge}: the difference between two serialized forms of a user's type is applied to
 * the source data and to nothing else: unchanged values keep their very nodes, changed scalars
 * their old form, keys the type does not read are never touched, list items are matched by what
 * they are and keep the keys their type does not model.
 */
class ValueMergeTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ValueMerge MERGE = new ValueMerge(Forms.INSTANT_OFFSETS);

  record Item(String url, String name) {}

  record Section(String heading, List<Item> items) {}

  record Page(@JsonAlias("headline") String title, @Nullable Double price,
      @Nullable List<Item> items, @Nullable String subtitle, @Nullable List<Section> sections) {

    @JsonProperty("slug")
    String slug() {
      return "computed-" + title.length();
    }

    Page withTitle(String newTitle) {
      return new Page(newTitle, price, items, subtitle, sections);
    }

    Page withPrice(@Nullable Double newPrice) {
      return new Page(title, newPrice, items, subtitle, sections);
    }

    Page withItems(@Nullable List<Item> newItems) {
      return new Page(title, price, newItems, subtitle, sections);
    }

    Page withSubtitle(@Nullable String newSubtitle) {
      return new Page(title, price, items, newSubtitle, sections);
    }

    Page withSections(@Nullable List<Section> newSections) {
      return new Page(title, price, items, subtitle, newSections);
    }
  }

  private static final String SOURCE = """
      title: T
      extra: {kept: [1, 2]}
      price: 1.50
      items:
        - {url: /1, name: a, note: first}
        - {url: /2, name: b, note: second}
      subtitle: S
      sections:
        - heading: H
          color: red
          items:
            - {url: /7, name: g, note: deep}
      """;

  /** A card read, and its front matter as the type reads it. */
  private record Bound(ParsedCard card, Page page) {
    static Bound of(String frontMatter) {
      ParsedCard card = FrontMatters.card(frontMatter);
      try {
        return new Bound(card, MAPPER.treeToValue(BindingTree.of(card.source()), Page.class));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    ObjectNode data() {
      return card.source().data();
    }

    JsonNode merge(Page edited, ReadModel model) {
      return MERGE.merge(data(), card.source().root(), MAPPER.valueToTree(page),
          MAPPER.valueToTree(edited), model);
    }

    JsonNode merge(Page edited) {
      return merge(edited, model());
    }
  }

  private static ReadModel model() {
    return new ReadModel.Resolver(MAPPER).model(MAPPER.constructType(Page.class));
  }

  private static List<String> keys(JsonNode mapping) {
    List<String> keys = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void anUnchangedValueGivesTheVerySourceData() {
    Bound bound = Bound.of(SOURCE);

    assertThat(bound.merge(bound.page())).isSameAs(bound.data());
    assertThat(bound.merge(bound.page(), ReadModel.UNKNOWN)).isSameAs(bound.data());
  }

  @Test
  void aChangedScalarTakesItsOldFormAndEverythingElseKeepsItsVeryNodes() {
    Bound bound = Bound.of(SOURCE);

    JsonNode merged = bound.merge(bound.page().withPrice(2.5));

    assertThat(((ExactDouble) merged.get("price")).text()).isEqualTo("2.50");
    assertThat(keys(merged)).containsExactlyElementsOf(keys(bound.data()));
    for (String key : List.of("title", "extra", "items", "subtitle", "sections")) {
      assertThat(merged.get(key)).as(key).isSameAs(bound.data().get(key));
    }
  }

  @Test
  void aPropertyLeftOutOrSetToNullIsRemovedAndTheOthersKeepTheirOrder() {
    Bound bound = Bound.of(SOURCE);

    JsonNode merged = bound.merge(bound.page().withSubtitle(null).withPrice(null));

    assertThat(keys(merged)).containsExactly("title", "extra", "items", "sections");
  }

  @Test
  void aNewPropertyGoesAfterItsSiblingsWithoutNulls() {
    Bound bound = Bound.of("title: T\nextra: x\n");

    JsonNode merged = bound.merge(bound.page().withSubtitle("New")
        .withItems(List.of(new Item("/3", "c"))));

    assertThat(keys(merged)).containsExactly("title", "extra", "items", "subtitle");
    assertThat(merged.get("items").get(0)).isEqualTo(MAPPER.valueToTree(new Item("/3", "c")));
    assertThat(merged.get("subtitle").textValue()).isEqualTo("New");
  }

  @Test
  void keysTheTypeDoesNotReadAreNeverWrittenThoughItsSerializedFormHasThem() {
    Bound bound = Bound.of("title: T\n");
    Page edited = bound.page().withTitle("Longer");

    assertThat(keys(bound.merge(edited))).containsExactly("title");
    assertThat(keys(bound.merge(edited, ReadModel.UNKNOWN))).containsExactly("title", "slug");
  }

  @Test
  void aPropertyFoundUnderItsAliasIsChangedUnderThatKey() {
    Bound bound = Bound.of("headline: Old\nextra: x\n");

    JsonNode merged = bound.merge(bound.page().withTitle("New"));

    assertThat(keys(merged)).containsExactly("headline", "extra");
    assertThat(merged.get("headline").textValue()).isEqualTo("New");
  }

  @Test
  void listItemsAreMatchedByWhatTheyAreAndKeepTheKeysTheirTypeDoesNotModelWhereverTheyMove() {
    Bound bound = Bound.of(SOURCE);
    List<Item> items = List.of(new Item("/2", "b"), new Item("/9", "new"), new Item("/1", "A"));

    JsonNode merged = bound.merge(bound.page().withItems(items)).get("items");

    JsonNode source = bound.data().get("items");
    assertThat(merged.get(0)).isSameAs(source.get(1));
    assertThat(keys(merged.get(1))).containsExactly("url", "name");
    assertThat(merged.get(2).get("note").textValue()).isEqualTo("first");
    assertThat(merged.get(2).get("name").textValue()).isEqualTo("A");
  }

  @Test
  void itemsOfListsInsideListItemsKeepTheirUnmodelledKeysToo() {
    Bound bound = Bound.of(SOURCE);
    Section section = bound.page().sections().get(0);
    List<Item> items = new ArrayList<>(section.items());
    items.set(0, new Item("/7", "G"));
    items.add(0, new Item("/8", "h"));

    JsonNode merged = bound.merge(bound.page().withSections(
        List.of(new Section(section.heading(), items)))).get("sections").get(0);

    assertThat(merged.get("color").textValue()).isEqualTo("red");
    assertThat(keys(merged.get("items").get(0))).containsExactly("url", "name");
    assertThat(merged.get("items").get(1).get("note").textValue()).isEqualTo("deep");
    assertThat(merged.get("items").get(1).get("name").textValue()).isEqualTo("G");
  }

  @Test
  void withoutTheFormBeforeTheSourceDataIsComparedAndOnlyKeysTheTypeReadsAreRemoved() {
    Bound bound = Bound.of("title: T\nprice: 1.50\nsubtitle: S\nextra: x\n");
    JsonNode after = MAPPER.valueToTree(bound.page().withSubtitle(null));

    JsonNode merged = MERGE.merge(bound.data(), bound.card().source().root(), null, after, model());
    JsonNode unknown = MERGE.merge(bound.data(), bound.card().source().root(), null,
        ((ObjectNode) after.deepCopy()).without(List.of("subtitle", "slug")), ReadModel.UNKNOWN);

    assertThat(keys(merged)).containsExactly("title", "price", "extra");
    assertThat(DataEquality.same(merged.get("price"), bound.data().get("price"))).isTrue();
    assertThat(keys(unknown)).containsExactly("title", "price", "subtitle", "extra");
  }

  @Test
  void aValueOfAnotherKindThanItsSourceIsWrittenFresh() {
    ParsedCard card = FrontMatters.card("title: T\nitems: none\n");
    JsonNode after = MAPPER.valueToTree(new Page("T", null, List.of(new Item("/1", "a")), null, null));
    ((ObjectNode) after.get("items").get(0)).putNull("gone");

    JsonNode merged = MERGE.merge(card.source().data(), card.source().root(), null, after, model());

    assertThat(keys(merged)).containsExactly("title", "items");
    assertThat(keys(merged.get("items").get(0))).containsExactly("url", "name");
  }

  @Test
  void aFreshValueLeavesOutTheNullPropertiesOfItsMappingsAtEveryLevel() throws Exception {
    JsonNode value = MAPPER.readTree(
        "{\"a\": null, \"b\": {\"c\": null, \"d\": 1}, \"e\": [null, {\"f\": null, \"g\": [{\"h\": null}]}]}");

    assertThat(ValueMerge.fresh(value))
        .isEqualTo(MAPPER.readTree("{\"b\": {\"d\": 1}, \"e\": [null, {\"g\": [{}]}]}"));
    assertThat(ValueMerge.fresh(MAPPER.readTree("\"x\""))).isEqualTo(MAPPER.readTree("\"x\""));
  }

  @Test
  void anAliasIsResolvedToTheNodeItStandsFor() {
    ParsedCard card = FrontMatters.card("base: &b {x: 1}\ncopy: *b\n");
    SourceNode.Mapping root = card.source().root();
    SourceNode base = root.entry("base").value();
    SourceNode alias = root.entry("copy").value();

    assertThat(alias).isInstanceOf(SourceNode.Alias.class);
    assertThat(ValueMerge.resolved(alias)).isSameAs(base);
    assertThat(ValueMerge.resolved(base)).isSameAs(base);
    assertThat(ValueMerge.resolved(null)).isNull();
  }
}
