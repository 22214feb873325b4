package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Image;
import io.github.articlecard.ModelKey;
import io.github.articlecard.ModelRecord;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.ValueKind;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records' key tables ({@code ArticleCard.keys()}...) drive everything derived from them: for
 * each record, a value with every key set writes exactly the table's keys in the table's order as
 * front matter data and as JSON, binds back with every key present, and the house style decides
 * each key's quoting and place from its kind. A key added to a table and nowhere else passes this
 * test; a derived list that disagrees with a table fails it.
 */
class KeyTablesDriveTheShapesTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new ArticleCardModule());

  private static final Map<Class<?>, Supplier<? extends ModelRecord.Builder<?>>> BUILDERS = Map.of(
      ArticleCard.class, ArticleCard::builder, Provider.class, Provider::builder,
      Image.class, Image::builder, RelatedArticle.class, RelatedArticle::builder);

  static Stream<Class<?>> records() {
    return Stream.of(ArticleCard.class, Provider.class, Image.class, RelatedArticle.class);
  }

  @ParameterizedTest
  @MethodSource("records")
  void aRecordWithEveryKeyWritesExactlyTheTablesKeysInItsOrder(Class<?> type) throws Exception {
    ModelRecord full = full(type);
    List<String> names = names(type);

    assertThat(shape(type).names()).containsExactlyElementsOf(names);
    assertThat(fieldNames(write(full))).containsExactlyElementsOf(names);
    JsonNode json = JSON.readTree(JSON.writeValueAsString(full));
    assertThat(fieldNames(json)).containsExactlyElementsOf(names);
    assertThat(full.absentKeys()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("records")
  void aRecordWithEveryKeyReadsBackWithEveryKeyPresentAndEqual(Class<?> type) throws Exception {
    ModelRecord full = full(type);

    Object back = JSON.readValue(JSON.writeValueAsString(full), type);

    assertThat(back).isEqualTo(full);
    assertThat(((ModelRecord) back).absentKeys()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyKeyOfEveryTableTakesTheHouseStyleAndItsKindDecidesItsQuoting(Class<?> type) {
    List<Object> at = pathTo(type);
    for (ModelKey<?> key : table(type)) {
      List<Object> path = new ArrayList<>(at);
      path.add(key.name());

      assertThat(ModelPlaces.keyAt(path)).as(key.toString()).isEqualTo(key);
      boolean plainKind = key.kind() == ValueKind.CATEGORY || key.kind() == ValueKind.CONTENT_TYPE
          || key.kind() == ValueKind.INSTANT || type == Provider.class;
      assertThat(StandardStyle.INSTANCE.stringStyle(path)).as(key.toString())
          .isEqualTo(plainKind ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
    }
  }

  @ParameterizedTest
  @MethodSource("records")
  void removingEveryKeyLeavesEveryKeyAbsent(Class<?> type) {
    ModelRecord.Builder<?> builder = full(type).toBuilder();
    for (ModelKey<?> key : table(type)) {
      builder.remove(key.name());
    }

    assertThat(builder.build().absentKeys()).containsExactlyElementsOf(names(type));
  }

  private static Shape<?, ?> shape(Class<?> type) {
    return type == ArticleCard.class ? CardShapes.ARTICLE : type == Provider.class
        ? CardShapes.PROVIDER : type == Image.class ? CardShapes.IMAGE : CardShapes.RELATED;
  }

  /** The record as front matter data, as its shape writes it. */
  private static ObjectNode write(ModelRecord record) {
    if (record instanceof ArticleCard card) {
      return CardShapes.ARTICLE.write(card);
    }
    if (record instanceof Provider provider) {
      return CardShapes.PROVIDER.write(provider);
    }
    return record instanceof Image image ? CardShapes.IMAGE.write(image)
        : CardShapes.RELATED.write((RelatedArticle) record);
  }

  /** Where a record of the type stands in a card: the card itself, or a path into it. */
  private static List<Object> pathTo(Class<?> type) {
    if (type == Provider.class) {
      return List.of("provider");
    }
    if (type == Image.class) {
      return List.of("images", 0);
    }
    return type == RelatedArticle.class ? List.of("related", 0) : List.of();
  }

  private static List<? extends ModelKey<?>> table(Class<?> type) {
    return ModelPlaces.tables().get(type);
  }

  private static List<String> names(Class<?> type) {
    return table(type).stream().map(ModelKey::name).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.remove(ModelJson.BODY);
    return names;
  }

  /** A record of the type with every key set to a value of its kind, from the table alone. */
  private static ModelRecord full(Class<?> type) {
    ModelRecord.Builder<?> builder = BUILDERS.get(type).get();
    for (ModelKey<?> key : table(type)) {
      builder.set(key.name(), sample(key.kind()));
    }
    return builder.build();
  }

  private static Object sample(ValueKind kind) {
    return switch (kind) {
      case TEXT -> "text";
      case HTML -> "<p>html</p>";
      case INSTANT -> Instant.parse("2021-03-14T13:26:00Z");
      case URL -> Url.of("https://example.com/a");
      case CATEGORY -> Category.NEWS;
      case CONTENT_TYPE -> ContentType.ARTICLE;
      case WHOLE_NUMBER -> 7;
      case FLAG -> true;
      case SECURED -> Secured.of("a;b");
      case PROVIDER -> full(Provider.class);
      case TEXT_LIST -> List.of("topic");
      case IMAGE_LIST -> List.of(full(Image.class));
      case RELATED_LIST -> List.of(full(RelatedArticle.class));
    };
  }
}
