package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jackson 2 module reads and writes deeply nested unknown keys without recursion, so that a
 * mapper whose limits the application raised meets no {@code StackOverflowError} at any level of
 * the model, and one with Jackson's defaults refuses the data with Jackson's own exception.
 */
class DeepModelJsonTest {
  private static final int DEEP = 20_000;
  private static final ObjectMapper RAISED = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
      .build())
      .registerModule(new ArticleCardModule());
  private static final ObjectMapper DEFAULTS = new ObjectMapper()
      .registerModule(new ArticleCardModule());

  /** A nested array or object, as JSON text, built without recursion. */
  private static String nested(boolean objects) {
    return objects
        ? "{\"k\":".repeat(DEEP) + "1" + "}".repeat(DEEP)
        : "[".repeat(DEEP) + "1" + "]".repeat(DEEP);
  }

  static Stream<Arguments> placesAndShapes() {
    Stream.Builder<Arguments> out = Stream.builder();
    for (boolean objects : new boolean[] {false, true}) {
      String deep = nested(objects);
      String shape = objects ? "objects" : "arrays";
      out.add(Arguments.of("card extras, " + shape, ArticleCard.class,
          "{\"title\":\"t\",\"deep\":" + deep + "}"));
      out.add(Arguments.of("images[0] extras, " + shape, ArticleCard.class,
          "{\"title\":\"t\",\"images\":[{\"url\":\"u\",\"deep\":" + deep + "}]}"));
      out.add(Arguments.of("provider extras, " + shape, ArticleCard.class,
          "{\"provider\":{\"name\":\"n\",\"deep\":" + deep + "}}"));
      out.add(Arguments.of("related[0].images[0] extras, " + shape, ArticleCard.class,
          "{\"related\":[{\"title\":\"r\",\"images\":[{\"url\":\"u\",\"deep\":" + deep + "}]}]}"));
      out.add(Arguments.of("an image alone, " + shape, Image.class,
          "{\"url\":\"u\",\"deep\":" + deep + "}"));
      out.add(Arguments.of("a provider alone, " + shape, Provider.class,
          "{\"name\":\"n\",\"deep\":" + deep + "}"));
      out.add(Arguments.of("a related article alone, " + shape, RelatedArticle.class,
          "{\"title\":\"r\",\"deep\":" + deep + "}"));
      out.add(Arguments.of("extras alone, " + shape, Extras.class, "{\"deep\":" + deep + "}"));
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesAndShapes")
  void withRaisedLimitsDeepExtrasReadAndWriteBackWithoutRecursion(String place, Class<?> type,
      String json) throws Exception {
    Object value = RAISED.readValue(json, type);
    String written = RAISED.writeValueAsString(value);

    assertThat(written).isEqualTo(json); // compared as text: equals would walk the nesting
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesAndShapes")
  void withJacksonsDefaultLimitsDeepExtrasAreRefusedByJackson(String place, Class<?> type,
      String json) {
    assertThatThrownBy(() -> DEFAULTS.readValue(json, type))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesAndShapes")
  void withJacksonsDefaultLimitsDeepExtrasAreNotWritten(String place, Class<?> type, String json)
      throws Exception {
    Object value = RAISED.readValue(json, type);

    assertThatThrownBy(() -> DEFAULTS.writeValueAsString(value))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesAndShapes")
  void deepExtrasInsideTheApplicationsListsAndMapsReadWithoutRecursion(String place,
      Class<?> type, String json) throws Exception {
    JavaType list = RAISED.getTypeFactory().constructCollectionType(List.class, type);
    JavaType map = RAISED.getTypeFactory().constructMapType(Map.class, String.class, type);

    List<?> items = RAISED.readValue("[" + json + "," + json + "]", list);
    Map<?, ?> byName = RAISED.readValue("{\"a\":" + json + "}", map);

    assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOf(type));
    assertThat(RAISED.writeValueAsString(items.get(1))).isEqualTo(json);
    assertThat(RAISED.writeValueAsString(byName.get("a"))).isEqualTo(json);
  }

  /** The same through the Jackson 3 module. */
  @Nested
  @Tag("jackson3")
  class Jackson3 {
    private final tools.jackson.databind.json.JsonMapper raised =
        tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                .maxNestingDepth(100_000).build())
            .streamWriteConstraints(tools.jackson.core.StreamWriteConstraints.builder()
                .maxNestingDepth(100_000).build())
            .build())
        .addModule(new ArticleCardJackson3Module()).build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.articlecard.jackson.DeepModelJsonTest#placesAndShapes")
    void withRaisedLimitsDeepExtrasReadAndWriteBackWithoutRecursion(String place, Class<?> type,
        String json) {
      Object value = raised.readValue(json, type);

      assertThat(raised.writeValueAsString(value)).isEqualTo(json);
    }
  }
}
