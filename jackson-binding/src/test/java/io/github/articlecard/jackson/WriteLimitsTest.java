package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The limits apply to what is written as well as to what is read (issue 10, classes 6 and 7):
 * data nested thousands of levels deep gives a {@code CardException} naming
 * {@code maxNestingDepth}, never a {@code StackOverflowError}; an edit or a write that would break
 * any limit names the setting to raise.
 */
class WriteLimitsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final CardDocument DOC = MAPPER.read("---\ntitle: \"t\"\nprovider:\n  name: P\n"
      + "images:\n  - url: \"u\"\nrelated:\n  - title: r\n---\n");

  private static Object nested(int depth, Function<Object, Object> wrap) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = wrap.apply(value);
    }
    return value;
  }

  /** Extras holding a deeply nested value: the model copies it without recursion. */
  private static Extras deepExtras(Object value) {
    return Extras.of(Map.of("deep", value));
  }

  private static final List<Function<Object, Object>> WRAPS = List.of(
      List::of, v -> Map.of("k", v), v -> List.of(1, Map.of("a", List.of(v))));

  @Test
  void unknownKeysNestedThousandsDeepAreRefusedByWithCardAndWrite() {
    for (Function<Object, Object> wrap : WRAPS) {
      Extras deep = deepExtras(nested(wrap == WRAPS.get(0) ? 100_000 : 2_000, wrap));
      ArticleCard card = DOC.card();
      List<ArticleCard> edits = List.of(
          card.toBuilder().extras(deep).build(),
          card.toBuilder().provider(card.provider().toBuilder().extras(deep).build()).build(),
          card.toBuilder().images(List.of(card.images().get(0).toBuilder().extras(deep).build()))
              .build(),
          card.toBuilder().related(List.of(RelatedArticle.builder().title("r")
              .provider(Provider.builder().images(List.of(Image.builder().extras(deep).build()))
                  .build()).build())).build());
      for (ArticleCard edited : edits) {
        assertNamesTheSetting(() -> DOC.withCard(edited), "maxNestingDepth");
        assertNamesTheSetting(() -> MAPPER.write(edited), "maxNestingDepth");
      }
    }
  }

  @Test
  void frontMatterFiveThousandDeepOrHoldingItselfIsRefused() {
    ObjectNode data = DOC.frontMatter();
    ObjectNode node = data;
    for (int i = 0; i < 5_000; i++) {
      node = node.putObject("k");
    }
    assertNamesTheSetting(() -> DOC.withFrontMatter(data), "maxNestingDepth");

    ObjectNode lists = DOC.frontMatter();
    ArrayNode array = lists.putArray("a");
    for (int i = 0; i < 5_000; i++) {
      array = array.addArray();
    }
    assertNamesTheSetting(() -> DOC.withFrontMatter(lists), "maxNestingDepth");

    ObjectNode cycle = DOC.frontMatter();
    cycle.set("self", cycle);
    assertNamesTheSetting(() -> DOC.withFrontMatter(cycle), "maxNestingDepth");
  }

  @Test
  void nestingExactlyAtTheLimitIsWrittenAndReadBack() {
    CardMapper mapper = CardMapper.builder().maxNestingDepth(6).build();
    CardDocument doc = mapper.read("---\ntitle: \"t\"\n---\n");
    // the card is level 1, so a value at level 6 holds 5 nested lists
    ArticleCard atLimit = doc.card().toBuilder()
        .extras(Extras.of(Map.of("x", nested(5, List::of)))).build();
    ArticleCard overLimit = doc.card().toBuilder()
        .extras(Extras.of(Map.of("x", nested(6, List::of)))).build();

    assertThat(mapper.read(mapper.write(atLimit)).card()).isEqualTo(atLimit);
    assertThat(mapper.read(doc.withCard(atLimit).text()).card()).isEqualTo(atLimit);
    assertNamesTheSetting(() -> mapper.write(overLimit), "maxNestingDepth");
    assertNamesTheSetting(() -> doc.withCard(overLimit), "maxNestingDepth");
    // in a related article's provider's image, the extras' holder is at level 6 already
    ArticleCard deepHolder = doc.card().toBuilder().related(List.of(RelatedArticle.builder()
        .title("r").provider(Provider.builder().images(List.of(Image.builder()
            .extras(Extras.of(Map.of("x", List.of()))).build())).build()).build())).build();
    assertNamesTheSetting(() -> mapper.write(deepHolder), "maxNestingDepth");
  }

  @Test
  void editsAndWritesThatWouldBreakALimitNameTheSetting() {
    String text = "---\na: x\n---\n";
    CardDocument scalars = CardMapper.builder().maxScalarLength(10).build().read(text);
    CardDocument keys = CardMapper.builder().maxKeyLength(5).build().read(text);
    CardDocument numbers = CardMapper.builder().maxNumberLength(6).build().read(text);
    CardDocument sizes = CardMapper.builder().maxFrontMatterSize(200).maxInputSize(300).build()
        .read(text);

    assertNamesTheSetting(() -> scalars.withFrontMatter(scalars.frontMatter()
        .put("a", "y".repeat(11))), "maxScalarLength");
    assertNamesTheSetting(() -> keys.withFrontMatter(keys.frontMatter().put("longer", 1)),
        "maxKeyLength");
    assertNamesTheSetting(() -> numbers.withFrontMatter(numbers.frontMatter()
        .put("a", new BigInteger("1234567"))), "maxNumberLength");
    assertNamesTheSetting(() -> numbers.withFrontMatter(numbers.frontMatter()
        .put("a", new BigInteger("9".repeat(100_000)))), "maxNumberLength");
    assertNamesTheSetting(() -> numbers.withFrontMatter(numbers.frontMatter().put("a", 0.1 + 0.2)),
        "maxNumberLength");
    ObjectNode many = sizes.frontMatter();
    for (int i = 0; i < 30; i++) {
      many.put("k" + i, "v");
    }
    assertNamesTheSetting(() -> sizes.withFrontMatter(many), "maxFrontMatterSize");
    assertNamesTheSetting(() -> sizes.withBody("b".repeat(300)), "maxInputSize");
    assertNamesTheSetting(() -> CardMapper.builder().maxInputSize(300).build()
        .write(ArticleCard.builder().title("t").body("b".repeat(300)).build()), "maxInputSize");
    assertNamesTheSetting(() -> CardMapper.builder().maxScalarLength(10).build()
        .write(ArticleCard.builder().title("y".repeat(11)).build()), "maxScalarLength");
    assertNamesTheSetting(() -> CardMapper.builder().maxKeyLength(8).build()
        .write(ArticleCard.builder().title("t").published(false).build()), "maxKeyLength");
    // "published" is nine characters
  }

  @Test
  void sharedSubtreesCannotMakeAWriteExplode() {
    ObjectNode data = DOC.frontMatter();
    ArrayNode level = JsonNodeFactory.instance.arrayNode().add("x".repeat(1_000));
    for (int i = 0; i < 30; i++) {
      ArrayNode next = JsonNodeFactory.instance.arrayNode();
      for (int j = 0; j < 9; j++) {
        next.add(level); // the same node nine times: 9^30 values once expanded
      }
      level = next;
    }
    data.set("bomb", level);

    assertNamesTheSetting(() -> DOC.withFrontMatter(data), "maxFrontMatterSize");
  }

  @Test
  void sharedExtrasCannotMakeAWriteExplode() {
    Object level = List.of("x".repeat(1_000));
    for (int i = 0; i < 30; i++) {
      Object[] nine = new Object[9];
      java.util.Arrays.fill(nine, level); // the same list nine times: 9^30 values once expanded
      level = i % 2 == 0 ? List.of(nine) : Map.of("a", nine[0], "b", nine[1], "c", nine[2]);
    }
    ArticleCard card = DOC.card().toBuilder().extras(Extras.of(Map.of("bomb", level))).build();

    assertNamesTheSetting(() -> DOC.withCard(card), "maxFrontMatterSize");
    assertNamesTheSetting(() -> MAPPER.write(card), "maxFrontMatterSize");
  }

  private static void assertNamesTheSetting(Runnable edit, String setting) {
    Throwable thrown = catchThrowable(edit::run);
    assertThat(thrown).isInstanceOf(CardException.class);
    assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.LIMIT);
    assertThat(thrown).hasMessageContaining("CardMapper.builder()." + setting + "(...)");
  }
}
