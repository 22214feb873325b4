package io.github.articlecard.spark.internal;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * What reading one file gave: its path, the document when the text parsed, the card when it also
 * bound, and otherwise the error, as kind, line, column and message. Only failed outcomes, which
 * hold no document, travel between driver and executors.
 *
 * @param path the file's path, qualified ({@code file:/...}, {@code s3a://...})
 * @param document the document, when the text parsed
 * @param card the card, when the front matter bound (and binding was asked for)
 * @param error why the file did not read or bind, or null
 */
public record FileOutcome(String path, @Nullable CardDocument document, @Nullable ArticleCard card,
    @Nullable Problem error) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Why a file failed, as the error column gives it.
   *
   * @param kind a {@link CardException.Kind} name, or {@code IO} for a file system failure
   * @param line the 1-based line, or 0 when the problem has no place in the text
   * @param column the 1-based column, or 0
   * @param message the whole message
   */
  public record Problem(String kind, int line, int column, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The problem a {@link CardException} describes, its message naming the file. */
    public static Problem of(String path, CardException e) {
      String message = e.sourceName().isPresent() ? e.getMessage() : path + ": " + e.getMessage();
      return new Problem(e.kind().name(), e.line(), e.column(), message);
    }

    /** The problem of any failure: a card's, a file system's or an unexpected one. */
    public static Problem of(String path, Exception e) {
      if (e instanceof CardException card) {
        return of(path, card);
      }
      boolean io = e instanceof IOException || e instanceof UncheckedIOException;
      return new Problem(io ? CardException.Kind.IO.name() : "INTERNAL", 0, 0,
          path + ": " + (io ? "cannot read: " : "unexpected failure: ") + e);
    }
  }

  /** Returns the outcome of a file whose text did not parse or could not be read. */
  public static FileOutcome failed(String path, Problem problem) {
    return new FileOutcome(path, null, null, problem);
  }
}
