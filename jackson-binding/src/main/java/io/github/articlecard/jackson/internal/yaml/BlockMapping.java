package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reads a block mapping: its entries, one per line at the mapping's indentation, each an implicit
 * key ({@code key: value}) or an explicit one ({@code ? key} then {@code : value}), with the value
 * on the key's line or on the lines after it, indented more.
 */
final class BlockMapping {
  private final YamlReader reader;
  private final Cursor cursor;

  BlockMapping(YamlReader reader) {
    this.reader = reader;
    this.cursor = reader.cursor;
  }

  /**
   * Reads the mapping whose first key is at column {@code indent}.
   *
   * @param indent the column of its keys
   * @param start where the mapping starts (its properties, or its first key)
   * @param properties the mapping's own properties, or null
   * @param firstKey the first key when the caller has read it (then the cursor is after it), or
   *     null when the cursor is at the first key
   * @param firstColon the offset of the first key's ':', when it is read
   * @param depth the mapping's nesting level
   */
  SourceNode.Mapping read(int indent, int start, @Nullable NodeProperties properties,
      SourceNode.@Nullable Scalar firstKey, int firstColon, int depth) {
    SourceNodes nodes = reader.nodes;
    nodes.collectionStart(start, depth, properties == null ? null : properties.tag(), true);
    SourceNodes.MappingBuilder mapping = nodes.new MappingBuilder(false, start);
    SourceNode.Scalar key = firstKey;
    int colon = firstColon;
    int blockScalars = -1; // the cursor's count when the value before began; -1 after '? key'
    while (true) {
      boolean explicit = false;
      int first = -1;
      if (key == null) {
        if (reader.isEntry('?')) {
          explicit = true;
          int question = cursor.pos;
          cursor.pos++;
          key = mapping.key(reader.node(indent, depth + 1, question + 1, YamlReader.Slot.KEY));
          first = spacesOnly(question + 1, key.start()) ? question : -1;
          cursor.skipSeparation();
          boolean value = !cursor.atEnd() && cursor.spacesAt(cursor.lineStart) == indent
              && cursor.column(cursor.pos) == indent && reader.isEntry(':');
          colon = value ? cursor.pos : -1;
        } else {
          key = mapping.key(implicitKey(indent, depth));
          colon = cursor.pos;
        }
      } else {
        mapping.key(key);
      }
      // the separation that ends at this key began at the last token of the value before
      // (unless a block scalar passed lines after its own): where it passed blank lines, and at
      // most a comment after that token, blank lines stand above the entry or none do; a
      // comment on a line of its own is left for the decor to work out (whose it is)
      Boolean blankAbove = explicit || blockScalars != cursor.blockScalars
          || cursor.separationEnd != key.start() || cursor.separationOwnLineComment ? null
          : cursor.separationBlankLines > 0;
      blockScalars = explicit ? -1 : cursor.blockScalars;
      SourceNode value;
      if (colon >= 0) {
        cursor.pos = colon + 1;
        value = reader.node(indent, depth + 1, colon + 1,
            explicit ? YamlReader.Slot.ITEM : YamlReader.Slot.VALUE); // ': - a' after '? key'

      } else {
        value = nodes.scalar(cursor.pos, cursor.pos, cursor.pos, null, null, "",
            ScalarStyle.PLAIN);
      }
      mapping.add(key, value, first < 0 ? key.start() : first, blankAbove);
      key = null;
      if (!next(indent)) {
        break;
      }
    }
    return mapping.build(-1, properties == null ? null : properties.anchor());
  }

