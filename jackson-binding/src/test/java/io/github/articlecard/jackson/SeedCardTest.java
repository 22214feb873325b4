package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Url;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The seed card, shipped in this module's test resources as {@code cards/seed.md}. */
class SeedCardTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private final CardMapper mapper = CardMapper.builder().build();

  @Test
  void everyTopLevelFieldHasItsValue() {
    ArticleCard card = mapper.read(SEED).card();

    assertThat(card.category()).isEqualTo(Category.NEWS);
    assertThat(card.title()).isEqualTo("Facebook will use your uploaded videos to improve its AI algorithms");
    assertThat(card.excerpt()).isEqualTo("The company said it would help improve both its moderation"
        + " efforts and recommendation engines for video.In its blog post, Facebook said the algorithms"
        + " will learn 'themes' from the videos users watch a");
    assertThat(card.publishedDateTime()).isEqualTo(Instant.parse("2021-03-14T13:26:00Z"));
    assertThat(card.originalUrl()).isEqualTo(Url.of("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms-11615727765901.html"));
    assertThat(card.webUrl()).isEqualTo(card.originalUrl());
    assertThat(card.ampWebUrl()).isEqualTo(Url.of("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms/amp-11615727765901.html"));
    assertThat(card.cdnAmpWebUrl()).isEqualTo(Url.of("https://www-livemint-com.cdn.ampproject.org/c/s/www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms/amp-11615727765901.html"));
    assertThat(card.type()).isEqualTo(ContentType.ARTICLE);
    assertThat(card.quality()).isEqualTo(59);
    assertThat(card.heat()).isEqualTo(-1);
    assertThat(card.published()).isFalse();
    assertThat(card.featuredContent()).isNull();
    assertThat(card.provider()).isEqualTo(Provider.of("Mint", "livemint.com"));
    assertThat(card.topics()).containsExactly("Facebook AI", "AI");
    assertThat(card.related()).hasSize(4);
    assertThat(card.secured()).isNotNull();
    assertThat(card.secured().value()).startsWith("b24SugAOKO8pztTI6vqtW0YSFna2H2Yc")
        .endsWith("==;Hkkyzn3YYuPEhdTPyESv3w==").hasSize(561);
    assertThat(card.extras().isEmpty()).isTrue();
    assertThat(card.body()).isEqualTo("\n");
  }

  @Test
  void theCardImageHasAllItsFields() {
    ArticleCard card = mapper.read(SEED).card();

    assertThat(card.images()).containsExactly(Image.builder()
        .url("https://images.livemint.com/img/2021/03/14/600x338/4ee21dd9f024465c9886ff7b88ee0679-4ee21dd9f024465c9886ff7b88ee0679-0_1615727938422_1615728025114.jpg")
        .width(600).height(337).isCached(true).build());
  }

  @Test
  void theFirstRelatedArticleHasAllItsFieldsAndItsImage() {
    RelatedArticle related = mapper.read(SEED).card().related().get(0);

    assertThat(related.title()).isEqualTo("AI Weekly: Facebook, Google, and the tension between profits and fairness");
    assertThat(related.excerpt()).startsWith("Learn more. This week,").endsWith("a Google employee group ...");
    assertThat(related.publishedDateTime()).isEqualTo(Instant.parse("2021-03-12T20:17:00Z"));
    assertThat(related.webUrl()).isEqualTo(Url.of("https://venturebeat.com/2021/03/12/ai-weekly-facebook-google-and-the-tension-between-profits-and-fairness/"));
    assertThat(related.ampWebUrl()).isEqualTo(Url.of("https://venturebeat.com/2021/03/12/ai-weekly-facebook-google-and-the-tension-between-profits-and-fairness/amp/"));
    assertThat(related.cdnAmpWebUrl()).isEqualTo(Url.of("https://venturebeat-com.cdn.ampproject.org/c/s/venturebeat.com/2021/03/12/ai-weekly-facebook-google-and-the-tension-between-profits-and-fairness/amp/"));
    assertThat(related.type()).isEqualTo(ContentType.ARTICLE);
    assertThat(related.provider()).isEqualTo(Provider.of("VentureBeat", "venturebeat.com"));
    assertThat(related.quality()).isEqualTo(90);
    assertThat(related.images()).containsExactly(Image.builder()
        .url("https://venturebeat.com/wp-content/uploads/2019/05/facebook-ai.jpg?w=1200&strip=all")
        .width(1200).height(600).isCached(true).build());
    assertThat(related.extras().isEmpty()).isTrue();
  }

  @Test
  void escapedQuotesAndNonAsciiInRelatedExcerptsAreUnescaped() {
    ArticleCard card = mapper.read(SEED).card();

    assertThat(card.related().get(1).excerpt()).contains("will \"help us continuously improve")
        .endsWith("the company added. \"");
    assertThat(card.related().get(2).title()).isEqualTo("Facebook\u2019s computer vision system supervises its own learning process");
    assertThat(card.related().get(3).webUrl()).isNotNull();
    assertThat(card.related().get(3).ampWebUrl()).isNull();
  }

  @Test
  void unmodifiedRoundTripIsByteIdentical() {
    CardDocument doc = mapper.read(SEED);

    assertThat(doc.text()).isEqualTo(SEED);
    assertThat(doc.withCard(doc.card()).text()).isEqualTo(SEED);
    assertThat(doc.withFrontMatter(doc.frontMatter()).text()).isEqualTo(SEED);
    assertThat(doc.withBody(doc.body()).text()).isEqualTo(SEED);
  }

  @Test
  void canonicalWriteOfTheSeedCardIsByteIdentical() {
    ArticleCard card = mapper.read(SEED).card();

    assertThat(mapper.write(card)).isEqualTo(SEED);
  }

  @Test
  void canonicalWriteOfACardBuiltFromScratchReadsBackEqual() {
    ArticleCard card = mapper.read(SEED).card();
    ArticleCard rebuilt = card.toBuilder().build();

    String text = mapper.write(rebuilt);

    assertThat(mapper.read(text).card()).isEqualTo(card);
  }
}
