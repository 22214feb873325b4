/**
 * Announces the article model's Jackson 3 module ({@code ArticleCardJackson3Module} of {@code
 * io.github.articlecard.jackson.v3}) to {@code findAndAddModules()} on the module path, and brings
 * Jackson 3 and {@code io.github.articlecard.jackson} with it. The {@code provides} lives here, not
 * in {@code io.github.articlecard.jackson}, because there Jackson 3 is optional, and a {@code
 * provides} of a service type from a module that is not resolved stops the application at start.
 */
@SuppressWarnings("module") // the name ends in a digit, as the artifact's and Jackson 3's own "3" do
module io.github.articlecard.jackson3 {
  requires transitive io.github.articlecard.jackson;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.articlecard.jackson3;

  provides tools.jackson.databind.JacksonModule
      with io.github.articlecard.jackson3.ArticleCardJackson3Provider;
}