  /**
   * Tells whether one or more spaces, and nothing else, stand from {@code from} to {@code to}:
   * then an explicit key's {@code ?} and its key share a line, and the entry begins at the
   * {@code ?}.
   */
  private boolean spacesOnly(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (cursor.chars[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Moves to the next entry's key; false when the mapping ends. */
  private boolean next(int indent) {
    boolean newLine = cursor.skipSeparation();
    if (cursor.atEnd()) {
      return false;
    }
    if (!newLine) {
      throw reader.afterValue(cursor.pos);
    }
    int spaces = cursor.spacesAt(cursor.lineStart);
    if (spaces < indent) {
      return false;
    }
    if (spaces > indent) {
      throw reader.hints.linesUpWithNothing(cursor.pos);
    }
    int tab = cursor.tabBefore(cursor.pos);
    if (tab >= 0) {
      throw reader.hints.tab(tab, true);
    }
    if (reader.isEntry('-')) {
      throw reader.hints.itemAfterKeys(cursor.pos);
    }
    return true;
  }

  /** Reads an implicit key at the cursor, and leaves the cursor at its ':'. */
  private SourceNode.Scalar implicitKey(int indent, int depth) {
    int start = cursor.pos;
    NodeProperties properties = null;
    if (cursor.peek() == '&' || cursor.peek() == '!') {
      properties = NodeProperties.read(cursor, reader.hints);
      int after = cursor.pos;
      if (cursor.skipSeparation() || cursor.atEnd()) {
        throw reader.hints.plain(after, "an anchor or a tag at the start of a line goes before a"
            + " key on the same line ('&name key: value'), or before a value after its key");
      }
    }
    int at = cursor.pos;
    char c = cursor.peek();
    if (c == '*') {
      reader.alias(properties, depth + 1, false);
      throw reader.hints.notAKey(start);
    }
    if (c == '[' || c == '{') {
      SourceNode collection = reader.flowCollection.read(indent, properties, depth + 1);
      int colon = cursor.skipSpaces(cursor.pos);
      if (cursor.at(colon) == ':' && cursor.isBlank(colon + 1)) {
        throw new YamlProblem(Kind.UNSUPPORTED, collection.start(), "a key must be text, not a"
            + " list or mapping");
      }
      throw reader.hints.notAKey(start);
    }
    if (c == ':' && cursor.isBlank(at + 1)) {
      if (properties == null) {
        throw reader.hints.plain(at, "a ':' with no key before it: write the key before the"
            + " colon, or put the value in double quotes if it is text");
      }
      // a key of no text but its anchor or tag ('! : v'): the empty text
      reader.checkImplicitKey(start, at);
      int after = properties.end();
      return reader.nodes.scalar(start, after, after, properties.anchor(), properties.tag(), "",
          ScalarStyle.PLAIN);
    }
    ScalarStyle style = c == '"' ? ScalarStyle.DOUBLE_QUOTED
        : c == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
    String value;
    if (style == ScalarStyle.PLAIN) {
      if (!reader.plain.canStart(at, false)) {
        throw reader.hints.reservedStart(at);
      }
      value = reader.plain.read(indent, false, true);
    } else {
      value = reader.scalar(style, indent, false);
    }
    int end = cursor.pos;
    int colon = cursor.skipSpaces(end);
    if (cursor.at(colon) != ':' || !cursor.isBlank(colon + 1)) {
      if (style != ScalarStyle.PLAIN && cursor.lineStartOf(end) == cursor.lineStartOf(at)
          && !cursor.isBreakOrEnd(colon) && cursor.at(colon) != '#') {
        throw reader.afterValue(colon);
      }
      throw reader.hints.notAKey(start);
    }
    if (cursor.lineStartOf(end) != cursor.lineStartOf(at)) {
      throw reader.hints.plain(colon, "a key must be on one line, and this quoted key runs over"
          + " lines (YAML parser: an implicit key cannot span lines)");
    }
    int keyStart = properties == null ? at : properties.start();
    reader.checkImplicitKey(keyStart, colon);
    cursor.pos = colon;
    return reader.nodes.scalar(keyStart, end, at, properties == null ? null : properties.anchor(),
        properties == null ? null : properties.tag(), value, style);
  }
}
