package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.BindContext;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.EditStep;
import io.github.articlecard.jackson.internal.document.Edited;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.usertype.ScalarForms.Forms;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Limit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Front matter as users' own types, through one {@code ObjectMapper}: binding ({@link #bind}) and
 * minimal edits through an edited value ({@link #with}).
 *
 * <p>An edit compares the edited value's serialized form with the serialized form of what
 * {@code bind} gives for the same type, applies only the differences to the source data
 * ({@link ValueMerge}), hands that to the edit pipeline with the document's own style, and checks
 * that the result binds back to a value with the edited value's serialized form. Where it does not,
 * it tries again with less of the old text's form kept, then without the type's read model; when
 * nothing reads back as the value it fails rather than write something else.
 */
public final class UserTypes {
  private static final class Default {
    static final UserTypes INSTANCE = new UserTypes(defaultObjectMapper());
  }

  /**
   * How an edited value is merged into the source data at each data of the edit ladder: how much
   * of the old form is kept, and whether the read model filters.
   */
  private record Attempt(Forms forms, boolean filtered) {}

  private static final Map<EditStep.Data, Attempt> ATTEMPTS = new EnumMap<>(Map.of(
      EditStep.Data.VALUE_IN_OLD_FORMS, new Attempt(Forms.OLD_OFFSETS, true),
      EditStep.Data.VALUE_IN_OLD_FORMS_INSTANT_OFFSETS, new Attempt(Forms.INSTANT_OFFSETS, true),
      EditStep.Data.VALUE_AS_SERIALIZED, new Attempt(Forms.RAW, true),
      EditStep.Data.VALUE_AS_SERIALIZED_WITHOUT_READ_MODEL, new Attempt(Forms.RAW, false)));

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  /** Binds with the given mapper; values are compared and written with dates as ISO text. */
  public UserTypes(ObjectMapper mapper) {
    this.mapper = mapper;
    this.writer = mapper.writer().without(SerializationFeature.WRAP_ROOT_VALUE)
        .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .without(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }

  /** Returns the instance with the default {@code ObjectMapper}, shared. */
  public static UserTypes defaults() {
    return Default.INSTANCE;
  }

  /**
   * Returns a new default {@code ObjectMapper}: java.time (jsr310) and {@code Optional} (jdk8)
   * support, the article model's module, unknown properties ignored, fractions not cut to whole
   * numbers ({@code 1.5} into an {@code int} is a binding error), dates read and written as ISO
   * text with their offsets kept, and YAML's and Jekyll's space-separated date-times read.
   */
  public static ObjectMapper defaultObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(JekyllDates.module())
        .addModule(new ArticleCardModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /** Returns the Java type of a class. */
  public JavaType type(Class<?> type) {
    return mapper.constructType(type);
  }

  /** Returns the Java type a type reference stands for. */
  public JavaType type(TypeReference<?> type) {
    return mapper.getTypeFactory().constructType(type);
  }

  /**
   * Binds the front matter to a type.
   *
   * @throws CardBindingException if it does not fit, with the value's path and position
   */
  public Object bind(ParsedCard parsed, JavaType type) {
    ObjectReader reader = mapper.readerFor(type).without(DeserializationFeature.UNWRAP_ROOT_VALUE);
    try (JsonParser parser = mapper.treeAsTokens(BindingTree.of(parsed.source()))) {
      Object value = reader.readValue(parser);
      if (value == null) {
        throw BindingErrors.of(new IllegalArgumentException("the front matter binds to null"),
            parsed, type, mapper);
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof CardBindingException binding) {
        throw binding;
      }
      StackOverflowError ranOut = stackOverflowIn(e);
      if (ranOut != null) {
        throw ranOut; // the caller refuses it as a nesting its thread's stack cannot bind
      }
      throw BindingErrors.of(e, parsed, type, mapper);
    }
  }

  /**
   * Returns the card text whose front matter holds an edited value of a user's type, with only what
   * changed patched; {@code parsed} itself when the value is what the front matter already says. The
   * edit climbs the data of the edit ladder that are values ({@link EditStep.Data#isValue}).
   *
   * @throws CardException if the value cannot be written so that it reads back as itself
   */
  public Edited with(ParsedCard parsed, Object value, CardEditor editor) {
    JavaType type = mapper.constructType(value.getClass());
    JsonNode after = tree(value);
    if (!after.isObject()) {
      throw new CardException(CardException.Kind.UNWRITABLE, "cannot write a "
          + value.getClass().getSimpleName() + " as front matter: it serializes as "
          + after.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ", not a mapping");
    }
    JsonNode before;
    try {
      before = tree(bind(parsed, type));
    } catch (CardBindingException e) {
      before = null; // the source does not bind: compare with its data instead
    }
    if (before != null && DataEquality.same(before, after)) {
      return new Edited(parsed, EditStep.TEXT_KEPT);
    }
    ReadModel model = new ReadModel.Resolver(mapper).model(type);
    ObjectNode source = parsed.source().data();
    JsonNode bound = before;
    final class ValueClimb implements CardEditor.Climb {
      /** What the last result that read back as its data binds to, serialized. */
      @Nullable JsonNode readBack;

      @Override
      public @Nullable ObjectNode target(EditStep.Data data) {
        Attempt attempt = ATTEMPTS.get(data);
        return attempt == null ? null : (ObjectNode) new ValueMerge(attempt.forms()).merge(
            source, parsed.source().root(), bound, after,
            attempt.filtered() ? model : ReadModel.UNKNOWN);
      }

      @Override
      public boolean accepts(ParsedCard result) {
        JsonNode back = tree(bind(result, type));
        readBack = back;
        return DataEquality.sameValues(back, after); // 20.000 in the old form reads back as 20
      }
    }
    ValueClimb climb = new ValueClimb();
    Edited edited = null;
    CardException failure = null;
    try {
      edited = editor.climb(parsed, parsed.layout().body(), climb);
    } catch (CardException e) {
      failure = e;
    }
    if (edited != null) {
      return edited;
    }
    JsonNode readBack = climb.readBack;
    if (readBack == null && failure != null) {
      throw failure;
    }
    String where = readBack == null ? null
        : firstDifference(after, readBack, new ArrayList<>());
    throw new CardException(CardException.Kind.UNWRITABLE, "cannot write the "
        + value.getClass().getSimpleName() + ": the front matter written for it does not read back"
        + " as the same value (its serialized and its deserialized forms differ"
        + (where == null || where.isEmpty() ? "" : " at " + where) + ")", failure);
  }

  /** Serializes a value to data, dates as ISO text. */
  private JsonNode tree(Object value) {
    TokenBuffer buffer = new TokenBuffer(mapper, false);
    if (mapper.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)) {
      buffer = buffer.forceUseOfBigDecimal(true);
    }
    try {
      writer.writeValue(buffer, value);
      try (JsonParser parser = buffer.asParser()) {
        // the value's own decimals: 1.50 stays 1.50 (Jackson's trees strip them by default)
        JsonNode tree = mapper.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .readTree(parser);
        return tree == null ? mapper.nullNode() : tree;
      }
    } catch (IOException | RuntimeException e) {
      if (stackOverflowIn(e) != null) { // a bean: Jackson says "Infinite recursion" for either
        throw tooDeep(value);
      }
      throw new CardException(CardException.Kind.UNWRITABLE, "cannot serialize a "
          + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      // Jackson serializes maps and lists by recursion and, unlike beans, does not turn a value
      // that holds itself or nests thousands deep into an exception of its own
      throw tooDeep(value);
    }
  }

  /** The stack overflow Jackson's exception wraps (it does for beans), or null. */
  private static @Nullable StackOverflowError stackOverflowIn(Throwable e) {
    Throwable cause = e;
    for (int i = 0; cause != null && i < 32; i++, cause = cause.getCause()) {
      if (cause instanceof StackOverflowError overflow) {
        return overflow;
      }
    }
    return null;
  }

  /**
   * The refusal of a value whose serialization ran out of stack: one that holds itself, one
   * nested deeper than any front matter may, or one within the limit on a thread with too small a
   * stack, which the stack alone cannot tell apart.
   */
  private static CardException tooDeep(Object value) {
    return new CardException(CardException.Kind.LIMIT, "cannot serialize a "
        + value.getClass().getSimpleName() + ": it holds itself, or nests deeper than this"
        + " thread's stack can walk; a front matter nests at most 1000 levels (CardMapper.builder()"
        + "." + Limit.NESTING_DEPTH.setting() + "(...)), and a value within the limit serializes on"
        + " a thread with a larger stack");
  }

  /** The path of the first place two data trees differ, or null when they do not. */
  private static @Nullable String firstDifference(JsonNode a, JsonNode b, List<Object> path) {
    if (DataEquality.same(a, b)) {
      return null;
    }
    if (a.isObject() && b.isObject()) {
      for (Map.Entry<String, JsonNode> entry : a.properties()) {
        JsonNode other = b.get(entry.getKey());
        path.add(entry.getKey());
        String found = other == null ? BindContext.pathText(path)
            : firstDifference(entry.getValue(), other, path);
        path.remove(path.size() - 1);
        if (found != null) {
          return found;
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        path.add(i);
        String found = firstDifference(a.get(i), b.get(i), path);
        path.remove(path.size() - 1);
        if (found != null) {
          return found;
        }
      }
    }
    return BindContext.pathText(path);
  }
}
