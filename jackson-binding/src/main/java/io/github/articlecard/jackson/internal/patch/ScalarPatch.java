package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.List;

/**
 * Patches a scalar: the new value is written in the old one's style when that style can hold it
 * (a literal block stays a literal block, single quotes stay single quotes), its anchor kept.
 */
final class ScalarPatch {
  private final PatchContext context;

  ScalarPatch(PatchContext context) {
    this.context = context;
  }

  /** Replaces a scalar by a scalar value, keeping its anchor unless the anchor moves. */
  NodeEdits replace(SourceNode.Scalar old, JsonNode target, Place place, List<Object> path) {
    String text = context.text();
    String rendered = render(old, target, place, path, true);
    String anchor = context.anchors().anchorFor(old);
    String prefix = anchor.isEmpty() ? "" : anchor + " ";
    if (old.start() == old.end() && old.start() > 0 && !isSpace(text.charAt(old.start() - 1))) {
      prefix = " " + prefix;
    }
    NodeEdits out = new NodeEdits();
    out.rewriteAnchored(old);
    out.edits().replace(old.start(), old.contentEnd(text), prefix + rendered);
    return out;
  }

  /**
   * Renders a scalar value in the style of {@code like} (a block scalar keeps its block style where
   * the place and the value allow it).
   *
   * @param inPlace whether the value goes where {@code like} stands, so that a block scalar keeps
   *     its own indentation; elsewhere it is indented from the place
   */
  String render(SourceNode.Scalar like, JsonNode target, Place place, List<Object> path,
      boolean inPlace) {
    String rendered = null;
    if (like.isBlock() && target.isTextual() && !place.flow()) {
      int parent = place.entry() != null ? place.keyColumn() : place.dashColumn();
      int found = inPlace ? blockContentIndent(like, parent) : -1;
      int indent = found >= 0 ? found : place.childIndent() + 2;
      // in place of kept lines (|+), the old value's last line break and then no blank line follow
      String text = context.text();
      int end = like.contentEnd(text);
      boolean keep = inPlace && like.endsInKeptLines() && end < text.length()
          && (text.charAt(end) == '\n' || text.charAt(end) == '\r');
      String value = target.textValue();
      // a folded scalar that folding cannot hold stays a block scalar: literal, same chomping
      rendered = like.style() == ScalarStyle.FOLDED
          ? context.emitter().foldedOrNull(value, indent, keep, parent) : null;
      if (rendered == null) {
        rendered = context.emitter().literalOrNull(value, indent, keep, parent);
      }
    }
    if (rendered == null) {
      ScalarStyle hint = like.isEmptyPlain() || like.isBlock() ? null : like.style();
      rendered = context.emitter().inline(target, path, hint, place.flow());
    }
    return rendered;
  }

  /** Replaces an alias of a scalar by a scalar value, in the anchored scalar's style. */
  NodeEdits replace(SourceNode.Alias alias, SourceNode.Scalar anchored, JsonNode target,
      Place place, List<Object> path) {
    ScalarStyle style = anchored.style();
    NodeEdits out = new NodeEdits();
    out.edits().replace(alias.start(), alias.end(),
        context.emitter().inline(target, path, style.isBlock() ? null : style, place.flow()));
    return out;
  }

  /**
   * The indentation of a block scalar's content: as its indentation indicator says ({@code |2}),
   * else that of its first non-empty line; -1 when it has neither.
   */
  private int blockContentIndent(SourceNode.Scalar block, int parent) {
    String text = context.text();
    for (int at = block.valueStart(); at < text.length() && parent >= 0; at++) {
      char c = text.charAt(at);
      if (c >= '1' && c <= '9') {
        return parent + (c - '0');
      }
      if (c != '|' && c != '>' && c != '+' && c != '-') {
        break;
      }
    }
    int lineStart = text.indexOf('\n', block.valueStart()) + 1;
    while (lineStart > 0 && lineStart < block.end()) {
      int indent = context.lines().indentAt(lineStart);
      int after = lineStart + indent;
      if (after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r') {
        return indent;
      }
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
