package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Patches a block sequence, its items matched by what they are ({@link DataAlignment}): a kept item
 * is patched in its own lines wherever it goes, and one that moved past the others takes those
 * lines (its comments, anchors and changes) to its new place; removed items go with the lines they
 * own; new items are inserted where they belong, in the shape of the kept item before them.
 */
final class BlockSequencePatch {
  private final PatchContext context;
  private final TreePatch tree;

  BlockSequencePatch(PatchContext context, TreePatch tree) {
    this.context = context;
    this.tree = tree;
  }

  /**
   * Patches a block sequence.
   *
   * @return the edits, which say whether the sequence now ends in kept lines, or null when the
   *     change cannot be made locally
   */
  @Nullable NodeEdits patch(SourceNode.Sequence sequence, JsonNode target, List<Object> path) {
    List<SourceNode.Item> items = sequence.items();
    for (SourceNode.Item item : items) {
      if (item.dash() < 0) {
        return null;
      }
    }
    int dashColumn = context.lines().offsetInLine(items.get(0).dash());
    ListAlignment alignment = DataAlignment.of(sequence, target);
    NodeEdits out = new NodeEdits();
    for (int j = 0; j < target.size(); j++) {
      int old = alignment.oldIndexOf(j);
      if (old < 0) {
        continue;
      }
      NodeEdits kept = keep(sequence, items.get(old), j, target.get(j), alignment.isEqual(j),
          dashColumn, path);
      if (kept == null) {
        return null;
      }
      out.absorb(kept);
    }
    EditList edits = out.edits();
    CompactFirstItem compact = CompactFirstItem.of(context.lines(), items, context.eol());
    for (int i = 0; i < items.size(); i++) {
      if (alignment.newIndexOf(i) < 0 && !remove(items, i, compact != null, edits)) {
        return null;
      }
    }
    int last = alignment.oldIndexOf(target.size() - 1);
    out.endsInKeptLines(last >= 0 && items.get(last).decor().endsInKeptLines());
    return LineItemPlacement.place(edits, context.lines(), alignment, owned(items),
        j -> fresh(items, alignment, target, j, dashColumn, path), context.eol(), compact)
        ? out : null;
  }

  /**
   * Patches a kept item in its own lines; in an unchanged one, writes out the aliases that take a
   * moved anchor.
   */
  private @Nullable NodeEdits keep(SourceNode.Sequence sequence, SourceNode.Item item, int index,
      JsonNode value, boolean unchanged, int dashColumn, List<Object> path) {
    if (unchanged) {
      return tree.movedAnchors().writeOutAliasesInItem(sequence, item, index, path);
    }
    path.add(index);
    NodeEdits done = tree.diff(item.node(), value, Place.item(dashColumn), path);
    path.remove(path.size() - 1);
    return done;
  }

  private static LineItemPlacement.OwnedLines owned(List<SourceNode.Item> items) {
    return new LineItemPlacement.OwnedLines() {
      @Override
      public int blankStart(int oldIndex) {
        return items.get(oldIndex).decor().blankStart();
      }

      @Override
      public int start(int oldIndex) {
        return items.get(oldIndex).decor().start();
      }

      @Override
      public int end(int oldIndex) {
        return items.get(oldIndex).decor().end();
      }

      @Override
      public boolean ownLine(int oldIndex) {
        return items.get(oldIndex).decor().ownLine();
      }

      @Override
      public boolean endsInKeptLines(int oldIndex) {
        return items.get(oldIndex).decor().endsInKeptLines();
      }
    };
  }

  /**
   * The lines of a new item, in the shape of the kept item before it in the new order (or of the
   * first item).
   */
  private String fresh(List<SourceNode.Item> items, ListAlignment alignment, JsonNode target,
      int index, int dashColumn, List<Object> path) {
    SourceNode template = items.get(0).node();
    for (int j = index - 1; j >= 0; j--) {
      if (alignment.oldIndexOf(j) >= 0) {
        template = items.get(alignment.oldIndexOf(j)).node();
        break;
      }
    }
    int templateColumn = context.lines().offsetInLine(template.start());
    int contentColumn = templateColumn > dashColumn ? templateColumn : dashColumn + 2;
    path.add(index);
    String item = "-"
        + context.emitter().afterDash(target.get(index), contentColumn, path, template);
    path.remove(path.size() - 1);
    return " ".repeat(dashColumn) + item + context.eol();
  }

  /**
   * Removes an item with the lines it owns; false when it shares its line and is the last.
   *
   * @param compact whether the first item stands on its parent's line, where the new first item
   *     takes its place ({@link CompactFirstItem})
   */
  private static boolean remove(List<SourceNode.Item> items, int index, boolean compact,
      EditList edits) {
    SourceNode.Item item = items.get(index);
    Decor decor = item.decor();
    if (!decor.ownLine() && !(compact && index == 0)) {
      if (index + 1 >= items.size()) {
        return false;
      }
      edits.remove(item.dash(), items.get(index + 1).dash());
      return true;
    }
    edits.remove(decor.start(), decor.removalEnd());
    return true;
  }
}
