package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.cli.ModelKeys.ListOf;
import io.github.articlecard.cli.ModelKeys.RecordKeys;
import io.github.articlecard.cli.ModelKeys.Scalar;
import io.github.articlecard.cli.ModelKeys.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command's view of the model's keys agrees with the model: every key of a card that uses
 * them all is known to both, with the same kind of value.
 */
class ModelKeysTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final CardDocument EVERY_KEY = MAPPER.read(TestFiles.resource("cli/every-key.md"));

  @Test
  void theCardWithEveryKeyHasNoExtrasAtAnyLevel() {
    ArticleCard card = EVERY_KEY.card();

    assertThat(card.extras().asMap()).isEmpty();
    assertThat(card.provider().extras().asMap()).isEmpty();
    assertThat(card.provider().images()).allSatisfy(image -> assertThat(image.extras().asMap()).isEmpty());
    assertThat(card.images()).extracting(Image::extras).allSatisfy(extras -> assertThat(extras.asMap()).isEmpty());
    assertThat(card.related()).extracting(RelatedArticle::extras).allSatisfy(extras -> assertThat(extras.asMap()).isEmpty());
    assertThat(card.related().get(0).provider().extras().asMap()).isEmpty();
    assertThat(card.related().get(0).images().get(0).extras().asMap()).isEmpty();
  }

  @Test
  void everyKeyTheCommandKnowsIsInTheCardWithEveryKeyAndTheOtherWayRound() {
    List<String> known = new ArrayList<>();
    paths(ModelKeys.CARD, "", known);
    List<String> written = new ArrayList<>();
    paths(MAPPER.toFrontMatter(EVERY_KEY.card()), "", written);

    assertThat(written).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void theKindOfEachValueIsTheKindTheModelWrites() {
    check(MAPPER.toFrontMatter(EVERY_KEY.card()), ModelKeys.CARD, "");
  }

  private static void check(JsonNode node, Slot slot, String at) {
    if (slot instanceof RecordKeys record) {
      assertThat(node.isObject()).as(at).isTrue();
      node.properties().forEach(entry ->
          check(entry.getValue(), record.keys().get(entry.getKey()), at + "." + entry.getKey()));
    } else if (slot instanceof ListOf list) {
      assertThat(node.isArray()).as(at).isTrue();
      node.forEach(item -> check(item, list.item(), at + "[]"));
    } else {
      assertThat(node.getNodeType().name()).as(at).isEqualTo(switch ((Scalar) slot) {
        case TEXT -> "STRING";
        case NUMBER -> "NUMBER";
        case BOOLEAN -> "BOOLEAN";
      });
    }
  }

  /** The paths of a record's keys, with [] for list items, whatever the values. */
  private static void paths(Slot slot, String at, List<String> out) {
    if (slot instanceof RecordKeys record) {
      for (Map.Entry<String, Slot> entry : record.keys().entrySet()) {
        String path = at + "." + entry.getKey();
        out.add(path);
        paths(entry.getValue(), path, out);
      }
    } else if (slot instanceof ListOf list) {
      paths(list.item(), at + "[]", out);
    }
  }

  private static void paths(JsonNode node, String at, List<String> out) {
    if (node instanceof ObjectNode object) {
      object.properties().forEach(entry -> {
        String path = at + "." + entry.getKey();
        out.add(path);
        paths(entry.getValue(), path, out);
      });
    } else if (node.isArray() && !node.isEmpty()) {
      paths(node.get(0), at + "[]", out);
    }
  }

  @Test
  void typosFindTheKeyTheyMeant() {
    List<String> card = List.copyOf(ModelKeys.CARD.keys().keySet());

    assertThat(ModelKeys.closest("qualty", card)).hasValue("quality");
    assertThat(ModelKeys.closest("qaulity", card)).hasValue("quality");
    assertThat(ModelKeys.closest("weburl", card)).hasValue("webUrl");
    assertThat(ModelKeys.closest("publishDateTime", card)).hasValue("publishedDateTime");
    assertThat(ModelKeys.closest("topic", card)).hasValue("topics");
    assertThat(ModelKeys.closest("heta", card)).hasValue("heat");
    assertThat(ModelKeys.closest("nmae", ModelKeys.PROVIDER.keys().keySet())).hasValue("name");
    assertThat(ModelKeys.closest("widht", ModelKeys.IMAGE.keys().keySet())).hasValue("width");
    assertThat(ModelKeys.closest("iscached", ModelKeys.IMAGE.keys().keySet())).hasValue("isCached");
  }

  @Test
  void keysFarFromEveryKnownKeyHaveNoSuggestion() {
    List<String> card = List.copyOf(ModelKeys.CARD.keys().keySet());

    assertThat(ModelKeys.closest("reviewer", card)).isEmpty();
    assertThat(ModelKeys.closest("x", card)).isEmpty();
    assertThat(ModelKeys.closest("sourceUrl", card)).isEmpty();
  }
}
