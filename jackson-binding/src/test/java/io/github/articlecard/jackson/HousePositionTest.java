package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.Url;
import org.junit.jupiter.api.Test;

/** New known keys go where the house style puts them, with its blank lines; removed ones take theirs. */
class HousePositionTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private static final String AMP_LINE = "ampWebUrl: \"https://www.livemint.com/companies/news/"
      + "facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms/amp-11615727765901.html\"\n";
  private final CardMapper mapper = CardMapper.builder().build();

  @Test
  void aMissingUrlIsInsertedAfterTheUrlBeforeIt() {
    String withoutAmp = SEED.replace(AMP_LINE, "");
    CardDocument doc = mapper.read(withoutAmp);
    ArticleCard card = doc.card();

    String edited = doc.withCard(card.toBuilder()
        .ampWebUrl(Url.of("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms/amp-11615727765901.html"))
        .build()).text();

    assertThat(edited).isEqualTo(SEED);
  }

  @Test
  void aKeyInsertedWhereAnotherWasRemovedTakesItsPlace() {
    // the comment would not survive a whole re-render, so this shows the edit stayed local
    String withoutAmp = SEED.replace(AMP_LINE, "").replace("originalUrl:", "# links\noriginalUrl:");
    CardDocument doc = mapper.read(withoutAmp);
    ArticleCard card = doc.card();
    String webLine = withoutAmp.lines().filter(line -> line.startsWith("webUrl: ")).findFirst().orElseThrow();

    String edited = doc.withCard(card.toBuilder().webUrl((Url) null)
        .ampWebUrl(Url.of("https://example.com/amp")).build()).text();

    assertThat(edited).isEqualTo(withoutAmp.replace(webLine + "\n", "ampWebUrl: \"https://example.com/amp\"\n"));
  }

  @Test
  void featuredContentGoesAfterPublishedBetweenBlankLines() {
    CardDocument doc = mapper.read(SEED);

    String edited = doc.withCard(doc.card().toBuilder().featuredContent("<iframe src=\"x\"></iframe>").build()).text();

    assertThat(edited).isEqualTo(SEED.replace("published: false\n\nprovider:",
        "published: false\n\nfeaturedContent: \"<iframe src=\\\"x\\\"></iframe>\"\n\nprovider:"));
    assertThat(edited).isEqualTo(mapper.write(mapper.read(edited).card()));
  }

  @Test
  void removingFeaturedContentTakesOneOfItsBlankLines() {
    CardDocument doc = mapper.read(SEED);
    String video = doc.withCard(doc.card().toBuilder().featuredContent("<iframe></iframe>").build()).text();
    CardDocument videoDoc = mapper.read(video);

    String edited = videoDoc.withCard(videoDoc.card().toBuilder().featuredContent(null).build()).text();

    assertThat(edited).isEqualTo(SEED);
  }

  @Test
  void aFirstImageGroupIsInsertedAfterTopicsWithItsBlankLine() {
    String withoutImages = SEED.replaceFirst("(?s)\nimages:\n.*?\n\nrelated:", "\nrelated:");
    CardDocument doc = mapper.read(withoutImages);
    Image image = mapper.read(SEED).card().images().get(0);

    String edited = doc.withCard(doc.card().toBuilder().addImage(image).build()).text();

    assertThat(edited).isEqualTo(SEED);
  }

  @Test
  void removingTheOnlyImageRemovesTheGroupAndOneBlankLine() {
    CardDocument doc = mapper.read(SEED);

    String edited = doc.withCard(doc.card().toBuilder().images(java.util.List.of()).build()).text();

    assertThat(edited).isEqualTo(SEED.replaceFirst("(?s)\nimages:\n.*?\n\nrelated:", "\nrelated:"));
  }
}
