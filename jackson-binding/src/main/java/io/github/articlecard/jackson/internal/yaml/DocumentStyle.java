package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The style of one document's strings, for {@link StylePolicy#SIBLINGS}: a new string is written
 * the way most strings of the document are (plain, single- or double-quoted; the first one's style
 * on a tie), counted separately for mapping values and for list items. A document without strings
 * of a kind gets the defaults: list items plain, other strings double-quoted (plain where that is
 * safe would read wrong for text such as {@code yes}; quotes never do).
 */
final class DocumentStyle implements StylePolicy {
  private final SourceMap source;
  private @Nullable ScalarStyle values;
  private @Nullable ScalarStyle items;
  private boolean counted;

  DocumentStyle(SourceMap source) {
    this.source = source;
  }

  /** The style of strings in a document that has none of their kind. */
  static ScalarStyle defaultStyle(List<Object> path) {
    return isItem(path) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  /** Blank lines around block collections, in documents that separate entries with blank lines. */
  static boolean aroundBlockCollections(@Nullable JsonNode previous, JsonNode value) {
    return previous != null && (isBlockCollection(previous) || isBlockCollection(value));
  }

  @Override
  public ScalarStyle stringStyle(List<Object> path) {
    if (!counted) {
      Count valueCount = new Count();
      Count itemCount = new Count();
      SourceNode.Mapping root = source.root();
      if (root != null) {
        count(root, valueCount, itemCount);
      }
      values = valueCount.dominant();
      items = itemCount.dominant();
      counted = true;
    }
    ScalarStyle found = isItem(path) ? items : values;
    return found != null ? found : defaultStyle(path);
  }

  @Override
  public boolean blankLineBetween(
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
    return aroundBlockCollections(previous, value);
  }

  @Override
  public boolean overridesSiblings(List<Object> path) {
    return false;
  }

  private static void count(SourceNode node, Count values, Count items) {
    if (node instanceof SourceNode.Mapping mapping) {
      for (SourceNode.Entry entry : mapping.entries()) {
        values.add(entry.value());
        count(entry.value(), values, items);
      }
    } else if (node instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item item : sequence.items()) {
        items.add(item.node());
        count(item.node(), values, items);
      }
    }
  }

  /** Counts the styles of single-line strings, in the order first seen. */
  private static final class Count {
    private final Map<ScalarStyle, Integer> counts = new LinkedHashMap<>();

    void add(SourceNode node) {
      if (node instanceof SourceNode.Scalar scalar && scalar.data().isTextual() && !scalar.isBlock()
          && !scalar.isEmptyPlain()) {
        counts.merge(scalar.style(), 1, Integer::sum);
      }
    }

    @Nullable ScalarStyle dominant() {
      ScalarStyle best = null;
      int most = 0;
      for (Map.Entry<ScalarStyle, Integer> count : counts.entrySet()) {
        if (count.getValue() > most) {
          best = count.getKey();
          most = count.getValue();
        }
      }
      return best;
    }
  }

  private static boolean isItem(List<Object> path) {
    return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
  }

  private static boolean isBlockCollection(JsonNode value) {
    return value.isContainerNode() && value.size() > 0;
  }
}
