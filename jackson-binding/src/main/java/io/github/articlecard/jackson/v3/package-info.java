/**
 * The article model on Jackson 3 ({@code tools.jackson}): {@link
 * io.github.articlecard.jackson.v3.ArticleCardJackson3Module} gives every public model type the
 * same JSON form as the Jackson 2 {@link io.github.articlecard.jackson.ArticleCardModule}, for
 * applications whose mappers are Jackson 3 ones (Spring Boot 4).
 *
 * <pre>{@code
 * JsonMapper json = JsonMapper.builder().findAndAddModules().build();
 * String text = json.writeValueAsString(card);             // as the Jackson 2 module writes it
 * ArticleCard back = json.readValue(text, ArticleCard.class);
 * }</pre>
 *
 * <p>Only this package needs Jackson 3, an optional dependency of {@code
 * articlecard-jackson-binding}: the engine ({@code CardMapper}, {@code CardDocument}) runs on
 * Jackson 2 either way. On the class path, {@code findAndAddModules()} finds the module through
 * {@code META-INF/services} of this jar; on the module path, through {@code
 * articlecard-jackson3}, which announces it with {@code provides} and brings Jackson 3 along.
 */
@NullMarked
package io.github.articlecard.jackson.v3;

import org.jspecify.annotations.NullMarked;
