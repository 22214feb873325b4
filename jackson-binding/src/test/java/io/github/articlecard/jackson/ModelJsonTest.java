package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public model type has the card's JSON form, alone and inside users' own types. */
class ModelJsonTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  /** With the JDK 8 module for Optional, found as users find it (the test code may not read it on the module path). */
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new ArticleCardModule()).findAndRegisterModules();
  private static final ArticleCard SEED = MAPPER.read(TestFiles.resource("cards/seed.md")).card();

  private static final Image SIZED = Image.builder().url("https://e.com/a|b.jpg").width(600)
      .height(337).isCached(true).extra("alt", "1e3").build();
  private static final Image UNSIZED = Image.builder().url("https://e.com/u.jpg")
      .isCached(false).present("isCached").title("t").build();
  private static final Provider LOGOS = Provider.builder().name("Mint").images(List.of())
      .present("images").extra("rank", "012").build();
  private static final RelatedArticle SPARSE = RelatedArticle.builder().title("r")
      .type(ContentType.of("podcast")).addImage(UNSIZED).extra("score", List.of(1, 2.5, true)).build();

  /** A user's own type holding model values. */
  public record Dto(List<Image> images, Map<String, Provider> providers, Optional<Url> link,
      Optional<Url> none, Category category, RelatedArticle related, Extras extras) {}

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Url.of("https://example.com/a|b c"), "\"https://example.com/a|b c\""),
        Arguments.of(Category.NEWS, "\"news\""),
        Arguments.of(Category.of("podcasts"), "\"podcasts\""),
        Arguments.of(ContentType.VIDEO, "\"video\""),
        Arguments.of(Secured.of("b24S/ug==;Hkky=="), "\"b24S/ug==;Hkky==\""),
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
            "{\"heat\":-1,\"published\":false,\"provider\":{\"name\":\"Mint\",\"images\":[],\"rank\":\"012\"}}"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyModelTypeWritesItsCardFormAndReadsBackEqual(Object value, String json) throws Exception {
    String written = JSON.writeValueAsString(value);

    assertThat(written).isEqualTo(json);
    assertThat(JSON.readValue(written, value.getClass())).isEqualTo(value);
  }

  @Test
  void theCardsJsonIsItsFrontMatterPlusTheBody() {
    ObjectNode expected = MAPPER.read(TestFiles.resource("cards/seed.md")).frontMatter();
    expected.put("body", "\n");

    assertThat(JSON.<JsonNode>valueToTree(SEED)).isEqualTo(expected);
  }

  @Test
  void modelTypesInsideAUsersTypeKeepTheirForms() throws Exception {
    Map<String, Provider> providers = new LinkedHashMap<>();
    providers.put("mint", LOGOS);
    providers.put("cnet", Provider.of("CNET", "cnet.com"));
    Dto dto = new Dto(List.of(SIZED, UNSIZED), providers, Optional.of(Url.of("https://e.com/x|y")),
        Optional.empty(), Category.of("podcasts"), SPARSE, Extras.builder().put("k", "v").build());

    String json = JSON.writeValueAsString(dto);

    assertThat(json).contains("\"link\":\"https://e.com/x|y\"", "\"none\":null",
        "\"category\":\"podcasts\"", "\"providers\":{\"mint\":{\"name\":\"Mint\",\"images\":[]",
        "\"extras\":{\"k\":\"v\"}", "\"alt\":\"1e3\"");
    assertThat(JSON.readValue(json, Dto.class)).isEqualTo(dto);
  }

  @Test
  void listsAndMapsOfModelTypesRoundTrip() throws Exception {
    List<Image> images = List.of(SIZED, UNSIZED, Image.builder().build());
    Map<String, Url> links = Map.of("a", Url.of("https://e.com/a"));

    assertThat(JSON.readValue(JSON.writeValueAsString(images), new TypeReference<List<Image>>() { }))
        .isEqualTo(images);
    assertThat(JSON.readValue(JSON.writeValueAsString(links), new TypeReference<Map<String, Url>>() { }))
        .isEqualTo(links);
    assertThat(JSON.readValue(JSON.writeValueAsString(SEED.related()),
        new TypeReference<List<RelatedArticle>>() { })).isEqualTo(SEED.related());
  }

  @Test
  void absenceSurvivesJsonAtEveryLevel() throws Exception {
    ArticleCard card = MAPPER.read(TestFiles.resource("absent/nested.md")).card();

    ArticleCard back = JSON.readValue(JSON.writeValueAsString(card), ArticleCard.class);

    assertThat(back).isEqualTo(card);
    assertThat(back.hasTopics()).isTrue();
    assertThat(back.images().get(0).hasWidth()).isFalse();
    assertThat(back.images().get(1).hasIsCached()).isTrue();
    assertThat(back.related().get(0).hasQuality()).isFalse();
    assertThat(back.related().get(1).hasImages()).isTrue();
    assertThat(JSON.readValue("{\"title\":\"t\",\"quality\":null}", ArticleCard.class).hasQuality()).isFalse();
  }

  @Test
  void aMappersOwnSettingsDoNotChangeTheForms() throws Exception {
    ObjectMapper sorting = new ObjectMapper().registerModule(new ArticleCardModule())
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    Extras extras = Extras.builder().put("z", 1).put("a", 2).build();

    assertThat(sorting.writeValueAsString(extras)).isEqualTo("{\"z\":1,\"a\":2}");
    assertThat(sorting.writeValueAsString(SIZED)).startsWith("{\"url\":");
  }

  @Test
  void theFastDoubleWriterDoesNotChangeADoublesDigits() throws Exception {
    ObjectMapper fast = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new ArticleCardModule()).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    // Java 17 writes 2.0E23 as 1.9999999999999998E23, the fast writer as 2.0E23 (which reads back
    // as a BigDecimal there, since it is not how Java writes the double)
    Extras doubles = Extras.builder().put("d", 2.0E23).put("e", 0.1).put("f", 4.9E-324).build();

    String json = fast.writeValueAsString(doubles);

    assertThat(json).isEqualTo(JSON.writeValueAsString(doubles))
        .isEqualTo("{\"d\":" + Double.toString(2.0E23) + ",\"e\":0.1,\"f\":4.9E-324}");
    assertThat(fast.readValue(json, Extras.class)).isEqualTo(doubles);
  }

  @Test
  void wholeNumbersFromAnyTokenSourceReadAsTheSmallestOfIntegerLongAndBigInteger() {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("long", 5L);
    numbers.put("big", java.math.BigInteger.TEN);
    numbers.put("wide", 1L << 40);

    Extras extras = JSON.convertValue(numbers, Extras.class);

    assertThat(extras.asMap()).containsExactly(Map.entry("long", 5), Map.entry("big", 10),
        Map.entry("wide", 1L << 40));
  }

  @Test
  void numbersInUnknownKeysReadBackAsTheSameValues() throws Exception {
    Extras extras = Extras.builder().put("int", 7).put("long", 1L << 40)
        .put("big", new java.math.BigInteger("123456789012345678901234567890")).put("double", 0.1)
        .put("tiny", 3.2476533335408835E-6).put("exact", new java.math.BigDecimal("3.141592653589793238462643"))
        .build();

    assertThat(JSON.readValue(JSON.writeValueAsString(extras), Extras.class)).isEqualTo(extras);
  }

  @Test
  void decimalsInUnknownKeysKeepEveryDigitThroughJson() throws Exception {
    CardDocument doc = MAPPER.read("---\ntitle: t\nprice: 1.50\nhalf: 1.5\nbig: 9007199254740993.0\n"
        + "huge: 1.0e400\ntiny: 1.000e-7\nlist: [2.50, 0.1]\n---\n");
    Extras extras = doc.card().extras();
    assertThat(extras.get("price")).isEqualTo(new java.math.BigDecimal("1.50"));
    assertThat(extras.get("half")).isEqualTo(1.5);

    String json = JSON.writeValueAsString(doc.card());
    assertThat(json).contains("\"price\":1.50", "\"half\":1.5,", "\"big\":9007199254740993.0",
        "\"list\":[2.50,0.1]");
    ArticleCard back = JSON.readValue(json, ArticleCard.class);
    assertThat(back.extras()).isEqualTo(extras);
    assertThat(MAPPER.write(back)).contains("price: 1.50\n", "big: 9007199254740993.0\n");

    // a BigDecimal with a double's digits stays a BigDecimal
    Extras same = Extras.builder().put("d", new java.math.BigDecimal("1.5")).put("e", 1.5).build();
    assertThat(JSON.readValue(JSON.writeValueAsString(same), Extras.class)).isEqualTo(same);
    // JSON from elsewhere reads as the card reader would read the same text
    assertThat(JSON.readValue("{\"a\":2.0,\"b\":2.00,\"c\":1e3}", Extras.class).asMap())
        .containsExactly(Map.entry("a", 2.0), Map.entry("b", new java.math.BigDecimal("2.00")),
            Map.entry("c", new java.math.BigDecimal("1e3")));
  }

  @Test
  void aTypeMismatchNamesThePathInsideTheValue() {
    assertThatThrownBy(() -> JSON.readValue("{\"url\":\"u\",\"width\":\"wide\"}", Image.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("width: expected a whole number, found \"wide\"")
        .hasCauseInstanceOf(CardBindingException.class);
    assertThatThrownBy(() -> JSON.readValue("{\"images\":[{\"url\":\"u\",\"height\":true}]}", Provider.class))
        .hasMessageContaining("images[0].height: expected a whole number, found true");
    assertThatThrownBy(() -> JSON.readValue("[\"x\"]", Url.class))
        .hasMessageContaining("Url: expected text, found a list");
    assertThatThrownBy(() -> JSON.readValue("{\"body\":1}", ArticleCard.class))
        .hasMessageContaining("body: expected the body as text, found 1");
  }

  @Test
  void aTypeMismatchInsideAUsersTypeNamesBothPaths() {
    String json = "{\"images\":[{\"url\":\"a\"},{\"url\":\"b\",\"width\":\"wide\"}]}";

    assertThatThrownBy(() -> JSON.readValue(json, Dto.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("width: expected a whole number, found \"wide\"")
        .hasMessageContaining("[\"images\"]").hasMessageContaining("[1]")
        .satisfies(e -> assertThat(((JsonMappingException) e).getPath()).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void extrasNestedAHundredThousandDeepAreRefusedByJacksonsWriteLimitNotAStackOverflow() {
    Object deep = "leaf";
    for (int i = 0; i < 100_000; i++) {
      deep = List.of(deep);
    }
    Extras extras = Extras.of(Map.of("deep", deep));

    for (Object value : List.of(extras, ArticleCard.builder().extras(extras).build())) {
      assertThatThrownBy(() -> JSON.writeValueAsString(value))
          .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
    }
  }

  @Test
  void aKeyTwiceInOneObjectIsRefusedNotDropped() {
    assertThatThrownBy(() -> JSON.readValue("{\"name\":\"a\",\"name\":\"b\"}", Provider.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("duplicate key \"name\"");
  }

  @Test
  void aCardWithAnUnknownKeyNamedBodyIsNotWrittenAsJson() {
    ArticleCard card = ArticleCard.builder().title("t").extra("body", "not the body").build();

    assertThatThrownBy(() -> JSON.writeValueAsString(card))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("unknown key named \"body\"");
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
    Stream.of(card.category(), card.type(), card.webUrl(), card.originalUrl(), card.secured(),
        card.provider()).filter(java.util.Objects::nonNull).forEach(values::add);
    values.addAll(card.images());
    for (RelatedArticle related : card.related()) {
      values.add(related);
      values.addAll(related.images());
    }

    for (Object value : values) {
      assertThat(JSON.readValue(JSON.writeValueAsString(value), value.getClass())).isEqualTo(value);
    }
  }

  @Test
  void aCardWrittenWithTypeInformationReadsBack() throws Exception {
    ObjectMapper typed = JSON.copy().activateDefaultTyping(
        JSON.getPolymorphicTypeValidator(), ObjectMapper.DefaultTyping.JAVA_LANG_OBJECT);
    List<Object> values = List.of(SEED, Url.of("https://e.com"), SIZED, Extras.builder().put("a", 1).build());

    for (Object value : values) {
      String json = typed.writerFor(Object.class).writeValueAsString(value);
      assertThat(json).contains(value.getClass().getName());
      assertThat(typed.readValue(json, Object.class)).isEqualTo(value);
    }
  }

  @Test
  void theFormsDoNotDependOnWhenTheCardWasPublished() throws Exception {
    ArticleCard card = ArticleCard.builder().publishedDateTime(Instant.parse("2021-03-14T13:26:00.123Z")).build();

    assertThat(JSON.writeValueAsString(card)).isEqualTo("{\"publishedDateTime\":\"2021-03-14T13:26:00.123Z\"}");
  }
}
