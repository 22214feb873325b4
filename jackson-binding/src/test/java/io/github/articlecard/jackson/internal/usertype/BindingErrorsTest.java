package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link BindingErrors}: what Jackson throws while binding front matter to a user's type becomes a
 * {@link CardBindingException} with the value's path, what was expected and found in words, and
 * the value's line and column in the card text (in code points, past a BOM and CRLF lines).
 */
class BindingErrorsTest {
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES).build();
  private static final ObjectMapper FAILS_ON_UNKNOWN = new ObjectMapper();

  enum Level {
    @JsonProperty("low") LOW,
    @JsonProperty("high") HIGH
  }

  record Link(String url, int rank) {}

  record Author(String name, List<Link> links) {}

  record Page(String title, int count, List<String> tags, Author author, LocalDate date,
      Level level, boolean draft, String[] aliases, Map<String, String> meta, Long views) {}

  record Checked(int quality) {
    Checked {
      if (quality < 0) {
        throw new IllegalArgumentException("quality must be 0 or more\nsee the docs");
      }
    }
  }

  record Required(@JsonProperty(required = true) String title, String excerpt) {}

  record Titled(String title) {}

  /** A type Jackson cannot create: an interface without type information. */
  interface Abstract {}

  record HoldsAbstract(Abstract shape) {}

  /** Binds a card's front matter as {@code UserTypes} does and returns the binding error. */
  private static CardBindingException error(String text, Class<?> type, ObjectMapper mapper) {
    ParsedCard card = FrontMatters.read(text);
    JavaType javaType = mapper.constructType(type);
    try (JsonParser parser = mapper.treeAsTokens(BindingTree.of(card.source()))) {
      mapper.readerFor(javaType).readValue(parser);
    } catch (Exception e) {
      CardBindingException error = BindingErrors.of(e, card, javaType, mapper);
      assertThat(error.getCause()).isSameAs(e);
      assertThat(error.kind()).isEqualTo(CardException.Kind.BINDING);
      return error;
    }
    throw new AssertionError("binds: " + text);
  }

  private static CardBindingException pageError(String line) {
    return error("---\ntitle: T\n" + line + "\n---\nbody\n", Page.class, LENIENT);
  }

  @Test
  void aValueOfTheWrongKindNamesItsPathWhatWasExpectedAndWhatWasFound() {
    String[][] cases = {
        {"count: many", "count", "expected a whole number, found \"many\""},
        {"views: [1]", "views", "expected a whole number, found a list"},
        {"tags: [a, b, {x: 1}]", "tags[2]", "expected text, found a mapping"},
        {"author: {name: A, links: [{url: u, rank: 1}, {url: v, rank: x}]}",
            "author.links[1].rank", "expected a whole number, found \"x\""},
        {"date: tomorrow", "date", "expected a date (2021-03-14), found \"tomorrow\""},
        {"level: medium", "level", "expected one of low, high, found \"medium\""},
        {"draft: maybe", "draft", "expected true or false, found \"maybe\""},
        {"aliases: {a: 1}", "aliases", "expected a list, found a mapping"},
        {"meta: [1]", "meta", "expected a mapping, found a list"},
        {"author: Ann", "author", "expected a mapping for Author, found \"Ann\""},
    };
    for (String[] c : cases) {
      CardBindingException error = pageError(c[0]);

      assertThat(error.path()).as(c[0]).isEqualTo(c[1]);
      assertThat(error.problem()).as(c[0]).isEqualTo(c[1] + ": " + c[2]);
      assertThat(error.line()).as(c[0]).isEqualTo(3);
    }
  }

  @Test
  void theErrorStandsAtTheValueItNames() {
    String line = "author: {name: A, links: [{url: u, rank: 1}, {url: v, rank: x}]}";
    CardBindingException error = pageError(line);

    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(line.indexOf("x}") + 1);
    assertThat(error.excerpt()).hasValueSatisfying(excerpt -> assertThat(excerpt).contains(line));
  }

  @Test
  void theColumnCountsCodePointsPastABomAndCrlfLines() {
    String text = "\uFEFF---\r\ntitle: \"\uD83D\uDE00\"\r\ntags: [\uD83D\uDE00, \u00E9t\u00E9, {x: 1}]"
        + "\r\n---\r\n";
    CardBindingException error = error(text, Page.class, LENIENT);

    assertThat(error.path()).isEqualTo("tags[2]");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo("tags: [X, ete, ".length() + 1);
  }

  @Test
  void aKeyTheTypeDoesNotKnowIsNamedWhenTheMapperFailsOnUnknownProperties() {
    CardBindingException error = error("---\ntitle: T\nsubtitle: S\n---\n", Titled.class,
        FAILS_ON_UNKNOWN);

    assertThat(error.path()).isEqualTo("subtitle");
    assertThat(error.problem()).isEqualTo("subtitle: not a property of Titled (the ObjectMapper"
        + " fails on unknown properties)");
    assertThat(error.line()).isEqualTo(3);
  }

  @Test
  void aConstructorThatRefusesTheValuesGivesItsOwnFirstLine() {
    CardBindingException error = error("---\nquality: -1\n---\n", Checked.class, LENIENT);

    assertThat(error.problem()).endsWith("cannot create Checked: quality must be 0 or more");
  }

  @Test
  void missingAndNullRequiredPropertiesAreCalledKeys() {
    CardBindingException missing = error("---\nexcerpt: E\n---\n", Required.class, LENIENT);
    CardBindingException nothing = error("---\ntitle:\nexcerpt: E\n---\n", Required.class, STRICT);

    assertThat(missing.problem()).contains("Missing required key 'title'").doesNotContain("index")
        .doesNotContain("creator");
    assertThat(nothing.problem()).contains("Null value for key 'title'").doesNotContain("(index");
  }

  @Test
  void aTypeJacksonCannotCreateIsNamedWithJacksonsReason() {
    CardBindingException error = error("---\nshape: {sides: 3}\n---\n", HoldsAbstract.class, LENIENT);

    assertThat(error.problem()).contains("cannot bind to HoldsAbstract: ")
        .doesNotContain("\n");
  }

  @Test
  void anyOtherFailureKeepsItsFirstLineAndStandsAtTheFrontMatter() {
    ParsedCard card = FrontMatters.read("---\r\n# about\r\ntitle: T\r\n---\r\n");
    IllegalStateException cause = new IllegalStateException("first line\nsecond line");
    CardBindingException error = BindingErrors.of(cause, card, LENIENT.constructType(Page.class),
        LENIENT);

    assertThat(error.path()).isEmpty();
    assertThat(error.problem()).isEqualTo("cannot bind to Page: first line");
    assertThat(error.getCause()).isSameAs(cause);
    assertThat(error.line()).isEqualTo(3);
  }
}
