package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each record's key table ({@code keys()}) is the one description of its keys: names in house
 * order, kinds, presence rules and validation rules; builders, {@code has}, {@code remove},
 * {@code absentKeys} and {@code validate} follow it.
 */
class ModelKeyTableTest {

  static Stream<List<? extends ModelKey<?>>> tables() {
    return Stream.of(ArticleCard.keys(), Provider.keys(), Image.keys(), RelatedArticle.keys());
  }

  @ParameterizedTest
  @MethodSource("tables")
  void eachTableNamesItsRecordsComponentsInOrder(List<? extends ModelKey<?>> keys) {
    Class<?> owner = keys.get(0).owner();
    List<String> components = Stream.of(owner.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).limit(keys.size()).toList();

    assertThat(keys).extracting(ModelKey::name).containsExactlyElementsOf(components);
    assertThat(keys).allSatisfy(key -> assertThat(key.owner()).isEqualTo(owner));
  }

  @Test
  void kindsAndPresenceSayWhatTheAccessorsAnswer() {
    assertThat(ArticleCard.keys()).filteredOn(key -> key.name().equals("quality")).singleElement()
        .satisfies(key -> {
          assertThat(key.kind()).isEqualTo(ValueKind.WHOLE_NUMBER);
          assertThat(key.presence()).isEqualTo(ModelKey.Presence.DEFAULTED);
          assertThat(key.absentValue()).isEqualTo(0);
          assertThat(key.rule()).hasValue(ValidationRule.QUALITY);
          assertThat(key).hasToString("ArticleCard.quality (WHOLE_NUMBER, DEFAULTED)");
        });
    assertThat(Image.keys()).filteredOn(key -> key.name().equals("isCached")).singleElement()
        .satisfies(key -> assertThat(key.presence()).isEqualTo(ModelKey.Presence.OMITTED_WHEN_DEFAULT));
    assertThat(RelatedArticle.keys()).filteredOn(key -> key.kind() == ValueKind.URL)
        .allSatisfy(key -> assertThat(key.isNullable()).isTrue());
  }

  @Test
  void valueInAnswersAsTheAccessorDoes() {
    ArticleCard card = SeedCard.build();

    for (ModelKey<ArticleCard> key : ArticleCard.keys()) {
      Object expected = switch (key.name()) {
        case "title" -> card.title();
        case "quality" -> card.quality();
        case "published" -> card.published();
        case "topics" -> card.topics();
        case "provider" -> card.provider();
        default -> key.valueIn(card);
      };
      assertThat(key.valueIn(card)).as(key.name()).isEqualTo(expected);
    }
  }

  @Test
  void setFollowsEachKeysPresenceRule() {
    ArticleCard card = ArticleCard.builder()
        .set("quality", 0)                        // DEFAULTED: present even at the default
        .set("topics", List.of())                 // OMITTED_WHEN_DEFAULT: stays absent
        .set("webUrl", Url.of("https://e.com"))   // NULLABLE: present with a value
        .set("type", null)                        // NULLABLE: null is absent
        .build();

    assertThat(card.hasQuality()).isTrue();
    assertThat(card.hasTopics()).isFalse();
    assertThat(card.has("webUrl")).isTrue();
    assertThat(card.has("type")).isFalse();
    assertThat(card).isEqualTo(ArticleCard.builder().quality(0).webUrl("https://e.com").build());
  }

