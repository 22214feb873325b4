package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.ContentType;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys written with no value are part of a repository's house style: a known key the model holds
 * as absent ({@code heat: }, a related article's {@code quality: }) and an unknown key holding
 * null ({@code price:}, an image's {@code caption: ~}), each alone, at the top and in list items,
 * LF and CRLF. The style learned from the cards writes each card back byte for byte, and writes a
 * card built from scratch with the key absent (known) or null (unknown) as its siblings have it.
 */
class KeysWithoutValueTest {
  private static final Path REPOSITORIES = Path.of(
      "src/test/resources/io/github/articlecard/jackson/house-style/keys-without-value");
  private static final CardMapper READER = CardMapper.builder().build();

  static Stream<Arguments> repositories() {
    List<Arguments> out = new ArrayList<>();
    for (String repository : List.of("known-at-the-top", "unknown-at-the-top",
        "known-in-list-items", "unknown-in-list-items", "mixed-forms", "in-the-provider",
        "first-in-list-items")) {
      for (String eol : List.of("\n", "\r\n")) {
        out.add(Arguments.of(repository, eol));
      }
    }
    return out.stream();
  }

  private static List<String> texts(String repository, String eol) throws IOException {
    try (Stream<Path> files = Files.list(REPOSITORIES.resolve(repository))) {
      return files.sorted().map(file -> TestFiles.read(file).replace("\n", eol)).toList();
    }
  }

  private static CardMapper learnedFrom(List<String> texts) {
    HouseStyle style = HouseStyle.learnFrom(texts.stream().map(READER::read).toList());
    return CardMapper.builder().houseStyle(style).build();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("repositories")
  void theLearnedStyleWritesEachCardBackByteForByte(String repository, String eol)
      throws IOException {
    List<String> texts = texts(repository, eol);
    CardMapper mapper = learnedFrom(texts);

    assertThat(mapper.lineEnding().characters()).isEqualTo(eol);
    for (String text : texts) {
      assertThat(mapper.write(READER.read(text).card())).isEqualTo(text);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("repositories")
  void aCardBuiltFromScratchWritesTheKeyAsItsSiblingsDo(String repository, String eol)
      throws IOException {
    List<String> texts = texts(repository, eol);
    CardMapper mapper = learnedFrom(texts);
    ArticleCard.Builder card = ArticleCard.builder().title("Fourth card");
    String expected = switch (repository) {
      case "known-at-the-top" -> {
        card.quality(11).published(true);
        yield "---\ntitle: Fourth card\nquality: 11\nheat: \npublished: true\n---\n\n";
      }
      case "unknown-at-the-top" -> {
        card.quality(11).extra("price", null);
        yield "---\ntitle: Fourth card\nquality: 11\nprice:\n---\n\n";
      }
      case "known-in-list-items" -> {
        card.related(List.of(RelatedArticle.builder().title("Five").type(ContentType.VIDEO)
            .build()));
        yield "---\ntitle: Fourth card\n\nrelated:\n  - title: Five\n    type: video\n"
            + "    quality: \n---\n\n";
      }
      case "mixed-forms" -> {
        card.extra("price", null).extra("views", null);
        yield "---\ntitle: Fourth card\nheat: \nprice:\nviews: null\n---\n\n";
      }
      case "in-the-provider" -> {
        card.provider(Provider.builder().name("Vox").extra("logo", null).build());
        yield "---\ntitle: Fourth card\n\nprovider:\n  name: Vox\n  domain: \n  logo:\n---\n\n";
      }
      case "first-in-list-items" -> {
        card.images(List.of(Image.builder().url("/assets/e.jpg").extra("caption", null).build(),
            Image.builder().url("/assets/f.jpg").height(6).extra("caption", null).build()));
        yield "---\ntitle: Fourth card\nimages:\n- caption:\n  url: /assets/e.jpg\n- caption:\n"
            + "  url: /assets/f.jpg\n  height: 6\n---\n\n";
      }
      default -> {
        card.images(List.of(Image.builder().url("/assets/e.jpg").width(50).extra("caption", null)
            .build()));
        yield "---\ntitle: Fourth card\n\nimages:\n  - url: /assets/e.jpg\n    width: 50\n"
            + "    caption: ~\n---\n\n";
      }
    };

    String written = mapper.write(card.build());

    assertThat(written).isEqualTo(expected.replace("\n", eol));
    assertThat(READER.read(written).card()).isEqualTo(card.body(eol).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEndings")
  void anEditAddingNullKeysWritesEachInTheHouseFormWhereTheDocumentShowsNone(String eol)
      throws IOException {
    CardMapper mapper = learnedFrom(texts("mixed-forms", eol));
    CardDocument doc = mapper.read("---\ntitle: Fifth card\n---\n\n".replace("\n", eol));

    CardDocument edited = doc.withCard(doc.card().toBuilder().extra("price", null)
        .extra("views", null).build());

    assertThat(edited.text()).isEqualTo("---\ntitle: Fifth card\nprice:\nviews: null\n---\n\n"
        .replace("\n", eol));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEndings")
  void anEditAddingANullKeyInAListItemWritesItAsTheDocumentsOtherItemsDo(String eol)
      throws IOException {
    List<String> texts = texts("unknown-in-list-items", eol);
    CardMapper mapper = learnedFrom(texts("mixed-forms", eol));
    CardDocument doc = mapper.read(texts.get(0));
    List<Image> images = new ArrayList<>(doc.card().images());
    images.add(Image.builder().url("/assets/z.jpg").extra("caption", null).build());

    CardDocument edited = doc.withCard(doc.card().toBuilder().images(images).build());

    assertThat(edited.text()).isEqualTo(texts.get(0).replace("    caption: ~" + eol + "---",
        "    caption: ~" + eol + "  - url: /assets/z.jpg" + eol + "    caption: ~" + eol + "---"));
  }

  static Stream<String> lineEndings() {
    return Stream.of("\n", "\r\n");
  }
}
