package io.github.articlecard.jackson.internal.yaml;

/**
 * The read limits, each with the {@code CardMapper.Builder} setting that raises it. The one place
 * where limit messages are worded.
 */
public enum Limit {
  /** Characters (or bytes, for byte input) of the whole card. */
  INPUT_SIZE("maxInputSize"),
  /** Characters of the front matter. */
  FRONT_MATTER_SIZE("maxFrontMatterSize"),
  /** Levels of nested collections. */
  NESTING_DEPTH("maxNestingDepth"),
  /** Alias uses ({@code *name}). */
  ALIASES("maxAliases"),
  /** Values that aliases stand for in all, once expanded. */
  ALIAS_EXPANSION("maxAliasExpansion"),
  /** Characters (keys and scalar values) that aliases stand for in all, once expanded. */
  ALIAS_EXPANSION_SIZE("maxAliasExpansionSize"),
  /** Characters of one scalar value. */
  SCALAR_LENGTH("maxScalarLength"),
  /** Characters of one number. */
  NUMBER_LENGTH("maxNumberLength"),
  /** Characters of one key. */
  KEY_LENGTH("maxKeyLength");

  private final String setting;

  Limit(String setting) {
    this.setting = setting;
  }

  /** Returns the name of the builder setting, such as {@code maxScalarLength}. */
  public String setting() {
    return setting;
  }

  /** Returns the problem for this limit: what went over it, then which setting raises it. */
  public String problem(String what) {
    return what + " (raise it with CardMapper.builder()." + setting + "(...))";
  }

  /** Returns the problem for something too long: "value is 9 characters long, more than the limit of 8 (...)". */
  public String tooLong(String thing, long actual, String unit, long limit) {
    return problem(thing + " is " + actual + " " + unit + " long, more than the limit of " + limit);
  }

  /**
   * Returns the problem for nesting that the thread's stack ran out on before the depth limit:
   * raising the limit cannot help, so it says what can.
   *
   * @param doing what was being done, such as "read" or "edit"
   * @param maxNestingDepth the limit in force
   */
  public static String stackTooSmall(String doing, int maxNestingDepth) {
    return "nesting is deeper than this thread's stack can " + doing + " (maxNestingDepth is "
        + maxNestingDepth + " levels): " + doing + " it on a thread with a larger stack, or lower"
        + " CardMapper.builder().maxNestingDepth(...)";
  }
}
