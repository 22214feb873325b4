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
 * <p>The folder is resolved against the working directory (the module folder under Maven). Files
 * are listed as {@code articlecard check} lists them ({@link
 * io.github.articlecard.jackson.CardFileFinder}): hidden files and folders (names starting with a
 * dot) and folders named {@code target} below the folder are passed over, and so is what {@link
 * #exclude()} names; entries that are not regular files are listed, so that reading them fails
 * the test. A missing folder, a folder without card files, or a subfolder that cannot be listed
 * fails the test rather than passing silently.
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

  /**
   * Globs of files and folders to pass over, as {@link
   * io.github.articlecard.jackson.CardFileFinder#excluding(String)} takes them: without {@code /}
   * a name at any depth ({@code drafts}, {@code *.draft.md}), with {@code /} a path relative to
   * the folder ({@code 2020/**}).
   *
   * @return the globs, none by default
   */
  String[] exclude() default {};
}
