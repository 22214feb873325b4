package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Provider;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's house style example on a small folder of cards in the older schema (plain
 * links, {@code sourceUrl} after {@code publishedDateTime}, {@code heat:} without a value, a blank
 * line for a body) and checks that the README shows exactly this code, after its imports.
 */
class HouseStyleReadmeExampleTest {
  private static final Path FOLDER =
      Path.of("src/test/resources/io/github/articlecard/jackson/house-style/older");

  @Test
  void theExampleRunsAndWritesANewCardAsItsSiblingsAreWritten() {
    Path folder = FOLDER;
    // README house style example start
    HouseStyle style = HouseStyle.learnFrom(folder);   // the style most of the cards follow
    System.out.println(style);                         // what it learned, how many cards agree
    CardMapper mapper = CardMapper.builder().houseStyle(style).build();

    ArticleCard card = ArticleCard.builder()
        .category(Category.NEWS)
        .title("Cloud costs fall again")
        .excerpt("Prices for storage and compute drop.")
        .publishedDateTime(Instant.parse("2021-01-05T08:00:00Z"))
        .extra("sourceUrl", "https://cnet.com/2021/cloud-costs")
        .type(ContentType.ARTICLE)
        .quality(20)
        .published(true)
        .provider(Provider.of("CNET", "cnet.com"))
        .topics(List.of("Cloud"))
        .build();
    String text = mapper.write(card);   // sourceUrl after publishedDateTime, plain, heat: , ---\n\n
    // README house style example end

    assertThat(text).isEqualTo(String.join("\n",
        "---",
        "category: news",
        "title: Cloud costs fall again",
        "excerpt: Prices for storage and compute drop.",
        "publishedDateTime: 2021-01-05T08:00:00Z",
        "sourceUrl: https://cnet.com/2021/cloud-costs",
        "type: article",
        "quality: 20",
        "heat: ",
        "published: true",
        "",
        "provider:",
        "  name: CNET",
        "  domain: cnet.com",
        "topics:",
        "- Cloud",
        "---",
        "",
        ""));
    assertThat(style.cards()).isEqualTo(3);
    assertThat(style.toString()).contains("sourceUrl");
  }

  @Test
  void theStandardStyleStillQuotesTheLinksOfANewCard() {
    ArticleCard card = ArticleCard.builder().title("T").extra("sourceUrl", "https://x.org/a")
        .build();

    assertThat(CardMapper.builder().build().write(card))
        .isEqualTo("---\ntitle: \"T\"\nsourceUrl: \"https://x.org/a\"\n---\n");
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRunsAfterItsImports() {
    ReadmeBlock.assertShown(HouseStyleReadmeExampleTest.class, "README house style example");
  }
}
