/**
 * The article card domain model: immutable records, builders and validation.
 *
 * <p>No I/O and no Jackson live here; reading and writing cards is the job of
 * {@code io.github.articlecard.jackson} in the {@code articlecard-jackson-binding} module.
 */
module io.github.articlecard.core {
  requires static transitive org.jspecify;

  exports io.github.articlecard;
}
