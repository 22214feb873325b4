/**
 * Lossless reading and writing of article cards: {@link io.github.articlecard.jackson.CardMapper},
 * {@link io.github.articlecard.jackson.CardDocument} and a Jackson module for the model.
 */
module io.github.articlecard.jackson {
  requires transitive io.github.articlecard.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires org.yaml.snakeyaml;
  requires static org.jspecify;

  exports io.github.articlecard.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.articlecard.jackson.ArticleCardModule;
}
