package example.jackson3.modular;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardMapper;
import tools.jackson.databind.json.JsonMapper;

/** Card text to JSON and back, with a plain Jackson 3 mapper that finds the card module itself. */
public final class CardJson {
  private final CardMapper cards = CardMapper.builder().build();
  private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

  public String toJson(String cardText) {
    return json.writeValueAsString(cards.read(cardText).card());
  }

  public ArticleCard fromJson(String text) {
    return json.readValue(text, ArticleCard.class);
  }

  public JsonMapper mapper() {
    return json;
  }
}
