package io.github.articlecard.jackson.v3;

import io.github.articlecard.Extras;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.ModelJson;
import io.github.articlecard.jackson.internal.jackson3.Jackson3PlainJson;
import io.github.articlecard.jackson.internal.jackson3.PackageVersion;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that gives every public model type its JSON form, the same bytes as the
 * Jackson 2 {@link io.github.articlecard.jackson.ArticleCardModule} writes, so that a Jackson 3
 * mapper writes and reads the model as the card spells it, alone or inside the application's own
 * types ({@code List<Image>}, {@code Map<String, Provider>}, record fields). Registered
 * automatically by {@code JsonMapper.builder().findAndAddModules()}: on the class path through
 * this jar's {@code META-INF/services}, on the module path when {@code articlecard-jackson3} is
 * there too.
 *
 * <ul>
 *   <li>{@code Url}, {@code Category}, {@code ContentType}, {@code Secured}: a JSON string, exactly
 *       as in the card;
 *   <li>{@code ArticleCard}, {@code Provider}, {@code Image}, {@code RelatedArticle}: an object with
 *       the card's key names in house order and unknown keys inline after them, only the keys the
 *       value has; a card's body is {@code "body"} when it is not empty;
 *   <li>{@code Extras}: an object of its keys, in order.
 * </ul>
 *
 * <p>Every value reads back equal to what was written; numbers in unknown keys keep their type
 * and digits ({@code 1.50} stays the BigDecimal {@code 1.50}). A value that does not fit fails with
 * a {@code DatabindException} whose cause is a {@link CardBindingException} naming the path inside
 * the value; Jackson adds the path outside it. Duplicate keys in one JSON object are refused rather
 * than dropped, and data nested deeper than the mapper's {@code StreamReadConstraints} or {@code
 * StreamWriteConstraints} allow is refused by Jackson.
 *
 * <pre>{@code
 * JsonMapper json = JsonMapper.builder().addModule(new ArticleCardJackson3Module()).build();
 * String text = json.writeValueAsString(card);
 * ArticleCard back = json.readValue(text, ArticleCard.class);          // equals card
 * List<Image> images = json.readValue(array, new TypeReference<List<Image>>() {});
 * }</pre>
 */
// Jackson 3 is required static, not static transitive: a static transitive requirement makes
// every module that requires io.github.articlecard.jackson fail to compile without Jackson 3.
// Jackson 3 applications read tools.jackson.databind themselves, or through
// io.github.articlecard.jackson3, which requires it transitively.
@SuppressWarnings("exports")
public final class ArticleCardJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ArticleCardJackson3Module() {
    super("ArticleCardJackson3Module", PackageVersion.VERSION);
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
    ModelSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      Jackson3PlainJson.write(plain(value, context), generator);
    }

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
        TypeSerializer types) {
      Object plain = plain(value, context);
      boolean object = plain instanceof Map;
      WritableTypeId id = types.writeTypePrefix(generator, context,
          types.typeId(value, object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
      if (plain instanceof Map<?, ?> fields) {
        Jackson3PlainJson.writeFields(fields, generator);
      } else {
        Jackson3PlainJson.write(plain, generator);
      }
      types.writeTypeSuffix(generator, context, id);
    }

    @Override
    public boolean isEmpty(SerializationContext context, T value) {
      return value instanceof Extras extras && extras.isEmpty();
    }

    private static @Nullable Object plain(Object value, SerializationContext context) {
      try {
        return ModelJson.toPlain(value);
      } catch (CardException e) {
        throw DatabindException.from(context, e.getMessage(), e);
      }
    }
  }

  /** Reads a model value from its JSON form, through the same codecs as a card's front matter. */
  private static final class ModelDeserializer<T> extends StdDeserializer<T> {
    private final Class<T> type;

    ModelDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public @Nullable T deserialize(JsonParser parser, DeserializationContext context) {
      Object data = Jackson3PlainJson.read(parser);
      try {
        return ModelJson.fromPlain(type, data);
      } catch (CardBindingException e) {
        throw DatabindException.from(parser, type.getSimpleName() + ": " + e.getMessage(), e);
      }
    }
  }
}
