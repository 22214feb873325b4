package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The style choices that YAML leaves open and a format makes: which strings are written plain,
 * where blank lines separate top-level entries, and whether a new key takes its siblings' style.
 * The emitter and the patcher ask a policy; they know no format themselves.
 */
public interface StylePolicy {
  /**
   * Tells whether a string at this path is written plain (when it safely can be) rather than
   * double-quoted, where no neighbour suggests a style.
   */
  boolean prefersPlain(List<Object> path);

  /** Tells whether a blank line goes between two adjacent top-level entries. */
  boolean blankLineBetween(
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value);

  /**
   * Tells whether a new entry at this path is written in this policy's own style rather than in
   * the style of the entries beside it.
   */
  boolean overridesSiblings(List<Object> path);

  /**
   * The document's own style, for documents of any format: new entries take their siblings'
   * style; where no sibling suggests one, list items are plain and other strings double-quoted
   * (when plain is safe); blank lines go around block collections in documents that separate
   * entries with blank lines.
   */
  StylePolicy SIBLINGS = new StylePolicy() {
    @Override
    public boolean prefersPlain(List<Object> path) {
      return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
    }

    @Override
    public boolean blankLineBetween(
        @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
      return previous != null && (isBlockCollection(previous) || isBlockCollection(value));
    }

    @Override
    public boolean overridesSiblings(List<Object> path) {
      return false;
    }

    private boolean isBlockCollection(JsonNode value) {
      return value.isContainerNode() && value.size() > 0;
    }
  };
}
