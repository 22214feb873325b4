/**
 * The {@code articlecard} command: {@code check}, {@code get}, {@code set}, {@code unset},
 * {@code mv}, {@code fmt} and {@code json} over card files, built on the library's public API
 * only. Exports nothing; run it with {@code java -jar articlecard-cli-VERSION-all.jar}.
 */
module io.github.articlecard.cli {
  requires io.github.articlecard.jackson;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
}
