package io.github.articlecard.jackson.internal.yaml;

/**
 * The limits a read enforces; see {@code CardMapper.Builder} for what each means. {@link #DEFAULTS}
 * holds the defaults the builder starts from.
 *
 * @param maxInputSize characters (or bytes, for byte input) of the whole card
 * @param maxFrontMatterSize characters of the front matter
 * @param maxNestingDepth levels of nested collections
 * @param maxAliases alias uses ({@code *name})
 * @param maxAliasExpansion data nodes that aliases may stand for in all
 * @param maxAliasExpansionSize characters (keys and scalar values) that aliases may stand for in all
 * @param maxScalarLength characters of one scalar value
 * @param maxNumberLength characters of one number
 * @param maxKeyLength characters of one key
 */
public record ReadLimits(
    int maxInputSize, int maxFrontMatterSize, int maxNestingDepth, int maxAliases,
    long maxAliasExpansion, long maxAliasExpansionSize, int maxScalarLength, int maxNumberLength,
    int maxKeyLength) {

  /** The default limits. */
  public static final ReadLimits DEFAULTS = new ReadLimits(8 * 1024 * 1024, 1024 * 1024, 64, 100,
      10_000, 1024 * 1024, 512 * 1024, 100, 1024);
}
