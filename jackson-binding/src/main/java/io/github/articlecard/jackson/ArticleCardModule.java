package io.github.articlecard.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.articlecard.Extras;
import io.github.articlecard.jackson.internal.bind.ModelJson;
import io.github.articlecard.jackson.internal.bind.PlainJson;
import io.github.articlecard.jackson.internal.version.PackageVersion;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson module that gives every public model type its JSON form, so that any
 * {@code ObjectMapper} writes and reads the model as the card spells it, alone or inside the
 * application's own types ({@code List<Image>}, {@code Map<String, Provider>},
 * {@code Optional<Url>} with the JDK 8 module). Registered automatically by
 * {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <ul>
 *   <li>{@code Url}, {@code Category}, {@code ContentType}, {@code Secured}: a JSON string, exactly
 *       as in the card ({@code "https://example.com/a|b"}, {@code "news"});
 *   <li>{@code ArticleCard}, {@code Provider}, {@code Image}, {@code RelatedArticle}: an object with
 *       the card's key names in house order and unknown keys inline after them. Only the keys the
 *       value has are written: an absent {@code quality} is left out, a written {@code quality: 0}
 *       is {@code "quality":0}, an absent list is left out, a written empty one is {@code []}, and
 *       reading gives the same presence back. A card's body, which is not a front matter key, is
 *       {@code "body"} when it is not empty;
 *   <li>{@code Extras}: an object of its keys, in order.
 * </ul>
 *
 * <p>Every value reads back equal to what was written. A value that does not fit fails with a
 * {@code JsonMappingException} whose cause is a {@link CardBindingException} naming the path inside
 * the value ({@code related[0].quality: expected a whole number, found "high"}); Jackson adds the
 * path outside it. Duplicate keys in one JSON object are refused rather than dropped.
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(new ArticleCardModule());
 * String text = json.writeValueAsString(card);
 * ArticleCard back = json.readValue(text, ArticleCard.class);          // equals card
 * String link = json.writeValueAsString(card.webUrl());              // "\"https://...\""
 * List<Image> images = json.readValue(array, new TypeReference<List<Image>>() {});
 * }</pre>
 */
public final class ArticleCardModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The JSON key that holds the body. */
  public static final String BODY = ModelJson.BODY;

  /** Creates the module. */
  public ArticleCardModule() {
    super("ArticleCardModule", PackageVersion.VERSION);
    for (Class<?> type : ModelJson.TYPES) {
      register(type);
    }
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new ModelSerializer<>(type));
    addDeserializer(type, new ModelDeserializer<>(type));
  }

  /** Writes a model value's JSON form, streamed token by token. */
  private static final class ModelSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    ModelSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      PlainJson.write(plain(value, provider), generator);
    }

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializerProvider provider,
        TypeSerializer types) throws IOException {
      Object plain = plain(value, provider);
      boolean object = plain instanceof Map;
      WritableTypeId id = types.writeTypePrefix(generator,
          types.typeId(value, object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
      if (plain instanceof Map<?, ?> fields) {
        PlainJson.writeFields(fields, generator);
      } else {
        PlainJson.write(plain, generator);
      }
      types.writeTypeSuffix(generator, id);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, T value) {
      return value instanceof Extras extras && extras.isEmpty();
    }

    private static @Nullable Object plain(Object value, SerializerProvider provider)
        throws JsonMappingException {
      try {
        return ModelJson.toPlain(value);
      } catch (CardException e) {
        throw JsonMappingException.from(provider, e.getMessage(), e);
      }
    }
  }

  /** Reads a model value from its JSON form, through the same codecs as a card's front matter. */
  private static final class ModelDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    ModelDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public @Nullable T deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object data = PlainJson.read(parser);
      try {
        return ModelJson.fromPlain(type, data);
      } catch (CardBindingException e) {
        throw JsonMappingException.from(parser, type.getSimpleName() + ": " + e.getMessage(), e);
      }
    }
  }
}
