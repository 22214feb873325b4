package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.RelatedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absent keys through read, {@code card()}, {@code withCard} and {@code write}: nothing writes a
 * key the card did not have, the model can write a default value into a card that lacks the key,
 * and it can remove any key, taking only that key's lines. Fixtures are in
 * {@code src/test/resources/absent}: {@code NAME.md} and, for each edit, {@code NAME.EDIT.expected.md}.
 */
class AbsentKeysInCardsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private static String fixture(String name) {
    return TestFiles.resource("absent/" + name + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-scores", "nested"})
  void aCardMissingKeysIsWrittenBackByteForByte(String name) {
    String text = fixture(name);
    CardDocument doc = MAPPER.read(text);

    assertThat(MAPPER.write(doc.card())).isEqualTo(text);
    assertThat(doc.withCard(doc.card().toBuilder().build()).text()).isEqualTo(text);
    assertThat(MAPPER.write(MAPPER.read(MAPPER.write(doc.card())).card())).isEqualTo(text);
  }

  @Test
  void absentKeysAreToldFromWrittenDefaultsAtEveryLevel() {
    ArticleCard card = MAPPER.read(fixture("nested")).card();
    ArticleCard sparse = MAPPER.read(fixture("no-scores")).card();

    assertThat(sparse.hasQuality()).isFalse();
    assertThat(sparse.hasHeat()).isFalse();
    assertThat(sparse.hasPublished()).isFalse();
    assertThat(sparse.hasExcerpt()).isFalse();
    assertThat(card.hasQuality()).isTrue();
    assertThat(card.hasPublished()).isTrue();
    assertThat(card.hasExcerpt()).isTrue();
    assertThat(card.hasTopics()).isTrue();
    assertThat(card.provider().hasImages()).isTrue();
    assertThat(card.provider().has("domain")).isFalse();
    Image unsized = card.images().get(0);
    Image uncached = card.images().get(1);
    assertThat(unsized.hasWidth() || unsized.hasHeight() || unsized.hasIsCached()).isFalse();
    assertThat(uncached.hasWidth() && uncached.hasHeight() && uncached.hasIsCached()).isTrue();
    RelatedArticle bare = card.related().get(0);
    RelatedArticle written = card.related().get(1);
    assertThat(bare.hasExcerpt() || bare.hasQuality() || bare.hasImages()).isFalse();
    assertThat(written.hasExcerpt() && written.hasQuality() && written.hasImages()).isTrue();
    assertThat(sparse).isNotEqualTo(sparse.toBuilder().quality(0).build());
  }

  static Stream<String> edits() {
    return Stream.of("no-scores quality-zero", "no-scores unranked", "nested related-quality-set",
        "nested image-keys-changed", "nested empty-lists-removed", "null-values title-edited",
        "null-values quality-set");
  }

  @ParameterizedTest
  @MethodSource("edits")
  void anEditThroughTheModelChangesOnlyItsLines(String edit) {
    String name = edit.split(" ")[0];
    String what = edit.split(" ")[1];
    String expected = fixture(name + "." + what + ".expected");
    CardDocument doc = MAPPER.read(fixture(name));
    ArticleCard edited = edit(what).apply(doc.card());

    String actual = doc.withCard(edited).text();

    assertThat(actual).as(() -> LineDiff.unified("expected", "actual", expected, actual, 2)).isEqualTo(expected);
    assertThat(MAPPER.read(actual).card()).isEqualTo(edited);
  }

  private static UnaryOperator<ArticleCard> edit(String what) {
    return switch (what) {
      case "quality-zero" -> card -> card.toBuilder().quality(0).build();
      case "unranked" -> card -> card.toBuilder().heat(-1).published(false).excerpt("").build();
      case "related-quality-set" -> card -> {
        List<RelatedArticle> related = new ArrayList<>(card.related());
        related.set(0, related.get(0).toBuilder().quality(5).build());
        return card.toBuilder().related(related).build();
      };
      case "image-keys-changed" -> card -> {
        List<Image> images = new ArrayList<>(card.images());
        images.set(0, images.get(0).toBuilder().width(600).build());
        images.set(1, images.get(1).toBuilder().remove("isCached").build());
        return card.toBuilder().images(images).build();
      };
      case "empty-lists-removed" -> card -> card.toBuilder().remove("topics")
          .provider(card.provider().toBuilder().remove("images").build()).build();
      case "title-edited" -> card -> card.toBuilder().title("New title").build();
      case "quality-set" -> card -> card.toBuilder().quality(3).build();
      default -> throw new IllegalArgumentException(what);
    };
  }

  @Test
  void keysWrittenWithoutAValueReadAsAbsentAndAreNotInvented() {
    String text = fixture("null-values");
    ArticleCard card = MAPPER.read(text).card();

    assertThat(card.hasExcerpt() || card.hasQuality() || card.hasPublished() || card.hasTopics()).isFalse();
    assertThat(card.images().get(0).hasWidth()).isFalse();
    assertThat(MAPPER.write(card)).isEqualTo("---\ntitle: \"Known keys written without a value read as"
        + " absent\"\n\nimages:\n  - url: \"https://example.com/a.jpg\"\n---\n");
  }

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  /**
   * For each corpus card, some of its keys at every level are taken out of the data (every key for
   * the seed, a rotating few for the others); the card read from that text writes exactly the keys
   * it has, and an edit of another field through withCard adds none.
   */
  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void aCardMissingAnyKeyWritesOnlyTheKeysItHas(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);
    List<List<Object>> paths = keyPaths(doc.frontMatter(), new ArrayList<>(), new ArrayList<>());
    boolean seed = file.getParent().getFileName().toString().equals("seed");
    int rotation = Math.floorMod(file.getFileName().toString().hashCode(), 7);

    for (int i = 0; i < paths.size(); i++) {
      if (!seed && i % 7 != rotation) {
        continue;
      }
      ObjectNode data = doc.frontMatter();
      remove(data, paths.get(i));
      CardDocument variant = doc.withFrontMatter(data);
      ArticleCard card = variant.card();

      assertThat(MAPPER.toFrontMatter(card)).as("%s without %s", file, paths.get(i)).isEqualTo(data);
      assertThat(keyPaths(MAPPER.toFrontMatter(card), new ArrayList<>(), new ArrayList<>()))
          .as("key order").isEqualTo(keyPaths(data, new ArrayList<>(), new ArrayList<>()));
      CardDocument retitled = variant.withCard(card.toBuilder().title("Retitled").build());
      assertThat(retitled.frontMatter()).as("withCard of %s without %s", file, paths.get(i))
          .isEqualTo(data.deepCopy().put("title", "Retitled"));
    }
  }

