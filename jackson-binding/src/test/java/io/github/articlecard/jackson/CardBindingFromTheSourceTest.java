package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.internal.bind.BindContext;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.document.CardBinder;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code card()} binds the model from the reader's source nodes, not from the front matter's
 * Jackson data: the card is the one its data binds to, aliases, flow collections, CRLF, lenient
 * values and unknown keys included, and a value that does not fit is reported with its path,
 * line and column, written out or reached through an alias.
 */
class CardBindingFromTheSourceTest {
  private static final String FOLDER = "io/github/articlecard/jackson/binding-sources/";

  private final CardMapper mapper = CardMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"aliases-everywhere.md", "crlf-flow.md", "odd-values.md"})
  void theCardIsTheOneItsDataBindsTo(String file) {
    assertBindsAsItsData(TestFiles.resource(FOLDER + file));
  }

  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusCardIsTheOneItsDataBindsTo(Path file) throws Exception {
    assertBindsAsItsData(Files.readString(file));
  }

  static Stream<Path> corpus() {
    return Corpus.allCards().stream();
  }

  /** Every card text of the other tests that reads, those that do not bind included. */
  @Test
  void everyTestCardIsTheOneItsDataBindsTo() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
      files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
    }
    int bound = 0;
    for (Path file : files) {
      ParsedCard parsed;
      try {
        parsed = new CardReader(ReadLimits.DEFAULTS).read(Files.readString(file));
      } catch (CardException | java.io.IOException notACard) {
        continue;
      }
      bound += assertBindsAsItsData(parsed) ? 1 : 0;
    }
    assertThat(bound).isGreaterThan(300);
  }

  private static void assertBindsAsItsData(String text) {
    assertThat(assertBindsAsItsData(new CardReader(ReadLimits.DEFAULTS).read(text))).isTrue();
  }

  /**
   * Binds the front matter from its source nodes and from its data, which agree: on the card, or
   * on the path and the problem of the error. Returns whether it bound.
   */
  private static boolean assertBindsAsItsData(ParsedCard parsed) {
    Throwable dataError = catchThrowable(() -> CardShapes.bind(parsed.source().data(),
        parsed.layout().body(), new BindContext(BindContext.NO_SOURCE)));
    Throwable sourceError = catchThrowable(() -> CardBinder.bind(parsed));
    if (dataError != null) {
      assertThat(sourceError).isInstanceOf(CardBindingException.class);
      assertThat(((CardBindingException) sourceError).path())
          .isEqualTo(((CardBindingException) dataError).path());
      assertThat(((CardBindingException) sourceError).problem())
          .isEqualTo(((CardBindingException) dataError).problem());
      return false;
    }
    assertThat(sourceError).isNull();
    ArticleCard fromData = CardShapes.bind(parsed.source().data(), parsed.layout().body(),
        new BindContext(BindContext.NO_SOURCE));
    ArticleCard fromSource = CardBinder.bind(parsed);
    assertThat(fromSource).isEqualTo(fromData);
    assertThat(fromSource.extras()).isEqualTo(fromData.extras());
    return true;
  }

  @ParameterizedTest
  @ValueSource(strings = {"keys-out-of-order.md", "keys-shuffled.md"})
  void keysInAnyOrderBindAsTheSameKeysInHouseOrder(String file) {
    ArticleCard expected = mapper.read(TestFiles.resource(FOLDER + "keys-in-house-order.md")).card();
    String text = TestFiles.resource(FOLDER + file);

    ArticleCard card = mapper.read(text).card();
    ArticleCard crlf = mapper.read(text.replace("\n", "\r\n")).card();

    assertThat(expected.absentKeys()).containsExactly("originalUrl", "ampWebUrl", "cdnAmpWebUrl",
        "featuredContent");
    assertThat(expected.extras().asMap()).containsOnlyKeys("sourceUrl", "legacyId");
    assertThat(card).isEqualTo(expected);
    assertThat(card.extras().asMap().keySet()).containsExactly("sourceUrl", "legacyId");
    assertThat(card.provider().extras().asMap()).containsOnlyKeys("logo");
    assertThat(card.images().get(0).hasIsCached()).isTrue();
    assertThat(card.related().get(0).extras().asMap()).containsOnlyKeys("score");
    assertThat(crlf).isEqualTo(expected.toBuilder().body("Body.\r\n").build());
    assertBindsAsItsData(text);
  }

  @Test
  void aliasesBindAsTheNodesTheyName() {
    ArticleCard card = mapper.read(TestFiles.resource(FOLDER + "aliases-everywhere.md")).card();

    assertThat(card.related()).hasSize(3);
    assertThat(card.related().get(0).provider()).isEqualTo(card.provider());
    assertThat(card.related().get(0).publishedDateTime()).isEqualTo(card.publishedDateTime());
    assertThat(card.related().get(2)).isEqualTo(card.related().get(1));
    assertThat(card.images().get(0)).isEqualTo(card.provider().images().get(0));
    assertThat(card.extras().get("again")).isEqualTo(card.extras().get("series"));
  }

  @Test
  void frontMatterCopiesShareNothing() {
    CardDocument doc = mapper.read(TestFiles.resource(FOLDER + "aliases-everywhere.md"));
    ObjectNode first = doc.frontMatter();
    ((ObjectNode) first.get("provider")).put("name", "changed");
    ((ObjectNode) first.get("series")).put("name", "changed");

    ObjectNode second = doc.frontMatter();

    assertThat(second.get("provider").get("name").textValue()).isEqualTo("Mint");
    assertThat(second.get("related").get(0).get("provider").get("name").textValue())
        .isEqualTo("Mint");
    assertThat(second.get("again").get("name").textValue()).isEqualTo("AI week");
    assertThat(doc.withFrontMatter(second).text()).isEqualTo(doc.text());
  }

  private CardBindingException bindingError(String text) {
    Throwable thrown = catchThrowable(() -> mapper.read(text).card());
    assertThat(thrown).isInstanceOf(CardBindingException.class);
    return (CardBindingException) thrown;
  }

  @Test
  void aMismatchInsideAnAliasedMappingIsReportedWhereTheAliasStands() {
    CardBindingException e = bindingError("---\ntitle: t\nprovider: &p\n  name: Mint\n"
        + "  images: [{url: u, width: wide}]\nrelated:\n  - title: r\n    provider: *p\n---\n");

    assertThat(e.path()).isEqualTo("provider.images[0].width");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(28);
    assertThat(e.problem()).contains("expected a whole number, found \"wide\"");
  }

  @Test
  void anAliasedScalarThatDoesNotFitIsReportedAtTheAnchor() {
    CardBindingException e = bindingError("---\nx: &q high\ntitle: t\nquality: *q\n---\n");

    assertThat(e.path()).isEqualTo("quality");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.problem()).contains("expected a whole number, found \"high\"");
  }

  static Stream<Arguments> listsWhereAMappingBelongs() {
    return Stream.of(
        Arguments.of("---\ntitle: t\nprovider: [Mint]\n---\n", 3, 11),
        Arguments.of("---\ntitle: t\nprovider:\n  - Mint\n---\n", 4, 3),
        Arguments.of("---\r\ntitle: t\r\nprovider:\r\n  - Mint\r\n---\r\n", 4, 3),
        Arguments.of("---\ntitle: t\nlist: &l [Mint]\nprovider: *l\n---\n", 4, 11));
  }

  @ParameterizedTest
  @MethodSource("listsWhereAMappingBelongs")
  void aListWhereAMappingBelongsIsNamedInFlowAndBlockStyle(String text, int line, int column) {
    CardBindingException e = bindingError(text);

    assertThat(e.path()).isEqualTo("provider");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.problem()).contains("expected a mapping of keys to values, found a list");
  }

  @Test
  void aMappingOrNothingWhereAListItemBelongsIsNamed() {
    CardBindingException mapping = bindingError("---\ntopics: {a: b}\n---\n");
    CardBindingException nothing = bindingError("---\ntitle: t\nimages:\n  - url: u\n  -\n---\n");
    CardBindingException flowNothing = bindingError("---\nrelated: [{title: a}, ~]\n---\n");

    assertThat(mapping.problem()).contains("expected a list, found a mapping");
    assertThat(nothing.path()).isEqualTo("images[1]");
    assertThat(nothing.problem()).contains("expected a value, found nothing (null)");
    assertThat(flowNothing.path()).isEqualTo("related[1]");
    assertThat(flowNothing.problem()).contains("expected a value, found nothing (null)");
  }

  @Test
  void aListItemThatDoesNotFitIsReportedDeepInsideAnAliasedList() {
    CardBindingException e = bindingError("---\ntitle: t\ntopics: &t\n  - AI\n  - [nested]\n"
        + "related:\n  - title: r\n    topics: *t\n---\n");

    assertThat(e.path()).isEqualTo("topics[1]");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem()).contains("expected text, found a list");
  }
}
