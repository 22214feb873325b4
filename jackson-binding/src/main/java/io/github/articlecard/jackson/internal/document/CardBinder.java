package io.github.articlecard.jackson.internal.document;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.internal.bind.BindContext;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.text.SourceText;

/** Binds a parsed card's front matter to the article model, locating binding errors in the text. */
public final class CardBinder {
  private CardBinder() {}

  /**
   * Binds the front matter and body to a card.
   *
   * @throws CardBindingException if a value does not fit its type, positioned in the text
   */
  public static ArticleCard bind(ParsedCard parsed) {
    CardLayout layout = parsed.layout();
    SourceText file = SourceText.of(layout.text());
    BindContext context = new BindContext((path, pathText, message) -> {
      int offset = parsed.source().offsetOf(path);
      return file.bindingError(layout.frontMatterStart() + Math.max(offset, 0), pathText, message);
    });
    return CardShapes.bind(parsed.source(), layout.body(), context);
  }
}
