/**
 * The article card model: {@link io.github.articlecard.ArticleCard} and the values it is made of.
 *
 * <p>Everything here is immutable and null-marked: a component is only {@code null} where it is
 * annotated {@code @Nullable}, which means the key was absent from the card.
 *
 * <pre>{@code
 * ArticleCard card = ArticleCard.builder()
 *     .category(Category.NEWS)
 *     .title("Facebook will use your uploaded videos to improve its AI algorithms")
 *     .publishedDateTime(Instant.parse("2021-03-14T13:26:00Z"))
 *     .quality(59)
 *     .heat(-1)
 *     .provider(Provider.of("Mint", "livemint.com"))
 *     .topics(List.of("Facebook AI", "AI"))
 *     .build();
 * List<ValidationProblem> problems = card.validate();
 * }</pre>
 */
@NullMarked
package io.github.articlecard;

import org.jspecify.annotations.NullMarked;
