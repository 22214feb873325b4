package example.modular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardMapper;

/** Card text to JSON and back, with a plain Jackson mapper that finds the card module itself. */
public final class CardJson {
  private final CardMapper cards = CardMapper.builder().build();
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  public String toJson(String cardText) throws JsonProcessingException {
    return json.writeValueAsString(cards.read(cardText).card());
  }

  public ArticleCard fromJson(String text) throws JsonProcessingException {
    return json.readValue(text, ArticleCard.class);
  }

  public ObjectMapper mapper() {
    return json;
  }
}
