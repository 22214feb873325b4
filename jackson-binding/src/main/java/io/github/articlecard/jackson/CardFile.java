package io.github.articlecard.jackson;

import io.github.articlecard.ArticleCard;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one file in {@link CardMapper#readAll(Path)}: the card, or the error that
 * stopped it. A bulk read never stops at a bad file, and a failure is always an outcome, never an
 * exception thrown later from inside your stream.
 *
 * <p>{@link #failed()} covers every reason a file gives no card: it could not be read (or, for
 * a folder that could not be listed, {@link #path()} is the folder), it is not a well-formed card
 * ({@link CardParseException}), or its front matter does not bind to the model
 * ({@link CardBindingException}, such as {@code quality: high}). In the last case the text did
 * parse, and {@link #document()} still holds it: code that reads any front matter (Hugo, Jekyll
 * pages) filters on {@link #parsed()} and uses {@link CardDocument#frontMatter()}, while card code
 * filters on {@code !failed()} and uses {@link #card()}.
 *
 * <pre>{@code
 * try (Stream<CardFile> files = mapper.readAll(Path.of("content"))) {
 *   files.filter(CardFile::failed)
 *       .forEach(file -> System.err.println(file.error().getMessage()));
 * }
 *
 * // cards, sorted by quality: failed files never reach the comparator
 * List<ArticleCard> best = mapper.readAll(folder).filter(file -> !file.failed())
 *     .map(CardFile::card).sorted(Comparator.comparingInt(ArticleCard::quality).reversed()).toList();
 *
 * // any front matter: every page that parsed, whether or not it is a card
 * mapper.readAll(folder).filter(CardFile::parsed)
 *     .forEach(file -> index(file.document().frontMatter()));
 * }</pre>
 *
 * @param path the file (or the folder that could not be listed)
 * @param document the document when the text parsed, also when its card does not bind; null when
 *     the file could not be read or parsed
 * @param card the bound card, or null when the outcome failed
 * @param error what went wrong, or null when the card was read and bound
 */
public record CardFile(Path path, @Nullable CardDocument document, @Nullable ArticleCard card,
    @Nullable CardException error) {
  /**
   * Creates an outcome: either a card (with its document) and no error, or an error, with the
   * document when the text parsed.
   *
   * @throws IllegalArgumentException if card and error are both set or both null, or a card comes
   *     without its document
   */
  public CardFile {
    Objects.requireNonNull(path, "path");
    if ((card == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of card and error must be set");
    }
    if (card != null && document == null) {
      throw new IllegalArgumentException("a card comes with its document");
    }
  }

  /**
   * Tells whether the file gave no card: it could not be read, did not parse, or did not bind.
   *
   * @return true when {@link #error()} is set
   */
  public boolean failed() {
    return error != null;
  }

  /**
   * Tells whether the text parsed, so that {@link #document()} is set; true also for a document
   * whose card does not bind.
   *
   * @return true when {@link #document()} is set
   */
  public boolean parsed() {
    return document != null;
  }

  /**
   * Returns the card's validation problems at their places ({@link CardDocument#problems()}, by the
   * mapper's validator); empty when the outcome failed.
   *
   * @return the problems, in card order
   */
  public List<CardProblem> problems() {
    return card == null || document == null ? List.of() : document.problems();
  }

  /**
   * Returns the document's warnings at their places ({@link CardDocument#warnings()}): valid YAML
   * that is probably not what was meant; empty when the text did not parse.
   *
   * @return the warnings, in text order
   */
  public List<CardWarning> warnings() {
    return document == null ? List.of() : document.warnings();
  }
}
