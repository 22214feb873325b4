package io.github.articlecard.testkit;

import io.github.articlecard.testkit.internal.CardFilesProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds every card file under a folder (recursively, sorted by path) to a
 * {@code @ParameterizedTest} as a {@link java.nio.file.Path}, so that a repository's whole card
 * collection is checked in its own CI.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @CardFiles("content/cards")
 * void everyCardRoundTrips(Path file) throws IOException {
 *   assertThatCardText(Files.readString(file)).roundTripsUnchanged();
 * }
 * }</pre>
 *
 * <p>The folder is resolved against the working directory (the module folder under Maven). A
 * missing folder or a folder without card files fails the test rather than passing silently.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(CardFilesProvider.class)
public @interface CardFiles {
  /**
   * The folder to search.
   *
   * @return the folder path
   */
  String value();

  /**
   * The file name suffixes that mark card files.
   *
   * @return the suffixes, {@code .md} by default
   */
  String[] suffixes() default {".md"};
}
