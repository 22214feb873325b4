package io.github.articlecard.jackson;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something in a card's front matter that is valid YAML, so the card reads, but almost certainly
 * is not what the person who wrote it meant: {@code title: We're #1 at AI} reads as the title
 * "We're", because {@code " #"} starts a comment. Warnings never stop a read; ask a document for
 * them with {@link CardDocument#warnings()}, for example to print them from a checking tool.
 *
 * <p>Like {@link CardException}, a warning is data: {@link #kind()} to switch on, {@link #problem()}
 * (what the text means and what to write instead), {@link #line()} and {@link #column()} (1-based,
 * counted in the whole file, columns in code points), {@link #excerpt()} (the line with a caret
 * under the column) and {@link #sourceName()}. {@link #message()} puts them together the way
 * exception messages are built.
 *
 * <pre>{@code
 * CardDocument doc = mapper.read(Path.of("card.md"));
 * for (CardWarning warning : doc.warnings()) {
 *   System.err.println("card.md:" + warning.line() + ":" + warning.column() + ": warning: "
 *       + warning.problem());
 * }
 * }</pre>
 */
public final class CardWarning {
  /** What kind of suspicious text a {@link CardWarning} reports. */
  public enum Kind {
    /**
     * A {@code #} after a space inside what looks like one value starts a comment, so the value
     * stops before it ({@code title: We're #1 at AI} reads as "We're"; {@code title: #1} as null).
     */
    COMMENT_IN_VALUE,
    /**
     * A plain value goes on over a more indented line that looks like a list item: in
     * {@code "  - AI"} followed by {@code "    - ML"} the second line is not an item but more of
     * the first, which reads as "AI - ML".
     */
    VALUE_ON_SEVERAL_LINES,
    /**
     * A plain value on the line after its key that looks like a key and a value without the
     * colon: {@code provider:} followed by {@code "  name Mint"} makes the provider the text
     * "name Mint".
     */
    VALUE_ON_NEXT_LINE,
    /**
     * {@code name:Mint}: without a space after the colon this is one piece of text, not a key and
     * a value (or, when a {@code ": "} follows later on the line, part of a longer key).
     */
    NO_SPACE_AFTER_COLON,
    /**
     * {@code -Tech}: without a space after the dash this is text, not a list item; under
     * {@code "- AI"} it is more of that item ("AI -Tech").
     */
    NO_SPACE_AFTER_DASH,
    /**
     * {@code title: Facebook will use your videos"}: a plain value that ends with a quote the
     * values beside it are quoted with (or with an unmatched double quote, when other values of
     * the front matter are double-quoted), but does not start with one, reads with the quote as
     * part of the text; the opening quote was most likely forgotten.
     */
    MISSING_OPENING_QUOTE
  }

  private final Kind kind;
  private final String problem;
  private final @Nullable String sourceName;
  private final int line;
  private final int column;
  private final String excerpt;

  /**
   * Creates a warning.
   *
   * @param kind what kind of suspicious text
   * @param problem what the text means and what to write instead, without the position
   * @param sourceName the file the text came from, or null
   * @param line the 1-based line in the file
   * @param column the 1-based column, in code points
   * @param excerpt the line with a caret under the column
   */
  public CardWarning(Kind kind, String problem, @Nullable String sourceName, int line, int column,
      String excerpt) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
    this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
  }

  /**
   * Returns what kind of suspicious text this is, for programs to switch on.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns what the text means and what to write instead, without the position.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the file the warning is in, when the document was read from one.
   *
   * @return the source name
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * Returns the 1-based line in the whole file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column, counted in code points.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the line, numbered, with a caret under the column (two lines of text).
   *
   * @return the excerpt
   */
  public String excerpt() {
    return excerpt;
  }

  /**
   * Returns the warning as one text: {@code [source: ]line L, column C: problem}, then the excerpt
   * on the next lines.
   *
   * @return the message
   */
  public String message() {
    return (sourceName == null ? "" : sourceName + ": ") + "line " + line + ", column " + column
        + ": " + problem + "\n" + excerpt;
  }

  /** Returns {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CardWarning that && kind == that.kind && problem.equals(that.problem)
        && Objects.equals(sourceName, that.sourceName) && line == that.line
        && column == that.column && excerpt.equals(that.excerpt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, problem, sourceName, line, column);
  }
}
