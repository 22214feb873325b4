package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.articlecard.ArticleCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code as}/{@code with} for types shaped by Jackson's annotations (renamed properties, aliases,
 * any-setters, builders, creator constructors, computed and ignored properties, inclusion rules),
 * for the article model itself, and through an application's own {@code ObjectMapper}.
 */
class OwnTypesAnnotationsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String TEXT = TestFiles.resource("own-types/annotated.md");

  record Renamed(String title, @JsonProperty("date_published") LocalDate published) {}

  @Test
  void aRenamedPropertyEditsItsOwnKey() {
    CardDocument doc = MAPPER.read(TEXT);
    Renamed value = doc.as(Renamed.class);

    assertThat(value.published()).isEqualTo(LocalDate.of(2021, 3, 14));
    assertThat(doc.with(new Renamed(value.title(), value.published().plusDays(1))).text())
        .isEqualTo(TEXT.replace("date_published: 2021-03-14", "date_published: 2021-03-15"));
  }

  record Aliased(String title, @JsonAlias("date_published") LocalDate date) {}

  @Test
  void anAliasedPropertyIsEditedWhereTheAliasStands() {
    CardDocument doc = MAPPER.read(TEXT);
    Aliased value = doc.as(Aliased.class);

    assertThat(doc.with(new Aliased(value.title(), value.date().plusDays(1))).text())
        .isEqualTo(TEXT.replace("date_published: 2021-03-14", "date_published: 2021-03-15"));
    assertThat(doc.with(new Aliased(value.title(), null)).text())
        .isEqualTo(TEXT.replace("date_published: 2021-03-14   # a @JsonProperty or @JsonAlias name\n",
            ""));
  }

  /** Models every key: title as a property, the rest in a map that it also writes back. */
  static final class Flexible {
    public String title;
    private final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String key, Object value) {
      other.put(key, value);
    }

    @JsonAnyGetter
    Map<String, Object> other() {
      return other;
    }
  }

  @Test
  void withAnAnySetterAndGetterTheMapIsTheViewOfEveryOtherKey() {
    CardDocument doc = MAPPER.read(TEXT);
    Flexible value = doc.as(Flexible.class);
    assertThat(value.other()).containsKeys("date_published", "summary", "x-custom", "nested");
    assertThat(doc.with(value).text()).isEqualTo(TEXT);

    value.other().remove("x-custom");
    value.other().put("summary", "Longer");
    value.other().put("added", 3);

    assertThat(doc.with(value).text()).isEqualTo(TEXT
        .replace("x-custom: keep me            # gathered by a @JsonAnySetter\n", "")
        .replace("summary: Short", "summary: Longer")
        .replace("  a: 1\n", "  a: 1\nadded: 3\n"));
  }

  /** Gathers other keys but never writes them: they are not its to change. */
  static final class Gathering {
    public String title;
    @JsonIgnore
    final Map<String, Object> gathered = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String key, Object value) {
      gathered.put(key, value);
    }
  }

  @Test
  void withAnAnySetterAloneTheGatheredKeysAreNeverWritten() {
    CardDocument doc = MAPPER.read(TEXT);
    Gathering value = doc.as(Gathering.class);
    value.gathered.clear();
    value.title = "Renamed";

    assertThat(doc.with(value).text())
        .isEqualTo(TEXT.replace("title: Annotated", "title: Renamed"));
  }

  @JsonDeserialize(builder = Built.Builder.class)
  static final class Built {
    private final String title;
    private final String summary;

    private Built(String title, String summary) {
      this.title = title;
      this.summary = summary;
    }

    public String getTitle() {
      return title;
    }

    public String getSummary() {
      return summary;
    }

    Builder toBuilder() {
      return new Builder().title(title).summary(summary);
    }

    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder {
      private String title;
      private String summary;

      public Builder title(String title) {
        this.title = title;
        return this;
      }

      public Builder summary(String summary) {
        this.summary = summary;
        return this;
      }

      public Built build() {
        return new Built(title, summary);
      }
    }
  }

  @Test
  void builderTypesBindAndEdit() {
    CardDocument doc = MAPPER.read(TEXT);
    Built value = doc.as(Built.class);

    assertThat(value.getSummary()).isEqualTo("Short");
    assertThat(doc.with(value).text()).isEqualTo(TEXT);
    assertThat(doc.with(value.toBuilder().summary("Long").build()).text())
        .isEqualTo(TEXT.replace("summary: Short", "summary: Long"));
  }

  /** The Java analogue of a Kotlin data class: final fields, one creator constructor. */
  static final class Headline {
    private final String title;
    private final String summary;

    @JsonCreator
    Headline(@JsonProperty("title") String title, @JsonProperty("summary") String summary) {
      this.title = title;
      this.summary = summary;
    }

    public String getTitle() {
      return title;
    }

    public String getSummary() {
      return summary;
    }

    Headline copy(String newTitle) {
      return new Headline(newTitle, summary);
    }
  }

  @Test
  void creatorConstructorTypesBindAndEdit() {
    CardDocument doc = MAPPER.read(TEXT);
    Headline value = doc.as(Headline.class);

    assertThat(doc.with(value.copy("Data class")).text())
        .isEqualTo(TEXT.replace("title: Annotated", "title: Data class"));
  }

  record WithSlug(String title) {
    /** Computed from the title: serialized, but not a key the type reads. */
    @JsonProperty("slug")
    String slug() {
      return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /** Computed over a key the file has: never written over it. */
    @JsonProperty("summary")
    String summary() {
      return "computed";
    }
  }

  @Test
  void computedPropertiesAreNeverWritten() {
    CardDocument doc = MAPPER.read(TEXT);

    assertThat(doc.with(new WithSlug("Two Words")).text())
        .isEqualTo(TEXT.replace("title: Annotated", "title: Two Words"));
  }

  record Ignoring(String title, @JsonIgnore String summary) {}

  @Test
  void ignoredPropertiesAreNeitherReadNorWritten() {
    CardDocument doc = MAPPER.read(TEXT);

    assertThat(doc.as(Ignoring.class).summary()).isNull();
    assertThat(doc.with(new Ignoring("Annotated", "changed")).text()).isEqualTo(TEXT);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Sparse(String title, String summary, String subtitle) {}

  @Test
  void aPropertyLeftOutOfTheSerializedFormIsRemoved() {
    CardDocument doc = MAPPER.read(TEXT);

    assertThat(doc.with(new Sparse("Annotated", null, null)).text())
        .isEqualTo(TEXT.replace("summary: Short\n", ""));
    assertThat(doc.with(new Sparse("Annotated", "Short", "New")).text())
        .isEqualTo(TEXT.replace("  a: 1\n", "  a: 1\nsubtitle: New\n")); // the document's strings are plain
  }

  @Test
  void theArticleModelIsBoundAndEditedAsACard() {
    String text = TestFiles.resource("cards/seed.md");
    CardDocument doc = MAPPER.read(text);
    ArticleCard card = doc.as(ArticleCard.class);

    assertThat(card).isEqualTo(doc.card());
    ArticleCard edited = card.toBuilder().quality(card.quality() + 1).build();
    assertThat(doc.with(edited).text()).isEqualTo(doc.withCard(edited).text());
  }

  record Subset(String title, Instant publishedDateTime) {}

  @Test
  void anArticleCardSubsetEditsOnlyItsKeys() {
    String text = TestFiles.resource("cards/seed.md");
    CardDocument doc = MAPPER.read(text);
    Subset subset = doc.as(Subset.class);

    String edited = doc.with(new Subset(subset.title(),
        subset.publishedDateTime().plusSeconds(60))).text();

    assertThat(LineDiff.between(text, edited)).singleElement().satisfies(hunk -> {
      assertThat(hunk.removed()).singleElement().asString().startsWith("publishedDateTime: ");
      assertThat(hunk.added()).singleElement().asString().startsWith("publishedDateTime: ");
    });
    assertThat(MAPPER.read(edited).card()).isEqualTo(doc.card().toBuilder()
        .publishedDateTime(subset.publishedDateTime().plusSeconds(60)).build());
  }

  /** Cannot be serialized: Jackson finds no properties. */
  static final class Opaque {}

  @Test
  void valuesThatCannotBeWrittenGiveACardException() {
    CardDocument doc = MAPPER.read(TEXT);

    assertThatThrownBy(() -> doc.with(new Opaque()))
        .isInstanceOfSatisfying(CardException.class,
            e -> assertThat(e.kind()).isEqualTo(CardException.Kind.UNWRITABLE));
    assertThatThrownBy(() -> doc.with("just text"))
        .isInstanceOfSatisfying(CardException.class,
            e -> assertThat(e.problem()).contains("not a mapping"));
  }

  record Snake(String pageTitle, OffsetDateTime publishedAt, int wordCount) {}

  @Test
  void anApplicationsOwnObjectMapperDecidesNamesAndStrictness() {
    String text = TestFiles.resource("own-types/snake-case.md");
    ObjectMapper strict = JsonMapper.builder().findAndAddModules()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    CardMapper mapper = CardMapper.builder().objectMapper(strict).build();

    assertThatThrownBy(() -> mapper.read(text).as(Snake.class))
        .isInstanceOfSatisfying(CardBindingException.class, e -> {
          assertThat(e.path()).isEqualTo("unknown_key");
          assertThat(e.line()).isEqualTo(5);
          assertThat(e.problem()).contains("not a property of Snake");
        });

    ObjectMapper lenient = strict.copy()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    CardDocument doc = CardMapper.builder().objectMapper(lenient).build().read(text);
    Snake value = doc.as(Snake.class);
    // Jackson's defaults adjust offsets to UTC and write dates as timestamps; neither shows.
    assertThat(value.publishedAt()).isEqualTo(OffsetDateTime.parse("2021-03-14T09:00:00Z"));
    assertThat(doc.with(value).text()).isEqualTo(text);
    assertThat(doc.with(new Snake("Snake case", value.publishedAt().plusDays(1),
        value.wordCount() + 1)).text()).isEqualTo(text
        .replace("page_title: Snake", "page_title: Snake case")
        .replace("2021-03-14T10:00:00+01:00", "2021-03-15T10:00:00+01:00")
        .replace("word_count: 120", "word_count: 121"));
  }
}
