package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON form of every public model type, as a contract that each JSON backend's module must
 * keep: {@link Jackson2ModelJsonTest} runs it through {@code ArticleCardModule} on a Jackson 2
 * {@code ObjectMapper}, {@link Jackson3ModelJsonTest} through {@code ArticleCardJackson3Module} on
 * a Jackson 3 {@code JsonMapper}. The forms are pinned here as text, once; a backend only says how
 * to write, read and fail.
 */
abstract class ModelJsonContract {
  static final CardMapper MAPPER = CardMapper.builder().build();
  static final ArticleCard SEED = MAPPER.read(TestFiles.resource("cards/seed.md")).card();
  private static final ObjectMapper TREES = new ObjectMapper();

  static final Image SIZED = Image.builder().url("https://e.com/a|b.jpg").width(600)
      .height(337).isCached(true).extra("alt", "1e3").build();
  static final Image UNSIZED = Image.builder().url("https://e.com/u.jpg")
      .isCached(false).present("isCached").title("t").build();
  static final Provider LOGOS = Provider.builder().name("Mint").images(List.of())
      .present("images").extra("rank", "012").build();
  static final RelatedArticle SPARSE = RelatedArticle.builder().title("r")
      .type(ContentType.of("podcast")).addImage(UNSIZED).extra("score", List.of(1, 2.5, true)).build();

  /** A user's own type holding model values. */
  public record Dto(List<Image> images, Map<String, Provider> providers, Optional<Url> link,
      Optional<Url> none, Category category, RelatedArticle related, Extras extras) {}

  // What a backend does: write, read, convert, and the exceptions it fails with.

  abstract String write(Object value) throws Exception;

  abstract <T> T read(String json, Class<T> type) throws Exception;

  abstract <T> List<T> readList(String json, Class<T> item) throws Exception;

  abstract <T> Map<String, T> readMap(String json, Class<T> value) throws Exception;

  abstract <T> T convert(Object value, Class<T> type);

  /** Writes with the mapper's own settings turned against the forms (sorted keys, fast doubles). */
  abstract String writeWithOwnSettings(Object value) throws Exception;

  /** Writes a value with its type, as default typing does, and reads it back as an Object. */
  abstract Object roundTripWithTypeInformation(Object value) throws Exception;

  /** Writes and reads with the mapper's nesting limits raised to 100,000 levels. */
  abstract String roundTripWithRaisedLimits(String json, Class<?> type) throws Exception;

  /** The exception the backend's databind throws for a value that does not fit. */
  abstract Class<? extends Exception> bindingFailure();

  /** The exception the backend's streaming layer throws for data nested too deep. */
  abstract Class<? extends Exception> nestingFailure();

