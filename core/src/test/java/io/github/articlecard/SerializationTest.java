package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
