package io.github.articlecard.jackson.internal.yaml;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a flow collection: a sequence {@code [a, b]} or a mapping {@code {a: 1, b: 2}}, over as
 * many lines as it takes (each indented more than the block collection it is in), with comments
 * between its entries. An entry of a flow sequence may be a single-pair mapping ({@code [a: 1]}).
 */
final class FlowCollection {
  private final YamlReader reader;
  private final Cursor cursor;

  FlowCollection(YamlReader reader) {
    this.reader = reader;
    this.cursor = reader.cursor;
  }

  /**
   * Reads the collection whose opening bracket is at the cursor, and leaves the cursor after its
   * closing bracket.
   *
   * @param blockIndent the indentation of the block collection it is in (-1 at the root)
   * @param properties its properties, or null
   * @param depth its nesting level
   */
  SourceNode read(int blockIndent, @Nullable NodeProperties properties, int depth) {
    int opening = cursor.pos;
    boolean isMapping = cursor.peek() == '{';
    char closing = isMapping ? '}' : ']';
    int start = properties == null ? opening : properties.start();
    String anchor = properties == null ? null : properties.anchor();
    reader.nodes.collectionStart(start, depth, properties == null ? null : properties.tag(),
        isMapping);
    // the one builder the collection needs
    SourceNodes.MappingBuilder mapping = isMapping ? reader.nodes.new MappingBuilder(true, start)
        : null;
    SourceNodes.SequenceBuilder sequence = isMapping ? null
        : reader.nodes.new SequenceBuilder(true, start);
    cursor.pos++;
    while (true) {
      skip(blockIndent, opening, closing);
      if (cursor.peek() == closing) {
        break;
      }
      if (cursor.peek() == ',') {
        throw reader.hints.plain(cursor.pos, "a ',' with no value before it: remove it, or write"
            + " the value (YAML parser: expected the node content, but found ',')");
      }
      if (mapping != null) {
        entry(mapping, blockIndent, opening, closing, depth);
      } else {
        item(Objects.requireNonNull(sequence), blockIndent, opening, closing, depth);
      }
      skip(blockIndent, opening, closing);
      if (cursor.peek() == ',') {
        cursor.pos++;
      } else if (cursor.peek() != closing) {
        throw reader.hints.unclosedFlow(cursor.pos, opening, "expected ',' or '" + closing
            + "', but found '" + cursor.peek() + "'");
      }
    }
    cursor.pos++;
    reader.lastBracket = cursor.pos - 1;
    return mapping != null ? mapping.build(cursor.pos, anchor)
        : Objects.requireNonNull(sequence).build(cursor.pos, anchor);
  }

  /** Reads a mapping entry: a key, then a value after a ':' or none. */
  private void entry(SourceNodes.MappingBuilder mapping, int blockIndent, int opening,
      char closing, int depth) {
    // keys and values stand one level below their mapping, as in a block mapping
    SourceNode keyNode = explicitOrImplicit(blockIndent, opening, closing, depth + 1);
    SourceNode.Scalar key = mapping.key(keyNode);
    skip(blockIndent, opening, closing);
    mapping.add(key, value(keyNode, blockIndent, opening, closing, depth + 1), key.start(),
        null);
  }

  /** Reads a sequence item, which may be a single-pair mapping. */
  private void item(SourceNodes.SequenceBuilder sequence, int blockIndent, int opening,
      char closing, int depth) {
    boolean explicit = isIndicator('?');
    int itemStart = cursor.pos;
    SourceNode node = explicitOrImplicit(blockIndent, opening, closing, depth + 1);
    int after = cursor.skipSpaces(cursor.pos);
    boolean pair = explicit || (cursor.at(after) == ':' && (isValueIndicator(after)
        || isJsonLike(node)));
    if (!pair) {
      sequence.add(node, -1);
      return;
    }
    reader.nodes.collectionStart(itemStart, depth + 1, null, true);
    // it starts with its key, or with the '?' of an explicit one
    SourceNodes.MappingBuilder single = reader.nodes.new MappingBuilder(true, itemStart);
    SourceNode.Scalar key = single.key(node);
    skip(blockIndent, opening, closing);
    SourceNode value = value(node, blockIndent, opening, closing, depth + 2);
    single.add(key, value, key.start(), null);
    sequence.add(single.build(value.end(), null), -1); // no braces: it ends with its value
  }