  /** The property names and indexes of a binding failure's path, outermost first. */
  abstract List<Object> failurePath(Throwable failure);

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of(Url.of("https://example.com/a|b c"), "\"https://example.com/a|b c\""),
        Arguments.of(Category.NEWS, "\"news\""),
        Arguments.of(Category.of("podcasts"), "\"podcasts\""),
        Arguments.of(ContentType.VIDEO, "\"video\""),
        Arguments.of(Secured.of("b24S/ug==;Hkky=="), "\"b24S/ug==;Hkky==\""),
        Arguments.of(Secured.of(""), "\"\""),
        Arguments.of(Url.of("https://e.com/\u00e9\uD83D\uDE00\"q\"\\"),
            "\"https://e.com/\u00e9\uD83D\uDE00\\\"q\\\"\\\\\""),
        Arguments.of(Extras.builder().put("a", 1).put("n", null).put("m", Map.of("k", "v")).build(),
            "{\"a\":1,\"n\":null,\"m\":{\"k\":\"v\"}}"),
        Arguments.of(Extras.empty(), "{}"),
        Arguments.of(SIZED, "{\"url\":\"https://e.com/a|b.jpg\",\"width\":600,\"height\":337,"
            + "\"isCached\":true,\"alt\":\"1e3\"}"),
        Arguments.of(UNSIZED, "{\"url\":\"https://e.com/u.jpg\",\"isCached\":false,\"title\":\"t\"}"),
        Arguments.of(Image.builder().build(), "{}"),
        Arguments.of(Provider.of("CNET", "cnet.com"), "{\"name\":\"CNET\",\"domain\":\"cnet.com\"}"),
        Arguments.of(LOGOS, "{\"name\":\"Mint\",\"images\":[],\"rank\":\"012\"}"),
        Arguments.of(SPARSE, "{\"title\":\"r\",\"type\":\"podcast\",\"images\":[{\"url\":"
            + "\"https://e.com/u.jpg\",\"isCached\":false,\"title\":\"t\"}],\"score\":[1,2.5,true]}"),
        Arguments.of(ArticleCard.builder().title("t").quality(0).topics(List.of()).present("topics")
            .body("b\n").build(), "{\"title\":\"t\",\"quality\":0,\"topics\":[],\"body\":\"b\\n\"}"),
        Arguments.of(ArticleCard.builder().heat(-1).published(false).provider(LOGOS).build(),
            "{\"heat\":-1,\"published\":false,\"provider\":{\"name\":\"Mint\",\"images\":[],\"rank\":\"012\"}}"),
        Arguments.of(ArticleCard.builder().publishedDateTime(Instant.parse("2021-03-14T13:26:00.123Z"))
            .build(), "{\"publishedDateTime\":\"2021-03-14T13:26:00.123Z\"}"),
        Arguments.of(Extras.builder().put("price", new BigDecimal("1.50"))
            .put("half", new BigDecimal("1.5")).put("beyond", new BigDecimal("1.0E+400"))
            .put("big", new BigInteger("123456789012345678901234567890")).put("long", 1L << 40)
            .build(), "{\"price\":1.50,\"half\":1.5E+0,\"beyond\":1.0E+400,"
            + "\"big\":123456789012345678901234567890,\"long\":1099511627776}"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyModelTypeWritesItsCardFormAndReadsBackEqual(Object value, String json) throws Exception {
    String written = write(value);

    assertThat(written).isEqualTo(json);
    assertThat(read(written, value.getClass())).isEqualTo(value);
  }

  @Test
  void theCardsJsonIsItsFrontMatterPlusTheBody() throws Exception {
    ObjectNode expected = MAPPER.read(TestFiles.resource("cards/seed.md")).frontMatter();
    expected.put("body", "\n");

    assertThat(TREES.readTree(write(SEED))).isEqualTo(expected);
  }

  @Test
  void modelTypesInsideAUsersTypeKeepTheirForms() throws Exception {
    Map<String, Provider> providers = new LinkedHashMap<>();
    providers.put("mint", LOGOS);
    providers.put("cnet", Provider.of("CNET", "cnet.com"));
    Dto dto = new Dto(List.of(SIZED, UNSIZED), providers, Optional.of(Url.of("https://e.com/x|y")),
        Optional.empty(), Category.of("podcasts"), SPARSE, Extras.builder().put("k", "v").build());

    String json = write(dto);

    JsonNode tree = TREES.readTree(json);
    assertThat(tree.get("images").toString()).isEqualTo(write(dto.images()));
    assertThat(tree.get("providers").toString()).isEqualTo(
        "{\"mint\":" + write(LOGOS) + ",\"cnet\":" + write(providers.get("cnet")) + "}");
    assertThat(tree.get("link").toString()).isEqualTo("\"https://e.com/x|y\"");
    assertThat(tree.get("category").toString()).isEqualTo("\"podcasts\"");
    assertThat(tree.get("related").toString()).isEqualTo(write(SPARSE));
    assertThat(tree.get("extras").toString()).isEqualTo("{\"k\":\"v\"}");
    assertThat(read(json, Dto.class)).isEqualTo(dto);
  }

  @Test
  void listsAndMapsOfModelTypesRoundTrip() throws Exception {
    List<Image> images = List.of(SIZED, UNSIZED, Image.builder().build());
    Map<String, Url> links = Map.of("a", Url.of("https://e.com/a"));

    assertThat(readList(write(images), Image.class)).isEqualTo(images);
    assertThat(readMap(write(links), Url.class)).isEqualTo(links);
    assertThat(readList(write(SEED.related()), RelatedArticle.class)).isEqualTo(SEED.related());
  }

  @Test
  void absenceSurvivesJsonAtEveryLevel() throws Exception {
    ArticleCard card = MAPPER.read(TestFiles.resource("absent/nested.md")).card();

    ArticleCard back = read(write(card), ArticleCard.class);

    assertThat(back).isEqualTo(card);
    assertThat(back.hasTopics()).isTrue();
    assertThat(back.images().get(0).hasWidth()).isFalse();
    assertThat(back.images().get(1).hasIsCached()).isTrue();
    assertThat(back.related().get(0).hasQuality()).isFalse();
    assertThat(back.related().get(1).hasImages()).isTrue();
    assertThat(read("{\"title\":\"t\",\"quality\":null}", ArticleCard.class).hasQuality()).isFalse();
  }

  @Test
  void aMappersOwnSettingsDoNotChangeTheForms() throws Exception {
    // Java 17 writes 2.0E23 as 1.9999999999999998E23, the fast double writer as 2.0E23 (which
    // would read back as a BigDecimal, since it is not how Java writes the double)
    Extras doubles = Extras.builder().put("z", 1).put("a", 2).put("d", 2.0E23).put("e", 0.1)
        .put("f", 4.9E-324).put("n", null).build();
    List<Object> values = List.of(doubles, SEED, SIZED,
        ArticleCard.builder().title("t").topics(List.of()).present("topics").extra("n", null).build());

    for (Object value : values) {
      assertThat(writeWithOwnSettings(value)).isEqualTo(write(value));
    }
    assertThat(write(doubles)).isEqualTo("{\"z\":1,\"a\":2,\"d\":" + Double.toString(2.0E23)
        + ",\"e\":0.1,\"f\":4.9E-324,\"n\":null}");
    assertThat(read(writeWithOwnSettings(doubles), Extras.class)).isEqualTo(doubles);
  }

  @Test
  void wholeNumbersFromAnyTokenSourceReadAsTheSmallestOfIntegerLongAndBigInteger() {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("long", 5L);
    numbers.put("big", BigInteger.TEN);
    numbers.put("wide", 1L << 40);

    Extras extras = convert(numbers, Extras.class);

    assertThat(extras.asMap()).containsExactly(Map.entry("long", 5), Map.entry("big", 10),
        Map.entry("wide", 1L << 40));
  }

  @Test
  void numbersInUnknownKeysReadBackAsTheSameTypesAndDigits() throws Exception {
    Extras extras = Extras.builder().put("int", 7).put("long", 1L << 40)
        .put("big", new BigInteger("123456789012345678901234567890")).put("double", 0.1)
        .put("tiny", 3.2476533335408835E-6).put("exact", new BigDecimal("3.141592653589793238462643"))
        .put("negative zero", new BigDecimal("-0.000")).put("minus zero", -0.0)
        .put("nested", List.of(Map.of("k", List.of(1, 2.5, true)), List.of(List.of()), Map.of()))
        .build();

    Extras back = read(write(extras), Extras.class);

    assertThat(back).isEqualTo(extras);
    assertThat(back.get("int")).isInstanceOf(Integer.class);
    assertThat(back.get("long")).isInstanceOf(Long.class);
    assertThat(back.get("big")).isInstanceOf(BigInteger.class);
    assertThat(back.get("double")).isInstanceOf(Double.class);
  }

  @Test
  void decimalsInUnknownKeysKeepEveryDigitThroughJson() throws Exception {
    CardDocument doc = MAPPER.read("---\ntitle: t\nprice: 1.50\nhalf: 1.5\nbig: 9007199254740993.0\n"
        + "huge: 1.0e400\ntiny: 1.000e-7\nlist: [2.50, 0.1]\n---\n");
    Extras extras = doc.card().extras();
    assertThat(extras.get("price")).isEqualTo(new BigDecimal("1.50"));
    assertThat(extras.get("half")).isEqualTo(1.5);

    String json = write(doc.card());
    assertThat(json).contains("\"price\":1.50", "\"half\":1.5,", "\"big\":9007199254740993.0",
        "\"list\":[2.50,0.1]");
    ArticleCard back = read(json, ArticleCard.class);
    assertThat(back.extras()).isEqualTo(extras);
    assertThat(MAPPER.write(back)).contains("price: 1.50\n", "big: 9007199254740993.0\n");
  }

  @Test
  void jsonFromElsewhereReadsAsTheCardReaderReadsTheSameText() throws Exception {
    String json = "{\"a\":2.0,\"b\":2.00,\"c\":1e3,\"d\":1.5,\"e\":1.0E+400,\"f\":12345678901234567890,"
        + "\"g\":-0.0,\"h\":0.30000000000000004,\"i\":[{\"x\":null}],\"j\":\"\\u00e9\"}";

    Extras extras = read(json, Extras.class);

    assertThat(extras.asMap()).containsEntry("a", 2.0).containsEntry("b", new BigDecimal("2.00"))
        .containsEntry("c", new BigDecimal("1e3")).containsEntry("d", 1.5)
        .containsEntry("e", new BigDecimal("1.0E+400"))
        .containsEntry("f", new BigInteger("12345678901234567890")).containsEntry("g", -0.0)
        .containsEntry("j", "\u00e9");
  }

  @Test
  void aTypeMismatchNamesThePathInsideTheValue() {
    assertThatThrownBy(() -> read("{\"url\":\"u\",\"width\":\"wide\"}", Image.class))
        .isInstanceOf(bindingFailure())
        .hasMessageContaining("width: expected a whole number, found \"wide\"")
        .hasCauseInstanceOf(CardBindingException.class);
    assertThatThrownBy(() -> read("{\"images\":[{\"url\":\"u\",\"height\":true}]}", Provider.class))
        .isInstanceOf(bindingFailure())
        .hasMessageContaining("images[0].height: expected a whole number, found true");
    assertThatThrownBy(() -> read("[\"x\"]", Url.class))
        .isInstanceOf(bindingFailure()).hasMessageContaining("Url: expected text, found a list");
    assertThatThrownBy(() -> read("{\"body\":1}", ArticleCard.class))
        .isInstanceOf(bindingFailure()).hasMessageContaining("body: expected the body as text, found 1");
    assertThatThrownBy(() -> read("{\"quality\":2.5}", ArticleCard.class))
        .isInstanceOf(bindingFailure()).hasMessageContaining("quality");
  }

  @Test
  void aTypeMismatchInsideAUsersTypeNamesBothPaths() {
    String json = "{\"images\":[{\"url\":\"a\"},{\"url\":\"b\",\"width\":\"wide\"}]}";

    Throwable thrown = catchThrowable(() -> read(json, Dto.class));

    assertThat(thrown).isInstanceOf(bindingFailure())
        .hasMessageContaining("width: expected a whole number, found \"wide\"")
        .hasMessageContaining("[\"images\"]").hasMessageContaining("[1]");
    assertThat(failurePath(thrown)).startsWith("images", 1);
  }

  @Test
  void aKeyTwiceInOneObjectIsRefusedNotDropped() {
    List<String> twice = List.of("{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":{\"x\":[1]},\"name\":1}",
        "{\"images\":[{\"url\":\"u\",\"k\":1,\"k\":[]}]}", "{\"deep\":[{\"a\":{\"b\":1,\"b\":1}}]}");

    for (String json : twice) {
      assertThatThrownBy(() -> read(json, Provider.class)).as(json)
          .isInstanceOf(bindingFailure()).hasMessageContaining("duplicate key");
    }
    assertThatThrownBy(() -> read("{\"a\":1,\"a\":1}", Extras.class))
        .isInstanceOf(bindingFailure()).hasMessageContaining("duplicate key \"a\"");
  }

  @Test
  void aCardWithAnUnknownKeyNamedBodyIsNotWrittenAsJson() {
    ArticleCard card = ArticleCard.builder().title("t").extra("body", "not the body").build();

    assertThatThrownBy(() -> write(card))
        .isInstanceOf(bindingFailure()).hasMessageContaining("unknown key named \"body\"");
  }

  @Test
  void aValueWrittenWithTypeInformationReadsBack() throws Exception {
    List<Object> values = List.of(SEED, Url.of("https://e.com"), ContentType.VIDEO, SIZED,
        Extras.builder().put("a", 1).build());

    for (Object value : values) {
      assertThat(roundTripWithTypeInformation(value)).isEqualTo(value);
    }
  }

  private static final int DEEP = 100_000;

  /** Lists nested a hundred thousand deep, built and compared without recursion. */
  static Object nested(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  @Test
  void jsonNestedTooDeepIsRefusedByTheBackendsLimitNotAStackOverflow() {
    String deep = "{\"deep\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}";
    for (Class<?> type : List.of(Extras.class, ArticleCard.class, Image.class, Provider.class,
        RelatedArticle.class)) {
      assertThatThrownBy(() -> read(deep, type)).as(type.getSimpleName())
          .isInstanceOf(nestingFailure()).hasMessageContaining("nesting depth");
    }
  }

  @Test
  void extrasNestedTooDeepAreRefusedByTheBackendsWriteLimitNotAStackOverflow() {
    Extras deep = Extras.of(Map.of("deep", nested(DEEP)));
    List<Object> values = List.of(deep, ArticleCard.builder().extras(deep).build(),
        Image.builder().extras(deep).build(), List.of(Provider.builder().extras(deep).build()));

    for (Object value : values) {
      Throwable thrown = catchThrowable(() -> write(value));
      // inside a plain list Jackson 2 wraps the limit in a JsonMappingException with the path
      Throwable limit = thrown;
      while (limit != null && !nestingFailure().isInstance(limit)) {
        limit = limit.getCause();
      }
      assertThat(limit).as("%s: %s", value.getClass().getSimpleName(), thrown)
          .isInstanceOf(nestingFailure()).hasMessageContaining("nesting depth");
    }
  }

  static Stream<Arguments> deepPlaces() {
    Stream.Builder<Arguments> out = Stream.builder();
    int depth = 20_000;
    for (boolean objects : new boolean[] {false, true}) {
      String deep = objects ? "{\"k\":".repeat(depth) + "1" + "}".repeat(depth)
          : "[".repeat(depth) + "1" + "]".repeat(depth);
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
  @MethodSource("deepPlaces")
  void withRaisedLimitsDeepExtrasReadAndWriteBackWithoutRecursion(String place, Class<?> type,
      String json) throws Exception {
    assertThat(roundTripWithRaisedLimits(json, type)).isEqualTo(json); // as text: equals would recurse
  }

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void everyValueOfEveryCorpusCardRoundTripsAlone(Path file) throws Exception {
    ArticleCard card = MAPPER.read(TestFiles.read(file)).card();
    List<Object> values = new ArrayList<>(List.of(card, card.extras()));
    Stream.of(card.category(), card.type(), card.webUrl(), card.ampWebUrl(), card.cdnAmpWebUrl(),
        card.originalUrl(), card.secured(), card.provider()).filter(Objects::nonNull)
        .forEach(values::add);
    values.addAll(card.images());
    for (RelatedArticle related : card.related()) {
      values.add(related);
      values.addAll(related.images());
    }

    for (Object value : values) {
      assertThat(read(write(value), value.getClass()))
          .as("%s of %s", value.getClass().getSimpleName(), file.getFileName()).isEqualTo(value);
    }
  }
}
