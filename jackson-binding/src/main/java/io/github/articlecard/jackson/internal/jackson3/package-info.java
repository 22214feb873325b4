/**
 * The model's JSON form on Jackson 3 ({@code tools.jackson}); not part of the API. The form itself
 * is decided once, in {@code internal.bind.ModelJson}, as plain Java data; this package only moves
 * that data to and from Jackson 3's tokens, with the same rules as {@code internal.bind.PlainJson}
 * does for Jackson 2. Nothing outside {@code ArticleCardJackson3Module} loads these classes, so
 * Jackson 3 is needed only by applications that use that module.
 */
@NullMarked
package io.github.articlecard.jackson.internal.jackson3;

import org.jspecify.annotations.NullMarked;