  /**
   * Removing a top-level key through the model takes its own lines (and at most one blank line):
   * every key of the seed, a rotating third of the keys of the other cards.
   */
  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void removingAnyKeyThroughTheModelTakesOnlyItsLines(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);
    boolean seed = file.getParent().getFileName().toString().equals("seed");
    int rotation = Math.floorMod(file.getFileName().toString().hashCode(), 3);
    List<String> keys = ArticleCard.knownKeys();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (!doc.card().has(key) || (!seed && i % 3 != rotation)) {
        continue;
      }
      ArticleCard edited = doc.card().toBuilder().remove(key).build();

      String actual = doc.withCard(edited).text();

      assertOnlyLinesOfKeyRemoved(text, actual, key, "");
      assertThat(MAPPER.read(actual).card()).isEqualTo(edited);
    }
  }

  /** Nested keys removed through the model: only their own line goes. */
  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void removingANestedKeyThroughTheModelTakesOnlyItsLine(Path file) {
    String text = TestFiles.read(file);
    CardDocument doc = MAPPER.read(text);
    ArticleCard card = doc.card();
    List<ArticleCard> edits = new ArrayList<>();
    if (!card.images().isEmpty()) {
      for (String key : List.of("width", "height", "isCached")) {   // not the first key: its dash stays
        if (card.images().get(0).has(key)) {
          List<Image> images = new ArrayList<>(card.images());
          images.set(0, images.get(0).toBuilder().remove(key).build());
          edits.add(card.toBuilder().images(images).build());
        }
      }
    }
    if (!card.related().isEmpty() && card.related().get(0).hasQuality()) {
      List<RelatedArticle> related = new ArrayList<>(card.related());
      related.set(0, related.get(0).toBuilder().remove("quality").build());
      edits.add(card.toBuilder().related(related).build());
    }
    if (card.provider() != null && card.provider().has("domain")) {
      edits.add(card.toBuilder().provider(card.provider().toBuilder().remove("domain").build()).build());
    }
    for (ArticleCard edited : edits) {
      String actual = doc.withCard(edited).text();

      assertOneLine(text, actual, edited, true).isNotEmpty();
    }
  }

  /** Writes {@code quality: 0} (and the other defaults) into corpus cards that had the key removed. */
  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void writingADefaultIntoACardThatLacksTheKeyAddsOneLine(Path file) {
    String text = TestFiles.read(file);
    CardDocument full = MAPPER.read(text);
    for (String key : List.of("quality", "heat", "published", "excerpt")) {
      CardDocument lacking = full.withCard(full.card().toBuilder().remove(key).build());
      ArticleCard.Builder builder = lacking.card().toBuilder();
      switch (key) {
        case "quality" -> builder.quality(0);
        case "heat" -> builder.heat(0);
        case "published" -> builder.published(false);
        default -> builder.excerpt("");
      }
      ArticleCard edited = builder.build();

      String actual = lacking.withCard(edited).text();

      assertOneLine(lacking.text(), actual, edited, false).singleElement().asString()
          .startsWith(key + ": ");
    }
  }

  /**
   * Checks that an edit removed one line (or added one) and nothing else, and reads back as the
   * edited card; returns assertions on the lines it added.
   */
  private static ListAssert<String> assertOneLine(String before, String after, ArticleCard edited,
      boolean removes) {
    List<LineDiff.Hunk> hunks = LineDiff.between(before, after);
    assertThat(hunks).as(() -> LineDiff.unified("before", "after", before, after, 1)).hasSize(1);
    assertThat(hunks.get(0).removed()).hasSize(removes ? 1 : 0);
    assertThat(hunks.get(0).added()).hasSize(removes ? 0 : 1);
    assertThat(MAPPER.read(after).card()).isEqualTo(edited);
    return assertThat(removes ? hunks.get(0).removed() : hunks.get(0).added());
  }

  private static void assertOnlyLinesOfKeyRemoved(String text, String actual, String key, String indent) {
    List<String> before = LineDiff.lines(text);
    int first = -1;
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).startsWith(indent + key + ":")) {
        first = i;
        break;
      }
    }
    int end = first + 1;
    while (end < before.size() && before.get(end).startsWith(indent + " ")) {
      end++;
    }
    List<String> own = new ArrayList<>(before.subList(0, first));
    own.addAll(before.subList(end, before.size()));
    List<String> after = LineDiff.lines(actual);
    List<String> withoutBlank = new ArrayList<>(own);
    boolean blankBefore = first > 0 && before.get(first - 1).isBlank();
    boolean blankAfter = end < before.size() && before.get(end).isBlank();
    if (blankAfter) {
      withoutBlank.remove(first);
    } else if (blankBefore) {
      withoutBlank.remove(first - 1);
    }
    assertThat(after).as(() -> "removing " + key + "\n" + LineDiff.unified("before", "after", text, actual, 1))
        .isIn(own, withoutBlank);
  }

  /** Every path to a mapping key, depth first, in order. */
  private static List<List<Object>> keyPaths(JsonNode node, List<Object> path, List<List<Object>> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        path.add(entry.getKey());
        into.add(List.copyOf(path));
        keyPaths(entry.getValue(), path, into);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        keyPaths(node.get(i), path, into);
        path.remove(path.size() - 1);
      }
    }
    return into;
  }

  private static void remove(ObjectNode data, List<Object> path) {
    JsonNode parent = data;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof String key ? parent.get(key) : ((ArrayNode) parent).get((Integer) step);
    }
    ((ObjectNode) parent).remove((String) path.get(path.size() - 1));
  }
}
