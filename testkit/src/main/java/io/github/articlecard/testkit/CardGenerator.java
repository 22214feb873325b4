package io.github.articlecard.testkit;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.ModelKey;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.testkit.internal.RandomText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of valid {@link ArticleCard}s covering the value space of real cards: Unicode
 * text with quotes and escapes, long excerpts, 0 to 3 images, 0 to 5 related articles, optional
 * URLs, unranked cards ({@code heat: -1}, unpublished), and unknown keys of every JSON type, nested,
 * at every level. The same seed gives the same cards on any machine.
 *
 * <p>About one card in five leaves out optional keys at every level ({@code quality},
 * {@code heat}, {@code excerpt}, an image's {@code width}, a related article's {@code quality}...)
 * and one in ten writes empty lists ({@code topics: []}) or {@code isCached: false}, so that the
 * code under test meets absent keys and written defaults. Which keys are left out is drawn from a
 * second random stream, so a seed's values do not depend on it.
 *
 * <pre>{@code
 * CardGenerator cards = TestCards.generator(42);
 * for (int i = 0; i < 1000; i++) {
 *   ArticleCard card = cards.next();
 *   assertThat(myExporter.export(card)).isNotEmpty();
 * }
 * }</pre>
 */
public final class CardGenerator {
  private static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
  private static final int TEN_YEARS_OF_SECONDS = 10 * 365 * 24 * 3600;

  /*
   * Which keys sparse records leave out is the generator's choice, part of what a seed gives
   * (theFirstCardOfSeedFortyTwoIsPinned): never what a valid record must have (a title) or names it
   * (an image's url), nor keys the generator already leaves out at random (a card's links,
   * featuredContent). Lists of records are made sparse item by item.
   */
  /** Top-level keys a sparse card may leave out. */
  private static final List<String> OPTIONAL_KEYS = List.of("category", "excerpt",
      "publishedDateTime", "originalUrl", "type", "quality", "heat", "published", "provider",
      "topics", "secured");
  /** Keys a sparse image may leave out: every key but the url. */
  private static final List<String> OPTIONAL_IMAGE_KEYS =
      Image.keys().stream().skip(1).map(ModelKey::name).toList();
  /** Keys a sparse related article may leave out. */
  private static final List<String> OPTIONAL_RELATED_KEYS =
      List.of("excerpt", "publishedDateTime", "quality", "images");

  private final Random random;
  private final RandomText text;
  private final Random presence;

  CardGenerator(long seed) {
    this.random = new Random(seed);
    this.text = new RandomText(random);
    this.presence = new Random(~seed);
  }

  /**
   * Returns the next card.
   *
   * @return a valid card ({@code validate()} finds no problem)
   */
  public ArticleCard next() {
    boolean video = random.nextInt(8) == 0;
    boolean ranked = random.nextInt(4) != 0;
    ArticleCard.Builder card = ArticleCard.builder()
        .category(random.nextInt(20) == 0 ? Category.of("podcasts") : Category.NEWS)
        .title(text.sentence(1, 16))
        .excerpt(text.excerpt())
        .publishedDateTime(instant())
        .originalUrl(Url.of(text.url(text.domain())))
        .webUrl(maybeUrl(4))
        .ampWebUrl(maybeUrl(2))
        .cdnAmpWebUrl(maybeUrl(2))
        .type(video ? ContentType.VIDEO : random.nextInt(30) == 0 ? ContentType.of("podcast") : ContentType.ARTICLE)
        .quality(random.nextInt(10) == 0 ? random.nextInt(100_000) : random.nextInt(220))
        .heat(ranked ? random.nextInt(934) : -1)
        .published(ranked && random.nextInt(5) != 0)
        .featuredContent(video ? "<iframe width=\"800\" height=\"500\" frameborder=\"0\" src=\"https://www.youtube.com/embed/"
            + text.base64(11).substring(0, 11) + "\" allowfullscreen></iframe>" : null)
        .provider(provider())
        .topics(topics())
        .images(images(random.nextInt(4), true))
        .related(related())
        .secured(random.nextInt(10) == 0 ? null : Secured.of(text.base64(40 + random.nextInt(500)) + ";" + text.base64(22)))
        .extras(extras(3))
        .body(body());
    return withPresence(card.build());
  }

  /** Leaves keys out of some cards, and writes empty lists and false flags into others. */
  private ArticleCard withPresence(ArticleCard card) {
    int kind = presence.nextInt(10);
    if (kind <= 1) {
      ArticleCard.Builder sparse = card.toBuilder();
      leaveOut(OPTIONAL_KEYS, sparse::remove);
      return sparse.images(card.images().stream().map(this::sparse).toList())
          .related(card.related().stream().map(this::sparse).toList())
          .build();
    }
    if (kind == 2) {
      Provider provider = card.provider();
      return card.toBuilder()
          .images(card.images().stream().map(image -> image.toBuilder().present("isCached").build())
              .toList())
          .present("images")   // after images(...), which leaves an empty list absent
          .present("topics")
          .provider(provider == null ? null : provider.toBuilder().present("images").build())
          .build();
    }
    return card;
  }

  private Image sparse(Image image) {
    Image.Builder sparse = image.toBuilder();
    leaveOut(OPTIONAL_IMAGE_KEYS, sparse::remove);
    return sparse.build();
  }

