/**
 * What {@code articlecard-jackson3} adds to {@code articlecard-jackson-binding}: Jackson 3 as a
 * dependency, and the announcement that makes {@code findAndAddModules()} find the model's Jackson
 * 3 module on the module path ({@link io.github.articlecard.jackson3.ArticleCardJackson3Provider}).
 * The module itself is {@code io.github.articlecard.jackson.v3.ArticleCardJackson3Module}.
 */
@NullMarked
package io.github.articlecard.jackson3;

import org.jspecify.annotations.NullMarked;
