package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Java serialization of the model, as Spark uses it for collect, shuffles and closures. */
class SerializationTest {

  @Test
  void theSeedCardComesBackEqual() {
    ArticleCard seed = SeedCard.build();

    assertThat(roundTrip(seed)).isEqualTo(seed).isNotSameAs(seed);
  }

  @Test
  void absentKeysStayAbsentAtEveryLevel() {
    ArticleCard card = ArticleCard.builder()
        .title("")                                    // present but empty
        .present("topics")                            // topics: []
        .provider(Provider.builder().name("Mint").build())
        .addImage(Image.builder().url("https://example.com/a.jpg").width(0).build())
        .addRelated(RelatedArticle.builder().quality(0).build())
        .build();

    ArticleCard back = roundTrip(card);

    assertThat(back).isEqualTo(card);
    assertThat(back.absentKeys()).containsExactlyElementsOf(card.absentKeys());
    assertThat(back.hasTitle()).isTrue();
    assertThat(back.hasQuality()).isFalse();
    assertThat(back.has("topics")).isTrue();
    assertThat(back.provider().absentKeys()).containsExactly("domain", "images");
    assertThat(back.images().get(0).hasWidth()).isTrue();
    assertThat(back.images().get(0).hasHeight()).isFalse();
    assertThat(back.related().get(0).hasQuality()).isTrue();
    assertThat(back.related().get(0).hasTitle()).isFalse();
  }

  @Test
  void unknownKeysKeepTheirOrderAndExactNumbers() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", 1);
    nested.put("a", new BigDecimal("1.50"));
    nested.put("m", Arrays.asList("x", null, new BigInteger("123456789012345678901234567890")));
    Extras extras = Extras.builder()
        .put("sourceUrl", "https://example.com/a|b")
        .put("score", 9_007_199_254_740_993L)
        .put("ratio", -0.0)
        .put("nothing", null)
        .put("nested", nested)
        .build();
    ArticleCard card = ArticleCard.builder().title("T").extras(extras)
        .provider(Provider.builder().name("P").extras(extras).build())
        .build();

    ArticleCard back = roundTrip(card);

