package io.github.articlecard.jackson;

import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The model's JSON contract ({@link ModelJsonContract}) through the Jackson 3 module.
 *
 * <p>Tagged {@code jackson3}: .ci/run leaves it out of the all-Jackson-2.17 leg, whose
 * jackson-annotations 2.17 is older than any Jackson 3 runs on.
 */
@Tag("jackson3")
class Jackson3ModelJsonTest extends ModelJsonContract {
  private static final JsonMapper JSON = JsonMapper.builder()
      .addModule(new ArticleCardJackson3Module()).build();
  private static final JsonMapper OWN_SETTINGS = JsonMapper.builder()
      .addModule(new ArticleCardJackson3Module())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();
  private static final JsonMapper TYPED = JsonMapper.builder()
      .addModule(new ArticleCardJackson3Module())
      .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
          .allowIfSubType("io.github.articlecard.").build(), DefaultTyping.JAVA_LANG_OBJECT)
      .build();
  private static final JsonMapper RAISED = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
          .build())
      .addModule(new ArticleCardJackson3Module()).build();

  @Override
  String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  @Override
  <T> T read(String json, Class<T> type) {
    return JSON.readValue(json, type);
  }

  @Override
  <T> List<T> readList(String json, Class<T> item) {
    return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, item));
  }

  @Override
  <T> Map<String, T> readMap(String json, Class<T> value) {
    return JSON.readValue(json, JSON.getTypeFactory().constructMapType(Map.class, String.class, value));
  }

  @Override
  <T> T convert(Object value, Class<T> type) {
    return JSON.convertValue(value, type);
  }

  @Override
  String writeWithOwnSettings(Object value) {
    return OWN_SETTINGS.writeValueAsString(value);
  }

  @Override
  Object roundTripWithTypeInformation(Object value) {
    return TYPED.readValue(TYPED.writerFor(Object.class).writeValueAsString(value), Object.class);
  }

  @Override
  String roundTripWithRaisedLimits(String json, Class<?> type) {
    return RAISED.writeValueAsString(RAISED.readValue(json, type));
  }

  @Override
  Class<? extends Exception> bindingFailure() {
    return DatabindException.class;
  }

  @Override
  Class<? extends Exception> nestingFailure() {
    return StreamConstraintsException.class;
  }

  @Override
  List<Object> failurePath(Throwable failure) {
    return ((DatabindException) failure).getPath().stream()
        .map(reference -> reference.getPropertyName() != null ? (Object) reference.getPropertyName()
            : (Object) reference.getIndex())
        .toList();
  }
}
