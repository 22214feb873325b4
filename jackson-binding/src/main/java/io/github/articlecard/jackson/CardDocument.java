package io.github.articlecard.jackson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.internal.document.CardBinder;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A card text as read, with its front matter parsed once: the exact text, the body, the front matter
 * as Jackson data, and the typed {@link ArticleCard}. Immutable and thread-safe; the {@code with}
 * methods return new documents whose text differs from this one only where the data changed.
 *
 * <pre>{@code
 * CardDocument doc = mapper.read(text);
 * doc.text().equals(text);                          // always true
 * doc.withCard(doc.card()).text().equals(text);     // unmodified round trip: byte-identical
 *
 * ArticleCard card = doc.card();
 * CardDocument edited = doc.withCard(card.toBuilder().heat(card.heat() + 1).build());
 * // edited.text(): text with only the heat line changed
 *
 * ObjectNode data = doc.frontMatter();              // generic: works for any front matter
 * data.put("draft", false);
 * String hugo = doc.withFrontMatter(data).text();   // "draft: false" inserted after its siblings
 * }</pre>
 */
public final class CardDocument {
  private final CardEditor editor;
  private final ParsedCard parsed;
  private final @Nullable String sourceName;
  private volatile @Nullable ArticleCard card;

  CardDocument(CardEditor editor, ParsedCard parsed, @Nullable String sourceName) {
    this.editor = editor;
    this.parsed = parsed;
    this.sourceName = sourceName;
  }

  private CardDocument(CardDocument from, ParsedCard parsed, @Nullable ArticleCard card) {
    this(from.editor, parsed, from.sourceName);
    this.card = card;
  }

  /**
   * Returns exactly the text that was read (or that the edit produced), BOM included.
   *
   * @return the text
   */
  public String text() {
    return parsed.layout().text();
  }

  /**
   * Returns the line ending of the opening {@code ---} line, which lines that edits insert use.
   *
   * @return LF or CRLF
   */
  public LineEnding lineEnding() {
    return parsed.layout().lineEnding().equals("\r\n") ? LineEnding.CRLF : LineEnding.LF;
  }

  /**
   * Returns the body: everything after the closing delimiter line, verbatim.
   *
   * @return the body
   */
  public String body() {
    return parsed.layout().body();
  }

  /**
   * Returns a fresh copy of the front matter as Jackson data: keys in order, aliases resolved to
   * the data they point to, plain {@code NO}/{@code yes}/{@code on} and {@code 012}/{@code 0x1F}/
   * {@code 1e3} as strings. Changing the copy changes nothing here; pass it to
   * {@link #withFrontMatter} to edit.
   *
   * @return a new object node
   */
  public ObjectNode frontMatter() {
    return parsed.source().data().deepCopy();
  }

  /**
   * Returns the front matter bound to the article model, with the body. Unknown keys at every level
   * go to the extras, in order. Binding is lenient (real cards must load); use
   * {@link ArticleCard#validate()} to check the rules.
   *
   * @return the card
   * @throws CardBindingException if a value does not fit its type, such as {@code quality: high}
   */
  public ArticleCard card() {
    ArticleCard bound = card;
    if (bound == null) {
      try {
        bound = CardBinder.bind(parsed);
      } catch (CardException e) {
        throw named(e);
      }
      card = bound;
    }
    return bound;
  }

  /**
   * Returns a document for an edited card: this text with only the lines of the changed values
   * patched (values that did not change keep their exact form, unknown keys their place); new keys
   * take the card format's house style. Passing {@link #card()} unchanged returns this document.
   * The body becomes the card's body. When this document's front matter does not bind to a card
   * (say {@code quality: high}), the edited card replaces the front matter's data as a whole, still
   * changing only the lines that differ.
   *
   * @param edited the edited card
   * @return the new document
   * @throws CardException if the card cannot be written as a card text
   */
  public CardDocument withCard(ArticleCard edited) {
    Objects.requireNonNull(edited, "edited");
    ArticleCard original;
    try {
      original = card();
    } catch (CardBindingException e) {
      original = null;
    }
    if (edited.equals(original)) {
      return this;
    }
    return next(editor.withCard(parsed, original, edited), original == null ? null : edited);
  }

  /**
   * Returns a document whose front matter is the given data, for any front matter (Hugo, Jekyll
   * and others): changed scalars are replaced in their own style, new keys inserted after their
   * siblings with the siblings' indentation and quoting (whatever their names; where the sibling
   * before is not a string, strings take the quoting most of the document's strings use), removed
   * keys taken out with their own lines and comments. Equal data returns this document.
   *
   * @param frontMatter the new front matter data
   * @return the new document
   * @throws CardException if the data cannot be written as YAML
   */
  public CardDocument withFrontMatter(ObjectNode frontMatter) {
    Objects.requireNonNull(frontMatter, "frontMatter");
    return next(editor.withFrontMatter(parsed, frontMatter, body(), StylePolicy.SIBLINGS), null);
  }

  /**
   * Returns a document with a new body; the front matter text is untouched.
   *
   * @param body the new body, verbatim
   * @return the new document
   */
  public CardDocument withBody(String body) {
    Objects.requireNonNull(body, "body");
    ArticleCard bound = card;
    return next(CardEditor.withBody(parsed, body),
        bound == null ? null : bound.toBuilder().body(body).build());
  }

  private CardDocument next(ParsedCard edited, @Nullable ArticleCard editedCard) {
    return edited == parsed ? this : new CardDocument(this, edited, editedCard);
  }

  private CardException named(CardException e) {
    return sourceName == null ? e : e.withSourceName(sourceName);
  }

  /** Returns a short description: the source name (if any) and the text's size. */
  @Override
  public String toString() {
    return "CardDocument[" + (sourceName != null ? sourceName + ", " : "") + text().length()
        + " chars]";
  }
}
