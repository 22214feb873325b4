package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document an edit returns answers {@code card()}, {@code frontMatter()} and {@code as(...)}
 * exactly as re-reading its {@code text()} would, whatever order the caller's data came in (issue
 * 17, class 4).
 */
class ReturnedDocumentsReadAsTheirTextTest {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
  private final CardMapper mapper = CardMapper.builder().build();

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("card extras reversed, plus one", (UnaryOperator<ArticleCard>) card ->
            card.toBuilder().extras(reversedPlusZone(card.extras())).build()),
        Arguments.of("provider extras reversed, plus one", (UnaryOperator<ArticleCard>) card ->
            card.toBuilder().provider(provider(card).toBuilder()
                .extras(reversedPlusZone(provider(card).extras())).build()).build()),
        Arguments.of("provider image extras reversed, plus one", (UnaryOperator<ArticleCard>) card ->
            card.toBuilder().provider(provider(card).toBuilder()
                .images(List.of(reorder(provider(card).images().get(0)))).build()).build()),
        Arguments.of("image extras reversed, plus one", (UnaryOperator<ArticleCard>) card ->
            card.toBuilder().images(List.of(reorder(card.images().get(0)))).build()),
        Arguments.of("related extras reversed, plus one", (UnaryOperator<ArticleCard>) card -> {
          RelatedArticle related = card.related().get(0);
          return card.toBuilder().related(List.of(related.toBuilder()
              .extras(reversedPlusZone(related.extras())).build())).build();
        }),
        Arguments.of("every level at once, with a new body", (UnaryOperator<ArticleCard>) card ->
            card.toBuilder()
                .extras(reversedPlusZone(card.extras()))
                .images(List.of(reorder(card.images().get(0))))
                .provider(provider(card).toBuilder()
                    .extras(reversedPlusZone(provider(card).extras())).build())
                .body("Another body.\n")
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void withCardAnswersAsItsReReadTextDoes(String name, UnaryOperator<ArticleCard> edit) {
    for (String text : texts()) {
      CardDocument doc = mapper.read(text);
      CardDocument next = doc.withCard(edit.apply(doc.card()));

      assertReadsAsItsText(next);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void withOfTheCardAnswersAsItsReReadTextDoes(String name, UnaryOperator<ArticleCard> edit) {
    for (String text : texts()) {
      CardDocument doc = mapper.read(text);
      CardDocument next = doc.with(edit.apply(doc.card()));

      assertReadsAsItsText(next);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void aCardReadAfterAnEditIsTheCardTheDocumentAnswers(String name,
      UnaryOperator<ArticleCard> edit) {
    for (String text : texts()) {
      CardDocument doc = mapper.read(text);
      CardDocument next = doc.withCard(edit.apply(doc.card()));
      // card() first, before anything else has been asked of the document
      ArticleCard answered = next.card();

      assertThat(answered).isEqualTo(mapper.read(next.text()).card());
      assertThat(answered.extras().keys())
          .containsExactlyElementsOf(mapper.read(next.text()).card().extras().keys());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void withFrontMatterInAnotherOrderAnswersInTheTextsOrder(String text) {
    CardDocument doc = mapper.read(text);
    ObjectNode data = doc.frontMatter();
    List<String> names = new ArrayList<>();
    data.fieldNames().forEachRemaining(names::add);
    Collections.reverse(names);
    ObjectNode reordered = data.objectNode();
    for (String key : names) {
      reordered.set(key, data.get(key));
    }
    reordered.put("zone", "eu");

    CardDocument next = doc.withFrontMatter(reordered);

    assertReadsAsItsText(next);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void withOfAMapInAnotherOrderAnswersInTheTextsOrder(String text) {
    CardDocument doc = mapper.read(text);
    LinkedHashMap<String, Object> data = doc.as(MAP);
    List<String> names = new ArrayList<>(data.keySet());
    Collections.reverse(names);
    LinkedHashMap<String, Object> reordered = new LinkedHashMap<>();
    for (String key : names) {
      reordered.put(key, data.get(key));
    }
    reordered.put("zone", "eu");

    CardDocument next = doc.with(reordered);

    assertReadsAsItsText(next);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void withBodyAnswersAsItsReReadTextDoes(String text) {
    CardDocument doc = mapper.read(text);
    doc.card(); // bound before the edit

    for (String body : List.of("", "New body.", "\n", "---\nnot front matter\n")) {
      assertReadsAsItsText(doc.withBody(body));
    }
  }

  private void assertReadsAsItsText(CardDocument next) {
    CardDocument reread = mapper.read(next.text());
    assertThat(next.card()).isEqualTo(reread.card());
    assertThat(next.card().toString()).isEqualTo(reread.card().toString());
    assertThat(next.frontMatter().toString()).isEqualTo(reread.frontMatter().toString());
    assertThat(next.as(MAP).toString()).isEqualTo(reread.as(MAP).toString());
    assertThat(next.body()).isEqualTo(reread.body());
  }

  static List<String> texts() {
    String lf = TestFiles.resource("io/github/articlecard/jackson/returned/extras-everywhere.md");
    return List.of(lf, lf.replace("\n", "\r\n"));
  }

  private static Provider provider(ArticleCard card) {
    Provider provider = card.provider();
    assertThat(provider).isNotNull();
    return provider;
  }

  private static Image reorder(Image image) {
    return image.toBuilder().extras(reversedPlusZone(image.extras())).build();
  }

  /** The extras in reverse order (as a HashMap copy may well give them), plus a new key. */
  private static Extras reversedPlusZone(Extras extras) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(extras.asMap().entrySet());
    Collections.reverse(entries);
    Extras.Builder out = Extras.builder();
    for (Map.Entry<String, Object> entry : entries) {
      out.put(entry.getKey(), entry.getValue());
    }
    return out.put("zone", "eu").build();
  }
}