    assertThat(back).isEqualTo(card);
    assertThat(back.extras().keys()).containsExactly("sourceUrl", "score", "ratio", "nothing", "nested");
    @SuppressWarnings("unchecked")
    Map<String, Object> backNested = (Map<String, Object>) back.extras().get("nested");
    assertThat(backNested).containsOnlyKeys("z", "a", "m");
    assertThat(backNested.keySet()).containsExactly("z", "a", "m");
    assertThat(((BigDecimal) backNested.get("a")).scale()).isEqualTo(2);
    assertThat(back.extras().get("ratio")).isEqualTo(-0.0);
    assertThatThrownBy(() -> backNested.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aListSharedWithinAValueStaysOneCopy() {
    List<Object> shared = new ArrayList<>(List.of("a", "b"));
    Extras extras = Extras.builder().put("both", List.of(shared, shared)).build();

    List<?> back = (List<?>) roundTrip(extras).get("both");

    assertThat(back).isEqualTo(extras.get("both"));
    assertThat(back.get(0)).isSameAs(back.get(1));
  }

  @Test
  void emptyExtrasComeBackAsTheEmptyHolder() {
    assertThat(roundTrip(Extras.empty())).isSameAs(Extras.empty());
  }

  @Test
  void namedValuesComeBackAsTheirConstants() {
    assertThat(roundTrip(Category.NEWS)).isSameAs(Category.NEWS);
    assertThat(roundTrip(ContentType.VIDEO)).isSameAs(ContentType.VIDEO);
    assertThat(roundTrip(Category.of("podcasts"))).isEqualTo(Category.of("podcasts"));
    assertThat(roundTrip(ContentType.of("gallery")).value()).isEqualTo("gallery");
  }

  @Test
  void linksAndTheSecuredBlobKeepTheirExactText() {
    Url url = Url.of("https://example.com/a b|c%zz");
    Secured secured = Secured.of("AAAA==;BBBB==");

    assertThat(roundTrip(url).raw()).isEqualTo("https://example.com/a b|c%zz");
    assertThat(roundTrip(secured).value()).isEqualTo("AAAA==;BBBB==");
  }

  @Test
  void instantsAndValidationProblemsSurvive() {
    ArticleCard card = ArticleCard.builder()
        .publishedDateTime(Instant.parse("2021-03-14T13:26:00.123456789Z")).quality(-3).build();

    ArticleCard back = roundTrip(card);

    assertThat(back.publishedDateTime()).isEqualTo(card.publishedDateTime());
    assertThat(roundTrip(back.validate().get(0))).isEqualTo(card.validate().get(0));
  }

  @Test
  void everyKeyOfEveryRecordComesBackPresentOrAbsentAsItWas() {
    ArticleCard seed = SeedCard.build();
    List<ModelRecord> records = List.of(seed, Objects.requireNonNull(seed.provider()),
        seed.images().get(0), seed.related().get(0), seed.related().get(0).images().get(0));
    for (ModelRecord record : records) {
      for (ModelKey<?> key : record.modelKeys()) {
        ModelRecord without = record.toBuilder().remove(key.name()).build();
        ModelRecord with = record.toBuilder().present(key.name()).build();
        for (ModelRecord variant : List.of(without, with)) {
          String what = record.getClass().getSimpleName() + "." + key.name();
          ModelRecord back = roundTrip(variant);

          assertThat(back).as(what).isEqualTo(variant);
          assertThat(back.has(key.name())).as(what).isEqualTo(variant.has(key.name()));
          assertThat(back.absentKeys()).as(what).containsExactlyElementsOf(variant.absentKeys())
              .hasSameClassAs(variant.absentKeys());
        }
      }
    }
  }

  @Test
  void absentKeysThatContradictTheValuesAreRefusedWhenRead() throws IOException {
    ArticleCard card = ArticleCard.builder().title("T").type(ContentType.VIDEO).quality(3)
        .addImage(Image.builder().url("https://example.com/a.jpg").width(600).build()).build();
    byte[] bytes = serialize(card);

    Map<String, String> alterations = Map.of(
        "heat", "type",        // a card's key listed absent while it holds a value
        "published", "publishex",   // a name the card does not know
        "title", "width",      // an image's key listed absent while it holds a value
        "height", "heighx");   // a name an image does not know
    alterations.forEach((absent, listed) -> {
      byte[] altered = withStringReplaced(bytes, absent, listed);

      assertThatThrownBy(() -> deserialize(altered)).as(absent + " -> " + listed)
          .isInstanceOf(InvalidObjectException.class)
          .hasRootCauseInstanceOf(IllegalArgumentException.class)
          .hasStackTraceContaining(listed);
    });
  }

  @Test
  void aValidatorComesBackWithEverySettingAndReportsTheSameProblems() {
    CardValidator custom = CardValidator.builder()
        .relativeUrls(false)
        .severity(ValidationRule.HEAT, CardValidator.Severity.WARNING)
        .severity(ValidationRule.TOPICS, CardValidator.Severity.OFF)
        .range(ValidationRule.HEAT, -1, 100)
        .range(ValidationRule.QUALITY, 10, 20)
        .build();
    ArticleCard card = ArticleCard.builder().webUrl("/a.html").heat(-5).quality(50)
        .topics(List.of(" ")).title(" ")
        .addImage(Image.builder().url("x.jpg").width(-1).build()).build();

    for (CardValidator validator : List.of(custom, CardValidator.defaults())) {
      CardValidator back = roundTrip(validator);

      for (ValidationRule rule : ValidationRule.values()) {
        assertThat(back.severity(rule)).as(rule.id()).isEqualTo(validator.severity(rule));
        if (rule.isRange()) {
          assertThat(back.minimum(rule)).as(rule.id()).isEqualTo(validator.minimum(rule));
          assertThat(back.maximum(rule)).as(rule.id()).isEqualTo(validator.maximum(rule));
        }
      }
      assertThat(back.allowsRelativeUrls()).isEqualTo(validator.allowsRelativeUrls());
      assertThat(back).hasToString(validator.toString());
      assertThat(back.validate(card)).isEqualTo(validator.validate(card));
    }
    assertThat(custom.validate(card)).extracting(ValidationProblem::severity)
        .contains(CardValidator.Severity.WARNING, CardValidator.Severity.ERROR);
  }

  @Test
  void validationProblemsComeBackWithTheirRuleAndSeverity() {
    CardValidator validator = CardValidator.builder()
        .severity(ValidationRule.HEAT, CardValidator.Severity.WARNING)
        .severity(ValidationRule.URL, CardValidator.Severity.WARNING).build();
    ArticleCard card = ArticleCard.builder().title("T").heat(-7).quality(-1).webUrl("a b")
        .addRelated(RelatedArticle.builder().title(" ").build()).build();
    List<ValidationProblem> problems = validator.validate(card);

    assertThat(problems).extracting(problem -> problem.rule() + " " + problem.severity())
        .containsExactly("URL WARNING", "QUALITY ERROR", "HEAT WARNING", "TITLE ERROR");
    for (ValidationProblem problem : problems) {
      ValidationProblem back = roundTrip(problem);

      assertThat(back).isEqualTo(problem);
      assertThat(back.rule()).isSameAs(problem.rule());
      assertThat(back.severity()).isSameAs(problem.severity());
      assertThat(back.isError()).isEqualTo(problem.isError());
    }
  }

  /** Replaces the first string object (TC_STRING) {@code from} in a stream by one of equal length. */
  private static byte[] withStringReplaced(byte[] stream, String from, String to) {
    byte[] wanted = stringObject(from);
    byte[] replacement = stringObject(to);
    assertThat(replacement).hasSameSizeAs(wanted);
    for (int at = 0; at + wanted.length <= stream.length; at++) {
      if (Arrays.equals(stream, at, at + wanted.length, wanted, 0, wanted.length)) {
        byte[] altered = stream.clone();
        System.arraycopy(replacement, 0, altered, at, replacement.length);
        return altered;
      }
    }
    throw new AssertionError("no string object " + from + " in the stream");
  }

  private static byte[] stringObject(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] object = new byte[utf8.length + 3];
    object[0] = 0x74;   // TC_STRING, then the length in two bytes
    object[1] = (byte) (utf8.length >> 8);
    object[2] = (byte) utf8.length;
    System.arraycopy(utf8, 0, object, 3, utf8.length);
    return object;
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) {
    try {
      return (T) deserialize(serialize(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
