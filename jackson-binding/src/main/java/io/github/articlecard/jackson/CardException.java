package io.github.articlecard.jackson;

/**
 * The one exception type every public method of this package throws for bad input: a card that
 * cannot be read, bound or written. Unchecked.
 *
 * <pre>{@code
 * try {
 *   CardDocument doc = mapper.read(path);
 * } catch (CardParseException e) {
 *   System.err.println(e.getMessage());        // where and what, with the line quoted
 * } catch (CardException e) {
 *   System.err.println("cannot use " + path + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class CardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, for a person
   */
  public CardException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong, for a person
   * @param cause the underlying exception
   */
  public CardException(String message, Throwable cause) {
    super(message, cause);
  }
}
