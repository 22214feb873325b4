package io.github.articlecard.testkit.internal;

import io.github.articlecard.testkit.CardFiles;
import io.github.articlecard.jackson.CardFileFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Provides the card files that {@link CardFiles} names.
 *
 * <p>Works on JUnit 5.10 through 6.x: it implements {@code provideArguments(ExtensionContext)},
 * which every one of those versions has. JUnit 5.13 added
 * {@code provideArguments(ParameterDeclarations, ExtensionContext)}, whose default calls this
 * one; implementing that newer method instead would name {@code ParameterDeclarations}, a class
 * that JUnit 5.10 to 5.12 lack, and they fail with {@code NoClassDefFoundError} as soon as they
 * look at this class's methods.
 */
public final class CardFilesProvider implements ArgumentsProvider, AnnotationConsumer<CardFiles> {
  private String folder = "";
  private String[] suffixes = {".md"};
  private String[] excluded = {};

  @Override
  public void accept(CardFiles annotation) {
    this.folder = annotation.value();
    this.suffixes = annotation.suffixes();
    this.excluded = annotation.exclude();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    Path root = Path.of(folder);
    String where = "@CardFiles folder " + root.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(where + " does not exist");
    }
    CardFileFinder finder;
    try {
      finder = CardFileFinder.cards().withSuffixes(suffixes);   // hidden and target/ passed over
      for (String glob : excluded) {
        finder = finder.excluding(glob);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    CardFileFinder.Listing listing = finder.find(root);
    if (!listing.unreadable().isEmpty()) {
      // a folder the test cannot see would let its cards go unchecked in silence
      throw new IllegalStateException(where + ": cannot list " + listing.unreadable().stream()
          .map(unreadable -> unreadable.path() + " (" + Objects.requireNonNull(unreadable.error())
              .getMessage() + ")").collect(Collectors.joining(", ")));
    }
    if (listing.files().isEmpty()) {
      throw new IllegalArgumentException(where + " holds no files ending in "
          + Arrays.toString(suffixes) + " outside hidden folders, target/"
          + (excluded.length == 0 ? "" : " and " + Arrays.toString(excluded)));
    }
    return listing.files().stream()
        .map(path -> Arguments.of(Named.of(root.relativize(path).toString(), path)));
  }
}