  @Test
  void setRefusesUnknownKeysAndValuesOfAnotherKind() {
    ArticleCard.Builder builder = ArticleCard.builder();

    assertThatThrownBy(() -> builder.set("qualty", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'qualty' is not a key of ArticleCard");
    assertThatThrownBy(() -> builder.set("quality", "high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quality holds WHOLE_NUMBER values (Integer), not String");
    assertThatThrownBy(() -> builder.set("topics", List.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String items");
    assertThatThrownBy(() -> builder.set("title", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("remove(\"title\")");
    assertThatThrownBy(() -> builder.set("publishedDateTime", "2021-03-14"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.set("publishedDateTime", Instant.EPOCH).build().publishedDateTime())
        .isEqualTo(Instant.EPOCH);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void settingAKeyByItsTableEntryBuildsWhatSettingItByNameBuilds(
      List<? extends ModelKey<?>> keys) {
    ModelRecord full = fullRecordOf(keys.get(0).owner());
    assertThat(full.absentKeys()).isEmpty();
    ModelRecord.Builder<?> byKey = full.toBuilder();
    ModelRecord.Builder<?> byName = full.toBuilder();
    for (ModelKey<?> key : keys) {
      byKey.remove(key.name());
      byName.remove(key.name());
    }

    for (ModelKey<?> key : keys) {
      Object value = valueOf(key, full);
      byKey.set(key, value).present(key);
      byName.set(key.name(), value).present(key.name());
    }

    assertThat(byKey.build()).isEqualTo(byName.build()).isEqualTo(full);
  }

  @Test
  void settingByKeyFollowsEachKeysPresenceRuleAndPresentOverridesIt() {
    ModelKey<Image> isCached = keyNamed(Image.keys(), "isCached");
    ModelKey<Image> width = keyNamed(Image.keys(), "width");
    ModelKey<Image> title = keyNamed(Image.keys(), "title");

    Image image = Image.builder().set(isCached, false).set(width, 0).set(title, null).build();
    Image cachedFalse = Image.builder().set(isCached, false).present(isCached).build();

    assertThat(image.hasIsCached()).isFalse();
    assertThat(image.hasWidth()).isTrue();
    assertThat(image.has("title")).isFalse();
    assertThat(cachedFalse.hasIsCached()).isTrue();
    assertThat(cachedFalse).isEqualTo(Image.builder().isCached(false).present("isCached").build());
  }

  @Test
  void settingByKeyRefusesAnotherRecordsKeyEvenOfTheSameName() {
    ModelKey<Image> imageTitle = keyNamed(Image.keys(), "title");
    ModelKey<ArticleCard> cardQuality = keyNamed(ArticleCard.keys(), "quality");
    RelatedArticle.Builder related = RelatedArticle.builder();

    assertThatThrownBy(() -> related.set(imageTitle, "t")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Image.title (TEXT, NULLABLE) is not a key of RelatedArticle");
    assertThatThrownBy(() -> related.present(cardQuality))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a key of RelatedArticle");
    assertThat(related.build().has("title")).isFalse();
  }

  @Test
  void settingByKeyChecksValuesAsSettingByNameDoes() {
    ArticleCard.Builder builder = ArticleCard.builder();
    ModelKey<ArticleCard> quality = keyNamed(ArticleCard.keys(), "quality");
    ModelKey<ArticleCard> topics = keyNamed(ArticleCard.keys(), "topics");
    ModelKey<ArticleCard> title = keyNamed(ArticleCard.keys(), "title");
    List<String> withNull = new ArrayList<>(List.of("a"));
    withNull.add(null);

    assertThatThrownBy(() -> builder.set(quality, "high")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quality holds WHOLE_NUMBER values (Integer), not String");
    assertThatThrownBy(() -> builder.set(topics, List.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String items");
    assertThatThrownBy(() -> builder.set(topics, withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.set(title, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("remove(\"title\")");
  }

  @Test
  void aListSetByKeyIsCopiedAndItemsAddedLaterGoToTheBuilderOnly() {
    ModelKey<ArticleCard> topics = keyNamed(ArticleCard.keys(), "topics");
    List<String> given = new ArrayList<>(List.of("AI"));
    ArticleCard.Builder builder = ArticleCard.builder().set(topics, given);
    given.add("changed after set");
    ArticleCard first = builder.build();

    builder.addTopic("added after build");
    ArticleCard second = builder.build();
    ArticleCard fromUnmodifiable = ArticleCard.builder().set(topics, List.of("a")).addTopic("b")
        .build();

    assertThat(first.topics()).containsExactly("AI");
    assertThat(second.topics()).containsExactly("AI", "added after build");
    assertThat(fromUnmodifiable.topics()).containsExactly("a", "b");
    assertThat(first.toBuilder().addTopic("c").build().topics()).containsExactly("AI", "c");
    assertThat(first.topics()).containsExactly("AI");
  }

  private static <R extends Record> ModelKey<R> keyNamed(List<ModelKey<R>> keys, String name) {
    return keys.stream().filter(key -> key.name().equals(name)).findFirst().orElseThrow();
  }

  /** A record of the type with every key present (a value for each). */
  private static ModelRecord fullRecordOf(Class<?> type) {
    Image image = Image.builder().url("https://e.com/i.jpg").width(0).height(3).isCached(false)
        .present("isCached").title("image").build();
    Provider provider = Provider.builder().name("Mint").domain("livemint.com").images(List.of(image))
        .build();
    RelatedArticle related = RelatedArticle.builder().title("r").excerpt("").publishedDateTime(
        Instant.EPOCH).webUrl("https://e.com/r").ampWebUrl(Url.of("https://e.com/a"))
        .cdnAmpWebUrl(Url.of("https://e.com/c")).type(ContentType.ARTICLE).provider(provider).quality(0)
        .images(List.of()).present("images").build();
    if (type == Image.class) {
      return image;
    }
    if (type == Provider.class) {
      return provider;
    }
    if (type == RelatedArticle.class) {
      return related;
    }
    return SeedCard.build().toBuilder().featuredContent("<iframe></iframe>")
        .originalUrl(Url.of("https://e.com/o")).related(List.of(related)).build();
  }

  @SuppressWarnings("unchecked") // a key of the record's own type
  private static Object valueOf(ModelKey<?> key, ModelRecord record) {
    return ((ModelKey<Record>) key).valueIn((Record) record);
  }

  @Test
  @SuppressWarnings("unchecked") // keys asked of records of their own type, and one of another
  void isPresentInAnswersAsHasDoesForEveryKeyAbsentOrPresent() {
    ArticleCard seed = SeedCard.build();
    ArticleCard.Builder sparse = ArticleCard.builder().title("t").quality(0).topics(List.of());
    List<ModelRecord> records = List.of(seed, sparse.build(),
        sparse.present("topics").build(),
        seed.toBuilder().remove("quality").remove("webUrl").remove("images").build(),
        seed.images().get(0), Image.builder().build(), Provider.of("Mint", "livemint.com"),
        RelatedArticle.builder().title("t").build(), fullRecordOf(RelatedArticle.class),
        fullRecordOf(Provider.class), fullRecordOf(Image.class), fullRecordOf(ArticleCard.class));
    int absent = 0;
    for (ModelRecord record : records) {
      for (ModelKey<?> key : record.modelKeys()) {
        boolean present = ((ModelKey<Record>) key).isPresentIn((Record) record);
        assertThat(present).as("%s in %s", key, record).isEqualTo(record.has(key.name()));
        absent += present ? 0 : 1;
      }
    }
    assertThat(absent).as("absent keys of every presence rule were asked").isGreaterThan(20);
    assertThatThrownBy(() -> ((ModelKey<Record>) (ModelKey<?>) Image.keys().get(0))
        .isPresentIn(Provider.of("Mint", "livemint.com")))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void anyRecordAnswersHasThroughTheCommonInterface() {
    List<ModelRecord> records = List.of(SeedCard.build(), SeedCard.build().images().get(0),
        Provider.of("Mint", "livemint.com"), RelatedArticle.builder().title("t").build());

    for (ModelRecord record : records) {
      for (ModelKey<?> key : record.modelKeys()) {
        assertThat(record.has(key.name())).as(key.toString())
            .isEqualTo(!record.absentKeys().contains(key.name()));
      }
      assertThat(record.has("not a key")).isFalse();
    }
  }

  @Test
  void everyLinkIsCheckedByTheUrlRuleAndNothingElseIs() {
    for (List<? extends ModelKey<?>> keys : tables().toList()) {
      for (ModelKey<?> key : keys) {
        assertThat(key.rule().filter(rule -> rule == ValidationRule.URL).isPresent())
            .as(key.toString()).isEqualTo(key.kind() == ValueKind.URL);
      }
    }
  }

  @Test
  void validationFollowsTheTablesRulesAtEveryLevel() {
    ArticleCard card = ArticleCard.builder()
        .title(" ")
        .quality(-1)
        .heat(-2)
        .webUrl("with space")
        .topics(List.of("AI", ""))
        .images(List.of(Image.builder().url("https://e.com/i.png").width(-3).build()))
        .related(List.of(RelatedArticle.builder().quality(-1)
            .provider(Provider.builder().name("P").images(List.of(Image.builder().height(-1).build())).build())
            .build()))
        .build();

    assertThat(card.validate()).extracting(ValidationProblem::toString).containsExactly(
        "title: must not be blank",
        "webUrl: malformed URL \"with space\" (needs no whitespace or control characters)",
        "quality: must be >= 0",
        "topics[1]: must not be blank",
        "images[0].width: must be >= 0",
        "related[0].title: must not be blank",
        "related[0].provider.images[0].height: must be >= 0",
        "related[0].quality: must be >= 0");
  }
}
