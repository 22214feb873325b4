package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The Jackson 3 module gives every public model type exactly the JSON the Jackson 2 module gives
 * ({@link ModelJsonTest} pins that form), alone and inside users' own types, and reads it back
 * equal.
 *
 * <p>Tagged {@code jackson3}: .ci/run leaves it out of the all-Jackson-2.17 leg, whose
 * jackson-annotations 2.17 is older than any Jackson 3 runs on.
 */
@Tag("jackson3")
class Jackson3ModuleTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final ObjectMapper JACKSON2 = new ObjectMapper()
      .registerModule(new ArticleCardModule()).findAndRegisterModules();
  private static final JsonMapper JACKSON3 = JsonMapper.builder()
      .addModule(new ArticleCardJackson3Module()).build();
  private static final ArticleCard SEED = MAPPER.read(TestFiles.resource("cards/seed.md")).card();

  private static final Extras NUMBERS_AND_NESTING = Extras.builder()
      .put("int", 7).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"))
      .put("double", 0.1).put("tiny", 3.2476533335408835E-6).put("huge double", 2.0E23)
      .put("price", new BigDecimal("1.50")).put("half as decimal", new BigDecimal("1.5"))
      .put("beyond double", new BigDecimal("1.0E+400")).put("thousand", new BigDecimal("1E+3"))
      .put("negative", new BigDecimal("-0.000")).put("nothing", null)
      .put("nested", List.of(Map.of("k", List.of(1, 2.5, true)), List.of(List.of()), Map.of()))
      .put("with nulls", Arrays.asList(null, "x", null))
      .build();

  /** A user's own type holding model values. */
  public record Dto(List<Image> images, Map<String, Provider> providers, Optional<Url> link,
      Url plain, Category category, RelatedArticle related, Extras extras, ArticleCard card) {}

  static Stream<Object> values() {
    List<Object> values = new ArrayList<>();
    ModelJsonTest.values().forEach(arguments -> values.add(arguments.get()[0]));
    values.add(SEED);
    values.add(NUMBERS_AND_NESTING);
    values.add(ArticleCard.builder().title("t").extras(NUMBERS_AND_NESTING).body("b\r\n").build());
    values.add(Image.builder().url("u").extras(NUMBERS_AND_NESTING).build());
    values.add(Provider.builder().name("P").extras(NUMBERS_AND_NESTING).build());
    values.add(RelatedArticle.builder().title("r").quality(0).extras(NUMBERS_AND_NESTING).build());
    values.add(ArticleCard.builder().build());
    values.add(ArticleCard.builder().publishedDateTime(Instant.parse("2021-03-14T13:26:00.123Z"))
        .provider(Provider.builder().build()).images(List.of()).present("images").build());
    values.add(Secured.of(""));
    values.add(Url.of("https://e.com/\u00e9\uD83D\uDE00\"q\"\\"));
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyModelTypeWritesWhatTheJackson2ModuleWritesAndReadsBackEqual(Object value) throws Exception {
    String json = JACKSON3.writeValueAsString(value);

    assertThat(json).isEqualTo(JACKSON2.writeValueAsString(value));
    assertThat(JACKSON3.readValue(json, value.getClass())).isEqualTo(value);
  }

  @Test
  void theSeedCardsJsonIsItsFrontMatterPlusTheBody() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode expected =
        MAPPER.read(TestFiles.resource("cards/seed.md")).frontMatter();
    expected.put("body", "\n");

    assertThat(JACKSON2.readTree(JACKSON3.writeValueAsString(SEED))).isEqualTo(expected);
  }

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void everyValueOfEveryCorpusCardHasTheJackson2FormAndRoundTrips(Path file) throws Exception {
    ArticleCard card = MAPPER.read(TestFiles.read(file)).card();
    List<Object> values = new ArrayList<>(List.of(card, card.extras()));
    Stream.of(card.category(), card.type(), card.webUrl(), card.ampWebUrl(), card.cdnAmpWebUrl(),
        card.originalUrl(), card.secured(), card.provider()).filter(Objects::nonNull).forEach(values::add);
    values.addAll(card.images());
    for (RelatedArticle related : card.related()) {
      values.add(related);
      values.addAll(related.images());
    }

    for (Object value : values) {
      String json = JACKSON3.writeValueAsString(value);
      assertThat(json).as("%s of %s", value.getClass().getSimpleName(), file.getFileName())
          .isEqualTo(JACKSON2.writeValueAsString(value));
      assertThat(JACKSON3.readValue(json, value.getClass())).isEqualTo(value);
    }
  }

  @Test
  void modelTypesInsideAUsersTypeKeepTheirForms() throws Exception {
    Image sized = Image.builder().url("https://e.com/a|b.jpg").width(600).height(337)
        .isCached(true).extra("alt", "1e3").build();
    Image unsized = Image.builder().url("https://e.com/u.jpg").isCached(false).present("isCached").build();
    Map<String, Provider> providers = new LinkedHashMap<>();
    providers.put("mint", Provider.builder().name("Mint").images(List.of()).present("images").build());
    providers.put("cnet", Provider.of("CNET", "cnet.com"));
    Dto dto = new Dto(List.of(sized, unsized, Image.builder().build()), providers,
        Optional.of(Url.of("https://e.com/x|y")), Url.of("https://e.com/p"), Category.of("podcasts"),
        SEED.related().get(0), NUMBERS_AND_NESTING, SEED);

    String json = JACKSON3.writeValueAsString(dto);

    // the DTO's own property order is Jackson 3's business; each model value's JSON is the Jackson 2 one
    com.fasterxml.jackson.databind.JsonNode tree = JACKSON2.readTree(json);
    assertThat(tree.properties()).hasSize(8);
    assertThat(tree.get("images").toString()).isEqualTo(JACKSON2.writeValueAsString(dto.images()));
    assertThat(tree.get("providers").toString()).isEqualTo(JACKSON2.writeValueAsString(providers));
    assertThat(tree.get("link").toString()).isEqualTo("\"https://e.com/x|y\"");
    assertThat(tree.get("plain").toString()).isEqualTo("\"https://e.com/p\"");
    assertThat(tree.get("category").toString()).isEqualTo("\"podcasts\"");
    assertThat(tree.get("related").toString()).isEqualTo(JACKSON2.writeValueAsString(dto.related()));
    assertThat(json).contains("\"extras\":" + JACKSON2.writeValueAsString(NUMBERS_AND_NESTING),
        "\"card\":" + JACKSON2.writeValueAsString(SEED));
    assertThat(JACKSON3.readValue(json, Dto.class)).isEqualTo(dto);
  }

  @Test
  void listsAndMapsOfModelTypesRoundTrip() throws Exception {
    List<Image> images = List.of(Image.builder().url("a").width(1).build(), Image.builder().build());
    Map<String, Url> links = Map.of("a", Url.of("https://e.com/a"));

    String imagesJson = JACKSON3.writeValueAsString(images);
    assertThat(imagesJson).isEqualTo(JACKSON2.writeValueAsString(images));
    assertThat(JACKSON3.readValue(imagesJson, new TypeReference<List<Image>>() { })).isEqualTo(images);
    assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(links),
        new TypeReference<Map<String, Url>>() { })).isEqualTo(links);
    assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(SEED.related()),
        new TypeReference<List<RelatedArticle>>() { })).isEqualTo(SEED.related());
  }

  @Test
  void absenceSurvivesJsonAtEveryLevel() throws Exception {
    ArticleCard card = MAPPER.read(TestFiles.resource("absent/nested.md")).card();

    ArticleCard back = JACKSON3.readValue(JACKSON3.writeValueAsString(card), ArticleCard.class);

    assertThat(back).isEqualTo(card);
    assertThat(back.hasTopics()).isTrue();
    assertThat(back.images().get(0).hasWidth()).isFalse();
    assertThat(back.related().get(0).hasQuality()).isFalse();
    assertThat(back.related().get(1).hasImages()).isTrue();
    assertThat(JACKSON3.readValue("{\"title\":\"t\",\"quality\":null}", ArticleCard.class).hasQuality())
        .isFalse();
  }

  @Test
  void numbersReadBackAsTheSameTypesAndDigits() throws Exception {
    Extras back = JACKSON3.readValue(JACKSON3.writeValueAsString(NUMBERS_AND_NESTING), Extras.class);

    assertThat(back).isEqualTo(NUMBERS_AND_NESTING);
    assertThat(back.get("int")).isInstanceOf(Integer.class);
    assertThat(back.get("long")).isInstanceOf(Long.class);
    assertThat(back.get("big")).isInstanceOf(BigInteger.class);
    assertThat(back.get("double")).isInstanceOf(Double.class);
    assertThat(back.get("price")).isEqualTo(new BigDecimal("1.50"));
    assertThat(back.get("half as decimal")).isEqualTo(new BigDecimal("1.5"));
    assertThat(back.get("beyond double")).isEqualTo(new BigDecimal("1.0E+400"));
    assertThat(JACKSON3.writeValueAsString(NUMBERS_AND_NESTING))
        .contains("\"price\":1.50,", "\"half as decimal\":1.5E+0,", "\"beyond double\":1.0E+400,");
  }

  @Test
  void jsonFromElsewhereReadsAsTheJackson2ModuleReadsIt() throws Exception {
    String json = "{\"a\":2.0,\"b\":2.00,\"c\":1e3,\"d\":1.5,\"e\":1.0E+400,\"f\":12345678901234567890,"
        + "\"g\":-0.0,\"h\":0.30000000000000004,\"i\":[{\"x\":null}],\"j\":\"\\u00e9\"}";

    Extras jackson3 = JACKSON3.readValue(json, Extras.class);

    assertThat(jackson3).isEqualTo(JACKSON2.readValue(json, Extras.class));
    assertThat(jackson3.asMap()).containsEntry("a", 2.0).containsEntry("b", new BigDecimal("2.00"))
        .containsEntry("c", new BigDecimal("1e3")).containsEntry("e", new BigDecimal("1.0E+400"))
        .containsEntry("f", new BigInteger("12345678901234567890"));
  }

  @Test
  void aMappersOwnSettingsDoNotChangeTheForms() throws Exception {
    JsonMapper settings = JsonMapper.builder().addModule(new ArticleCardJackson3Module())
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .build();
    List<Object> values = List.of(NUMBERS_AND_NESTING, SEED, Extras.builder().put("z", 1).put("a", 2).build(),
        ArticleCard.builder().title("t").topics(List.of()).present("topics").extra("n", null).build());

    for (Object value : values) {
      assertThat(settings.writeValueAsString(value)).isEqualTo(JACKSON2.writeValueAsString(value));
    }
  }

  @Test
  void wholeNumbersFromAnyTokenSourceReadAsTheSmallestOfIntegerLongAndBigInteger() {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("long", 5L);
    numbers.put("big", BigInteger.TEN);
    numbers.put("wide", 1L << 40);

    Extras extras = JACKSON3.convertValue(numbers, Extras.class);

    assertThat(extras).isEqualTo(JACKSON2.convertValue(numbers, Extras.class));
    assertThat(extras.asMap()).containsExactly(Map.entry("long", 5), Map.entry("big", 10),
        Map.entry("wide", 1L << 40));
  }

  @Test
  void aTypeMismatchNamesThePathInsideTheValue() {
    assertThatThrownBy(() -> JACKSON3.readValue("{\"url\":\"u\",\"width\":\"wide\"}", Image.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("width: expected a whole number, found \"wide\"")
        .hasCauseInstanceOf(CardBindingException.class);
    assertThatThrownBy(() -> JACKSON3.readValue("{\"images\":[{\"url\":\"u\",\"height\":true}]}", Provider.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("images[0].height: expected a whole number, found true");
    assertThatThrownBy(() -> JACKSON3.readValue("[\"x\"]", Url.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("Url: expected text, found a list");
    assertThatThrownBy(() -> JACKSON3.readValue("{\"body\":1}", ArticleCard.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("body: expected the body as text, found 1");
    assertThatThrownBy(() -> JACKSON3.readValue("{\"quality\":2.5}", ArticleCard.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("quality");
  }

  @Test
  void aTypeMismatchInsideAUsersTypeNamesBothPaths() {
    String json = "{\"images\":[{\"url\":\"a\"},{\"url\":\"b\",\"width\":\"wide\"}]}";

    Throwable thrown = catchThrowable(() -> JACKSON3.readValue(json, Dto.class));

    assertThat(thrown).isInstanceOf(DatabindException.class)
        .hasMessageContaining("width: expected a whole number, found \"wide\"")
        .hasMessageContaining("[\"images\"]").hasMessageContaining("[1]");
    assertThat(((DatabindException) thrown).getPath()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(((DatabindException) thrown).getPath().get(0).getPropertyName()).isEqualTo("images");
    assertThat(((DatabindException) thrown).getPath().get(1).getIndex()).isEqualTo(1);
  }

  @Test
  void aKeyTwiceInOneObjectIsRefusedNotDropped() {
    List<String> twice = List.of("{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":{\"x\":[1]},\"name\":1}",
        "{\"images\":[{\"url\":\"u\",\"k\":1,\"k\":[]}]}", "{\"deep\":[{\"a\":{\"b\":1,\"b\":1}}]}");

    for (String json : twice) {
      assertThatThrownBy(() -> JACKSON3.readValue(json, Provider.class)).as(json)
          .isInstanceOf(DatabindException.class).hasMessageContaining("duplicate key");
    }
    assertThatThrownBy(() -> JACKSON3.readValue("{\"a\":1,\"a\":1}", Extras.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("duplicate key \"a\"");
  }

  @Test
  void aCardWithAnUnknownKeyNamedBodyIsNotWrittenAsJson() {
    ArticleCard card = ArticleCard.builder().title("t").extra("body", "not the body").build();

    assertThatThrownBy(() -> JACKSON3.writeValueAsString(card))
        .isInstanceOf(DatabindException.class).hasMessageContaining("unknown key named \"body\"");
  }

  private static Object nested(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  private static final int DEEP = 100_000;
  private static final String DEEP_JSON = "{\"deep\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}";

  @Test
  void jsonNestedAHundredThousandDeepIsRefusedByJacksonsLimitNotAStackOverflow() {
    for (Class<?> type : List.of(Extras.class, ArticleCard.class, Image.class, Provider.class,
        RelatedArticle.class)) {
      assertThatThrownBy(() -> JACKSON3.readValue(DEEP_JSON, type)).as(type.getSimpleName())
          .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
    }
  }

  @Test
  void extrasNestedAHundredThousandDeepAreRefusedByJacksonsWriteLimitNotAStackOverflow() {
    Extras deep = Extras.of(Map.of("deep", nested(DEEP)));
    List<Object> values = List.of(deep, ArticleCard.builder().extras(deep).build(),
        Image.builder().extras(deep).build(), List.of(Provider.builder().extras(deep).build()));

    for (Object value : values) {
      assertThatThrownBy(() -> JACKSON3.writeValueAsString(value))
          .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
    }
  }

  @Test
  void withTheMappersLimitsRaisedDeepExtrasGoBothWaysWithoutRecursion() throws Exception {
    JsonMapper unlimited = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build())
        .addModule(new ArticleCardJackson3Module()).build();

    Extras read = unlimited.readValue(DEEP_JSON, Extras.class);
    String written = unlimited.writeValueAsString(read);

    assertThat(depth(read.get("deep"))).isEqualTo(DEEP);
    assertThat(written).isEqualTo(DEEP_JSON); // compared as text: List.equals would recurse
  }

  /** How many lists deep a value of nested one-item-or-empty lists is, counted without recursion. */
  private static int depth(Object value) {
    int depth = 0;
    for (Object at = value; at instanceof List<?> list; at = list.isEmpty() ? null : list.get(0)) {
      depth++;
    }
    return depth;
  }

  @Test
  void aValueWrittenWithTypeInformationReadsBack() throws Exception {
    JsonMapper typed = JsonMapper.builder().addModule(new ArticleCardJackson3Module())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("io.github.articlecard.").build(), DefaultTyping.JAVA_LANG_OBJECT)
        .build();
    List<Object> values = List.of(SEED, Url.of("https://e.com"), ContentType.VIDEO,
        Image.builder().url("u").width(1).build(), Extras.builder().put("a", 1).build());

    for (Object value : values) {
      String json = typed.writerFor(Object.class).writeValueAsString(value);
      assertThat(json).contains(value.getClass().getName());
      assertThat(typed.readValue(json, Object.class)).isEqualTo(value);
    }
  }
}
