/**
 * Reading, editing and writing article card files without losing a byte.
 *
 * <pre>{@code
 * CardMapper mapper = CardMapper.builder().build();
 * CardDocument doc = mapper.read(Path.of("card.md"));
 * ArticleCard card = doc.card();
 * CardDocument edited = doc.withCard(card.toBuilder().quality(card.quality() + 1).build());
 * mapper.write(edited, Path.of("card.md"));   // only the quality line changed
 * }</pre>
 */
@NullMarked
package io.github.articlecard.jackson;

import org.jspecify.annotations.NullMarked;
