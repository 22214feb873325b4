package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.CardException.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Builds the source map's nodes as the reader finds them, and applies every check and limit that
 * needs the nodes: scalar, number and key length, tags, keys that are not text, merge keys,
 * duplicate keys, nesting depth, aliases and what they expand to. Problems are thrown as
 * {@link YamlProblem}s.
 */
final class SourceNodes {
  private final String text;
  private final ReadLimits limits;
  /** The line in the whole file of a front matter offset, for messages that name another line. */
  private final IntUnaryOperator fileLine;
  private final Map<String, SourceNode> anchors = new HashMap<>();
  /** How many levels of collections each anchored collection holds (itself included). */
  private final Map<String, Integer> anchorHeights = new HashMap<>();
  final List<SourceNode.Alias> aliases = new ArrayList<>();
  /** The levels of collections in the node built last: 0 for a scalar. */
  int height;
  private int aliasCount;
  private long expansion;
  private long expansionChars;

  SourceNodes(String text, ReadLimits limits, IntUnaryOperator fileLine) {
    this.text = text;
    this.limits = limits;
    this.fileLine = fileLine;
  }

  /** A scalar with its properties. */
  SourceNode.Scalar scalar(int start, int end, int valueStart, @Nullable String anchor,
      @Nullable String tag, String value, ScalarStyle style) {
    return scalar(start, end, valueStart, anchor, tag, value, style, false);
  }

  /**
   * A scalar with its properties.
   *
   * @param keep whether it is a block scalar whose header says keep chomping ({@code |+}): its
   *     trailing lines are part of its value
   */
  SourceNode.Scalar scalar(int start, int end, int valueStart, @Nullable String anchor,
      @Nullable String tag, String value, ScalarStyle style, boolean keep) {
    if (value.length() > limits.maxScalarLength()) {
      throw new YamlProblem(Kind.LIMIT, start, Limit.SCALAR_LENGTH.tooLong("value", value.length(),
          "characters", limits.maxScalarLength()));
    }
    boolean plain = style == ScalarStyle.PLAIN;
    if (value.length() > limits.maxNumberLength()
        && ((plain && tag == null && ScalarResolver.isNumber(value))
            || ScalarResolver.isNumberTag(tag))) {
      throw new YamlProblem(Kind.LIMIT, start, Limit.NUMBER_LENGTH.tooLong("number",
          value.length(), "characters", limits.maxNumberLength()));
    }
    JsonNode data;
    try {
      data = ScalarResolver.resolve(value, plain, tag);
      if (data.isBigDecimal() && !ScalarResolver.scaleInRange(data.decimalValue())) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      // 1.0e99999999999: YAML's grammar takes it, no number type holds it
      throw new YamlProblem(Kind.UNSUPPORTED, start, "the number " + value + " has an exponent"
          + " out of range (more than " + ScalarResolver.MAX_SCALE + " either way); put it in"
          + " double quotes if it is text");
    } catch (ScalarResolver.TagProblem e) {
      String message = String.valueOf(e.getMessage());
      throw new YamlProblem(Kind.UNSUPPORTED, start, tag != null && !tag.startsWith("tag:")
          && message.startsWith("unknown tag") ? message + "; a value that starts with '!' is a"
          + " tag: put it in double quotes if it is text" : message);
    }
    height = 0;
    SourceNode.Scalar scalar = new SourceNode.Scalar(start, end, valueStart, anchor, tag, value,
        style, keep, data);
    if (anchor != null) {
      anchors.put(anchor, scalar);
      anchorHeights.remove(anchor); // an anchor redefined on a scalar
    }
    return scalar;
  }

