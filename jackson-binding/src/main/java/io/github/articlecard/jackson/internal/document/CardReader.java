package io.github.articlecard.jackson.internal.document;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.text.CardSplitter;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.text.Utf8;
import io.github.articlecard.jackson.internal.yaml.Limit;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.YamlProblem;
import io.github.articlecard.jackson.internal.yaml.YamlReader;

/** Reads a card text: splits it into its parts, then parses the front matter into a source map. */
public final class CardReader {
  private final ReadLimits limits;

  /** Creates a reader that enforces the given limits. */
  public CardReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Returns the limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a whole card text.
   *
   * @throws CardParseException if the text is not a well-formed card, holds an unpaired surrogate
   *     (anywhere, the body included) or breaks a limit
   */
  public ParsedCard read(String text) {
    SourceText file = SourceText.of(text);
    if (text.length() > limits.maxInputSize()) {
      throw file.error(Kind.LIMIT, 0, Limit.INPUT_SIZE.tooLong("card", text.length(),
          "characters", limits.maxInputSize()));
    }
    CardLayout layout;
    SourceMap source;
    try {
      layout = CardSplitter.split(text);
      // the front matter's character pass refuses unpaired surrogates in it
      source = readFrontMatter(layout.frontMatter(), limits, file, layout.frontMatterStart());
    } catch (CardException problem) {
      // the first unpaired surrogate of the text goes before any other problem
      refuseUnpairedSurrogate(file, text, 0, text.length());
      throw problem;
    }
    refuseUnpairedSurrogate(file, text, 0, layout.frontMatterStart());
    refuseUnpairedSurrogate(file, text, layout.frontMatterEnd(), text.length());
    return new ParsedCard(layout, source);
  }

  private static void refuseUnpairedSurrogate(SourceText file, String text, int from, int to) {
    int surrogate = Utf8.unpairedSurrogate(text, from, to);
    if (surrogate >= 0) {
      throw file.error(Kind.CHARACTER, surrogate,
          Utf8.unpairedSurrogateProblem(text.charAt(surrogate)));
    }
  }

  /**
   * Reads front matter with the YAML reader; the one place where what it finds wrong becomes a
   * {@link CardParseException}, positioned in the whole card text.
   *
   * @param frontMatter the front matter text
   * @param limits the limits to enforce
   * @param file the whole card text
   * @param base the offset of the front matter in the whole card text
   * @return the source map
   * @throws CardParseException if the front matter is malformed or breaks a limit
   */
  public static SourceMap readFrontMatter(String frontMatter, ReadLimits limits, SourceText file,
      int base) {
    try {
      return YamlReader.read(frontMatter, limits, offset -> file.line(base + offset),
          offset -> file.column(base + offset));
    } catch (YamlProblem problem) {
      throw file.error(problem.kind(), base + problem.offset(), problem.problem());
    }
  }
}
