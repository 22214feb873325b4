package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.articlecard.jackson.LineDiff.Hunk;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

/**
 * {@code CardDocument.as} and {@code with} on Hugo- and Jekyll-style front matter and on types of
 * every shape: unmodified edits give the text back, one changed field changes one line, keys a type
 * does not model and comments survive, values keep their form.
 */
class OwnTypesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  record Page(String title, LocalDate date, OffsetDateTime lastmod, List<String> tags,
      boolean draft) {}

  record Post(String layout, String title, OffsetDateTime date, String categories) {}

  record InstantPost(String layout, String title, Instant date) {}

  record LocalPost(String layout, String title, LocalDateTime date) {}

  record Launch(String title, Instant published, Instant updated) {}

  record Numbers(byte tiny, short small, int count, long big, BigInteger huge, float ratio,
      double price, BigDecimal precise, int quoted, double exponent, String version, String zip,
      boolean flag) {}

  record Dates(List<LocalDate> dates, ZonedDateTime at, Instant published) {}

  enum Status { draft, published }

  record Author(String name, String email) {}

  record Link(String title, String url) {}

  record Nested(String title, Status status, Author author, List<Link> links,
      Map<String, Object> params, Optional<String> subtitle) {}

  static String fixture(String name) {
    return TestFiles.resource("own-types/" + name);
  }

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("hugo-page.md", Page.class),
        Arguments.of("annotated.md", Page.class), // no date, tags or draft: defaults stay out
        Arguments.of("jekyll-post.md", Post.class),
        Arguments.of("jekyll-post.md", InstantPost.class),
        Arguments.of("jekyll-local.md", LocalPost.class),
        Arguments.of("instant-offset.md", Launch.class),
        Arguments.of("numbers.md", Numbers.class),
        Arguments.of("dates.md", Dates.class),
        Arguments.of("nested.md", Nested.class));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void unmodifiedValueGivesTheSameText(String name, Class<?> type) {
    String text = fixture(name);
    CardDocument doc = MAPPER.read(text);

    assertThat(doc.with(doc.as(type)).text()).isEqualTo(text);
    String crlf = text.replace("\n", "\r\n");
    CardDocument crlfDoc = MAPPER.read(crlf);
    assertThat(crlfDoc.with(crlfDoc.as(type)).text()).isEqualTo(crlf);
  }

  @Test
  void hugoPageBindsWithJavaTimeValues() {
    Page page = MAPPER.read(fixture("hugo-page.md")).as(Page.class);

    assertThat(page).isEqualTo(new Page("Hello, Hugo", LocalDate.of(2021, 3, 14),
        OffsetDateTime.of(2021, 3, 14, 10, 0, 0, 0, ZoneOffset.ofHours(1)), List.of("go", "hugo"),
        false));
  }

  @Test
  void editingTheTitleChangesOnlyTheTitleLineAndKeepsEverythingElse() {
    String text = fixture("hugo-page.md");
    CardDocument doc = MAPPER.read(text);
    Page page = doc.as(Page.class);

    String edited = doc.with(new Page("New title", page.date(), page.lastmod(), page.tags(),
        page.draft())).text();

    assertThat(edited).isEqualTo(text.replace("title: \"Hello, Hugo\"", "title: \"New title\""));
  }

  @Test
  void changedDatesKeepTheShapeOfTheirOldText() {
    String text = fixture("hugo-page.md");
    CardDocument doc = MAPPER.read(text);
    Page page = doc.as(Page.class);

    String edited = doc.with(new Page(page.title(), page.date().plusDays(1),
        page.lastmod().plusHours(2), page.tags(), page.draft())).text();

    assertThat(edited).isEqualTo(text.replace("date: 2021-03-14\n", "date: 2021-03-15\n")
        .replace("lastmod: 2021-03-14T10:00+01:00", "lastmod: 2021-03-14T12:00+01:00"));
  }

  @Test
  void jekyllDatesReadAsOffsetDateTimeAndInstantAndKeepTheirForm() {
    String text = fixture("jekyll-post.md");
    CardDocument doc = MAPPER.read(text);
    Post post = doc.as(Post.class);
    InstantPost instant = doc.as(InstantPost.class);

    assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2021-03-14T10:00:00+01:00"));
    assertThat(instant.date()).isEqualTo(Instant.parse("2021-03-14T09:00:00Z"));
    String expected = text.replace("date:   2021-03-14 10:00:00 +0100",
        "date:   2021-03-15 09:30:00 +0100");
    assertThat(doc.with(new Post(post.layout(), post.title(),
        post.date().plusDays(1).minusMinutes(30), post.categories())).text()).isEqualTo(expected);
    assertThat(doc.with(new InstantPost(instant.layout(), instant.title(),
        instant.date().plusSeconds(86_400 - 1800))).text()).isEqualTo(expected);
  }

  @Test
  void anOffsetDateTimeMovedToAnotherOffsetIsWrittenWithItsOwnOffset() {
    String text = fixture("jekyll-post.md");
    CardDocument doc = MAPPER.read(text);
    Post post = doc.as(Post.class);

    String edited = doc.with(new Post(post.layout(), post.title(),
        post.date().withOffsetSameInstant(ZoneOffset.UTC), post.categories())).text();

    assertThat(edited).isEqualTo(text.replace("2021-03-14 10:00:00 +0100",
        "2021-03-14 09:00:00 +0000"));
  }

  @Test
  void jekyllLocalDateTimeReadsAndKeepsItsForm() {
    String text = fixture("jekyll-local.md");
    CardDocument doc = MAPPER.read(text);
    LocalPost post = doc.as(LocalPost.class);

    assertThat(post.date()).isEqualTo(LocalDateTime.of(2021, 3, 14, 10, 0));
    assertThat(doc.with(new LocalPost(post.layout(), post.title(), post.date().plusMinutes(90)))
        .text()).isEqualTo(text.replace("2021-03-14 10:00", "2021-03-14 11:30"));
    assertThat(doc.with(new LocalPost(post.layout(), post.title(), post.date().plusSeconds(5)))
        .text()).isEqualTo(text.replace("2021-03-14 10:00", "2021-03-14 10:00:05"));
  }

  @Test
  void anInstantKeepsTheOffsetAndQuotesOfItsText() {
    String text = fixture("instant-offset.md");
    CardDocument doc = MAPPER.read(text);
    Launch launch = doc.as(Launch.class);

    String edited = doc.with(new Launch(launch.title(), launch.published().plusSeconds(3600),
        launch.updated().plusSeconds(60))).text();

    assertThat(edited).isEqualTo(text
        .replace("2021-03-14T10:00:00+01:00", "2021-03-14T11:00:00+01:00")
        .replace("'2021-03-14T10:00:00.500Z'", "'2021-03-14T10:01:00.500Z'"));
  }

  @Test
  void datesInListsZonedDateTimesAndEpochSecondsKeepTheirForm() {
    String text = fixture("dates.md");
    CardDocument doc = MAPPER.read(text);
    Dates dates = doc.as(Dates.class);
    assertThat(dates.published()).isEqualTo(Instant.parse("2021-03-14T09:00:00Z"));

    String edited = doc.with(new Dates(List.of(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 2)),
        dates.at().plusMinutes(15), dates.published().plusSeconds(60))).text();

    assertThat(edited).isEqualTo(text
        .replace("  - 2021-03-14", "  - 2021-04-01")
        .replace("'2021-03-15'", "'2021-04-02'")
        .replace("2021-03-14T10:00:00+01:00", "2021-03-14T10:15:00+01:00")
        .replace("1615712400", "1615712460"));
  }

  @Test
  void numbersOfEveryWidthBindAndUnchangedOnesKeepTheirText() {
    String text = fixture("numbers.md");
    CardDocument doc = MAPPER.read(text);
    Numbers n = doc.as(Numbers.class);

    assertThat(n).isEqualTo(new Numbers((byte) 7, (short) 300, 70000, 5_000_000_000L,
        new BigInteger("123456789012345678901234567890"), 1.5f, 1.5, new BigDecimal("19.990"), 42,
        1000.0, "1.5", "01234", true));
    Numbers flipped = new Numbers(n.tiny(), n.small(), n.count(), n.big(), n.huge(), n.ratio(),
        n.price(), n.precise(), n.quoted(), n.exponent(), n.version(), n.zip(), false);
    assertThat(doc.with(flipped).text()).isEqualTo(text.replace("flag: true", "flag: false"));
  }

  @Test
  void changedNumbersKeepTheirForm() {
    String text = fixture("numbers.md");
    CardDocument doc = MAPPER.read(text);
    Numbers n = doc.as(Numbers.class);

    Numbers edited = new Numbers((byte) 8, (short) 301, 70001, 5_000_000_001L,
        n.huge().add(BigInteger.ONE), 2.5f, 2.5, new BigDecimal("20"), 43, 2000.0, "1.6",
        "01235", n.flag());

    assertThat(doc.with(edited).text()).isEqualTo(text
        .replace("tiny: 7", "tiny: 8")
        .replace("small: 300", "small: 301")
        .replace("count: 70000", "count: 70001")
        .replace("big: 5000000000", "big: 5000000001")
        .replace("huge: 123456789012345678901234567890", "huge: 123456789012345678901234567891")
        .replace("ratio: 1.5", "ratio: 2.5")
        .replace("price: 1.50", "price: 2.50")
        .replace("precise: 19.990", "precise: 20.000")
        .replace("quoted: \"42\"", "quoted: \"43\"")
        .replace("exponent: 1e3", "exponent: 2000.0")
        .replace("version: 1.50", "version: 1.6")
        .replace("zip: \"01234\"", "zip: \"01235\""));
  }

  @Test
  void nestedRecordsListsMapsEnumsAndOptionalsEditLineByLine() {
    String text = fixture("nested.md");
    CardDocument doc = MAPPER.read(text);
    Nested n = doc.as(Nested.class);
    assertThat(n.author()).isEqualTo(new Author("Ann Example", "ann@example.com"));
    assertThat(n.links()).containsExactly(new Link("Home", "https://example.com/"),
        new Link("Blog", "https://example.com/blog"));
    assertThat(n.params()).containsEntry("toc", true).containsEntry("depth", 2);
    assertThat(n.subtitle()).contains("A subtitle");

    List<Link> links = new ArrayList<>(n.links());
    links.set(0, new Link("Start", links.get(0).url()));
    Map<String, Object> params = new LinkedHashMap<>(n.params());
    params.put("depth", 3);
    Nested edited = new Nested(n.title(), Status.published,
        new Author("Ann Other", n.author().email()), links, params, n.subtitle());

    assertThat(doc.with(edited).text()).isEqualTo(text
        .replace("status: draft", "status: published")
        .replace("name: Ann Example", "name: Ann Other")
        .replace("- title: Home", "- title: Start")
        .replace("depth: 2", "depth: 3"));
  }

  @Test
  void listItemsAddedAndRemovedKeepTheKeysOfTheOthers() {
    String text = fixture("nested.md");
    CardDocument doc = MAPPER.read(text);
    Nested n = doc.as(Nested.class);

    List<Link> added = new ArrayList<>(n.links());
    added.add(new Link("Feed", "https://example.com/feed"));
    String withFeed = doc.with(new Nested(n.title(), n.status(), n.author(), added, n.params(),
        n.subtitle())).text();
    assertThat(withFeed).isEqualTo(text.replace("    url: https://example.com/blog\n",
        "    url: https://example.com/blog\n  - title: Feed\n    url: https://example.com/feed\n"));

    String withoutBlog = doc.with(new Nested(n.title(), n.status(), n.author(),
        n.links().subList(0, 1), n.params(), n.subtitle())).text();
    assertThat(withoutBlog).isEqualTo(text.replace(
        "  - title: Blog\n    url: https://example.com/blog\n", ""));
  }

  @Test
  void nullAndEmptyOptionalRemoveTheirLinesAndNewValuesAreInserted() {
    String text = fixture("nested.md");
    CardDocument doc = MAPPER.read(text);
    Nested n = doc.as(Nested.class);

    String removed = doc.with(new Nested(n.title(), n.status(), null, n.links(), n.params(),
        Optional.empty())).text();

    assertThat(removed).isEqualTo(text
        .replace("author:\n  name: Ann Example\n  email: ann@example.com\n"
            + "  twitter: \"@ann\"           # not modeled by Author\n", "")
        .replace("subtitle: \"A subtitle\"\n", ""));
    String inserted = MAPPER.read(removed).with(new Nested(n.title(), n.status(),
        new Author("Bo", null), n.links(), n.params(), Optional.of("Back"))).text();
    assertThat(inserted).isEqualTo(removed.replace("  depth: 2\n---\n",
        "  depth: 2\nauthor:\n  name: Bo\nsubtitle: Back\n---\n")); // plain, as most of its strings
  }

  @Test
  void aDocumentThatDoesNotBindCanBeRepairedThroughTheType() {
    String text = fixture("does-not-bind.md");
    CardDocument doc = MAPPER.read(text);
    assertThatThrownBy(() -> doc.as(Page.class)).isInstanceOf(CardBindingException.class);

    record Fixed(String title, LocalDate date, List<String> tags, boolean draft) {}
    String edited = doc.with(new Fixed("Broken", LocalDate.of(2021, 3, 14), List.of("a", "b"),
        false)).text();

    assertThat(edited).isEqualTo(text.replace("date: yesterday", "date: 2021-03-14"));
  }

  record TagsOnly(List<String> tags) {}

  record WithAuthor(Author author) {}

  record WithStatus(Status status) {}

  record WithCount(int count) {}

  record WithDate(LocalDate date) {}

  record Validated(String title, String subtitle) {
    Validated {
      java.util.Objects.requireNonNull(subtitle, "subtitle is required");
    }
  }

  @Test
  void bindingErrorsNameThePathAndTheLine() {
    CardDocument doc = MAPPER.read(fixture("binding-errors.md"));

    assertBindingError(() -> doc.as(TagsOnly.class), "tags[2]", 7, "expected text, found a mapping");
    assertThatThrownBy(() -> doc.as(TagsOnly.class)).hasMessage(
        "line 7, column 5: tags[2]: expected text, found a mapping\n"
        + "  7 |   - {not: text}             # tags[2] is a mapping, not text\n"
        + "    |     ^");
    assertBindingError(() -> doc.as(WithAuthor.class), "author.name", 10,
        "expected text, found a list");
    assertBindingError(() -> doc.as(WithStatus.class), "status", 11,
        "expected one of draft, published, found \"published-ish\"");
    assertBindingError(() -> doc.as(WithCount.class), "count", 12,
        "expected a whole number, found \"many\"");
    assertBindingError(() -> MAPPER.read(fixture("does-not-bind.md")).as(WithDate.class), "date", 3,
        "expected a date (2021-03-14), found \"yesterday\"");
    assertThatThrownBy(() -> doc.as(Validated.class))
        .isInstanceOfSatisfying(CardBindingException.class, e -> {
          assertThat(e.path()).isEmpty();
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).isEqualTo("cannot create Validated: subtitle is required");
        });
  }

  private static void assertBindingError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      String path, int line, String problem) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CardBindingException.class, e -> {
      assertThat(e.path()).isEqualTo(path);
      assertThat(e.line()).isEqualTo(line);
      assertThat(e.column()).isGreaterThan(1);
      assertThat(e.problem()).isEqualTo(path.isEmpty() ? problem : path + ": " + problem);
      assertThat(e.excerpt()).isPresent();
      assertThat(e.getCause()).isInstanceOf(JsonProcessingException.class);
    });
  }

  @Test
  void genericTypesBindThroughATypeReference() {
    CardDocument doc = MAPPER.read(fixture("hugo-page.md"));

    Map<String, Object> data = doc.as(new TypeReference<Map<String, Object>>() {});

    assertThat(data).containsEntry("title", "Hello, Hugo").containsEntry("slug", "hello-hugo")
        .containsEntry("weight", 1.5);
    List<Hunk> diff = LineDiff.between(doc.text(), doc.with(data).text());
    assertThat(diff).isEmpty();
  }
}
