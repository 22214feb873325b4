package io.github.articlecard.testkit;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The testkit's entry point: the seed card, fixture builders prefilled with realistic valid values,
 * and seeded generators.
 *
 * <pre>{@code
 * ArticleCard card = TestCards.card().title("Only the title matters here").build();
 * ArticleCard unranked = TestCards.card().heat(-1).published(false).build();
 * String seed = TestCards.seedText();                 // the card this project started from
 * List<ArticleCard> many = TestCards.generator(42).next(500);
 * String older = TestCards.olderStyleGenerator(7).next();   // a card in an older house style
 * }</pre>
 */
public final class TestCards {
  private static final String SEED_RESOURCE = "/io/github/articlecard/testkit/seed.md";

  private TestCards() {}

  /**
   * Returns the seed card's text exactly (the card this project was started from).
   *
   * @return the text
   */
  public static String seedText() {
    try (InputStream in = TestCards.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("testkit resource " + SEED_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the seed card, read from {@link #seedText()}.
   *
   * @return the card
   */
  public static ArticleCard seedCard() {
    return CardMapper.builder().build().read(seedText()).card();
  }

  /**
   * Starts a card builder prefilled with a realistic, valid card (one image, two topics, a
   * provider); override what your test is about. The keys it sets are present; the others
   * ({@code ampWebUrl}, {@code cdnAmpWebUrl}, {@code featuredContent}, {@code related}) are
   * absent, and {@code remove(key)} takes any key out:
   * {@code TestCards.card().remove("quality").build()} is a card without a quality line.
   *
   * @return a prefilled builder
   */
  public static ArticleCard.Builder card() {
    return ArticleCard.builder()
        .category(Category.NEWS)
        .title("Facebook will use your uploaded videos to improve its AI algorithms")
        .excerpt("The company said it would help improve both its moderation efforts and"
            + " recommendation engines for video.")
        .publishedDateTime(Instant.parse("2021-03-14T13:26:00Z"))
        .originalUrl("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-11615727765901.html")
        .webUrl("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-11615727765901.html")
        .type(ContentType.ARTICLE)
        .quality(59)
        .heat(12)
        .published(true)
        .provider(provider().build())
        .topics(List.of("Facebook AI", "AI"))
        .addImage(image().build())
        .secured(Secured.of("b24SugAOKO8pztTI6vqtW0YSFna2H2YcUTZ7xewb1jgF4W4J4j/pTUt1UUsAqzcAwYaGxQXbKFEB1EJu3Q5Bh5M1rUn33a6Barf==;Hkkyzn3YYuPEhdTPyESv3w=="))
        .body("\n");
  }

  /**
   * Starts a provider builder prefilled with a real publisher.
   *
   * @return a prefilled builder
   */
  public static Provider.Builder provider() {
    return Provider.builder().name("Mint").domain("livemint.com");
  }

  /**
   * Starts an image builder prefilled with a cached 600x337 image.
   *
   * @return a prefilled builder
   */
  public static Image.Builder image() {
    return Image.builder()
        .url(Url.of("https://images.livemint.com/img/2021/03/14/600x338/4ee21dd9f024465c9886ff7b88ee0679.jpg"))
        .width(600)
        .height(337)
        .isCached(true);
  }

  /**
   * Starts a related-article builder prefilled with a real related article.
   *
   * @return a prefilled builder
   */
  public static RelatedArticle.Builder related() {
    return RelatedArticle.builder()
        .title("Facebook will train its AI by using public videos")
        .excerpt("The social network says the project, called Learning from Videos, will \"help us"
            + " continuously improve our core AI systems\".")
        .publishedDateTime(Instant.parse("2021-03-12T21:41:00Z"))
        .webUrl("https://www.cnet.com/news/facebook-will-train-its-ai-by-using-public-videos/")
        .type(ContentType.ARTICLE)
        .provider(Provider.of("CNET", "cnet.com"))
        .quality(87)
        .addImage(Image.builder()
            .url(Url.of("https://cnet1.cbsistatic.com/img/1200x630/2021/02/09/facebook-app-logo.jpg"))
            .width(1200).height(630).isCached(true).build());
  }

  /**
   * Returns a seeded generator of valid cards.
   *
   * @param seed the seed; the same seed gives the same cards
   * @return the generator
   */
  public static CardGenerator generator(long seed) {
    return new CardGenerator(seed);
  }

  /**
   * Returns a seeded generator of card texts in varied YAML styles.
   *
   * @param seed the seed; the same seed gives the same texts
   * @return the generator
   */
  public static CardTextGenerator textGenerator(long seed) {
    return new CardTextGenerator(seed);
  }

  /**
   * Returns a seeded generator of card texts in an older house style of the card family (the
   * older schema's links, plain text and links, flush list dashes, other blank lines), for tests
   * of code that must follow a repository's own style.
   *
   * @param seed the seed; the same seed gives the same texts
   * @return the generator
   */
  public static OlderStyleGenerator olderStyleGenerator(long seed) {
    return new OlderStyleGenerator(seed);
  }

  /**
   * Returns a seeded mutation fuzzer for card texts.
   *
   * @param seed the seed; the same seed gives the same mutations
   * @return the mutator
   */
  public static CardMutator mutator(long seed) {
    return new CardMutator(seed);
  }
}
