package io.github.articlecard.jackson.internal.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs before each stage of a file operation, so that tests can make any stage fail or change the
 * files it works on.
 *
 * @param <S> the operation's stages
 */
@FunctionalInterface
public interface StageHook<S extends Enum<S>> {
  /**
   * Runs before {@code stage}.
   *
   * @param stage the stage about to run
   * @param path the file the stage works on (the operation's documentation says which)
   */
  void before(S stage, Path path) throws IOException;
}
