package io.github.articlecard.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.EditWidth;
import io.github.articlecard.testkit.internal.LineDiff;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a card text: that it reads, round-trips unchanged, is in house style, and how an
 * edit changes it. Failures show a unified diff.
 *
 * <pre>{@code
 * assertThat(text)
 *     .roundTripsUnchanged()
 *     .afterEditing(card -> card.toBuilder().title("New").build())
 *     .changesOnlyLines(3);
 * }</pre>
 */
public final class CardTextAssert extends AbstractAssert<CardTextAssert, String> {
  private CardMapper mapper = CardMapper.builder().build();

  CardTextAssert(String actual) {
    super(actual, CardTextAssert.class);
  }

  /**
   * Reads with this mapper (its limits) instead of a default one.
   *
   * @param mapper the mapper
   * @return this assertion
   */
  public CardTextAssert using(CardMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    return this;
  }

  /**
   * Checks that the text reads and that writing it back unmodified gives exactly the same text:
   * through the card (when it binds), through the front matter data and through the body, and
   * through the writer itself, past the shortcut that gives unchanged documents back as they are:
   * at every width of the edit ladder ({@link EditWidth}), from a minimal patch to the widest
   * rewrite of the whole front matter.
   *
   * @return this assertion
   */
  public CardTextAssert roundTripsUnchanged() {
    CardDocument doc = read();
    sameText("withFrontMatter(frontMatter())", doc.withFrontMatter(doc.frontMatter()).text());
    sameText("withBody(body())", doc.withBody(doc.body()).text());
    try {
      sameText("withCard(card())", doc.withCard(doc.card()).text());
    } catch (CardBindingException e) {
      // generic front matter: the card view does not apply
    }
    for (EditWidth width : EditWidth.values()) {
      String rewritten;
      try {
        rewritten = doc.rewrittenAt(width).text();
      } catch (CardException e) {
        failWithMessage("Expected the writer to give the text back at the %s width, but it"
            + " refused: %s", width, e.getMessage());
        return this;
      }
      sameText("rewrittenAt(" + width + ")", rewritten);
    }
    return this;
  }

  /**
   * Checks that the text is in the format's house style: writing its own card canonically gives the
   * text back (with the text's own line ending).
   *
   * @return this assertion
   */
  public CardTextAssert isHouseStyle() {
    ArticleCard card = boundCard();
    String canonical = CardMapper.builder().lineEnding(read().lineEnding()).build().write(card);
    if (!canonical.equals(actual)) {
      failWithMessage("Expected the card text to be in house style, but the canonical text differs:%n%s",
          LineDiff.unified("actual", "house style", actual, canonical, 2));
    }
    return this;
  }

  /**
   * Edits the text's card and returns assertions on the edited text.
   *
   * @param edit the edit, from the read card to the edited card
   * @return assertions on the edit
   */
  public CardEditAssert afterEditing(UnaryOperator<ArticleCard> edit) {
    CardDocument doc = read();
    ArticleCard edited = edit.apply(boundCard());
    CardDocument next;
    try {
      next = doc.withCard(edited);
    } catch (CardException e) {
      throw failure("Expected the edit to be written, but it failed: %s", e.getMessage());
    }
    CardEditAssert result = new CardEditAssert(actual, next.text());
    result.readsBackAs(edited, mapper);
    return result;
  }

  /**
   * Edits the text's front matter data (any front matter, not only cards) and returns assertions on
   * the edited text.
   *
   * @param edit changes the given copy of the front matter in place
   * @return assertions on the edit
   */
  public CardEditAssert afterEditingFrontMatter(Consumer<ObjectNode> edit) {
    CardDocument doc = read();
    ObjectNode data = doc.frontMatter();
    edit.accept(data);
    String text;
    try {
      text = doc.withFrontMatter(data).text();
    } catch (CardException e) {
      throw failure("Expected the edit to be written, but it failed: %s", e.getMessage());
    }
    ObjectNode reread = mapper.read(text).frontMatter();
    if (!reread.equals(data)) {
      throw failure("Expected the edited text to read back as the edited data%nexpected: %s%nbut was:  %s",
          data, reread);
    }
    return new CardEditAssert(actual, text);
  }

  /**
   * Returns assertions on the card the text binds to.
   *
   * @return the card assertion
   */
  public ArticleCardAssert card() {
    return new ArticleCardAssert(boundCard());
  }

  /**
   * Checks that the text binds to a card equal to the given one.
   *
   * @param expected the card
   * @return this assertion
   */
  public CardTextAssert readsAs(ArticleCard expected) {
    new ArticleCardAssert(boundCard()).isEqualToCard(expected);
    return this;
  }

  private CardDocument read() {
    isNotNull();
    try {
      return mapper.read(actual);
    } catch (CardException e) {
      throw failure("Expected the card text to read, but it failed:%n%s", e.getMessage());
    }
  }

  private ArticleCard boundCard() {
    try {
      return read().card();
    } catch (CardBindingException e) {
      throw failure("Expected the card text to bind to an ArticleCard, but it failed:%n%s", e.getMessage());
    }
  }

  private void sameText(String how, String written) {
    if (!written.equals(actual)) {
      failWithMessage("Expected %s to give the text back unchanged, but it differs:%n%s", how,
          LineDiff.unified("read", "written", actual, written, 2));
    }
  }
}
