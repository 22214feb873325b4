package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Lets the default {@code ObjectMapper} read the date-times that YAML and Jekyll write with a space
 * between date and time ({@code 2021-03-14 10:00}, {@code 2021-03-14 10:00:00 +0100}), which
 * jackson-datatype-jsr310 refuses: as {@code LocalDateTime} when the text has no offset, as
 * {@code OffsetDateTime}, {@code ZonedDateTime} or {@code Instant} when it has one. Every other
 * text, and every property with a {@code @JsonFormat} pattern, is left to jsr310's own
 * deserializers.
 */
final class JekyllDates {
  private JekyllDates() {}

  /** What a date-time text gives for one type; null when the type cannot hold it. */
  private interface FromText<T> {
    @Nullable T read(LocalDateTime local, @Nullable ZoneOffset offset, DeserializationContext context);
  }

  /** Returns the module; register it after jsr310's {@code JavaTimeModule}. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("articlecard-space-separated-dates",
        Version.unknownVersion());
    module.addDeserializer(LocalDateTime.class, new SpaceSeparated<>(LocalDateTime.class,
        LocalDateTimeDeserializer.INSTANCE, (local, offset, context) -> offset == null ? local : null));
    module.addDeserializer(OffsetDateTime.class, new SpaceSeparated<>(OffsetDateTime.class,
        InstantDeserializer.OFFSET_DATE_TIME, (local, offset, context) -> {
          if (offset == null) {
            return null;
          }
          OffsetDateTime value = local.atOffset(offset);
          return adjusts(context) ? value.atZoneSameInstant(context.getTimeZone().toZoneId())
              .toOffsetDateTime() : value;
        }));
    module.addDeserializer(ZonedDateTime.class, new SpaceSeparated<>(ZonedDateTime.class,
        InstantDeserializer.ZONED_DATE_TIME, (local, offset, context) -> {
          if (offset == null) {
            return null;
          }
          ZonedDateTime value = local.atZone(offset);
          return adjusts(context) ? value.withZoneSameInstant(context.getTimeZone().toZoneId())
              : value;
        }));
    module.addDeserializer(Instant.class, new SpaceSeparated<>(Instant.class,
        InstantDeserializer.INSTANT,
        (local, offset, context) -> offset == null ? null : local.toInstant(offset)));
    return module;
  }

  private static boolean adjusts(DeserializationContext context) {
    return context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /** Reads space-separated texts itself and hands everything else to jsr310's deserializer. */
  private static final class SpaceSeparated<T> extends StdScalarDeserializer<T>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<T> standard;
    private final transient FromText<T> fromText;

    SpaceSeparated(Class<T> type, JsonDeserializer<T> standard, FromText<T> fromText) {
      super(type);
      this.standard = standard;
      this.fromText = fromText;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        TimeText text = TimeText.parse(parser.getText().trim());
        LocalDateTime local = text == null || !text.spaceSeparated() ? null : text.local();
        if (text != null && local != null) {
          T value = fromText.read(local, text.offset(), context);
          if (value != null) {
            return value;
          }
        }
      }
      return standard.deserialize(parser, context);
    }

    @Override
    @SuppressWarnings("unchecked") // jsr310's contextual deserializer handles the same type
    public JsonDeserializer<?> createContextual(DeserializationContext context,
        @Nullable BeanProperty property) throws JsonMappingException {
      JsonDeserializer<T> contextual = standard instanceof ContextualDeserializer c
          ? (JsonDeserializer<T>) c.createContextual(context, property) : standard;
      JsonFormat.Value format = findFormatOverrides(context, property, handledType());
      if (format != null && format.hasPattern()) {
        return contextual;
      }
      @SuppressWarnings("unchecked")
      Class<T> type = (Class<T>) handledType();
      return new SpaceSeparated<>(type, contextual, fromText);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }
  }
}
