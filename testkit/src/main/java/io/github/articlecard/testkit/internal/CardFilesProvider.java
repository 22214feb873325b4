package io.github.articlecard.testkit.internal;

import io.github.articlecard.testkit.CardFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
  private List<String> suffixes = List.of(".md");

  @Override
  public void accept(CardFiles annotation) {
    this.folder = annotation.value();
    this.suffixes = Arrays.asList(annotation.suffixes());
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) throws IOException {
    Path root = Path.of(folder);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("@CardFiles folder " + root.toAbsolutePath().normalize()
          + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(path -> suffixes.stream().anyMatch(suffix -> path.getFileName().toString().endsWith(suffix)))
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("@CardFiles folder " + root.toAbsolutePath().normalize()
          + " holds no files ending in " + suffixes);
    }
    return files.stream().map(path -> Arguments.of(Named.of(root.relativize(path).toString(), path)));
  }
}