  /** Reads a key, after a '?' or not: a node, or an empty scalar where there is none. */
  private SourceNode explicitOrImplicit(int blockIndent, int opening, char closing, int depth) {
    if (isIndicator('?')) {
      int question = cursor.pos;
      cursor.pos++;
      skip(blockIndent, opening, closing);
      char c = cursor.peek();
      if (c == ',' || c == closing || (c == ':' && isValueIndicator(cursor.pos))) {
        return reader.nodes.scalar(question + 1, question + 1, question + 1, null, null, "",
            ScalarStyle.PLAIN);
      }
    }
    if (cursor.peek() == ':' && isValueIndicator(cursor.pos)) {
      return reader.nodes.scalar(cursor.pos, cursor.pos, cursor.pos, null, null, "",
          ScalarStyle.PLAIN);
    }
    return node(blockIndent, opening, closing, depth);
  }

  /** Reads the value after a key: after its ':', or an empty scalar when there is no ':'. */
  private SourceNode value(SourceNode key, int blockIndent, int opening, char closing, int depth) {
    if (cursor.peek() != ':' || !(isValueIndicator(cursor.pos) || isJsonLike(key))) {
      return reader.nodes.scalar(cursor.pos, cursor.pos, cursor.pos, null, null, "",
          ScalarStyle.PLAIN);
    }
    int colon = cursor.pos;
    cursor.pos++;
    skip(blockIndent, opening, closing);
    char c = cursor.peek();
    if (c == ',' || c == closing) {
      return reader.nodes.scalar(colon + 1, colon + 1, colon + 1, null, null, "",
          ScalarStyle.PLAIN);
    }
    return node(blockIndent, opening, closing, depth);
  }

  /** Reads a node inside the collection: properties, then an alias, a scalar or a collection. */
  private SourceNode node(int blockIndent, int opening, char closing, int depth) {
    NodeProperties properties = null;
    if (cursor.peek() == '&' || cursor.peek() == '!') {
      properties = NodeProperties.read(cursor, reader.hints);
      int after = cursor.pos;
      skip(blockIndent, opening, closing);
      char c = cursor.peek();
      if (c == ',' || c == ']' || c == '}' || (c == ':' && isValueIndicator(cursor.pos))) {
        return reader.nodes.scalar(properties.start(), after, after, properties.anchor(),
            properties.tag(), "", ScalarStyle.PLAIN);
      }
    }
    int at = cursor.pos;
    char c = cursor.peek();
    if (c == '*') {
      return reader.alias(properties, depth, true);
    }
    if (c == '[' || c == '{') {
      return read(blockIndent, properties, depth);
    }
    ScalarStyle style = c == '"' ? ScalarStyle.DOUBLE_QUOTED
        : c == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
    if (style == ScalarStyle.PLAIN && !reader.plain.canStart(at, true)) {
      if (c == '#') { // right after '[', '{', ',' or ':', with no space before it
        throw reader.hints.plain(at, "a '#' starts a comment only after a space: put a space"
            + " before it, or put the value in double quotes if the '#' is part of it (YAML"
            + " parser: found '#', which cannot start a value inside a flow collection)");
      }
      throw c == '|' || c == '>' ? reader.hints.unclosedFlow(at, opening,
          "found '" + c + "', which cannot start a value inside a flow collection")
          : reader.hints.reservedStart(at);
    }
    String value = reader.scalar(style, blockIndent, true);
    return reader.nodes.scalar(properties == null ? at : properties.start(), cursor.pos, at,
        properties == null ? null : properties.anchor(),
        properties == null ? null : properties.tag(), value, style);
  }

  /**
   * Skips white space, comments and line breaks; a line that holds more of the collection must be
   * indented more than the block collection it is in (its closing bracket may stand anywhere).
   */
  private void skip(int blockIndent, int opening, char closing) {
    if (cursor.skipSeparation() && !cursor.atEnd() && cursor.peek() != closing
        && cursor.spacesAt(cursor.lineStart) <= blockIndent) {
      int at = cursor.pos;
      while (!cursor.isBreakOrEnd(at) && !(cursor.at(at) == ':' && cursor.isBlank(at + 1))) {
        at++;
      }
      throw reader.hints.unclosedFlow(cursor.isBreakOrEnd(at) ? cursor.pos : at, opening,
          "a line inside a flow collection must be indented more than its key");
    }
    if (cursor.atEnd()) {
      throw reader.hints.unclosedFlow(cursor.pos, opening, "found unexpected end of stream");
    }
  }

  private boolean isIndicator(char indicator) {
    return cursor.peek() == indicator && (cursor.isBlank(cursor.pos + 1)
        || Cursor.isFlowIndicator(cursor.at(cursor.pos + 1)));
  }

  private boolean isValueIndicator(int at) {
    return cursor.isBlank(at + 1) || Cursor.isFlowIndicator(cursor.at(at + 1));
  }

  /** Tells whether a ':' may follow the node directly (a quoted scalar or a flow collection). */
  private static boolean isJsonLike(SourceNode node) {
    return node instanceof SourceNode.Scalar scalar ? scalar.style().isQuoted()
        : !(node instanceof SourceNode.Alias);
  }
}
