package io.github.articlecard.jackson.internal.io;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Words for what went wrong with a file, folder or stream: the problems of {@link Kind#IO}
 * exceptions, without Java class names.
 */
public final class IoProblems {
  private IoProblems() {}

  /** Returns an {@link Kind#IO} exception: {@code what} ("cannot read"), a colon, the reason. */
  public static CardException failure(String what, IOException e) {
    return new CardException(Kind.IO, what + ": " + reason(e), e);
  }

  /** Returns an {@link Kind#IO} exception about {@code path}, saying so when it is a dangling link. */
  public static CardException failure(String what, Path path, IOException e) {
    if (e instanceof NoSuchFileException && Files.isSymbolicLink(path)) {
      return new CardException(Kind.IO, what + ": no such file (a symbolic link to nothing)", e);
    }
    return failure(what, e);
  }

  /** Returns why an operation failed in a few words, such as {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic links that form a loop";
    }
    String reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "an I/O error (" + e.getClass().getSimpleName() + ")";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  /** Tells whether {@code path} (links followed) is a FIFO, where the file system says so. */
  public static boolean isFifo(Path path) {
    return (mode(path) & 0170000) == 0010000;
  }

  /** Returns a file's {@code unix:mode} (links followed), or 0 without that view or that file. */
  private static int mode(Path path) {
    try {
      return Files.getAttribute(path, "unix:mode") instanceof Integer mode ? mode : 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 0;   // no unix view on this file system, or the file went away
    }
  }

  /**
   * Names what a file that is not regular is, for messages: {@code a folder}, {@code a FIFO
   * (named pipe)}, {@code a character device}... Uses the {@code unix:mode} attribute where the
   * file system has one.
   */
  public static String describe(Path path, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    switch (mode(path) & 0170000) {
      case 0010000 -> {
        return "a FIFO (named pipe)";
      }
      case 0020000 -> {
        return "a character device";
      }
      case 0060000 -> {
        return "a block device";
      }
      case 0140000 -> {
        return "a socket";
      }
      default -> { }
    }
    return "a device, FIFO or socket";
  }
}
