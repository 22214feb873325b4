package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.internal.text.Lines;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Decor} of every entry or item of one collection, worked out together the first time
 * one of them is asked for. Reading a card never needs it; edits and writes that lay out lines
 * do, and then each collection they touch is looked at once. Each entry's or item's decor depends
 * on its sibling's before it (nothing above the sibling's lines is claimed), so they are made in
 * order, and a nested collection's decor when its own entry's is.
 *
 * <p>A source map is shared between threads: the decors are made by whichever thread asks first
 * (two may make equal ones), and each entry or item keeps its own.
 */
final class CollectionDecor {
  private static final int[] NO_FIRSTS = new int[0];

  /** The front matter. */
  private final String text;
  private final boolean flow;
  /** Where the collection starts: before a flow mapping's opening brace. */
  private final int start;
  /** Where each block entry begins: its key, or the {@code ?} of an explicit key on its line. */
  private int[] firsts = NO_FIRSTS;
  private @Nullable List<SourceNode.Entry> entries;
  private @Nullable List<SourceNode.Item> items;

  CollectionDecor(String text, boolean flow, int start) {
    this.text = text;
    this.flow = flow;
    this.start = start;
  }

  /** Notes where the block entry at {@code index} begins, as the reader adds it. */
  void first(int index, int first) {
    if (index == firsts.length) {
      firsts = Arrays.copyOf(firsts, Math.max(8, index * 2));
    }
    firsts[index] = first;
  }

  /** The collection is a mapping of these entries (the list the mapping holds). */
  void ofEntries(List<SourceNode.Entry> entries) {
    this.entries = entries;
  }

  /** The collection is a sequence of these items (the list the sequence holds). */
  void ofItems(List<SourceNode.Item> items) {
    this.items = items;
  }

  /**
   * Tells whether blank lines stand directly above the lines of the block entry at {@code index}
   * (not the first), as its decor's {@link Decor#spaceBefore()} does, looking only at it and its
   * sibling before: what learning a house style asks of every entry, without the rest.
   */
  boolean spaceBefore(int index) {
    List<SourceNode.Entry> list = Objects.requireNonNull(entries);
    int first = firsts[index];
    int contentEnd = list.get(index - 1).value().contentEnd(text);
    int lineBreak = text.indexOf('\n', contentEnd);
    if (lineBreak >= 0 && lineBreak + 1 == text.lastIndexOf('\n', first - 1) + 1) {
      return false; // the key's line comes right after the line the sibling's value ends on
    }
    Lines lines = new Lines(text);
    int beforeFirst = firsts[index - 1];
    int floor = Decor.end(lines, contentEnd, beforeFirst - lines.lineStart(beforeFirst));
    return Decor.spaceBefore(lines, first, floor);
  }

  /** Tells whether {@link #spaceBefore} answers for the entries: they are a block mapping's. */
  boolean answersSpaceBefore() {
    return entries != null && !flow;
  }

  /**
   * Works out the decor of every entry or item and hands each its own ({@link
   * SourceNode.Member#settle}); returns that of the one at {@code index}.
   */
  Decor get(int index) {
    Decor[] found = decors();
    List<? extends SourceNode.Member> members = entries != null ? entries
        : Objects.requireNonNull(items);
    for (int i = 0; i < found.length; i++) {
      members.get(i).settle(found[i]);
    }
    return found[index];
  }

  private Decor[] decors() {
    Lines lines = new Lines(text);
    String source = lines.text();
    List<SourceNode.Entry> entryList = entries;
    List<SourceNode.Item> itemList = Objects.requireNonNull(entryList == null ? items : List.of());
    Decor[] out = new Decor[entryList != null ? entryList.size() : itemList.size()];
    for (int i = 0; i < out.length; i++) {
      Decor before = i == 0 ? null : out[i - 1];
      int floor = before == null ? 0 : before.end();
      boolean afterKeptLines = before != null && before.endsInKeptLines();
      if (entryList != null) {
        SourceNode.Entry entry = entryList.get(i);
        SourceNode value = entry.value();
        out[i] = flow
            ? Decor.ofFlowEntry(lines, entry.key().start(), value.end(),
                before == null ? start + 1 : floor)
            : Decor.of(lines, firsts[i], value.contentEnd(source), floor, value, afterKeptLines);
      } else {
        SourceNode.Item item = itemList.get(i);
        out[i] = item.dash() < 0 ? Decor.FLOW : Decor.of(lines, item.dash(),
            item.node().contentEnd(source), floor, item.node(), afterKeptLines);
      }
    }
    return out;
  }
}
