package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainJson}: the plain JSON contract ({@link PlainJsonContract}) on Jackson 2's tokens, and
 * what only Jackson 2's parser and generator offer.
 */
class PlainJsonTest extends PlainJsonContract {
  private static final JsonFactory PLAIN = new JsonFactory();
  private static final JsonFactory FAST = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  @Override
  protected String write(@Nullable Object value, boolean fastDoubles) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = (fastDoubles ? FAST : PLAIN).createGenerator(out)) {
      PlainJson.write(value, generator);
    }
    return out.toString();
  }

  @Override
  protected @Nullable Object read(String json) throws IOException {
    try (JsonParser parser = PLAIN.createParser(json)) {
      return PlainJson.read(parser);
    }
  }

  @Override
  protected Class<? extends Exception> mappingError() {
    return JsonMappingException.class;
  }

  @Override
  protected Class<? extends Exception> constraintError() {
    return StreamConstraintsException.class;
  }

  @Test
  void notANumberReadsAsADoubleWhereTheParserAllowsIt() throws IOException {
    JsonFactory lenient = JsonFactory.builder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    try (JsonParser parser = lenient.createParser("[NaN, -Infinity]")) {
      assertThat(PlainJson.read(parser)).isEqualTo(List.of(Double.NaN, Double.NEGATIVE_INFINITY));
    }
  }

  @Test
  void fieldsAreWrittenIntoAnObjectTheCallerStarted() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = PLAIN.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("type", "card");
      PlainJson.writeFields(Map.of("k", List.of(1)), generator);
      generator.writeEndObject();
    }

    assertThat(out).hasToString("{\"type\":\"card\",\"k\":[1]}");
  }

  @Test
  void readingFromInsideAnObjectGivesItsRestAndLeavesTheParserOnItsLastToken() throws IOException {
    try (JsonParser parser = PLAIN.createParser("[{\"@type\": \"x\", \"a\": 1, \"b\": [2]}, 3]")) {
      for (int i = 0; i < 5; i++) {
        parser.nextToken();
      }

      assertThat(PlainJson.read(parser)).isEqualTo(Map.of("a", 1, "b", List.of(2)));
      assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    }
  }
}
