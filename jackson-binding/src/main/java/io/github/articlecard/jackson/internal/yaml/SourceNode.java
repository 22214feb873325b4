package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One YAML node of the front matter as it stands in the source: its data, its exact character span
 * (UTF-16 offsets into the front matter text), its style and its anchor. Together the nodes are the
 * source map the patcher edits against. Immutable once built; the data must not be modified.
 *
 * <p>The data of a collection is built from its children's data when it is first asked for, so
 * that reading to the model ({@code card()}) builds no Jackson containers at all; once built it is
 * the same instance on every call, shared with the data of the collection around it.
 */
public abstract sealed class SourceNode
    permits SourceNode.Scalar, SourceNode.Mapping, SourceNode.Sequence, SourceNode.Alias {
  private final int start;
  private final int end;
  private final @Nullable String anchor;
  private final long size;
  private final long chars;

  SourceNode(int start, int end, @Nullable String anchor, long size, long chars) {
    this.start = start;
    this.end = end;
    this.anchor = anchor;
    this.size = size;
    this.chars = chars;
  }

  /** Returns the offset of the node's first character, node properties (anchor, tag) included. */
  public int start() {
    return start;
  }

  /**
   * Returns the offset just after the node's last token; for block collections, the end of their
   * last item's content (see {@link #contentEnd}).
   */
  public int end() {
    return end;
  }

  /** Returns the anchor name ({@code &name}), or null. */
  public @Nullable String anchor() {
    return anchor;
  }

  /** Returns the node's data; shared, never to be modified. */
  public abstract JsonNode data();

  /**
   * Returns a fresh copy of the node's data: new containers all the way down (an alias's data
   * copied again wherever it stands), built from the nodes without building {@link #data()}.
   */
  public abstract JsonNode copyData();

  /** Returns the number of data nodes this node stands for, aliases expanded. */
  public long size() {
    return size;
  }

  /**
   * Returns the characters of keys and scalar values this node stands for, aliases expanded; what
   * bounds alias expansion in memory, not just in nodes.
   */
  public long chars() {
    return chars;
  }

  /**
   * Offset just after the node's last meaningful character: trailing blank lines that block scalars
   * absorb are excluded, unless they are part of the value (keep chomping, {@code |+}): then it is
   * the line break of the value's last line, so that the line it ends is still the node's.
   */
  public abstract int contentEnd(String text);

  /**
   * Tells whether the node's text ends with the trailing lines of a keep-chomped block scalar
   * ({@code |+}, {@code >+}), itself or the last value or item of a block collection: blank lines
   * written right after it would join that value.
   */
  public abstract boolean endsInKeptLines();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final VarHandle MAPPING_DATA = dataHandle(Mapping.class);
  private static final VarHandle SEQUENCE_DATA = dataHandle(Sequence.class);

  private static VarHandle dataHandle(Class<? extends SourceNode> type) {
    try {
      return MethodHandles.lookup().findVarHandle(type, "data", JsonNode.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Publishes data built for a collection: the first built wins, so that every caller, on any
   * thread, gets the same instance (built from the same instances of the children's data).
   */
  private static JsonNode published(VarHandle field, SourceNode node, JsonNode built) {
    JsonNode witness = (JsonNode) field.compareAndExchange(node, (JsonNode) null, built);
    return witness == null ? built : witness;
  }

  /** A scalar. */
  public static final class Scalar extends SourceNode {
    private final String value;
    private final ScalarStyle style;
    private final int valueStart;
    private final @Nullable String tag;
    private final boolean keep;
    private final JsonNode data;

    /**
     * @param keep whether a block scalar's header says keep chomping ({@code |+}): its trailing
     *     line breaks, blank lines included, are part of its value
     */
    Scalar(int start, int end, int valueStart, @Nullable String anchor, @Nullable String tag,
        String value, ScalarStyle style, boolean keep, JsonNode data) {
      super(start, end, anchor, 1, value.length());
      this.data = data;
      this.valueStart = valueStart;
      this.tag = tag;
      this.value = value;
      this.style = style;
      this.keep = keep && style.isBlock();
    }

    /** Returns the scalar's value as parsed (after unescaping and folding). */
    public String value() {
      return value;
    }

    /** Returns the scalar's style in the source. */
    public ScalarStyle style() {
      return style;
    }

    /** Returns the offset of the scalar token itself, after node properties. */
    public int valueStart() {
      return valueStart;
    }

    /** Returns the explicit tag, or null. */
    public @Nullable String tag() {
      return tag;
    }

    public boolean isBlock() {
      return style.isBlock();
    }

    public boolean isEmptyPlain() {
      return style == ScalarStyle.PLAIN && valueStart == end();
    }

    @Override
    public JsonNode data() {
      return data;
    }

    @Override
    public JsonNode copyData() {
      return data; // scalar data nodes are immutable
    }

    @Override
    public boolean endsInKeptLines() {
      return keep;
    }

    @Override
    public int contentEnd(String text) {
      if (!isBlock()) {
        return end();
      }
      int i = end();
      if (keep) { // the value runs to the line break of its last line, blank lines included
        if (i > valueStart && text.charAt(i - 1) == '\n') {
          i--;
          if (i > valueStart && text.charAt(i - 1) == '\r') {
            i--;
          }
        }
        return i;
      }
      while (i > valueStart && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      return i;
    }
  }

  /** A mapping, block or flow. */
  public static final class Mapping extends SourceNode {
    /** Below this many entries, a key is looked up by walking the entries. */
    private static final int INDEXED = 8;

    private final boolean flow;
    private final List<Entry> entries;
    /** The entries by key, built on the first lookup in a large mapping; derived, not state. */
    private volatile @Nullable Map<String, Entry> index;
    /** The data, built on the first call of {@link #data()}; derived, not state. */
    private volatile @Nullable JsonNode data;

    /**
     * The mapping takes the list of entries over; nothing may change it afterwards.
     *
     * @param data the mapping's data, or null to build it from the entries when it is asked for
     */
    Mapping(int start, int end, @Nullable String anchor, boolean flow, @Nullable JsonNode data,
        long size, long chars, List<Entry> entries) {
      super(start, end, anchor, size, chars);
      this.flow = flow;
      this.entries = Collections.unmodifiableList(entries);
      this.data = data;
    }

    @Override
    public JsonNode data() {
      JsonNode built = data;
      return built != null ? built : published(MAPPING_DATA, this, build(SourceNode::data));
    }

    @Override
    public JsonNode copyData() {
      return build(SourceNode::copyData);
    }

    /** A new object node of the entries, each value's data given by {@code values}. */
    private ObjectNode build(Function<SourceNode, JsonNode> values) {
      ObjectNode object = NODES.objectNode();
      for (Entry entry : entries) {
        object.set(entry.key().value(), values.apply(entry.value()));
      }
      return object;
    }

    /** Tells whether the mapping is written in flow style ({@code {a: 1}}). */
    public boolean flow() {
      return flow;
    }

    /** Returns the entries in source order. */
    public List<Entry> entries() {
      return entries;
    }

    /** Returns the entry of a key, or null; in constant time. */
    public @Nullable Entry entry(String key) {
      if (entries.size() < INDEXED) {
        for (Entry entry : entries) {
          if (entry.key().value().equals(key)) {
            return entry;
          }
        }
        return null;
      }
      Map<String, Entry> byKey = index;
      if (byKey == null) {
        byKey = new HashMap<>(entries.size() * 2);
        for (Entry entry : entries) {
          byKey.put(entry.key().value(), entry);
        }
        index = byKey;
      }
      return byKey.get(key);
    }

    @Override
    public int contentEnd(String text) {
      if (flow || entries.isEmpty()) {
        return end();
      }
      return entries.get(entries.size() - 1).value().contentEnd(text);
    }

    @Override
    public boolean endsInKeptLines() {
      return !flow && !entries.isEmpty()
          && entries.get(entries.size() - 1).decor().endsInKeptLines();
    }
  }

  /**
   * What entries and items have alike: their position in their collection and the lines they own,
   * given or worked out with their siblings' when first asked for ({@link CollectionDecor}).
   */
  public abstract static class Member {
    private static final int INDEX = (1 << 30) - 1;
    /** The reader saw nothing between the value before an entry and the entry. */
    static final int NO_BLANK = 1 << 30;
    /** The reader saw blank lines, and nothing but a comment after that value, between them. */
    static final int BLANK = 1 << 31;
    /**
     * The position in the collection, and in the two high bits what the reader knows of blank
     * lines above an entry ({@link #NO_BLANK}, {@link #BLANK} or neither): kept in the entry
     * itself, which whoever asks has in hand (a collection has fewer than 2^29 members).
     */
    private final int index;
    /**
     * The decor, once known: given, or set by {@link CollectionDecor} for all the siblings at
     * once. A thread that sees null works it out again; a {@link Decor} is immutable (final
     * fields), so one seen here is seen whole.
     */
    private @Nullable Decor decor;
    private final @Nullable CollectionDecor decors;

    Member(int index, @Nullable Decor decor, @Nullable CollectionDecor decors) {
      this.index = index;
      this.decor = decor;
      this.decors = decors;
    }

    /** Returns the position in its collection, from 0. */
    public int index() {
      return index & INDEX;
    }

    /** What the reader knows of blank lines above: {@link #NO_BLANK}, {@link #BLANK} or 0. */
    int blankAbove() {
      return index & ~INDEX;
    }

    /** Returns the lines (in a flow mapping, the text) it owns. */
    public Decor decor() {
      Decor known = decor;
      return known != null ? known : Objects.requireNonNull(decors).get(index());
    }

    /** The decor if it is known yet, or null. */
    @Nullable Decor settled() {
      return decor;
    }

    /** What works out the decor of this and its siblings, or null where it was given. */
    @Nullable CollectionDecor decors() {
      return decors;
    }

    /** Keeps the decor {@link CollectionDecor} worked out. */
    void settle(Decor worked) {
      decor = worked;
    }
  }

  /**
   * A key and its value in a mapping, with the lines it owns ({@link #decor()}: in a flow mapping,
   * its text, {@link Decor#ofFlowEntry}) and its position in the mapping ({@link #index()}).
   */
  public static final class Entry extends Member {
    private final Scalar key;
    private final SourceNode value;

    /** An entry whose decor is known. */
    public Entry(Scalar key, SourceNode value, int index, Decor decor) {
      super(index, decor, null);
      this.key = key;
      this.value = value;
    }

    /**
     * An entry whose decor its mapping's {@code decors} work out when it is first asked for.
     *
     * @param blankAbove whether blank lines stand between the entry and the value before it,
     *     where the reader knows; null where it does not
     */
    Entry(Scalar key, SourceNode value, int index, CollectionDecor decors,
        @Nullable Boolean blankAbove) {
      super(blankAbove == null ? index : index | (blankAbove ? BLANK : NO_BLANK), null, decors);
      this.key = key;
      this.value = value;
    }

    public Scalar key() {
      return key;
    }

    public SourceNode value() {
      return value;
    }

    /**
     * Tells whether blank lines stand directly above the lines the entry owns, as
     * {@code decor().spaceBefore()} does; for an entry of a block mapping after the first, without
     * working out the decor of every entry.
     */
    public boolean spaceBefore() {
      int known = blankAbove();
      if (known != 0) {
        return known == BLANK; // what the reader saw between the value before and the entry
      }
      CollectionDecor lazy = decors();
      return settled() == null && lazy != null && index() > 0 && lazy.answersSpaceBefore()
          ? lazy.spaceBefore(index()) : decor().spaceBefore();
    }

    @Override
    public String toString() {
      return "Entry[" + key.value() + " at " + index() + "]";
    }
  }

  /**
   * An item of a sequence, with the lines it owns ({@link #decor()}: {@link Decor#FLOW} in a flow
   * sequence), its position in the sequence ({@link #index()}) and the offset of its dash
   * ({@link #dash()}).
   */
  public static final class Item extends Member {
    private final SourceNode node;
    private final int dash;

    /** An item whose decor is known. */
    public Item(SourceNode node, int dash, int index, Decor decor) {
      super(index, decor, null);
      this.node = node;
      this.dash = dash;
    }

    /** An item whose decor its sequence's {@code decors} work out when it is first asked for. */
    Item(SourceNode node, int dash, int index, CollectionDecor decors) {
      super(index, null, decors);
      this.node = node;
      this.dash = dash;
    }

    public SourceNode node() {
      return node;
    }

    /**
     * Returns the offset of the item's dash: -1 in a flow sequence or when something other than
     * white space stands between the dash and the node.
     */
    public int dash() {
      return dash;
    }

    @Override
    public String toString() {
      return "Item[" + index() + "]";
    }
  }

  /** A sequence, block or flow. */
  public static final class Sequence extends SourceNode {
    private final boolean flow;
    private final List<Item> items;
    /** The data, built on the first call of {@link #data()}; derived, not state. */
    private volatile @Nullable JsonNode data;

    /**
     * The sequence takes the list of items over; nothing may change it afterwards.
     *
     * @param data the sequence's data, or null to build it from the items when it is asked for
     */
    Sequence(int start, int end, @Nullable String anchor, boolean flow, @Nullable JsonNode data,
        long size, long chars, List<Item> items) {
      super(start, end, anchor, size, chars);
      this.flow = flow;
      this.items = Collections.unmodifiableList(items);
      this.data = data;
    }

    @Override
    public JsonNode data() {
      JsonNode built = data;
      return built != null ? built : published(SEQUENCE_DATA, this, build(SourceNode::data));
    }

    @Override
    public JsonNode copyData() {
      return build(SourceNode::copyData);
    }

    /** A new array node of the items, each item's data given by {@code values}. */
    private ArrayNode build(Function<SourceNode, JsonNode> values) {
      ArrayNode array = NODES.arrayNode(items.size());
      for (Item item : items) {
        array.add(values.apply(item.node()));
      }
      return array;
    }

    /** Tells whether the sequence is written in flow style ({@code [a, b]}). */
    public boolean flow() {
      return flow;
    }

    /** Returns the items in source order. */
    public List<Item> items() {
      return items;
    }

    /** Returns the node of the item at an index. */
    public SourceNode node(int index) {
      return items.get(index).node();
    }

    @Override
    public int contentEnd(String text) {
      if (flow || items.isEmpty()) {
        return end();
      }
      return items.get(items.size() - 1).node().contentEnd(text);
    }

    @Override
    public boolean endsInKeptLines() {
      return !flow && !items.isEmpty() && items.get(items.size() - 1).decor().endsInKeptLines();
    }
  }

  /** An alias ({@code *name}); its data is the anchored node's data. */
  public static final class Alias extends SourceNode {
    private final String name;
    private final SourceNode target;

    Alias(int start, int end, String name, SourceNode target) {
      super(start, end, null, target.size(), target.chars());
      this.name = name;
      this.target = target;
    }

    @Override
    public JsonNode data() {
      return target.data();
    }

    @Override
    public JsonNode copyData() {
      return target.copyData();
    }

    /** Returns the anchor name the alias refers to. */
    public String name() {
      return name;
    }

    /** Returns the anchored node the alias stands for. */
    public SourceNode target() {
      return target;
    }

    @Override
    public int contentEnd(String text) {
      return end();
    }

    @Override
    public boolean endsInKeptLines() {
      return false;
    }
  }
}
