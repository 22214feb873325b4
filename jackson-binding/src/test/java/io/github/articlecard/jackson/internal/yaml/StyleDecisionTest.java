package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.jackson.internal.bind.StandardStyle;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The one style decision, on its own: for each choice, the document's own text first (siblings of
 * the same kind, then the same place elsewhere), then the house style, then the standard.
 */
class StyleDecisionTest {
  private static final JsonNode LINK = TextNode.valueOf("https://example.com/new");
  private static final JsonNode TEXT = TextNode.valueOf("Some words");

  private static SourceMap parse(String text) {
    return CardReader.readFrontMatter(text, ReadLimits.DEFAULTS, SourceText.of(text), 0);
  }

  private static StyleDecision documentOnly(String text) {
    return StyleDecision.of(HouseRules.NONE, StylePolicy.NONE).within(parse(text));
  }

  private static StyleDecision card(String text) {
    return StyleDecision.of(HouseRules.NONE, StandardStyle.INSTANCE).within(parse(text));
  }

  private static StyleDecision learned(HouseRules house, @Nullable String text) {
    StyleDecision decision = StyleDecision.of(house, StandardStyle.INSTANCE);
    return text == null ? decision : decision.within(parse(text));
  }

  /** The rules learned from texts, each a card's front matter. */
  private static HouseRules learnedFrom(String... texts) {
    StyleLearner learner = new StyleLearner();
    for (String text : texts) {
      learner.add(parse(text), "\n", "\n");
    }
    return learner.rules();
  }

  private static SourceNode root(String text) {
    return java.util.Objects.requireNonNull(parse(text).root());
  }

  // ---- quoting ------------------------------------------------------------------------------

  @Test
  void aNewLinkBesidePlainLinksIsPlainWhateverTheStandardSays() {
    String text = "title: \"T\"\nsourceUrl: https://a.example/x\nampUrl: https://a.example/amp\n";
    StyleDecision decision = card(text);

    assertThat(decision.stringStyle(List.of("originalUrl"), LINK, parse(text).root()))
        .isEqualTo(ScalarStyle.PLAIN);
    assertThat(StandardStyle.INSTANCE.stringStyle(List.of("originalUrl")))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  @Test
  void aNewLinkBesideQuotedLinksIsQuotedAndTextFollowsText() {
    String text = "title: Plain title\nwebUrl: 'https://a.example/x'\ncategory: news\n";
    StyleDecision decision = card(text);

    assertThat(decision.stringStyle(List.of("ampWebUrl"), LINK, parse(text).root()))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.stringStyle(List.of("excerpt"), TEXT, parse(text).root()))
        .isEqualTo(ScalarStyle.PLAIN);
  }

  @Test
  void siblingsOfAnotherKindDoNotDecide() {
    // the only sibling is a double-quoted link: a new type is the standard's plain
    String text = "webUrl: \"https://a.example/x\"\n";

    assertThat(card(text).stringStyle(List.of("type"), TextNode.valueOf("article"),
        parse(text).root())).isEqualTo(ScalarStyle.PLAIN);
  }

  @Test
  void withoutSiblingsOfItsKindANewValueFollowsThoseTheStandardQuotesAlike() {
    String plain = "title: Plain title\ncategory: news\n";
    String quoted = "title: \"Quoted title\"\ncategory: news\n";

    assertThat(card(plain).stringStyle(List.of("webUrl"), LINK, parse(plain).root()))
        .as("a link beside plain text").isEqualTo(ScalarStyle.PLAIN);
    assertThat(card(quoted).stringStyle(List.of("webUrl"), LINK, parse(quoted).root()))
        .as("a link beside quoted text").isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(card(quoted).stringStyle(List.of("type"), TextNode.valueOf("video"),
        parse(quoted).root())).as("an open set beside a plain one").isEqualTo(ScalarStyle.PLAIN);
  }

