package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both modules give every model value the same bytes and read any JSON as the same value: what
 * {@link ModelJsonContract} checks of each alone, checked of the two against each other, on the
 * contract's values, values with numbers and nesting of every kind, and every value of every
 * corpus card.
 *
 * <p>Tagged {@code jackson3}: .ci/run leaves it out of the all-Jackson-2.17 leg.
 */
@Tag("jackson3")
class Jackson3SameBytesTest {
  private static final ObjectMapper JACKSON2 = new ObjectMapper()
      .registerModule(new ArticleCardModule()).findAndRegisterModules();
  private static final JsonMapper JACKSON3 = JsonMapper.builder()
      .addModule(new ArticleCardJackson3Module()).build();

  private static final Extras NUMBERS_AND_NESTING = Extras.builder()
      .put("int", 7).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"))
      .put("double", 0.1).put("tiny", 3.2476533335408835E-6).put("huge double", 2.0E23)
      .put("price", new BigDecimal("1.50")).put("half as decimal", new BigDecimal("1.5"))
      .put("beyond double", new BigDecimal("1.0E+400")).put("thousand", new BigDecimal("1E+3"))
      .put("negative", new BigDecimal("-0.000")).put("nothing", null)
      .put("nested", List.of(Map.of("k", List.of(1, 2.5, true)), List.of(List.of()), Map.of()))
      .put("with nulls", Arrays.asList(null, "x", null))
      .build();

  static Stream<Object> values() {
    List<Object> values = new ArrayList<>();
    ModelJsonContract.forms().forEach(arguments -> values.add(arguments.get()[0]));
    values.add(ModelJsonContract.SEED);
    values.add(NUMBERS_AND_NESTING);
    values.add(ArticleCard.builder().title("t").extras(NUMBERS_AND_NESTING).body("b\r\n").build());
    values.add(Image.builder().url("u").extras(NUMBERS_AND_NESTING).build());
    values.add(Provider.builder().name("P").extras(NUMBERS_AND_NESTING).build());
    values.add(RelatedArticle.builder().title("r").quality(0).extras(NUMBERS_AND_NESTING).build());
    values.add(ArticleCard.builder().build());
    values.add(List.of(ModelJsonContract.SIZED, ModelJsonContract.UNSIZED));
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("values")
  void bothModulesWriteTheSameBytes(Object value) throws Exception {
    assertThat(JACKSON3.writeValueAsString(value)).isEqualTo(JACKSON2.writeValueAsString(value));
  }

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void everyValueOfEveryCorpusCardHasTheSameBytesInBoth(Path file) throws Exception {
    ArticleCard card = ModelJsonContract.MAPPER.read(TestFiles.read(file)).card();
    List<Object> values = new ArrayList<>(List.of(card, card.extras()));
    Stream.of(card.category(), card.type(), card.webUrl(), card.originalUrl(), card.secured(),
        card.provider()).filter(Objects::nonNull).forEach(values::add);
    values.addAll(card.images());
    values.addAll(card.related());

    for (Object value : values) {
      assertThat(JACKSON3.writeValueAsString(value))
          .as("%s of %s", value.getClass().getSimpleName(), file.getFileName())
          .isEqualTo(JACKSON2.writeValueAsString(value));
    }
  }

  @Test
  void jsonFromElsewhereReadsAsTheSameValueInBoth() throws Exception {
    String json = "{\"a\":2.0,\"b\":2.00,\"c\":1e3,\"d\":1.5,\"e\":1.0E+400,\"f\":12345678901234567890,"
        + "\"g\":-0.0,\"h\":0.30000000000000004,\"i\":[{\"x\":null}],\"j\":\"\\u00e9\"}";

    assertThat(JACKSON3.readValue(json, Extras.class)).isEqualTo(JACKSON2.readValue(json, Extras.class));
    assertThat(JACKSON3.convertValue(Map.of("n", 5L), Extras.class))
        .isEqualTo(JACKSON2.convertValue(Map.of("n", 5L), Extras.class));
  }
}
