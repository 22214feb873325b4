package io.github.articlecard.jackson.internal.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.bind.HouseStyle;
import io.github.articlecard.jackson.internal.patch.FrontMatterPatcher;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import org.jspecify.annotations.Nullable;

/**
 * The edit pipeline: merge (for cards) → patch → verify. Every result is re-read with the same
 * limits and compared with the data it should hold before it is returned.
 */
public final class CardEditor {
  private final CardReader reader;

  /** Creates an editor whose results are verified by re-reading them with {@code reader}. */
  public CardEditor(CardReader reader) {
    this.reader = reader;
  }

  /**
   * Returns the card text for an edited card, with only what changed patched in the house style;
   * {@code original} is the card {@code parsed} binds to, or null when it does not bind (then the
   * edited card's data replaces the front matter's data as a whole).
   */
  public ParsedCard withCard(ParsedCard parsed, @Nullable ArticleCard original,
      ArticleCard edited) {
    ObjectNode target = original == null
        ? CardShapes.write(edited)
        : CardShapes.merge(parsed.source().data(), original, edited);
    return withFrontMatter(parsed, target, edited.body(), HouseStyle.INSTANCE);
  }

  /**
   * Returns the card text whose front matter holds {@code target} and whose body is {@code body},
   * patched narrowly in the given style; {@code parsed} itself when nothing changes.
   *
   * @throws CardException if no text that reads back as the target can be written
   */
  public ParsedCard withFrontMatter(ParsedCard parsed, ObjectNode target, String body,
      StylePolicy policy) {
    if (DataEquality.same(parsed.source().data(), target)) {
      return withBody(parsed, body);
    }
    CardLayout layout = parsed.layout();
    return FrontMatterPatcher.patch(parsed.source(), target, layout.lineEnding(), policy,
        candidate -> verified(layout.assemble(candidate, body), target, body));
  }

  /** Re-reads a candidate text: the parsed card when it holds the target and body, else null. */
  private @Nullable ParsedCard verified(String text, ObjectNode target, String body) {
    try {
      ParsedCard reread = reader.read(text);
      return reread.layout().body().equals(body)
          && DataEquality.same(reread.source().data(), target) ? reread : null;
    } catch (CardException e) {
      return null;
    }
  }

  /** Returns the card text with a new body and the same front matter text. */
  public static ParsedCard withBody(ParsedCard parsed, String body) {
    CardLayout layout = parsed.layout();
    if (body.equals(layout.body())) {
      return parsed;
    }
    String text = layout.assemble(parsed.source().text(), body);
    CardLayout next = new CardLayout(text, layout.frontMatterStart(), layout.frontMatterEnd(),
        text.length() - body.length(), layout.lineEnding());
    return new ParsedCard(next, parsed.source());
  }
}
