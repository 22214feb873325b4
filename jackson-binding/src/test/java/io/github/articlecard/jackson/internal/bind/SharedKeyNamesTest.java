package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.ModelKey;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlReader;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Keys read from a block mapping are the model's own name strings, which binding compares by
 * identity first; keys that are not (quoted, in a flow mapping, or taken by another key's slot)
 * bind by name all the same.
 */
class SharedKeyNamesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @Test
  void aModelKeyReadFromTheTextIsTheModelsOwnString() {
    // the model's names are shared when the shapes are loaded; keys read since (other tests' in
    // this JVM) may have taken some of their slots, so share them again as loading did
    Objects.requireNonNull(CardShapes.ARTICLE);
    YamlReader.shareKeyNames(ArticleCard.keys().stream().map(ModelKey::name).toList());
    StringBuilder text = new StringBuilder();
    for (ModelKey<ArticleCard> key : ArticleCard.keys()) {
      text.append(key.name()).append(": x\n");
    }
    text.append("xNested:\n  name: n\n  domain: d\n"); // the first key of a nested mapping too
    SourceNode.Mapping root = Objects.requireNonNull(CardReader.readFrontMatter(text.toString(),
        ReadLimits.DEFAULTS, SourceText.of(text.toString()), 0).root());

    for (int i = 0; i < ArticleCard.keys().size(); i++) {
      assertThat(root.entries().get(i).key().value()).isSameAs(ArticleCard.keys().get(i).name());
    }
    SourceNode.Mapping provider = (SourceNode.Mapping) root.entries()
        .get(root.entries().size() - 1).value();
    YamlReader.shareKeyNames(List.of("name"));
    assertThat(Objects.requireNonNull(CardReader.readFrontMatter(text.toString(),
        ReadLimits.DEFAULTS, SourceText.of(text.toString()), 0).root()).entries()
        .get(root.entries().size() - 1).value()).isInstanceOfSatisfying(SourceNode.Mapping.class,
            again -> assertThat(again.entries().get(0).key().value()).isSameAs("name"));
    assertThat(provider.entries().get(0).key().value()).isEqualTo("name");
  }

  @Test
  void keysThatAreOtherStringsBindAsTheSharedOnesDo() {
    String plain = """
        ---
        title: "T"
        quality: 3
        provider:
          name: P
          domain: p.com
        images:
          - url: https://e.com/i.jpg
            width: 2
        xNote: kept
        ---
        """;
    String quoted = plain.replace("title:", "\"title\":").replace("quality:", "'quality':")
        .replace("  name:", "  \"name\":").replace("    width:", "    'width':");
    String flow = """
        ---
        {title: "T", quality: 3, provider: {name: P, domain: p.com},
         images: [{url: https://e.com/i.jpg, width: 2}], xNote: kept}
        ---
        """;
    ArticleCard expected = MAPPER.read(plain).card();

    assertThat(MAPPER.read(quoted).card()).isEqualTo(expected);
    assertThat(MAPPER.read(flow).card()).isEqualTo(expected);
    assertThat(MAPPER.read(plain.replace("\n", "\r\n")).card()).isEqualTo(expected);
    assertThat(expected.quality()).isEqualTo(3);
    assertThat(expected.images().get(0).width()).isEqualTo(2);
    assertThat(expected.extras().get("xNote")).isEqualTo("kept");
  }
}
