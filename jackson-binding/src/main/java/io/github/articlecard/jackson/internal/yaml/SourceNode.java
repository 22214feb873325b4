package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One YAML node of the front matter as it stands in the source: its data, its exact character span
 * (UTF-16 offsets into the front matter text), its style and its anchor. Together the nodes are the
 * source map the patcher edits against.
 */
public abstract sealed class SourceNode
    permits SourceNode.Scalar, SourceNode.Mapping, SourceNode.Sequence, SourceNode.Alias {

  /** Offset of the node's first character, node properties (anchor, tag) included. */
  public final int start;
  /** Offset just after the node's last token; for block collections see {@link #contentEnd}. */
  public int end;
  /** The anchor name ({@code &name}), or null. */
  public final @Nullable String anchor;
  /** The node's data. */
  public JsonNode data;
  /** Number of data nodes this node stands for, aliases expanded; bounds alias expansion. */
  public long size = 1;

  SourceNode(int start, @Nullable String anchor, JsonNode data) {
    this.start = start;
    this.anchor = anchor;
    this.data = data;
  }

  /**
   * Offset just after the node's last meaningful character: trailing blank lines that block scalars
   * absorb and the zero-width end of block collections are excluded.
   */
  public abstract int contentEnd(String text);

  /** A scalar. */
  public static final class Scalar extends SourceNode {
    /** The scalar's value as parsed (after unescaping and folding). */
    public final String value;
    /** The scalar's style in the source. */
    public final ScalarStyle style;
    /** Offset of the scalar token itself, after node properties. */
    public final int valueStart;
    /** The explicit tag, or null. */
    public final @Nullable String tag;

    Scalar(int start, int end, int valueStart, @Nullable String anchor, @Nullable String tag,
        String value, ScalarStyle style, JsonNode data) {
      super(start, anchor, data);
      this.end = end;
      this.valueStart = valueStart;
      this.tag = tag;
      this.value = value;
      this.style = style;
    }

    public boolean isBlock() {
      return style.isBlock();
    }

    public boolean isEmptyPlain() {
      return style == ScalarStyle.PLAIN && valueStart == end;
    }

    @Override
    public int contentEnd(String text) {
      if (!isBlock()) {
        return end;
      }
      int i = end;
      while (i > valueStart && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      return i;
    }
  }

  /** A mapping, block or flow. */
  public static final class Mapping extends SourceNode {
    public final boolean flow;
    public final List<Entry> entries = new ArrayList<>();

    Mapping(int start, @Nullable String anchor, boolean flow, JsonNode data) {
      super(start, anchor, data);
      this.flow = flow;
    }

    public @Nullable Entry entry(String key) {
      for (Entry entry : entries) {
        if (entry.key.value.equals(key)) {
          return entry;
        }
      }
      return null;
    }

    @Override
    public int contentEnd(String text) {
      if (flow || entries.isEmpty()) {
        return end;
      }
      return entries.get(entries.size() - 1).value.contentEnd(text);
    }
  }

  /** A key and its value in a mapping. */
  public static final class Entry {
    public final Scalar key;
    public final SourceNode value;

    Entry(Scalar key, SourceNode value) {
      this.key = key;
      this.value = value;
    }
  }

  /** A sequence, block or flow. */
  public static final class Sequence extends SourceNode {
    public final boolean flow;
    public final List<SourceNode> items = new ArrayList<>();

    Sequence(int start, @Nullable String anchor, boolean flow, JsonNode data) {
      super(start, anchor, data);
      this.flow = flow;
    }

    @Override
    public int contentEnd(String text) {
      if (flow || items.isEmpty()) {
        return end;
      }
      return items.get(items.size() - 1).contentEnd(text);
    }
  }

  /** An alias ({@code *name}); its data is the anchored node's data. */
  public static final class Alias extends SourceNode {
    public final String name;
    public final SourceNode target;

    Alias(int start, int end, String name, SourceNode target) {
      super(start, null, target.data);
      this.end = end;
      this.name = name;
      this.target = target;
      this.size = target.size;
    }

    @Override
    public int contentEnd(String text) {
      return end;
    }
  }
}
