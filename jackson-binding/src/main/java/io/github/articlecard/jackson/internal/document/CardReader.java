package io.github.articlecard.jackson.internal.document;

import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.text.CardSplitter;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.yaml.FrontMatterParser;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceMap;

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
   * @throws CardParseException if the text is not a well-formed card or breaks a limit
   */
  public ParsedCard read(String text) {
    CardLayout layout = CardSplitter.split(text);
    SourceMap source = FrontMatterParser.parse(layout.frontMatter(), limits, SourceText.of(text),
        layout.frontMatterStart());
    return new ParsedCard(layout, source);
  }
}
