package io.github.articlecard.jackson.internal.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.CardPath;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Model paths ({@link CardPath}, such as {@code related[0].images[1].width}) as the source map
 * takes them, and where such a path's value stands in a card's text.
 */
public final class ModelPath {
  private ModelPath() {}

  /**
   * Parses a path into its steps: keys (String) and list indexes (Integer); the empty path has no
   * steps. The syntax is {@link CardPath}'s.
   *
   * @throws IllegalArgumentException if the path is not well formed, naming where
   */
  public static List<Object> parse(String path) {
    return steps(CardPath.parse(path));
  }

  /** Returns a path's steps as the source map takes them: keys (String) and indexes (Integer). */
  public static List<Object> steps(CardPath path) {
    List<Object> steps = new ArrayList<>(path.steps().size());
    for (CardPath.Step step : path.steps()) {
      steps.add(step instanceof CardPath.Key key ? key.name() : (Object) ((CardPath.Index) step).index());
    }
    return steps;
  }

  /**
   * Returns the offset, in the whole card text, of the value a path names: a scalar's first
   * character (after an anchor or tag), a collection's start. Empty when the front matter does not
   * hold the path. A path through an alias goes on inside the anchored node, where the text is.
   */
  public static OptionalInt offsetOf(ParsedCard parsed, List<Object> steps) {
    SourceMap source = parsed.source();
    @Nullable JsonNode node = source.data();
    for (Object step : steps) {
      node = step instanceof String key
          ? (node.isObject() ? node.get(key) : null)
          : (node.isArray() ? node.get((Integer) step) : null);
      if (node == null) {
        return OptionalInt.empty();
      }
    }
    int offset = source.offsetOf(steps);
    return offset < 0 ? OptionalInt.empty()
        : OptionalInt.of(parsed.layout().frontMatterStart() + offset);
  }
}