  /**
   * An alias at nesting level {@code depth}: its anchored node counts against every limit as if it
   * were written out there, nesting too, so that what reads can be written back.
   */
  SourceNode.Alias alias(int start, int end, String name, int depth) {
    SourceNode target = anchors.get(name);
    if (target == null) {
      throw new YamlProblem(Kind.UNSUPPORTED, start, "alias *" + name + " refers to no anchor"
          + " defined before it (an alias cannot refer to a node that contains it); a value that"
          + " starts with '*' is an alias: put it in double quotes if it is text");
    }
    height = anchorHeights.getOrDefault(name, 0);
    if (depth + height - 1 > limits.maxNestingDepth()) {
      throw new YamlProblem(Kind.LIMIT, start, Limit.NESTING_DEPTH.problem("alias *" + name
          + " stands for " + height + " levels of nested collections, which here reach level "
          + (depth + height - 1) + ", deeper than the limit of " + limits.maxNestingDepth()
          + " levels"));
    }
    aliasCount++;
    if (aliasCount > limits.maxAliases()) {
      throw new YamlProblem(Kind.LIMIT, start,
          Limit.ALIASES.problem("more than " + limits.maxAliases() + " aliases"));
    }
    expansion += target.size();
    if (expansion > limits.maxAliasExpansion()) {
      throw new YamlProblem(Kind.LIMIT, start, Limit.ALIAS_EXPANSION.problem(
          "aliases expand to more than " + limits.maxAliasExpansion() + " values"));
    }
    expansionChars += target.chars();
    if (expansionChars > limits.maxAliasExpansionSize()) {
      throw new YamlProblem(Kind.LIMIT, start, Limit.ALIAS_EXPANSION_SIZE.problem(
          "aliases expand to more than " + limits.maxAliasExpansionSize() + " characters of keys"
          + " and values"));
    }
    SourceNode.Alias alias = new SourceNode.Alias(start, end, name, target);
    aliases.add(alias);
    return alias;
  }

  /** Checks a collection about to be read: its nesting depth and its tag. */
  void collectionStart(int start, int depth, @Nullable String tag, boolean mapping) {
    if (depth > limits.maxNestingDepth()) {
      throw new YamlProblem(Kind.LIMIT, start, Limit.NESTING_DEPTH.problem(
          "nesting is deeper than the limit of " + limits.maxNestingDepth() + " levels"));
    }
    if (tag == null || tag.equals("!")) {
      return;
    }
    String expected = mapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq";
    if (!tag.equals(expected)) {
      throw new YamlProblem(Kind.UNSUPPORTED, start, "unknown tag '" + tag + "' on a collection:"
          + " only !!map and !!seq are accepted, and none is instantiated");
    }
  }

  /** A mapping being read: its entries as they come. */
  final class MappingBuilder {
    /** From this many entries on, the keys are kept in a set for the duplicate check. */
    private static final int INDEXED = 8;

    private final boolean flow;
    private final int start;
    private final List<SourceNode.Entry> entries = new ArrayList<>();
    private final CollectionDecor decors;
    /** The keys, once there are {@link #INDEXED} of them; before that the entries are walked. */
    private @Nullable Set<String> keys;
    private long size = 1;
    private long chars;
    private int inner;

    /**
     * @param flow whether it is a flow mapping
     * @param start where it starts (its properties, or its opening brace or first key)
     */
    MappingBuilder(boolean flow, int start) {
      this.flow = flow;
      this.start = start;
      this.decors = new CollectionDecor(text, flow, start);
      decors.ofEntries(entries);
    }

    /** Checks a key before its value is read: it must be text, within the limit, not a merge key. */
    SourceNode.Scalar key(SourceNode key) {
      if (!(key instanceof SourceNode.Scalar scalar)) {
        throw new YamlProblem(Kind.UNSUPPORTED, key.start(), "a key must be text, not "
            + (key instanceof SourceNode.Alias ? "an alias" : "a list or mapping"));
      }
      String name = scalar.value();
      if (name.isEmpty() && scalar.style() == ScalarStyle.PLAIN && scalar.tag() == null
          && scalar.anchor() == null) {
        // YAML's null key (`? ` alone, `{: v}`), as `: v` in a block mapping; with an anchor or a
        // tag (`&k : v`, `! : v`) it is the empty text, as SnakeYAML read it
        throw new YamlProblem(Kind.UNSUPPORTED, scalar.start(), "a key must be text, not nothing:"
            + " write the key before the ':' (or \"\" for an empty key)");
      }
      if (name.length() > limits.maxKeyLength()) {
        throw new YamlProblem(Kind.LIMIT, scalar.start(), Limit.KEY_LENGTH.tooLong("key",
            name.length(), "characters", limits.maxKeyLength()));
      }
      if (scalar.style() == ScalarStyle.PLAIN && name.equals("<<") && scalar.tag() == null) {
        throw new YamlProblem(Kind.UNSUPPORTED, scalar.start(),
            "merge keys (<<) are not supported; write the keys out");
      }
      return scalar;
    }

