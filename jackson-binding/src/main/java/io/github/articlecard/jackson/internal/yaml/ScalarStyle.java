package io.github.articlecard.jackson.internal.yaml;

/** How a scalar is written in the source: the five YAML scalar styles. */
public enum ScalarStyle {
  /** {@code plain}: no quotes. */
  PLAIN,
  /** {@code 'single-quoted'}. */
  SINGLE_QUOTED,
  /** {@code "double-quoted"}, with escapes. */
  DOUBLE_QUOTED,
  /** {@code |} literal block. */
  LITERAL,
  /** {@code >} folded block. */
  FOLDED;

  /** Tells whether this is a block style ({@code |} or {@code >}), which needs lines of its own. */
  public boolean isBlock() {
    return this == LITERAL || this == FOLDED;
  }

  /** Tells whether this is one of the quoted styles. */
  public boolean isQuoted() {
    return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
  }
}
