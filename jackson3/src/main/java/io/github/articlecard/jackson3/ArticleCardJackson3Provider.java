package io.github.articlecard.jackson3;

import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;

/**
 * The service provider that lets Jackson 3 find {@link ArticleCardJackson3Module} on the module
 * path: {@code JsonMapper.builder().findAndAddModules()} calls {@link #provider()} through this
 * module's {@code provides tools.jackson.databind.JacksonModule}. Applications do not call it; they
 * depend on {@code articlecard-jackson3} and let Jackson find the module, or register it themselves.
 *
 * <pre>{@code
 * JsonMapper json = JsonMapper.builder().findAndAddModules().build();   // finds the card module
 * }</pre>
 *
 * <p>On the class path Jackson reads {@code META-INF/services/tools.jackson.databind.JacksonModule}
 * of {@code articlecard-jackson-binding} instead, which names the module class itself; either way
 * the mapper gets the same {@code ArticleCardJackson3Module}, once.
 */
public final class ArticleCardJackson3Provider {
  private ArticleCardJackson3Provider() {}

  /**
   * Returns a new module, as {@code ServiceLoader} asks a provider class without a public
   * constructor to.
   *
   * @return the model's Jackson 3 module
   */
  public static ArticleCardJackson3Module provider() {
    return new ArticleCardJackson3Module();
  }
}
