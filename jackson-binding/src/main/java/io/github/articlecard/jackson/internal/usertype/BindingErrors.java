package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.internal.bind.BindContext;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Jackson throws while binding front matter to a user's type into a
 * {@link CardBindingException}: the path of the value ({@code tags[2]}, {@code author.name}), what
 * was expected and found, and the value's line and column in the file; Jackson's exception is the
 * cause.
 */
final class BindingErrors {
  private BindingErrors() {}

  static CardBindingException of(Exception e, ParsedCard parsed, JavaType type,
      ObjectMapper mapper) {
    List<Object> path = new ArrayList<>();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        String field = reference.getFieldName();
        if (field != null) {
          path.add(field);
        } else if (reference.getIndex() >= 0) {
          path.add(reference.getIndex());
        }
      }
    }
    String problem = problem(e, at(parsed.source().data(), path), type, mapper);
    CardLayout layout = parsed.layout();
    int offset = Math.max(parsed.source().offsetOf(path), 0);
    return SourceText.of(layout.text()).bindingError(layout.frontMatterStart() + offset,
        BindContext.pathText(path), problem, e);
  }

  private static String problem(Exception e, @Nullable JsonNode found, JavaType type,
      ObjectMapper mapper) {
    String name = type.getRawClass().getSimpleName();
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "not a property of " + unknown.getReferringClass().getSimpleName()
          + " (the ObjectMapper fails on unknown properties)";
    }
    if (e instanceof ValueInstantiationException instantiation) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return "cannot create " + instantiation.getType().getRawClass().getSimpleName() + ": "
          + firstLine(String.valueOf(cause.getMessage()));
    }
    if (e instanceof InvalidDefinitionException) {
      return "cannot bind to " + name + ": " + original(e);
    }
    if (e instanceof MismatchedInputException mismatch) {
      String original = original(e);
      Class<?> target = mismatch.getTargetType();
      if (original.startsWith("Missing required creator property")
          || original.startsWith("Null value for creator property")) {
        return original.replace("creator property", "key").replaceFirst(" \\(index \\d+\\)", "");
      }
      if (target != null && found != null) {
        return "expected " + expected(target, mapper) + ", found " + BindContext.describe(found);
      }
      return original;
    }
    return "cannot bind to " + name + ": " + original(e);
  }

  private static String original(Exception e) {
    String message = e instanceof JsonMappingException mapping ? mapping.getOriginalMessage()
        : e.getMessage();
    return firstLine(String.valueOf(message));
  }

  private static String firstLine(String message) {
    int lineBreak = message.indexOf('\n');
    return lineBreak < 0 ? message : message.substring(0, lineBreak);
  }

  /** The data at a path, or null when the path leads nowhere. */
  private static @Nullable JsonNode at(JsonNode data, List<Object> path) {
    JsonNode node = data;
    for (Object step : path) {
      JsonNode next = step instanceof Integer i ? node.get(i) : node.get((String) step);
      if (next == null) {
        return null;
      }
      node = next;
    }
    return node;
  }

  /** What a Java type takes, in words. */
  private static String expected(Class<?> target, ObjectMapper mapper) {
    Class<?> type = target.isPrimitive() ? boxed(target) : target;
    if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == Double.class || type == Float.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class || type == Character.class) {
      return "text";
    }
    if (type == LocalDate.class) {
      return "a date (2021-03-14)";
    }
    if (type == LocalDateTime.class) {
      return "a date and time (2021-03-14T10:00 or 2021-03-14 10:00)";
    }
    if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
      return "a date and time with an offset (2021-03-14T10:00:00+01:00 or ...Z)";
    }
    if (type == LocalTime.class) {
      return "a time (10:00)";
    }
    if (type.isEnum()) {
      return "one of " + constants(type, mapper);
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    return "a mapping for " + type.getSimpleName();
  }

  private static Class<?> boxed(Class<?> primitive) {
    return switch (primitive.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "boolean" -> Boolean.class;
      case "char" -> Character.class;
      default -> primitive;
    };
  }

  /** An enum's values as the ObjectMapper writes them. */
  private static String constants(Class<?> type, ObjectMapper mapper) {
    StringJoiner out = new StringJoiner(", ");
    for (Object constant : type.getEnumConstants()) {
      String name;
      try {
        name = mapper.valueToTree(constant).asText();
      } catch (IllegalArgumentException e) {
        name = constant.toString();
      }
      out.add(name);
    }
    return out.toString();
  }
}
