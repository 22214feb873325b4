package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;

/**
 * A problem the YAML reader found, as plain data: what kind, where (an offset in the front
 * matter) and the problem in words. The reader throws it to stop at the first problem; the caller
 * at the top turns it into a positioned {@code CardParseException}. No stack trace is taken.
 */
public final class YamlProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Kind kind;
  private final int offset;

  YamlProblem(Kind kind, int offset, String problem) {
    super(problem, null, false, false);
    this.kind = kind;
    this.offset = offset;
  }

  /** Returns the kind of problem. */
  public Kind kind() {
    return kind;
  }

  /** Returns the offset in the front matter where the problem is. */
  public int offset() {
    return offset;
  }

  /** Returns the problem in words. */
  public String problem() {
    return String.valueOf(getMessage());
  }
}
