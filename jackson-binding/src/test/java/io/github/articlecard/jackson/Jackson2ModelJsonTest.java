package io.github.articlecard.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/** The model's JSON contract ({@link ModelJsonContract}) through the Jackson 2 module. */
class Jackson2ModelJsonTest extends ModelJsonContract {
  /** With the JDK 8 module for Optional, found as users find it. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new ArticleCardModule()).findAndRegisterModules();
  private static final ObjectMapper OWN_SETTINGS = JsonMapper.builder()
      .addModule(new ArticleCardModule()).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  private static final ObjectMapper TYPED = JSON.copy().activateDefaultTyping(
      JSON.getPolymorphicTypeValidator(), ObjectMapper.DefaultTyping.JAVA_LANG_OBJECT);
  private static final ObjectMapper RAISED = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
      .build()).registerModule(new ArticleCardModule());

  @Override
  String write(Object value) throws Exception {
    return JSON.writeValueAsString(value);
  }

  @Override
  <T> T read(String json, Class<T> type) throws Exception {
    return JSON.readValue(json, type);
  }

  @Override
  <T> List<T> readList(String json, Class<T> item) throws Exception {
    return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, item));
  }

  @Override
  <T> Map<String, T> readMap(String json, Class<T> value) throws Exception {
    return JSON.readValue(json, JSON.getTypeFactory().constructMapType(Map.class, String.class, value));
  }

  @Override
  <T> T convert(Object value, Class<T> type) {
    return JSON.convertValue(value, type);
  }

  @Override
  String writeWithOwnSettings(Object value) throws Exception {
    return OWN_SETTINGS.writeValueAsString(value);
  }

  @Override
  Object roundTripWithTypeInformation(Object value) throws Exception {
    return TYPED.readValue(TYPED.writerFor(Object.class).writeValueAsString(value), Object.class);
  }

  @Override
  String roundTripWithRaisedLimits(String json, Class<?> type) throws Exception {
    return RAISED.writeValueAsString(RAISED.readValue(json, type));
  }

  @Override
  Class<? extends Exception> bindingFailure() {
    return JsonMappingException.class;
  }

  @Override
  Class<? extends Exception> nestingFailure() {
    return StreamConstraintsException.class;
  }

  @Override
  List<Object> failurePath(Throwable failure) {
    return ((JsonMappingException) failure).getPath().stream()
        .map(reference -> reference.getFieldName() != null ? (Object) reference.getFieldName()
            : (Object) reference.getIndex())
        .toList();
  }
}