    /**
     * Adds an entry once its value is read (the height of the value is the last built).
     *
     * @param first where a block entry begins: its key, or the {@code ?} of an explicit key on
     *     the key's line
     * @param blankAbove whether blank lines stand between a block entry and the value before it,
     *     where the reader knows (between them nothing, or blank lines and at most a comment
     *     after the value's last token); null where it does not
     */
    void add(SourceNode.Scalar key, SourceNode value, int first, @Nullable Boolean blankAbove) {
      inner = Math.max(inner, height);
      String name = key.value();
      SourceNode.Entry earlier = keys == null || keys.contains(name) ? earlier(name) : null;
      if (earlier != null) {
        int firstLine = fileLine.applyAsInt(earlier.key().start());
        throw new YamlProblem(Kind.DUPLICATE_KEY, key.start(), "duplicate key '" + name
            + "' (first defined on line " + firstLine + "): a key appears once in a mapping;"
            + " remove one of the two or rename one");
      }
      remember(name);
      if (!flow) {
        decors.first(entries.size(), first); // a flow entry's decor starts from its key
      }
      entries.add(new SourceNode.Entry(key, value, entries.size(), decors, blankAbove));
      size += 1 + value.size();
      chars += name.length() + value.chars();
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }

    /** The entry of a key read before, or null. */
    private SourceNode.@Nullable Entry earlier(String name) {
      for (SourceNode.Entry entry : entries) {
        if (entry.key().value().equals(name)) {
          return entry;
        }
      }
      return null;
    }

    /** Keeps a new key for the duplicate check, in a set once the mapping is large. */
    private void remember(String name) {
      if (keys != null) {
        keys.add(name);
      } else if (entries.size() + 1 == INDEXED) {
        Set<String> all = new HashSet<>(INDEXED * 4);
        for (SourceNode.Entry entry : entries) {
          all.add(entry.key().value());
        }
        all.add(name);
        keys = all;
      }
    }

    /**
     * The mapping; a block mapping ends where its last value's content does.
     *
     * @param flowEnd where a flow mapping ends: after its closing brace, or after the value of a
     *     single pair in a flow sequence ({@code [a: 1]})
     */
    SourceNode.Mapping build(int flowEnd, @Nullable String anchor) {
      int end = flow || entries.isEmpty() ? flowEnd
          : entries.get(entries.size() - 1).value().contentEnd(text);
      height = inner + 1;
      SourceNode.Mapping mapping = new SourceNode.Mapping(start, end, anchor, flow, null, size,
          chars, entries);
      anchored(anchor, mapping);
      return mapping;
    }
  }

  /** A sequence being read: its items as they come. */
  final class SequenceBuilder {
    private final boolean flow;
    private final int start;
    private final List<SourceNode.Item> items = new ArrayList<>();
    private final CollectionDecor decors;
    private long size = 1;
    private long chars;
    private int inner;

    /**
     * @param flow whether it is a flow sequence
     * @param start where it starts (its properties, or its opening bracket or first dash)
     */
    SequenceBuilder(boolean flow, int start) {
      this.flow = flow;
      this.start = start;
      this.decors = new CollectionDecor(text, flow, start);
      decors.ofItems(items);
    }

    /**
     * Adds an item (the height of the item is the last built).
     *
     * @param dash the offset of a block item's dash (-1 in a flow sequence)
     */
    void add(SourceNode item, int dash) {
      inner = Math.max(inner, height);
      items.add(new SourceNode.Item(item, dash, items.size(), decors));
      size += item.size();
      chars += item.chars();
    }

    SourceNode.Sequence build(int flowEnd, @Nullable String anchor) {
      int end = flow || items.isEmpty() ? flowEnd
          : items.get(items.size() - 1).node().contentEnd(text);
      height = inner + 1;
      SourceNode.Sequence sequence = new SourceNode.Sequence(start, end, anchor, flow, null, size,
          chars, items);
      anchored(anchor, sequence);
      return sequence;
    }
  }

  private void anchored(@Nullable String anchor, SourceNode node) {
    if (anchor != null) {
      anchors.put(anchor, node);
      anchorHeights.put(anchor, height);
    }
  }
}
