/**
 * Lossless reading and writing of article cards: {@link io.github.articlecard.jackson.CardMapper},
 * {@link io.github.articlecard.jackson.CardDocument} and a Jackson module for the model, for
 * Jackson 2 and, where the application has Jackson 3, for Jackson 3
 * ({@code io.github.articlecard.jackson.v3}).
 *
 * <p>Jackson 3 is optional ({@code requires static}), so this module announces only its Jackson 2
 * module with {@code provides}: a {@code provides} of Jackson 3's service type would stop every
 * modular application without Jackson 3 from starting. The module {@code
 * io.github.articlecard.jackson3} ({@code articlecard-jackson3}) announces the Jackson 3 one.
 */
module io.github.articlecard.jackson {
  requires transitive io.github.articlecard.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.jspecify;
  requires static tools.jackson.databind;

  exports io.github.articlecard.jackson;
  exports io.github.articlecard.jackson.v3;

  provides com.fasterxml.jackson.databind.Module with io.github.articlecard.jackson.ArticleCardModule;
}
