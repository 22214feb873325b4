package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadModel}: what a Java type reads from front matter, as Jackson's deserializer for it
 * says: its properties and their aliases, the models of its values and items, and "unknown" for
 * what Jackson does not bind as a plain bean.
 */
class ReadModelTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new Jdk8Module())
      .build();
  private static final ObjectMapper CASE_INSENSITIVE = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();

  record Item(int id) {}

  record Page(@JsonAlias({"headline", "name"}) String title, List<Item> items,
      Map<String, Integer> counts, Optional<Item> main, @JsonProperty("page-no") int page) {

    /** Written by Jackson, never read: no property. */
    @JsonProperty("slug")
    String slug() {
      return "s";
    }
  }

  static final class Open {
    public @Nullable String title;
    final Map<String, Object> rest = new HashMap<>();

    @JsonAnySetter
    void put(String key, Object value) {
      rest.put(key, value);
    }
  }

  static final class ItemBean {
    public int id;
  }

  static final class Unwrapping {
    public @Nullable String title;
    @JsonUnwrapped public @Nullable ItemBean item;
  }

  static final class UnwrappingSetter {
    private @Nullable ItemBean item;

    public @Nullable ItemBean getItem() {
      return item;
    }

    @JsonUnwrapped(prefix = "item_")
    public void setItem(ItemBean item) {
      this.item = item;
    }
  }

  static final class HoldsUnwrapping {
    public @Nullable String title;
    public @Nullable Unwrapping inner;
  }

  @JsonDeserialize(using = Custom.Reader.class)
  record Custom(String title) {
    static final class Reader extends JsonDeserializer<Custom> {
      @Override
      public Custom deserialize(JsonParser parser, DeserializationContext context)
          throws IOException {
        return new Custom(parser.readValueAsTree().toString());
      }
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes(@JsonSubTypes.Type(value = Circle.class, name = "circle"))
  interface Shape {}

  record Circle(int radius) implements Shape {}

  private static ReadModel model(ObjectMapper mapper, Class<?> type) {
    return new ReadModel.Resolver(mapper).model(mapper.constructType(type));
  }

  private static ObjectNode mapping(String... keys) {
    ObjectNode node = MAPPER.createObjectNode();
    for (String key : keys) {
      node.put(key, key);
    }
    return node;
  }

  @Test
  void aBeanReadsItsPropertiesAndTheirAliasesAndNothingElse() {
    ReadModel page = model(MAPPER, Page.class);

    assertThat(page.known()).isTrue();
    assertThat(page.type()).isEqualTo(MAPPER.constructType(Page.class));
    for (String key : List.of("title", "headline", "name", "items", "counts", "main", "page-no")) {
      assertThat(page.reads(key)).as(key).isTrue();
    }
    for (String key : List.of("slug", "page", "Title", "extra", "")) {
      assertThat(page.reads(key)).as(key).isFalse();
    }
  }

  @Test
  void anAliasStandsForItsPropertyAndTheKeyThatHoldsAPropertyIsFound() {
    ReadModel page = model(MAPPER, Page.class);

    assertThat(page.propertyOf("headline")).isEqualTo("title");
    assertThat(page.propertyOf("title")).isEqualTo("title");
    assertThat(page.propertyOf("extra")).isEqualTo("extra");
    assertThat(page.keyIn(mapping("headline", "items"), "title")).isEqualTo("headline");
    assertThat(page.keyIn(mapping("headline", "title"), "title")).isEqualTo("title");
    assertThat(page.keyIn(mapping("headline", "name"), "title")).isEqualTo("name");
    assertThat(page.keyIn(mapping("items"), "title")).isNull();
    assertThat(page.keyIn(mapping(), "title")).isNull();
  }

  @Test
  void aCaseInsensitiveMapperFindsAPropertyWhateverTheCaseOfItsKey() {
    ReadModel page = model(CASE_INSENSITIVE, Page.class);

    assertThat(page.reads("TITLE")).isTrue();
    assertThat(page.reads("Items")).isTrue();
    assertThat(page.propertyOf("TITLE")).isEqualTo("title");
    assertThat(page.keyIn(mapping("Title"), "title")).isEqualTo("Title");
    assertThat(page.reads("slug")).isFalse();
  }

  @Test
  void valuesItemsAndOptionalsHaveTheModelsOfTheirTypes() {
    ReadModel page = model(MAPPER, Page.class);

    assertThat(page.child("items").item().type().getRawClass()).isEqualTo(Item.class);
    assertThat(page.child("items").item().reads("id")).isTrue();
    assertThat(page.child("items").item().reads("note")).isFalse();
    assertThat(page.child("main").type().getRawClass()).isEqualTo(Item.class);
    ReadModel counts = page.child("counts");
    assertThat(counts.reads("any key")).isTrue();
    assertThat(counts.child("any key").type().getRawClass()).isEqualTo(Integer.class);
    assertThat(page.child("title").type().getRawClass()).isEqualTo(String.class);
    assertThat(page.child("extra").known()).isFalse();
  }

  @Test
  void mapsTreesObjectsAndAnySettersReadEveryKey() {
    for (Class<?> type : List.of(Map.class, JsonNode.class, ObjectNode.class, Object.class,
        Open.class)) {
      ReadModel model = model(MAPPER, type);

      assertThat(model.known()).as(type.getSimpleName()).isTrue();
      assertThat(model.reads("whatever")).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void customDeserializersUnwrappingAndPolymorphicTypesAreUnknownAndTakeEveryKey() {
    for (Class<?> type : List.of(Custom.class, Unwrapping.class, UnwrappingSetter.class,
        Shape.class)) {
      ReadModel model = model(MAPPER, type);

      assertThat(model.known()).as(type.getSimpleName()).isFalse();
      assertThat(model.reads("whatever")).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void aTypeThatUnwrapsIsUnknownWhereverItStands() {
    ReadModel holder = model(MAPPER, HoldsUnwrapping.class);

    assertThat(holder.known()).isTrue();
    assertThat(holder.reads("id")).isFalse();
    assertThat(holder.child("inner").known()).isFalse();
    assertThat(holder.child("inner").reads("id")).isTrue();
  }

  @Test
  void nothingIsKnownOfTheUnknownModel() {
    assertThat(new ReadModel.Resolver(MAPPER).model(null)).isSameAs(ReadModel.UNKNOWN);
    assertThat(ReadModel.UNKNOWN.type()).isNull();
    assertThat(ReadModel.UNKNOWN.known()).isFalse();
    assertThat(ReadModel.UNKNOWN.reads("anything")).isTrue();
    assertThat(ReadModel.UNKNOWN.child("anything")).isSameAs(ReadModel.UNKNOWN);
    assertThat(ReadModel.UNKNOWN.item()).isSameAs(ReadModel.UNKNOWN);
    assertThat(ReadModel.UNKNOWN.propertyOf("Title")).isEqualTo("Title");
    assertThat(ReadModel.UNKNOWN.keyIn(mapping("title"), "title")).isEqualTo("title");
  }
}
