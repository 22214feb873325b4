package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Carries out an {@link AnchorPlan} in one patch attempt: in a node whose data does not change, the
 * old value is written out at each alias that takes an anchor, with that anchor
 * ({@code copy: &b hello}), and at each alias the plan writes out, without one; and a node that
 * keeps its text while its anchor moves loses its anchor. Nodes whose data changes drop a moving anchor where they are written anew
 * ({@link AnchorPlan#anchorFor}).
 */
final class MovedAnchors {
  private final PatchContext context;
  private final TreePatch tree;
  private final ScalarPatch scalars;

  MovedAnchors(PatchContext context, TreePatch tree, ScalarPatch scalars) {
    this.context = context;
    this.tree = tree;
    this.scalars = scalars;
  }

  /**
   * Walks a node whose data does not change down to the aliases in it that take a moved anchor,
   * and writes their old value out where they stand.
   *
   * @return the edits, or null when a value cannot be written out where its alias stands
   */
  @Nullable NodeEdits writeOutAliasesIn(SourceNode unchanged, Place place, List<Object> path) {
    NodeEdits out = new NodeEdits();
    if (!context.anchors().reachesInto(unchanged)) {
      return out;
    }
    if (unchanged instanceof SourceNode.Alias alias) {
      AnchorPlan anchors = context.anchors();
      return anchors.takesAnchor(alias) || anchors.writesOut(alias)
          ? writeOut(alias, anchors.takesAnchor(alias), place, path) : out;
    }
    if (unchanged instanceof SourceNode.Mapping mapping) {
      boolean flow = mapping.flow() || place.flow();
      int keyColumn = flow ? -1 : BlockMappingPatch.keyColumn(context.lines(), mapping);
      for (SourceNode.Entry entry : mapping.entries()) {
        path.add(entry.key().value());
        NodeEdits done = writeOutAliasesIn(entry.value(),
            flow ? Place.FLOW : Place.value(entry, keyColumn), path);
        path.remove(path.size() - 1);
        if (done == null) {
          return null;
        }
        out.absorb(done);
      }
    } else if (unchanged instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item item : sequence.items()) {
        NodeEdits done = writeOutAliasesInItem(sequence, item, item.index(), path);
        if (done == null) {
          return null;
        }
        out.absorb(done);
      }
    }
    return out;
  }

  /**
   * {@link #writeOutAliasesIn Writes out the aliases} in an unchanged item that take a moved
   * anchor; the item stands at {@code index} in the target.
   */
  @Nullable NodeEdits writeOutAliasesInItem(SourceNode.Sequence sequence, SourceNode.Item item,
      int index, List<Object> path) {
    if (!context.anchors().reachesInto(item.node())) {
      return new NodeEdits();
    }
    Place place = sequence.flow() || item.dash() < 0 ? Place.FLOW
        : Place.item(context.lines().offsetInLine(item.dash()));
    path.add(index);
    NodeEdits done = writeOutAliasesIn(item.node(), place, path);
    path.remove(path.size() - 1);
    return done;
  }

  /**
   * Writes an alias's value out where it stands, with the anchor of the node it stands for when it
   * takes that anchor (then later aliases of it stay aliases). Scalars keep the anchored scalar's
   * style; flow collections, and collections inside flow ones, are written in flow style.
   */
  private @Nullable NodeEdits writeOut(SourceNode.Alias alias, boolean takingTheAnchor,
      Place place, List<Object> path) {
    SourceNode anchored = alias.target();
    JsonNode value = alias.data();
    String anchor = takingTheAnchor ? "&" + alias.name() : "";
    NodeEdits out = new NodeEdits();
    if (anchored instanceof SourceNode.Scalar scalar) {
      out.edits().replace(alias.start(), alias.end(), (anchor.isEmpty() ? "" : anchor + " ")
          + scalars.render(scalar, value, place, path, false));
      return out;
    }
    boolean flow = place.flow() || !value.isContainerNode() || value.isEmpty()
        || (anchored instanceof SourceNode.Mapping mapping && mapping.flow())
        || (anchored instanceof SourceNode.Sequence sequence && sequence.flow());
    TreePatch.Rendering rendering =
        tree.rendering(alias.start(), value, anchor, anchored, flow, place, path);
    if (rendering == null) {
      return null;
    }
    String written = rendering.text();
    int end = alias.end();
    int comment = commentAfter(end);
    int firstBreak = written.indexOf(context.eol());
    if (comment >= 0 && firstBreak >= 0) {
      // the alias's comment stays on its line, after the key or dash, not after the value's end
      int commentEnd = context.lines().lineEnd(comment);
      while (commentEnd > comment && TreePatch.isBlank(context.text().charAt(commentEnd - 1))) {
        commentEnd--;
      }
      written = written.substring(0, firstBreak) + context.text().substring(end, commentEnd)
          + written.substring(firstBreak);
      end = commentEnd;
    }
    out.edits().replace(rendering.from(), end, written);
    return out;
  }

  /** The offset of a comment after blanks from {@code at} on its line, or -1. */
  private int commentAfter(int at) {
    String text = context.text();
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i > at && i < text.length() && text.charAt(i) == '#' ? i : -1;
  }

  /**
   * Takes the anchor off every node whose anchor moves and that the patch neither wrote anew nor
   * took away.
   *
   * @param patched the edits of the whole attempt, to add the removals to
   * @return false when an anchor is not where it should be
   */
  boolean removeAnchorsLeftBehind(NodeEdits patched) {
    for (SourceNode anchored : context.anchors().movedAnchors()) {
      if (!patched.rewritesAnchored(anchored) && !patched.takesAway(anchored.start())
          && !removeAnchor(anchored, patched.edits())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes the anchor of a node that stays where it is while its anchor moves, with the blanks
   * after it (or before it, when a line break or comment follows).
   */
  private boolean removeAnchor(SourceNode node, EditList edits) {
    String text = context.text();
    String name = "&" + node.anchor();
    int at = text.indexOf(name, node.start());
    int end = at + name.length();
    if (at < 0 || (end < text.length() && !TreePatch.isBlank(text.charAt(end)))) {
      return false;
    }
    int after = end;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    if (after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r'
        && text.charAt(after) != '#') {
      edits.remove(at, after);
      return true;
    }
    int before = at;
    while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
      before--;
    }
    edits.remove(before, end);
    return true;
  }
}
