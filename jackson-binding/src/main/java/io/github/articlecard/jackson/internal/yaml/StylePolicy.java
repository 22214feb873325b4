package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The style choices that YAML leaves open and a format makes: how strings are quoted where no
 * neighbour suggests a style, where blank lines separate top-level entries, and whether a new key
 * takes its siblings' style. The emitter and the patcher ask a policy; they know no format
 * themselves.
 */
public interface StylePolicy {
  /**
   * Returns the style a string at this path is written in where no neighbour suggests one: plain,
   * single- or double-quoted (when the style cannot hold the string, it is double-quoted).
   */
  ScalarStyle stringStyle(List<Object> path);

  /** Tells whether a blank line goes between two adjacent top-level entries. */
  boolean blankLineBetween(
      @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value);

  /**
   * Tells whether a new entry at this path is written in this policy's own style rather than in
   * the style of the entries beside it.
   */
  boolean overridesSiblings(List<Object> path);

  /**
   * Returns this policy as it applies to one document: a policy that follows the document's own
   * style looks at it here; a fixed one returns itself.
   */
  default StylePolicy within(SourceMap source) {
    return this;
  }

  /**
   * The document's own style, for documents of any format, whatever their keys are named: new
   * entries take their siblings' style; where no sibling suggests one, strings take the style most
   * of the document's strings use ({@link DocumentStyle}); blank lines go around block collections
   * in documents that separate entries with blank lines.
   */
  StylePolicy SIBLINGS = new StylePolicy() {
    @Override
    public ScalarStyle stringStyle(List<Object> path) {
      return DocumentStyle.defaultStyle(path);
    }

    @Override
    public boolean blankLineBetween(
        @Nullable String previousKey, @Nullable JsonNode previous, String key, JsonNode value) {
      return DocumentStyle.aroundBlockCollections(previous, value);
    }

    @Override
    public boolean overridesSiblings(List<Object> path) {
      return false;
    }

    @Override
    public StylePolicy within(SourceMap source) {
      return new DocumentStyle(source);
    }
  };
}