  private RelatedArticle sparse(RelatedArticle related) {
    RelatedArticle.Builder sparse = related.toBuilder();
    leaveOut(OPTIONAL_RELATED_KEYS, sparse::remove);
    return sparse.build();
  }

  /** Removes each key with a chance of one in three, drawn from the presence stream. */
  private void leaveOut(List<String> keys, Consumer<String> remove) {
    for (String key : keys) {
      if (presence.nextInt(3) == 0) {
        remove.accept(key);
      }
    }
  }

  /**
   * Returns the next {@code count} cards.
   *
   * @param count how many
   * @return the cards, in order
   */
  public List<ArticleCard> next(int count) {
    List<ArticleCard> cards = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cards.add(next());
    }
    return cards;
  }

  /**
   * Returns an endless stream of cards; limit it.
   *
   * @return the stream
   */
  public Stream<ArticleCard> stream() {
    return Stream.generate(this::next);
  }

  private Instant instant() {
    Instant instant = EARLIEST.plusSeconds(random.nextInt(TEN_YEARS_OF_SECONDS));
    return random.nextInt(10) == 0 ? instant.plusMillis(1 + random.nextInt(999)) : instant;
  }

  private @Nullable Url maybeUrl(int oneIn) {
    return random.nextInt(oneIn) == 0 ? null : Url.of(text.url(text.domain()));
  }

  private Provider provider() {
    String domain = text.domain();
    return Provider.builder()
        .name(random.nextInt(6) == 0 ? text.word() : text.sentence(1, 3))
        .domain(domain)
        .images(random.nextInt(3) == 0 ? images(1 + random.nextInt(2), false) : List.of())
        .extras(extras(1))
        .build();
  }

  private List<String> topics() {
    List<String> topics = new ArrayList<>();
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      topics.add(random.nextInt(3) == 0 ? text.word() : text.sentence(1, 3));
    }
    return topics;
  }

  private List<Image> images(int count, boolean cached) {
    List<Image> images = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int width = random.nextInt(8) == 0 ? 0 : 50 + random.nextInt(3950);
      images.add(Image.builder()
          .url(Url.of(text.url("images." + text.domain()) + ".jpg"))
          .width(width)
          .height(width == 0 ? 0 : 50 + random.nextInt(3000))
          .isCached(cached && random.nextInt(5) != 0)
          .title(random.nextInt(6) == 0 ? text.sentence(1, 6) : null)
          .extras(extras(1))
          .build());
    }
    return images;
  }

  private List<RelatedArticle> related() {
    int count = random.nextInt(3) == 0 ? random.nextInt(6) : 0;
    List<RelatedArticle> related = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      related.add(RelatedArticle.builder()
          .title(text.sentence(2, 14))
          .excerpt(text.excerpt())
          .publishedDateTime(random.nextInt(10) == 0 ? null : instant())
          .webUrl(maybeUrl(5))
          .ampWebUrl(maybeUrl(2))
          .cdnAmpWebUrl(maybeUrl(2))
          .type(ContentType.ARTICLE)
          .provider(random.nextInt(8) == 0 ? null : provider())
          .quality(random.nextInt(220))
          .images(images(random.nextInt(3), true))
          .extras(extras(1))
          .build());
    }
    return related;
  }

  /** Unknown keys: usually none; otherwise up to {@code max} of any JSON type, nested. */
  private Extras extras(int max) {
    if (random.nextInt(4) != 0) {
      return Extras.empty();
    }
    Extras.Builder extras = Extras.builder();
    int count = 1 + random.nextInt(max);
    for (int i = 0; i < count; i++) {
      extras.put("x" + text.pick(List.of("Source", "Score", "Labels", "Meta", "Rank", "Note", "Flag"))
          + (i == 0 ? "" : Integer.toString(i)), value(2));
    }
    return extras.build();
  }

  private @Nullable Object value(int depth) {
    switch (random.nextInt(depth > 0 ? 11 : 8)) {
      case 0:
        return text.sentence(1, 8);
      case 1:
        return text.word();
      case 2:
        return random.nextInt(2000) - 1000;
      case 3:
        return random.nextLong();
      case 4:
        return BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(Long.MAX_VALUE)).add(BigInteger.TEN);
      case 5:
        return random.nextBoolean() ? (double) Math.round(random.nextDouble() * 10_000) / 100 : random.nextDouble() * 1e-5;
      case 6:
        return random.nextInt(3) == 0 ? null : random.nextBoolean();
      case 7:
        // more than 17 significant digits: reads back as BigDecimal, not Double
        return new BigDecimal("3.14159265358979323846264" + random.nextInt(10));
      case 8:
      case 9: {
        List<@Nullable Object> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          list.add(value(depth - 1));
        }
        return list;
      }
      default: {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          map.put(text.pick(List.of("a", "b", "key", "name", "value", "NO", "x y")) + i, value(depth - 1));
        }
        return map;
      }
    }
  }

  private String body() {
    switch (random.nextInt(6)) {
      case 0:
        return "";
      case 1:
        return "\n## " + text.sentence(2, 6) + "\n\n" + text.sentence(5, 30) + "\n\n---\n\n" + text.sentence(3, 10) + "\n";
      case 2:
        return text.sentence(3, 12);
      default:
        return "\n";
    }
  }
}