  @Test
  void theSamePlaceElsewhereInTheDocumentDecidesNestedNewText() {
    String text = "related:\n  - title: A plain title\n    webUrl: https://a.example\n";

    assertThat(card(text).stringStyle(List.of("related", 1, "title"), TEXT, null))
        .isEqualTo(ScalarStyle.PLAIN);
    assertThat(card(text).stringStyle(List.of("related", 1, "excerpt"), TEXT, null))
        .as("no excerpt anywhere: the standard").isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  @Test
  void theHouseStyleComesBeforeTheStandardAndAfterTheDocument() {
    HouseRules house = learnedFrom("title: Plain\nexcerpt: Plain too\n", "title: Also plain\n");

    assertThat(learned(house, null).stringStyle(List.of("title"), TEXT, null))
        .isEqualTo(ScalarStyle.PLAIN);
    String quoted = "title: \"Quoted\"\n";
    assertThat(learned(house, quoted).stringStyle(List.of("excerpt"), TEXT, parse(quoted).root()))
        .as("the document's sibling first").isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(learned(house, null).stringStyle(List.of("webUrl"), LINK, null))
        .as("a place the house style never saw: the standard").isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  @Test
  void newItemsTakeTheirListsQuoting() {
    String text = "tags: ['a', 'b', c]\n";
    SourceNode tags = ((SourceNode.Mapping) root(text)).entries().get(0).value();

    assertThat(documentOnly(text).stringStyle(List.of("tags", 3), TEXT, tags))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
  }

  @Test
  void unknownKeysWithoutSiblingsOfTheirKindTakeAnyStringBesideThemThenTheDocumentsMost() {
    String text = "date: 2021-03-14\nlayout: post\n";
    assertThat(card(text).stringStyle(List.of("slug"), TEXT, parse(text).root()))
        .isEqualTo(ScalarStyle.PLAIN);

    String mostlyQuoted = "a: 'x'\nb: 'y'\nc: z\nn: {}\n";
    SourceNode n = ((SourceNode.Mapping) root(mostlyQuoted)).entries().get(3).value();
    assertThat(documentOnly(mostlyQuoted).stringStyle(List.of("n", "new"), TEXT, n))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
  }

  @Test
  void onATieTheFirstStringsStyleWins() {
    assertThat(documentOnly("a: \"x\"\nb: y\n").stringStyle(List.of("c"), TEXT, null))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(documentOnly("a: y\nb: \"x\"\n").stringStyle(List.of("c"), TEXT, null))
        .isEqualTo(ScalarStyle.PLAIN);
  }

  @Test
  void listItemsAndValuesAreCountedApart() {
    StyleDecision decision = documentOnly("title: \"T\"\ntags: ['a', 'b']\n");

    assertThat(decision.stringStyle(List.of("tags", 2), TEXT, null))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.stringStyle(List.of("excerpt"), TEXT, null))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  @Test
  void aDocumentWithoutStringsGetsTheFallback() {
    StyleDecision decision = documentOnly("n: 1\nblock: |\n  text\nflag: true\n");

    assertThat(decision.stringStyle(List.of("new"), TEXT, null))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(decision.stringStyle(List.of("list", 0), TEXT, null)).isEqualTo(ScalarStyle.PLAIN);
  }

  @Test
  void stringsThatNeedQuotesTakeTheHouseStylesQuotes() {
    HouseRules single = learnedFrom("title: Plain\nnote: 'yes'\nother: 'a: b'\n");

    assertThat(learned(single, null).quotesWhenNeeded(List.of("title")))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(learned(HouseRules.NONE, null).quotesWhenNeeded(List.of("title")))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  @Test
  void aStringItsPlainSiblingsCannotHoldTakesTheQuotesTheHouseGivesItsKey() {
    // the house single-quotes excerpts (none of which needed it) and double-quotes what needs it
    HouseRules house = learnedFrom("title: Plain\nexcerpt: 'words'\nnote: \"a: b\"\n",
        "title: Other\nexcerpt: 'more words'\n");

    StyleDecision inPlainCard = learned(house, "title: Plain\ncategory: news\n");
    assertThat(inPlainCard.stringStyle(List.of("excerpt"), TextNode.valueOf("new: text"),
        root("title: Plain\ncategory: news\n"))).isEqualTo(ScalarStyle.PLAIN);
    assertThat(inPlainCard.quotesWhenNeeded(List.of("excerpt")))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(inPlainCard.quotesWhenNeeded(List.of("title")))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(inPlainCard.quotesWhenNeeded(List.of("other")))
        .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }

  // ---- keys without a value -----------------------------------------------------------------

  @Test
  void aKeyWithoutAValueIsWrittenAsTheDocumentThenTheHouseStyleWritesThem() {
    assertThat(card("a: 1\nb: \nc: 2\n").afterColonForNull(List.of("new"))).isEqualTo(" ");
    assertThat(card("a: 1\nb: ~\n").afterColonForNull(List.of("new"))).isEqualTo(" ~");
    assertThat(card("a: 1\n").afterColonForNull(List.of("new"))).isEqualTo(" null");

    HouseRules house = learnedFrom("heat:\nprice: \n", "heat:\nprice: \n");
    assertThat(learned(house, null).afterColonForNull(List.of("heat"))).isEqualTo("");
    assertThat(learned(house, null).afterColonForNull(List.of("price"))).isEqualTo(" ");
    assertThat(learned(house, null).afterColonForNull(List.of("other")))
        .as("a key it never saw: how most keys without a value are written (the first on a tie)")
        .isEqualTo("");
    assertThat(learned(house, null).writesEmpty("", "heat")).isTrue();
    assertThat(learned(house, null).writesEmpty("", "quality")).isFalse();
  }

  @Test
  void aKeyIsWrittenEmptyOnlyWhereMoreMappingsWriteItSoThanLeaveItOut() {
    HouseRules house = learnedFrom("heat:\n", "heat: 5\n", "a: 1\n", "a: 2\n");

    assertThat(learned(house, null).writesEmpty("", "heat")).isFalse();
    assertThat(house.writtenEmpty().get("heat")).isEqualTo(new HouseRules.Learned<>(false, 2, 3));
    // a style that learned of keys only that they are left out writes no key without a value
    assertThat(learned(house, null).writesAnyKeyEmpty()).isFalse();
    HouseRules empties = learnedFrom("heat:\n", "heat:\n", "heat: 5\n", "a: 1\n");
    assertThat(learned(empties, null).writesAnyKeyEmpty()).isTrue();
    assertThat(learned(empties, "a: 1\n").writesAnyKeyEmpty()).isTrue();
    assertThat(learned(HouseRules.NONE, null).writesAnyKeyEmpty()).isFalse();
  }

  // ---- blank lines --------------------------------------------------------------------------

  @Test
  void aMappingWithoutBlankLinesGetsNone() {
    String text = "published: true\nprovider:\n  name: X\n";
    SourceNode.Mapping root = (SourceNode.Mapping) root(text);
    JsonNode group = parse("a:\n  b: 1\n").data();

    assertThat(card(text).blankLineBetween(List.of(), root, "provider", group, "topics", group))
        .isFalse();
    assertThat(card(text).blankLineBetween(List.of(), null, "provider", group, "topics", group))
        .as("new text: the standard's blank line around groups").isTrue();
  }

  @Test
  void theHouseStylesBlankLinesComeBeforeTheStandardsPairFirstThenKey() {
    HouseRules house = learnedFrom("a: 1\nprovider:\n  name: X\ntopics:\n  - t\n\nrelated: []\n");
    StyleDecision decision = learned(house, null);
    JsonNode group = parse("a:\n  b: 1\n").data();

    assertThat(decision.blankLineBetween(List.of(), null, "provider", group, "topics", group))
        .as("learned: no blank line between these").isFalse();
    assertThat(decision.blankLineBetween(List.of(), null, "images", group, "related", group))
        .as("learned: a blank line before related").isTrue();
    assertThat(decision.blankLineBetween(List.of(), null, "published", IntNode.valueOf(1),
        "secured", TEXT)).as("never seen: the standard's").isTrue();
  }

  @Test
  void aHouseThatSeparatesNoKeysStartsNoBlankLineBetweenKeysItNeverSaw() {
    HouseRules house = learnedFrom("title: T\nprovider:\n  name: X\ntopics:\n  - t\n",
        "title: U\nsourceUrl: s\nprovider:\n  name: Y\n");
    StyleDecision decision = learned(house, null);
    JsonNode group = parse("a:\n  b: 1\n").data();

    assertThat(decision.blankLineBetween(List.of(), null, "provider", group, "zzz",
        IntNode.valueOf(1))).as("after a group, where the standard would put one").isFalse();
    assertThat(decision.blankLineBetween(List.of(), null, "zzz", IntNode.valueOf(1), "related",
        group)).isFalse();
    assertThat(decision.blankLineBetween(List.of(), null, "published", IntNode.valueOf(1),
        "secured", TEXT)).isFalse();
  }

  // ---- indentation --------------------------------------------------------------------------

  @Test
  void theFirstNestedMappingAndSequenceShowTheDocumentsIndentation() {
    StyleDecision decision = documentOnly("title: x\nparams:\n    author: Ann\ntags:\n- a\n- b\n");

    assertThat(decision.mappingIndent()).isEqualTo(4);
    assertThat(decision.sequenceIndent()).isEqualTo(0);
    assertThat(documentOnly("tags:\n   - a\nmore:\n - b\n").sequenceIndent()).isEqualTo(3);
    assertThat(documentOnly("a: {x: 1}\nb:\n   c: 1\nd: []\ne:\n  - f\n").mappingIndent())
        .as("flow and compact collections are passed over").isEqualTo(3);
  }

  @Test
  void whatTheDocumentDoesNotShowTakesTheHouseStyleThenTwoColumns() {
    HouseRules flush = learnedFrom("tags:\n- a\nprovider:\n    name: x\n");

    assertThat(learned(flush, "a: 1\nb: [x, y]\n").sequenceIndent()).isEqualTo(0);
    assertThat(learned(flush, "a: 1\nb: [x, y]\n").mappingIndent()).isEqualTo(4);
    assertThat(documentOnly("a: 1\nb: [x, y]\nc: {d: 1}\n").sequenceIndent()).isEqualTo(2);
    assertThat(documentOnly("{a: 1}\n").mappingIndent()).isEqualTo(2);
    assertThat(documentOnly("# only a comment\n").mappingIndent()).isEqualTo(2);
  }

  // ---- where new keys go --------------------------------------------------------------------

  @Test
  void aKnownKeyGoesAfterTheNearestKeyTheHouseOrderPutsBeforeIt() {
    StyleDecision decision = card("title: T\n");

    assertThat(decision.placed(List.of(), List.of("title", "webUrl", "type", "secured"),
        List.of("title", "webUrl", "type", "secured", "ampWebUrl")))
        .containsExactly("title", "webUrl", "ampWebUrl", "type", "secured");
    assertThat(decision.placed(List.of("related", 0), List.of("title", "type"),
        List.of("title", "type", "webUrl")))
        .as("at every level").containsExactly("title", "webUrl", "type");
    assertThat(decision.placed(List.of(), List.of("webUrl", "secured"),
        List.of("webUrl", "secured", "category")))
        .as("before the nearest key it comes before").containsExactly("category", "webUrl", "secured");
  }

  @Test
  void aKeyTheOrderDoesNotKnowGoesAfterTheKeyBeforeItInTheData() {
    StyleDecision decision = card("title: T\n");

    assertThat(decision.placed(List.of(), List.of("title", "webUrl", "secured"),
        List.of("title", "xNote", "webUrl", "secured", "draft")))
        .containsExactly("title", "xNote", "webUrl", "secured", "draft");
    assertThat(decision.placed(List.of(), List.of("title"), List.of("first", "title")))
        .containsExactly("first", "title");
  }

  @Test
  void newKeysPlacedTogetherKeepTheHouseOrderWhateverTheirOrderInTheData() {
    StyleDecision decision = card("title: T\n");

    assertThat(decision.placed(List.of(), List.of("title", "secured"),
        List.of("title", "secured", "type", "webUrl", "originalUrl")))
        .containsExactly("title", "originalUrl", "webUrl", "type", "secured");
  }

  @Test
  void aLearnedOrderPlacesTheRepositorysOwnKeysAndMergesInTheModelsOthers() {
    HouseRules house = learnedFrom(
        "title: T\npublishedDateTime: 2020-01-01T00:00:00Z\nsourceUrl: a\nampUrl: b\ntype: x\n",
        "title: T\npublishedDateTime: 2020-01-01T00:00:00Z\nsourceUrl: a\ntype: x\n");
    StyleDecision decision = learned(house, null);

    assertThat(decision.keyOrder(List.of())).startsWith("category", "title", "excerpt",
        "publishedDateTime", "originalUrl", "webUrl", "ampWebUrl", "cdnAmpWebUrl", "sourceUrl",
        "ampUrl", "type");
    assertThat(decision.placed(List.of(), List.of("title", "publishedDateTime", "type"),
        List.of("title", "publishedDateTime", "type", "ampUrl", "sourceUrl")))
        .containsExactly("title", "publishedDateTime", "sourceUrl", "ampUrl", "type");
    assertThat(decision.placed(List.of(), List.of(), List.of("type", "sourceUrl", "title")))
        .as("a new mapping is written in the house order")
        .containsExactly("title", "sourceUrl", "type");
  }

  @Test
  void unknownKeysOfANewMappingStayAfterTheKnownKeysWhenTheHouseRanksSomeUnknownOnes() {
    // the older schema ranks sourceUrl (an unknown key of the model) after publishedDateTime
    HouseRules house = learnedFrom(
        "title: T\npublishedDateTime: 2020-01-01T00:00:00Z\nsourceUrl: a\ntype: x\n"
            + "provider:\n  domain: d\n  name: n\n");
    StyleDecision decision = learned(house, null);

    assertThat(decision.placed(List.of(), List.of(),
        List.of("title", "publishedDateTime", "type", "provider", "sourceUrl", "zzz")))
        .containsExactly("title", "publishedDateTime", "sourceUrl", "type", "provider", "zzz");
    assertThat(decision.placed(List.of(), List.of(),
        List.of("title", "type", "sourceUrl", "zzz", "aaa", "sourceUrl2")))
        .as("a chain of unknown keys stays together, in its order")
        .containsExactly("title", "sourceUrl", "type", "zzz", "aaa", "sourceUrl2");
    assertThat(decision.placed(List.of(), List.of(), List.of("title", "zzz", "sourceUrl")))
        .as("an unknown key after a key that stays in place stays after it")
        .containsExactly("title", "zzz", "sourceUrl");
    assertThat(decision.placed(List.of("provider"), List.of(), List.of("name", "domain", "qq")))
        .as("a nested record whose house order differs from the model's")
        .containsExactly("domain", "name", "qq");
    assertThat(decision.placed(List.of(), List.of("title", "sourceUrl", "type"),
        List.of("title", "sourceUrl", "type", "zzz")))
        .as("an edit: the document's own order, the new key after the key before it")
        .containsExactly("title", "sourceUrl", "type", "zzz");
  }

  @Test
  void aWriterFindingPlacesFromThePathBeforeAnswersAsFindingThemFromTheRoot() {
    HouseRules house = learnedFrom(
        "title: 'T'\nsourceUrl: a\nprovider:\n  name: 'N'\n  images:\n    - url: 'u'\n"
            + "related:\n  - title: R\n    heat: \n    images:\n      - url: v\n\n"
            + "topics:\n  - 'x'\n",
        "title: 'U'\nprovider:\n  name: M\n\nrelated:\n  - title: 'S'\n    heat: \n");
    StyleDecision shared = learned(house, null);
    StyleDecision writer = shared.forOneWriter();
    assertThat(writer).isNotSameAs(shared);
    assertThat(writer.forOneWriter()).isSameAs(writer);
    List<List<Object>> paths = List.of(List.of("title"), List.of("provider", "name"),
        List.of("provider", "images", 0, "url"), List.of("provider", "images", 3, "url"),
        List.of("related", 0, "title"), List.of("related", 1, "title"),
        List.of("related", 1, "images", 0, "url"), List.of("related", 2, "heat"),
        List.of("topics", 0), List.of("topics", 7), List.of("sourceUrl"), List.of("title"),
        List.of("related", 0, "images", 2, "url"), List.of("unknown", "deeper", 0));
    Random random = new Random(7);
    for (int round = 0; round < 400; round++) {
      List<Object> path = new ArrayList<>(paths.get(random.nextInt(paths.size())));
      assertThat(writer.stringStyle(path, TEXT, null)).as("%s", path)
          .isEqualTo(shared.stringStyle(path, TEXT, null));
      assertThat(writer.afterColonForNull(path)).as("%s", path)
          .isEqualTo(shared.afterColonForNull(path));
      List<Object> mapping = path.subList(0, path.size() - 1);
      if (path.get(path.size() - 1) instanceof String key) {
        assertThat(writer.blankLineBetween(mapping, null, "title", TEXT, key, TEXT))
            .as("%s", path).isEqualTo(shared.blankLineBetween(mapping, null, "title", TEXT, key, TEXT));
        assertThat(writer.placed(mapping, List.of(), List.of(key, "title", "zzz")))
            .isEqualTo(shared.placed(mapping, List.of(), List.of(key, "title", "zzz")));
      }
    }
  }

  @Test
  void aNewMappingAlreadyInTheHouseOrderIsWhatTheWalkWouldMakeOfIt() {
    // placed() answers a new mapping whose ranked keys come in rank order without the walk
    Random random = new Random(20261208);
    List<String> known = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < known.size(); i++) {
      rank.put(known.get(i), random.nextInt(3) == 0 ? i - 1 : i); // some ranks shared
    }
    int inOrder = 0;
    for (int round = 0; round < 5_000; round++) {
      List<String> target = new ArrayList<>();
      for (String key : known) {
        if (random.nextBoolean()) {
          target.add(key);
        }
      }
      for (int unknown = random.nextInt(4); unknown > 0; unknown--) {
        target.add(random.nextInt(target.size() + 1), "x" + unknown);
      }
      if (random.nextInt(4) == 0) {
        Collections.shuffle(target, random);
      }
      List<String> walked = StyleDecision.walk(rank, List.of(), target);
      assertThat(walked).as("%s", target).containsExactlyInAnyOrderElementsOf(target);
      if (StyleDecision.inRankOrder(target, rank)) {
        inOrder++;
        assertThat(walked).as("%s", target).isEqualTo(target);
      }
    }
    assertThat(inOrder).isBetween(1_000, 4_900);
    assertThat(StyleDecision.inRankOrder(List.of("b", "x", "a"), rank)).isFalse();
  }

  @Test
  void aNewMappingOutOfTheHouseOrderIsPlacedAsTheWalkPlacesItWhateverWasPlacedBefore()
      throws Exception {
    // placed() keeps the last placement made at a place and gives it again for the same keys:
    // cards written one after another, on any threads, in turns with other key sets
    HouseRules house = learnedFrom("d: 1\nb: 2\nx:\n  q: 1\n  p: 2\na: 3\nc: 4\n",
        "d: 1\nb: 2\nx:\n  q: 1\n  p: 2\na: 3\nc: 4\n");
    StyleDecision decision = learned(house, null);
    List<List<String>> pool = List.of(List.of("a", "b", "c", "d"), List.of("a", "b", "d", "c"),
        List.of("b", "a", "c", "d"), List.of("a", "c", "b", "d", "new"), List.of("c", "a"),
        List.of("a", "c"), List.of("p", "q"), List.of("p", "q", "r"), List.of("r", "p", "q"));
    List<List<Object>> paths = List.of(List.of(), List.of("x"));
    Callable<Integer> writer = () -> {
      Random random = new Random(Thread.currentThread().getId());
      StyleDecision own = decision.forOneWriter();
      int reordered = 0;
      for (int round = 0; round < 3_000; round++) {
        List<Object> path = paths.get(random.nextInt(paths.size()));
        List<String> target = new ArrayList<>(pool.get(random.nextInt(pool.size())));
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = decision.keyOrder(path);
        for (int i = 0; i < order.size(); i++) {
          rank.put(order.get(i), i);
        }
        List<String> placed = own.placed(path, List.of(), target);
        assertThat(placed).as("%s at %s", target, path)
            .isEqualTo(StyleDecision.walk(rank, List.of(), target));
        reordered += placed.equals(target) ? 0 : 1;
      }
      return reordered;
    };
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = threads.invokeAll(List.of(writer, writer, writer, writer));
      for (Future<Integer> result : results) {
        assertThat(result.get()).as("mappings the house reorders").isGreaterThan(500);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDocumentFromAnotherFormatKeepsItsOrderForKeysNoOrderKnows() {
    StyleDecision decision = documentOnly("title: T\ndate: 2021-01-01\n");
    List<String> keys = List.of("zeta", "alpha", "mid");

    assertThat(decision.placed(List.of(), List.of(), keys)).isSameAs(keys);
    assertThat(decision.placed(List.of(), List.of("title", "date"), List.of("title", "date", "draft")))
        .containsExactly("title", "date", "draft");
  }

  @Test
  void onlyStringsAreQuotedAndKeysWithoutAValueAreCountedApart() {
    HouseRules house = learnedFrom("a: \"x\"\nb: ~\n", "a: \"y\"\nb: \n");

    assertThat(house.quoting()).containsOnlyKeys("a");
    assertThat(house.quoting().get("a").value()).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(house.nullForms().get("")).isEqualTo(new HouseRules.Learned<>(" ~", 1, 2));
  }

  // ---- places whose keys need brackets, and many places ---------------------------------------

  /** The rules learned from the front matters of a resource beside this test, split at "---". */
  private static HouseRules learnedFromResource(String name) throws IOException {
    String text;
    try (InputStream in = StyleDecisionTest.class.getResourceAsStream(name)) {
      text = new String(java.util.Objects.requireNonNull(in, name).readAllBytes(),
          StandardCharsets.UTF_8);
    }
    String[] parts = text.split("(?m)^---\\n");
    return learnedFrom(java.util.Arrays.copyOfRange(parts, 1, parts.length));
  }

  private static final List<String> ODD_KEYS = List.of("og.title", "a\"b", "", "x[]",
      "back\\slash", "gone.key");

  /** The mappings of keys-that-need-brackets.yaml: the top, a nested mapping, a list's items. */
  private static final List<List<Object>> ODD_LEVELS = List.of(List.of(), List.of("params"),
      List.of("links", 0));

  @Test
  void keysThatNeedBracketsInTheirPlaceNameTakeTheHouseStyleAtEveryLevel() throws IOException {
    HouseRules house = learnedFromResource("keys-that-need-brackets.yaml");
    StyleDecision decision = learned(house, null);

    assertThat(decision.stringStyle(List.of("og.title"), TEXT, null))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.stringStyle(List.of("a\"b"), TEXT, null)).isEqualTo(ScalarStyle.PLAIN);
    assertThat(decision.stringStyle(List.of("params", ""), TEXT, null))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.stringStyle(List.of("params", "a\"b"), TEXT, null))
        .isEqualTo(ScalarStyle.PLAIN);
    assertThat(decision.stringStyle(List.of("params", "back\\slash", 3), TEXT, null))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.stringStyle(List.of("links", 1, "og.title"), TEXT, null))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.quotesWhenNeeded(List.of("links", 0, "og.title")))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.writesEmpty("params", "x[]")).isTrue();
    assertThat(decision.afterColonForNull(List.of("params", "x[]"))).isEqualTo("");
    assertThat(decision.writesEmpty("links[]", "x[]")).isTrue();
    assertThat(decision.afterColonForNull(List.of("links", 2, "x[]"))).isEqualTo(" ~");
    assertThat(decision.writesEmpty("", "gone.key")).isTrue();
    assertThat(decision.writesEmpty("", "og.title")).isFalse();
    assertThat(decision.blankLineBetween(List.of(), null, "", TEXT, "x[]", TEXT)).isTrue();
    assertThat(decision.blankLineBetween(List.of("params"), null, "", TEXT, "x[]", TEXT))
        .isFalse();
  }

  @Test
  void everyChoiceTheRulesNameAKeyPlaceForIsTheDecisionsBeforeAndAfterItsPlacesAreWalked()
      throws IOException {
    HouseRules house = learnedFromResource("keys-that-need-brackets.yaml");
    StyleDecision fresh = learned(house, null);
    assertThat(choicesAtEveryOddKey(fresh, house)).isEqualTo(choicesAtEveryOddKey(fresh, house))
        .isEqualTo(expectedAtEveryOddKey(house));
  }

  /** What the decision chooses at each odd key of each level, a line each. */
  private static List<String> choicesAtEveryOddKey(StyleDecision decision, HouseRules house) {
    List<String> out = new java.util.ArrayList<>();
    for (List<Object> level : ODD_LEVELS) {
      String previous = "title";
      for (String key : ODD_KEYS) {
        List<Object> path = new java.util.ArrayList<>(level);
        path.add(key);
        out.add(StylePaths.of(path) + " writes empty " + decision.writesEmpty(StylePaths.of(level), key)
            + ", null form '" + decision.afterColonForNull(path) + "', quoted "
            + (house.quoting().containsKey(StylePaths.of(path))
                ? decision.stringStyle(path, TEXT, null) : null)
            + ", quotes when needed " + decision.quotesWhenNeeded(path)
            + ", blank line " + decision.blankLineBetween(level, null, previous, TEXT, key, TEXT));
        previous = key;
      }
    }
    return out;
  }

  /** The same, looked up by place name in the rules themselves. */
  private static List<String> expectedAtEveryOddKey(HouseRules house) {
    List<String> out = new java.util.ArrayList<>();
    for (List<Object> level : ODD_LEVELS) {
      String previous = "title";
      String levelName = StylePaths.of(level);
      for (String key : ODD_KEYS) {
        String place = StylePaths.key(levelName, key);
        HouseRules.Learned<ScalarStyle> quoting = house.quoting().get(place);
        HouseRules.Learned<String> form = house.nullForms().getOrDefault(place,
            house.nullForms().get(""));
        HouseRules.Learned<Boolean> blank = house.blankLines().getOrDefault(
            new HouseRules.Between(levelName, previous, key), house.blankLinesBefore().get(place));
        out.add(place + " writes empty "
            + (house.writtenEmpty().containsKey(place) && house.writtenEmpty().get(place).value())
            + ", null form '" + (form == null ? " null" : form.value()) + "', quoted "
            + (quoting == null ? null : quoting.value())
            + ", quotes when needed " + (quoting != null && quoting.value().isQuoted()
                ? quoting.value() : ScalarStyle.DOUBLE_QUOTED)
            // where the house says nothing, the standard: no blank line between texts it does not know
            + ", blank line " + (blank != null && blank.value()));
        previous = key;
      }
    }
    return out;
  }

  @Test
  void aDecisionAskedAboutMorePlacesThanItKeepsStillAnswersAsTheHouseStyle() throws IOException {
    HouseRules house = learnedFromResource("keys-that-need-brackets.yaml");
    StyleDecision decision = learned(house, null);
    for (int i = 0; i < 40_000; i++) {
      assertThat(decision.stringStyle(List.of("params", "key" + i), TEXT, null))
          .isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    }

    assertThat(decision.stringStyle(List.of("links", 0, "a\"b"), TEXT, null))
        .as("a place first asked about once no more are kept").isEqualTo(ScalarStyle.PLAIN);
    assertThat(decision.stringStyle(List.of("params", "og.title"), TEXT, null))
        .isEqualTo(ScalarStyle.SINGLE_QUOTED);
    assertThat(decision.writesEmpty("links[]", "x[]")).isTrue();
    assertThat(decision.afterColonForNull(List.of("links", 2, "x[]"))).isEqualTo(" ~");
    assertThat(decision.blankLineBetween(List.of(), null, "", TEXT, "x[]", TEXT)).isTrue();
    assertThat(decision.keyOrder(List.of("links", 0))).containsExactly("og.title", "a\"b", "", "x[]");
    assertThat(choicesAtEveryOddKey(decision, house)).isEqualTo(expectedAtEveryOddKey(house));
  }
}
