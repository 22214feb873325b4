package io.github.articlecard.jackson.internal.yaml;

import org.jspecify.annotations.Nullable;

/**
 * Reads a block sequence: its items, one {@code - } per line at the sequence's indentation, each
 * with its node on the dash's line or on the lines after it, indented more. A sequence that is a
 * mapping's value may stand at the mapping's own indentation ("indentless").
 */
final class BlockSequence {
  private final YamlReader reader;
  private final Cursor cursor;

  BlockSequence(YamlReader reader) {
    this.reader = reader;
    this.cursor = reader.cursor;
  }

  /**
   * Reads the sequence whose first dash is at the cursor, at column {@code indent}.
   *
   * @param indent the column of its dashes
   * @param start where the sequence starts (its properties, or its first dash)
   * @param properties the sequence's properties, or null
   * @param depth the sequence's nesting level
   * @param indentless whether it stands at the indentation of the mapping whose value it is
   */
  SourceNode.Sequence read(int indent, int start, @Nullable NodeProperties properties, int depth,
      boolean indentless) {
    SourceNodes nodes = reader.nodes;
    nodes.collectionStart(start, depth, properties == null ? null : properties.tag(), false);
    SourceNodes.SequenceBuilder sequence = nodes.new SequenceBuilder(false, start);
    while (true) {
      int dash = cursor.pos;
      cursor.pos++;
      sequence.add(reader.node(indent, depth + 1, dash + 1, YamlReader.Slot.ITEM), dash);
      boolean newLine = cursor.skipSeparation();
      if (cursor.atEnd()) {
        break;
      }
      if (!newLine) {
        throw reader.afterValue(cursor.pos);
      }
      int spaces = cursor.spacesAt(cursor.lineStart);
      if (spaces < indent) {
        break;
      }
      if (spaces > indent) {
        throw reader.hints.linesUpWithNothing(cursor.pos);
      }
      int tab = cursor.tabBefore(cursor.pos);
      if (tab >= 0) {
        throw reader.hints.tab(tab, true);
      }
      if (!reader.isEntry('-')) {
        if (indentless) {
          break;
        }
        throw looksLikeKey(cursor.pos) ? reader.hints.keyAfterItems(cursor.pos)
            : reader.hints.notAKey(cursor.pos); // '-item', or a line that is neither
      }
    }
    return sequence.build(-1, properties == null ? null : properties.anchor());
  }

  /** Tells whether the line from {@code at} holds a ':' followed by a space or its end. */
  private boolean looksLikeKey(int at) {
    for (int i = at; i < cursor.length && !Cursor.isBreak(cursor.chars[i]); i++) {
      if (cursor.chars[i] == ':' && cursor.isBlank(i + 1)) {
        return true;
      }
    }
    return false;
  }
}
