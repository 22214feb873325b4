package io.github.articlecard.jackson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which item of an old list each item of a new list is, as every edit pairs them
 * ({@link CardDocument#withFrontMatter}, {@link CardDocument#withCard}, {@link CardDocument#with}):
 * by what the items are, not where they stand. An item equal to an old one is that item wherever
 * it moved; a changed mapping is the old one it shares what tells it apart with (the same
 * {@code url}, the same {@code title}); anything else is a new item. An item paired with an old
 * one keeps that item's lines, comments and unknown keys in the edited text; a new item is
 * written anew. For tools that decide something per item before editing, such as which unknown
 * keys a new list may hold because the item it continues held them.
 *
 * <pre>{@code
 * ArrayNode before = (ArrayNode) doc.frontMatter().get("related");
 * ArrayNode after = before.deepCopy();
 * after.insert(0, after.remove(1));                        // the second item moves first
 * ListItemPairing pairing = ListItemPairing.of(before, after);
 * pairing.oldIndexOf(0);                                   // OptionalInt[1]
 * }</pre>
 */
public final class ListItemPairing {
  private final ListAlignment alignment;

  private ListItemPairing(ListAlignment alignment) {
    this.alignment = alignment;
  }

  /**
   * Pairs the items of a new list with those of an old one.
   *
   * @param before the old list
   * @param after the new list
   * @return the pairing
   */
  public static ListItemPairing of(ArrayNode before, ArrayNode after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return new ListItemPairing(DataAlignment.of(before, after));
  }

  /**
   * Returns the index in the old list of the item a new item is.
   *
   * @param newIndex an index in the new list
   * @return the old item's index, or empty when the item is new
   * @throws IndexOutOfBoundsException if the index is not one of the new list's
   */
  public OptionalInt oldIndexOf(int newIndex) {
    Objects.checkIndex(newIndex, alignment.newSize());
    int old = alignment.oldIndexOf(newIndex);
    return old < 0 ? OptionalInt.empty() : OptionalInt.of(old);
  }

  /**
   * Returns the index in the new list of what became of an old item.
   *
   * @param oldIndex an index in the old list
   * @return the new item's index, or empty when the item was removed
   * @throws IndexOutOfBoundsException if the index is not one of the old list's
   */
  public OptionalInt newIndexOf(int oldIndex) {
    Objects.checkIndex(oldIndex, alignment.oldSize());
    int now = alignment.newIndexOf(oldIndex);
    return now < 0 ? OptionalInt.empty() : OptionalInt.of(now);
  }
}
