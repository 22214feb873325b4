package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.ContentType;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of every public model type, as plain Java data (the data {@link Extras} holds:
 * String, Integer/Long/BigInteger, Double/BigDecimal, Boolean, null, List, Map with string keys in
 * order). This is the one place that decides what a model value looks like as JSON; the Jackson 2
 * module streams the plain data with {@link PlainJson}, and a Jackson 3 module gives the same bytes
 * by streaming the same plain data with its own generator and parser.
 *
 * <ul>
 *   <li>{@link Url}, {@link Category}, {@link ContentType}, {@link Secured}: a string, exactly as in
 *       the card;
 *   <li>{@link Image}, {@link Provider}, {@link RelatedArticle}, {@link ArticleCard}: an object with
 *       the card's key names in house order, only the keys the record has (absent keys are left
 *       out, written-empty ones kept), unknown keys inline after them; an {@code ArticleCard}'s body
 *       is the key {@code "body"} when it is not empty;
 *   <li>{@link Extras}: an object of its keys, in order.
 * </ul>
 *
 * <p>Reading goes through the same codecs and shapes as binding a card's front matter: the same
 * leniency (a bare number as text), the same "null is absent" and the same error paths.
 */
public final class ModelJson {
  private ModelJson() {}

  /** The JSON key that holds an {@code ArticleCard}'s body. */
  public static final String BODY = "body";

  /** Every public model type that has a JSON form. */
  public static final List<Class<?>> TYPES = List.of(Url.class, Category.class, ContentType.class,
      Secured.class, Extras.class, Image.class, Provider.class, RelatedArticle.class,
      ArticleCard.class);

  private static final Map<Class<?>, Form<?>> FORMS = forms();

  /** How one type is turned into data and read back. */
  private interface Form<T> {
    JsonNode write(T value);

    @Nullable T read(JsonNode node, BindContext context);
  }

  private static Map<Class<?>, Form<?>> forms() {
    Map<Class<?>, Form<?>> forms = new LinkedHashMap<>();
    forms.put(Url.class, codec(CardShapes.URL));
    forms.put(Category.class, codec(CardShapes.CATEGORY));
    forms.put(ContentType.class, codec(CardShapes.TYPE));
    forms.put(Secured.class, codec(CardShapes.SECURED));
    forms.put(Extras.class, new Form<Extras>() {
      @Override
      public JsonNode write(Extras extras) {
        return PlainData.toNode(extras.asMap());
      }

      @Override
      public @Nullable Extras read(JsonNode node, BindContext context) {
        ObjectNode data = mappingOrNull(node, context);
        if (data == null) {
          return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> map = (Map<String, @Nullable Object>) PlainData.toJava(data);
        return Extras.of(Objects.requireNonNull(map));
      }
    });
    forms.put(Image.class, codec(CardShapes.IMAGE_CODEC));
    forms.put(Provider.class, codec(CardShapes.PROVIDER_CODEC));
    forms.put(RelatedArticle.class, codec(CardShapes.RELATED_CODEC));
    forms.put(ArticleCard.class, new Form<ArticleCard>() {
      @Override
      public JsonNode write(ArticleCard card) {
        if (card.extras().containsKey(BODY)) {
          throw new CardException(CardException.Kind.UNWRITABLE, "the card has an unknown key named"
              + " \"" + BODY + "\", which its JSON form cannot tell from the body");
        }
        ObjectNode data = CardShapes.write(card);
        if (!card.body().isEmpty()) {
          data.put(BODY, card.body());
        }
        return data;
      }

      @Override
      public @Nullable ArticleCard read(JsonNode node, BindContext context) {
        ObjectNode mapping = mappingOrNull(node, context);
        if (mapping == null) {
          return null;
        }
        ObjectNode data = mapping.objectNode(); // a shallow copy: deepCopy() would recurse
        data.setAll(mapping);
        JsonNode body = data.remove(BODY);
        if (body != null && !body.isTextual()) {
          context.push(BODY);
          throw context.mismatch("the body as text", body);
        }
        return CardShapes.bind(data, body == null ? "" : body.textValue(), context);
      }
    });
    if (!forms.keySet().equals(Set.copyOf(TYPES))) {
      throw new IllegalStateException("every model type needs a JSON form");
    }
    return forms;
  }

  /** Returns the node as a mapping, or null for a null node. */
  private static @Nullable ObjectNode mappingOrNull(JsonNode node, BindContext context) {
    if (node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw context.mismatch("a mapping of keys to values", node);
    }
    return (ObjectNode) node;
  }

  private static <T> Form<T> codec(Codec<T> codec) {
    return new Form<T>() {
      @Override
      public JsonNode write(T value) {
        return codec.write(value);
      }

      @Override
      public @Nullable T read(JsonNode node, BindContext context) {
        return codec.read(node, context);
      }
    };
  }

  /**
   * Returns the JSON form of a model value as plain data.
   *
   * @param value a value of one of {@link #TYPES}
   * @throws CardException if the value cannot be written (an {@code ArticleCard} with an unknown key
   *     named {@code body}, or unknown keys named as known ones)
   * @throws IllegalArgumentException if the value is not of a model type
   */
  public static @Nullable Object toPlain(Object value) {
    return PlainData.toJava(write(value));
  }

  private static JsonNode write(Object value) {
    return writeAs(formOf(value.getClass()), value);
  }

  @SuppressWarnings("unchecked")
  private static <T> JsonNode writeAs(Form<T> form, Object value) {
    return form.write((T) value);
  }

  /**
   * Reads a model value from its JSON form as plain data.
   *
   * @param type one of {@link #TYPES}
   * @param data plain data
   * @return the value; null when the data is null
   * @throws CardBindingException if the data does not fit the type, naming the path inside the value
   *     (such as {@code images[0].width}; empty for the value as a whole), with line and column 0
   */
  public static <T> @Nullable T fromPlain(Class<T> type, @Nullable Object data) {
    @SuppressWarnings("unchecked")
    Form<T> form = (Form<T>) formOf(type);
    return form.read(PlainData.toNode(data), new BindContext(BindContext.NO_SOURCE));
  }

  private static Form<?> formOf(Class<?> type) {
    Form<?> form = FORMS.get(type);
    if (form == null) {
      throw new IllegalArgumentException("not a model type with a JSON form: " + type.getName());
    }
    return form;
  }
}
