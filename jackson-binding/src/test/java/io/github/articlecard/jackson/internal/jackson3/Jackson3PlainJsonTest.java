package io.github.articlecard.jackson.internal.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.bind.PlainJsonContract;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;

/**
 * {@link Jackson3PlainJson}: the plain JSON contract ({@link PlainJsonContract}) on Jackson 3's
 * tokens, byte for byte what the Jackson 2 twin writes, and what only Jackson 3's parser and
 * generator offer.
 *
 * <p>Tagged {@code jackson3}: .ci/run leaves it out of the all-Jackson-2.17 leg.
 */
@Tag("jackson3")
class Jackson3PlainJsonTest extends PlainJsonContract {
  private static final JsonFactory PLAIN = new JsonFactory();
  private static final JsonFactory FAST = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  @Override
  protected String write(@Nullable Object value, boolean fastDoubles) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = (fastDoubles ? FAST : PLAIN)
        .createGenerator(ObjectWriteContext.empty(), out)) {
      Jackson3PlainJson.write(value, generator);
    }
    return out.toString();
  }

  private static JsonParser parser(String json) {
    return PLAIN.createParser(ObjectReadContext.empty(), json);
  }

  @Override
  protected @Nullable Object read(String json) {
    try (JsonParser parser = parser(json)) {
      return Jackson3PlainJson.read(parser);
    }
  }

  @Override
  protected Class<? extends Exception> mappingError() {
    return DatabindException.class;
  }

  @Override
  protected Class<? extends Exception> constraintError() {
    return StreamConstraintsException.class;
  }

  @Test
  void fieldsAreWrittenIntoAnObjectTheCallerStarted() {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = PLAIN.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartObject();
      generator.writeStringProperty("type", "card");
      Jackson3PlainJson.writeFields(Map.of("k", List.of(1)), generator);
      generator.writeEndObject();
    }

    assertThat(out).hasToString("{\"type\":\"card\",\"k\":[1]}");
  }

  @Test
  void readingFromInsideAnObjectGivesItsRestAndLeavesTheParserOnItsLastToken() {
    try (JsonParser parser = parser("[{\"@type\": \"x\", \"a\": 1, \"b\": [2]}, 3]")) {
      for (int i = 0; i < 5; i++) {
        parser.nextToken();
      }

      assertThat(Jackson3PlainJson.read(parser)).isEqualTo(Map.of("a", 1, "b", List.of(2)));
      assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    }
  }
}
