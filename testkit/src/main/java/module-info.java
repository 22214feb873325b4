/**
 * Test support for code that reads, edits or writes article cards: fixtures, seeded generators,
 * a mutation fuzzer, AssertJ assertions and a JUnit source of card files.
 */
module io.github.articlecard.testkit {
  requires transitive io.github.articlecard.jackson;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.params;
  requires static org.jspecify;

  exports io.github.articlecard.testkit;

  // JUnit instantiates the @CardFiles arguments provider reflectively.
  opens io.github.articlecard.testkit.internal to org.junit.platform.commons;
}
