package io.github.articlecard.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.internal.bind.BindContext;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.version.PackageVersion;
import java.io.IOException;

/**
 * A Jackson module that lets any {@code ObjectMapper} write an {@link ArticleCard} as JSON with the
 * card's own key names (unknown keys inline, in order) and read it back equal. The body, which is
 * not a front matter key, is written as {@code "body"} when it is not empty. Registered
 * automatically by {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(new ArticleCardModule());
 * String text = json.writeValueAsString(card);
 * ArticleCard back = json.readValue(text, ArticleCard.class);   // equals card
 * }</pre>
 */
public final class ArticleCardModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The JSON key that holds the body. */
  public static final String BODY = "body";

  /** Creates the module. */
  public ArticleCardModule() {
    super("ArticleCardModule", PackageVersion.VERSION);
    addSerializer(ArticleCard.class, new CardSerializer());
    addDeserializer(ArticleCard.class, new CardDeserializer());
  }

  private static final class CardSerializer extends JsonSerializer<ArticleCard> {
    @Override
    public void serialize(ArticleCard card, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      ObjectNode data;
      try {
        data = CardShapes.write(card);
      } catch (CardException e) {
        throw JsonMappingException.from(provider, e.getMessage(), e);
      }
      if (!card.body().isEmpty()) {
        if (data.has(BODY)) {
          throw JsonMappingException.from(provider,
              "card has both a body and an unknown key named \"body\"; JSON cannot hold both");
        }
        data.put(BODY, card.body());
      }
      generator.writeTree(data);
    }
  }

  private static final class CardDeserializer extends JsonDeserializer<ArticleCard> {
    @Override
    public ArticleCard deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode node = context.readTree(parser);
      if (!node.isObject()) {
        throw JsonMappingException.from(parser, "an ArticleCard is a JSON object, found "
            + node.getNodeType());
      }
      ObjectNode data = ((ObjectNode) node).deepCopy();
      JsonNode body = data.remove(BODY);
      if (body != null && !body.isTextual()) {
        throw JsonMappingException.from(parser, "\"body\" must be a string, found " + body.getNodeType());
      }
      try {
        return CardShapes.bind(data, body == null ? "" : body.textValue(),
            new BindContext(BindContext.NO_SOURCE));
      } catch (CardException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }
}
