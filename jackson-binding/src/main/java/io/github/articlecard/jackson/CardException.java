package io.github.articlecard.jackson;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type every public method of this package throws for bad input: a card that
 * cannot be read, bound or written. Unchecked.
 *
 * <p>What went wrong and where are fields, so that programs never need to parse the message:
 * {@link #kind()} to switch on, {@link #problem()} in a few words, {@link #sourceName()} (the file,
 * when there is one), {@link #line()} and {@link #column()} (1-based; 0 when the problem has no
 * place in a text) and {@link #excerpt()} (the offending line with a caret under the column).
 * {@link #getMessage()} is built from them: {@code card.md: line 4, column 1: duplicate key
 * 'title' (first defined on line 2)}, then the excerpt on the following lines.
 *
 * <pre>{@code
 * try {
 *   CardDocument doc = mapper.read(path);
 * } catch (CardException e) {
 *   switch (e.kind()) {
 *     case LIMIT -> log.warn("card too large: {}", e.problem());
 *     case IO -> log.warn("cannot read {}: {}", path, e.problem());
 *     default -> editor.mark(e.line(), e.column(), e.problem());
 *   }
 * }
 * }</pre>
 */
public class CardException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** What kind of problem a {@link CardException} reports. */
  public enum Kind {
    /** The opening or the closing {@code ---} line of the front matter is missing. */
    MISSING_DELIMITER,
    /** The front matter is not well-formed YAML (an unclosed quote, a colon in a plain value...). */
    SYNTAX,
    /** A line inside the front matter starts another YAML document or ends this one. */
    DOCUMENT_MARKER,
    /** The front matter is a list or a single value, not a mapping of keys to values. */
    NOT_A_MAPPING,
    /** A key appears twice in one mapping. */
    DUPLICATE_KEY,
    /** A YAML feature this library refuses: unknown tags, merge keys, complex keys, dangling aliases. */
    UNSUPPORTED,
    /** A character that may not stand where it does: control characters, a bare CR, hidden line breaks, a BOM inside the text. */
    CHARACTER,
    /** Bytes that are not UTF-8. */
    ENCODING,
    /** A read limit of {@link CardMapper.Builder} was exceeded; the problem names the setting. */
    LIMIT,
    /** Well-formed YAML that does not fit the model or type it is bound to ({@link CardBindingException}). */
    BINDING,
    /** Data that cannot be written as a card text that reads back as the same data. */
    UNWRITABLE,
    /** A file, folder or stream that cannot be read or written. */
    IO,
    /** An edit names a key the front matter does not have (a rename of a key that is not there). */
    MISSING_KEY
  }

  private final Kind kind;
  private final String problem;
  private final @Nullable String sourceName;
  private final int line;
  private final int column;
  private final @Nullable String excerpt;

  /**
   * Creates an exception that has no place in a text.
   *
   * @param kind what kind of problem
   * @param problem what went wrong, in a few words
   */
  public CardException(Kind kind, String problem) {
    this(kind, problem, null, 0, 0, null, null);
  }

  /**
   * Creates an exception that has no place in a text, with its cause.
   *
   * @param kind what kind of problem
   * @param problem what went wrong, in a few words
   * @param cause the underlying exception, or null
   */
  public CardException(Kind kind, String problem, @Nullable Throwable cause) {
    this(kind, problem, null, 0, 0, null, cause);
  }

  /**
   * Creates an exception with every field.
   *
   * @param kind what kind of problem
   * @param problem what went wrong, in a few words, without the position
   * @param sourceName the file or other source the text came from, or null
   * @param line the 1-based line, or 0 when the problem has no place in a text
   * @param column the 1-based column in code points, or 0
   * @param excerpt the offending line with a caret under the column, or null
   * @param cause the underlying exception, or null
   */
  protected CardException(Kind kind, String problem, @Nullable String sourceName, int line,
      int column, @Nullable String excerpt, @Nullable Throwable cause) {
    super(problem, cause);
    this.kind = kind;
    this.problem = problem;
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
    this.excerpt = excerpt;
  }

  /**
   * Returns what kind of problem this is, for programs to switch on.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns what went wrong in a few words, without the source name, position or excerpt.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the file (or other named source) the problem is in, when there is one.
   *
   * @return the source name
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * Returns the 1-based line of the problem in the whole file, or 0 when it has no place in a text.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem, counted in code points, or 0 when it has no place.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the offending line, numbered, with a caret under the column (two lines of text), when
   * the problem has a place in a text.
   *
   * @return the excerpt
   */
  public Optional<String> excerpt() {
    return Optional.ofNullable(excerpt);
  }

  /**
   * Returns the message, built from the fields: {@code [source: ][line L, column C: ]problem},
   * followed by the excerpt on the next lines.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    StringBuilder out = new StringBuilder(problem.length() + 64);
    if (sourceName != null) {
      out.append(sourceName).append(": ");
    }
    if (line > 0) {
      out.append("line ").append(line).append(", column ").append(column).append(": ");
    }
    out.append(problem);
    if (excerpt != null) {
      out.append('\n').append(excerpt);
    }
    return out.toString();
  }

  /**
   * Returns a copy of this exception that names its source; the copy keeps the cause and the stack
   * trace.
   */
  CardException withSourceName(String name) {
    return copied(new CardException(kind, problem, name, line, column, excerpt, getCause()));
  }

  /** Gives a copy made by {@link #withSourceName} this exception's stack trace. */
  final <E extends CardException> E copied(E copy) {
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
