package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.CommonEnds;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.List;

/**
 * Patches a block sequence: equal leading and trailing items are kept, the changed middle is
 * patched pairwise, extra old items go with the lines they own, and new items are inserted after
 * the last kept one in the shape of the item before them.
 */
final class BlockSequencePatch {
  private final TreePatch patch;

  BlockSequencePatch(TreePatch patch) {
    this.patch = patch;
  }

  /** Patches a block sequence; false when the change cannot be made locally. */
  boolean patch(SourceNode.Sequence sequence, JsonNode target, List<Object> path) {
    List<SourceNode.Item> items = sequence.items();
    for (SourceNode.Item item : items) {
      if (item.dash() < 0) {
        return false;
      }
    }
    int dashColumn = patch.lines.column(items.get(0).dash());
    CommonEnds ends = CommonEnds.of(items.size(), target.size(),
        (i, j) -> DataEquality.same(items.get(i).node().data(), target.get(j)));
    int prefix = ends.prefix();
    int oldMiddle = ends.oldMiddle(items.size());
    int newMiddle = ends.newMiddle(target.size());
    for (int i = 0; i < items.size(); i++) {
      boolean kept = i < prefix || i >= prefix + oldMiddle;
      int index = i < prefix ? i : i - items.size() + target.size();
      if (kept && !patch.reachItem(sequence, items.get(i), index, path)) {
        return false;
      }
    }
    int paired = Math.min(oldMiddle, newMiddle);
    for (int k = 0; k < paired; k++) {
      path.add(prefix + k);
      boolean done = patch.diff(items.get(prefix + k).node(), target.get(prefix + k),
          Place.item(dashColumn), path);
      path.remove(path.size() - 1);
      if (!done) {
        return false;
      }
    }
    for (int k = paired; k < oldMiddle; k++) {
      if (!remove(items, prefix + k)) {
        return false;
      }
    }
    if (newMiddle > paired) {
      insert(items, target, prefix, paired, newMiddle, dashColumn, path);
    }
    return true;
  }

  /** Inserts the new items {@code paired..newMiddle} of the changed middle after the last kept one. */
  private void insert(List<SourceNode.Item> items, JsonNode target, int prefix, int paired,
      int newMiddle, int dashColumn, List<Object> path) {
    int after = prefix + paired - 1;
    SourceNode template = items.get(Math.max(after, 0)).node();
    int templateColumn = patch.lines.column(template.start());
    int contentColumn = templateColumn > dashColumn ? templateColumn : dashColumn + 2;
    StringBuilder out = new StringBuilder();
    for (int k = paired; k < newMiddle; k++) {
      path.add(prefix + k);
      String item = "-" + patch.emitter.afterDash(target.get(prefix + k), contentColumn, path,
          template);
      path.remove(path.size() - 1);
      if (after >= 0) {
        out.append(" ".repeat(dashColumn)).append(item).append(patch.eol);
      } else {
        out.append(item).append(patch.eol).append(" ".repeat(dashColumn));
      }
    }
    int at = after >= 0 ? items.get(after).decor().end() : items.get(0).dash();
    patch.edits.insert(at, out.toString());
  }

  /** Removes an item with the lines it owns; false when it shares its line and is the last. */
  private boolean remove(List<SourceNode.Item> items, int index) {
    SourceNode.Item item = items.get(index);
    Decor decor = item.decor();
    if (!decor.ownLine()) {
      if (index + 1 >= items.size()) {
        return false;
      }
      patch.edits.remove(item.dash(), items.get(index + 1).dash());
      return true;
    }
    patch.edits.remove(decor.start(), decor.removalEnd());
    return true;
  }
}
