package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import org.junit.jupiter.api.Test;

/** Keys the model does not know survive the trip through the model (SPEC "Fidelity" 4 and 5). */
class UnknownKeysTest {
  private static final String TEXT = String.join("\n",
      "---",
      "category: news",
      "title: \"Old generation card\"",
      "sourceUrl: \"https://example.com/a|b\"",
      "quality: 10",
      "ampUrl: https://example.com/amp",
      "hex: 0x1F",
      "provider:",
      "  name: Mint",
      "  rank: 012",
      "images:",
      "  - url: \"https://example.com/i.png\"",
      "    title: \"An image title\"",
      "    alt: 1e3",
      "---",
      "");
  private final CardMapper mapper = CardMapper.builder().build();

  @Test
  void unknownKeysKeepTheirPlaceAndTextWhenAKnownFieldIsEdited() {
    CardDocument doc = mapper.read(TEXT);
    ArticleCard card = doc.card();

    String edited = doc.withCard(card.toBuilder().quality(11).build()).text();

    assertThat(edited).isEqualTo(TEXT.replace("quality: 10", "quality: 11"));
  }

  @Test
  void unknownKeysAreExtrasWithTheirTextAtEveryLevel() {
    ArticleCard card = mapper.read(TEXT).card();

    assertThat(card.extras().keys()).containsExactly("sourceUrl", "ampUrl", "hex");
    assertThat(card.extras().get("sourceUrl")).isEqualTo("https://example.com/a|b");
    assertThat(card.extras().get("hex")).isEqualTo("0x1F");
    assertThat(card.provider().extras().get("rank")).isEqualTo("012");
    assertThat(card.images().get(0).title()).isEqualTo("An image title");
    assertThat(card.images().get(0).extras().get("alt")).isEqualTo("1e3");
  }

  @Test
  void editingAnUnknownKeyChangesOnlyItsLine() {
    CardDocument doc = mapper.read(TEXT);
    ArticleCard card = doc.card();

    String edited = doc.withCard(card.toBuilder().extra("hex", "0x20").build()).text();

    assertThat(edited).isEqualTo(TEXT.replace("hex: 0x1F", "hex: \"0x20\""));
  }

  @Test
  void removingAnUnknownKeyTakesOnlyItsLine() {
    CardDocument doc = mapper.read(TEXT);
    ArticleCard card = doc.card();

    String edited = doc.withCard(card.toBuilder().extras(card.extras().without("ampUrl")).build()).text();

    assertThat(edited).isEqualTo(TEXT.replace("ampUrl: https://example.com/amp\n", ""));
  }

  @Test
  void canonicalWritingKeepsEveryUnknownValueAfterTheKnownKeys() {
    ArticleCard card = mapper.read(TEXT).card();

    String written = mapper.write(card);

    assertThat(mapper.read(written).card()).isEqualTo(card);
    assertThat(written).endsWith("    alt: \"1e3\"\n\nsourceUrl: \"https://example.com/a|b\"\n"
        + "ampUrl: \"https://example.com/amp\"\nhex: \"0x1F\"\n---\n");
    assertThat(written).contains("  name: Mint\n  rank: \"012\"\n");
  }
}
