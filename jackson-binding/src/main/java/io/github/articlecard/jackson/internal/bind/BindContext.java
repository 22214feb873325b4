package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardPath;
import io.github.articlecard.jackson.internal.yaml.ExactDouble;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one binding: the model path being bound (for error messages) and how to find a
 * path's position in the source text.
 */
public final class BindContext {
  /** Finds the file position of a model path. */
  public interface Locator {
    /**
     * Returns the binding exception for a path, positioned in the source.
     *
     * @param path the model path steps (keys and indexes)
     * @param pathText the path as text, such as {@code related[2].quality}
     * @param message what is wrong
     */
    CardBindingException error(List<Object> path, String pathText, String message);
  }

  /** A locator for data with no source text: line and column 0. */
  public static final Locator NO_SOURCE = (path, pathText, message) ->
      new CardBindingException(pathText, message, 0, 0, null, null);

  private final List<Object> path = new ArrayList<>();
  private final Locator locator;

  public BindContext(Locator locator) {
    this.locator = locator;
  }

  void push(Object step) {
    path.add(step);
  }

  void pop() {
    path.remove(path.size() - 1);
  }

  /**
   * Returns a path as text in the syntax of {@link CardPath}, such as
   * {@code related[2].images[0].width} or {@code params["og.title"]}.
   */
  public static String pathText(List<Object> path) {
    return cardPath(path).toString();
  }

  /** Returns a path of keys (String) and list indexes (Integer) as a {@link CardPath}. */
  public static CardPath cardPath(List<Object> path) {
    CardPath at = CardPath.root();
    for (Object step : path) {
      at = step instanceof Integer index ? at.index(index) : at.key(String.valueOf(step));
    }
    return at;
  }

  /** Creates the error for the current path: "expected X, found Y". */
  CardBindingException mismatch(String expected, @Nullable JsonNode found) {
    return locator.error(List.copyOf(path), pathText(path),
        "expected " + expected + ", found " + describe(found));
  }

  /** Creates an error for the current path with a free message. */
  CardBindingException error(String message) {
    return locator.error(List.copyOf(path), pathText(path), message);
  }

  /** Describes a value for an error message: a quoted, shortened string, a list, a mapping, null. */
  public static String describe(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return "nothing (null)";
    }
    if (node.isTextual()) {
      return "\"" + shortened(node.textValue()) + "\"";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node instanceof ExactDouble exact) {
      return exact.text(); // 1.50 as written, not the double's 1.5
    }
    return shortened(node.isBigDecimal() ? YamlEmitter.decimal(node.decimalValue()) : node.toString());
  }

  /** Cuts a text longer than 60 characters to 57 and "...", never between the two halves of a pair. */
  private static String shortened(String text) {
    if (text.length() <= 60) {
      return text;
    }
    int cut = Character.isHighSurrogate(text.charAt(56)) ? 56 : 57;
    return text.substring(0, cut) + "...";
  }
}
