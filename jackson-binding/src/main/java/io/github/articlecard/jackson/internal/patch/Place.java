package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.yaml.SourceNode;
import org.jspecify.annotations.Nullable;

/**
 * Where a node stands, which decides how a new rendering of it is laid out: as the value of a block
 * mapping entry (after {@code key:}), as an item of a block sequence (after {@code -}), or inside a
 * flow collection (on one line).
 *
 * @param entry the entry whose value the node is, or null
 * @param keyColumn the column of the entry's key, -1 when not an entry's value
 * @param dashColumn the column of the item's dash, -1 when not a block item
 */
record Place(SourceNode.@Nullable Entry entry, int keyColumn, int dashColumn) {
  /** Inside a flow collection, or the root of a flow front matter. */
  static final Place FLOW = new Place(null, -1, -1);

  /** The value of a block mapping entry whose key stands at {@code keyColumn}. */
  static Place value(SourceNode.Entry entry, int keyColumn) {
    return new Place(entry, keyColumn, -1);
  }

  /** An item of a block sequence whose dashes stand at {@code dashColumn}. */
  static Place item(int dashColumn) {
    return new Place(null, -1, dashColumn);
  }

  /** Tells whether the node is inside a flow collection. */
  boolean flow() {
    return entry == null && dashColumn < 0;
  }

  /** The column that lines nested in the node are indented from. */
  int childIndent() {
    return entry != null ? keyColumn : dashColumn + 2;
  }
}
