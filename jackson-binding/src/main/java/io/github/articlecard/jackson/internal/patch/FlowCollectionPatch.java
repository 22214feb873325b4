package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Patches a flow collection ({@code {a: 1}}, {@code [a, b]}) in place: changed values are patched
 * where they stand. A flow mapping's removed entries go with the text they own (their comma, their
 * comment, and for one on a line of its own the comment lines above it), and new entries go after
 * the kept entry before them in the target, on its line or, where the entries stand one a line, on
 * lines of their own. A flow sequence's items are matched by what they are: changed items are
 * patched where they stand, new ones appended after the last, on its line, with the collection's
 * quoting; a sequence whose items are removed or move is rearranged.
 */
final class FlowCollectionPatch {
  private final PatchContext context;
  private final TreePatch tree;

  FlowCollectionPatch(PatchContext context, TreePatch tree) {
    this.context = context;
    this.tree = tree;
  }

  /** Tells whether a flow mapping can be patched in place: written in braces, it keeps a key. */
  static boolean fits(SourceNode.Mapping mapping, JsonNode target, String text) {
    List<SourceNode.Entry> entries = mapping.entries();
    if (entries.isEmpty()
        || text.lastIndexOf('{', entries.get(0).key().start()) < mapping.start()) {
      return false; // no entries, or a single pair in a flow sequence ([a: 1]) without braces
    }
    return BlockMappingPatch.keepsAnyKey(mapping, target);
  }

  /** Tells whether a flow sequence can be patched in place: it has items to match. */
  static boolean fits(SourceNode.Sequence sequence, JsonNode target) {
    return !sequence.items().isEmpty();
  }

  /**
   * Patches a flow mapping that {@link #fits fits}.
   *
   * @return the edits, or null when a value cannot be patched
   */
  @Nullable NodeEdits patch(SourceNode.Mapping mapping, JsonNode target, List<Object> path) {
    NodeEdits out = new NodeEdits();
    for (SourceNode.Entry entry : mapping.entries()) {
      JsonNode value = target.get(entry.key().value());
      if (value == null) {
        continue;
      }
      if (withoutColon(entry) && !DataEquality.same(entry.value().data(), value)) {
        // {a, b: 1}: a key with no value gets its colon and its value
        out.edits().insert(entry.key().end(),
            ": " + context.emitter().flow(value, stringStyle(mapping)));
        continue;
      }
      path.add(entry.key().value());
      NodeEdits done = tree.diff(entry.value(), value, Place.FLOW, path);
      path.remove(path.size() - 1);
      if (done == null) {
        return null;
      }
      out.absorb(done);
    }
    EditList edits = out.edits();
    SourceNode.Entry lastOnItsLine = remove(mapping, target, edits);
    ScalarStyle style = stringStyle(mapping);
    List<String> added = new ArrayList<>();
    SourceNode.Entry previous = null;
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      SourceNode.Entry existing = mapping.entry(property.getKey());
      if (existing == null) {
        added.add(YamlEmitter.flowKey(property.getKey()) + ": "
            + context.emitter().flow(property.getValue(), style));
        continue;
      }
      if (!added.isEmpty()) {
        insert(previous, existing, added, lastOnItsLine, edits);
        added.clear();
      }
      previous = existing;
    }
    if (!added.isEmpty()) {
      insert(previous, null, added, lastOnItsLine, edits);
    }
    return out;
  }

  /**
   * Removes the entries the target does not keep, each with the text it owns. Entries removed at
   * the end of a mapping written on one line go with the comma before them: {@code {a: 1, b: 2}}
   * becomes {@code {a: 1}}.
   *
   * @return the kept entry that is now the last on its line, with no comma after it, or null
   */
  private SourceNode.@Nullable Entry remove(SourceNode.Mapping mapping, JsonNode target,
      EditList edits) {
    List<SourceNode.Entry> entries = mapping.entries();
    int lastKept = -1;
    for (SourceNode.Entry entry : entries) {
      if (target.has(entry.key().value())) {
        lastKept = entry.index();
      }
    }
    SourceNode.Entry last = entries.get(entries.size() - 1);
    boolean tailOnItsLine = lastKept < last.index() && !commaAfter(last)
        && onlyACommaBetween(entries.get(lastKept).value().end(),
            entries.get(lastKept + 1).decor().start());
    for (SourceNode.Entry entry : entries) {
      if (!target.has(entry.key().value()) && !(tailOnItsLine && entry.index() > lastKept)) {
        Decor decor = entry.decor();
        // one that shares its first line with what stands before it leaves that line's break
        int end = decor.ownLine() ? decor.end() : withoutLineBreak(decor.end());
        int keyLine = context.lines().lineStart(entry.key().start());
        if (decor.ownLine() && context.lines().lineStart(end) != end && entryFollows(end)) {
          // the next entry follows on the key's line: it keeps the line's indentation, which a
          // line inside a flow collection needs
          edits.remove(decor.start(), keyLine);
          edits.remove(entry.key().start(), end);
        } else {
          edits.remove(decor.start(), end);
        }
      }
    }
    if (!tailOnItsLine) {
      return null;
    }
    edits.remove(entries.get(lastKept).value().end(), last.decor().end());
    return entries.get(lastKept);
  }

  /**
   * Inserts new entries between two kept ones ({@code previous} is null before the first kept
   * entry, {@code next} null after the last), in the layout of their neighbours.
   *
   * @param lastOnItsLine the kept entry whose comma goes with the entries removed after it
   */
  private void insert(SourceNode.@Nullable Entry previous, SourceNode.@Nullable Entry next,
      List<String> added, SourceNode.@Nullable Entry lastOnItsLine, EditList edits) {
    if (previous == null) {
      if (next == null) {
        return; // a mapping that fits keeps an entry
      }
      Decor decor = next.decor();
      if (decor.ownLine()) {
        edits.insert(decor.start(),
            lines(added, context.lines().offsetInLine(next.key().start()), true));
      } else {
        edits.insert(next.key().start(), String.join(", ", added) + ", ");
      }
      return;
    }
    Decor decor = previous.decor();
    int at = decor.end();
    boolean lineOfItsOwn = at > previous.value().end() && context.lines().lineStart(at) == at;
    int column = decor.ownLine() || !lineOfItsOwn ? context.lines().offsetInLine(previous.key().start())
        : Math.max(context.lines().indentAt(at), 1);
    if (commaAfter(previous) && !previous.equals(lastOnItsLine)) {
      edits.insert(at, lineOfItsOwn ? lines(added, column, true)
          : String.join(", ", added) + ", ");
    } else if (lineOfItsOwn && decor.ownLine()) { // the last entry, with the brace on a later line
      edits.insert(previous.value().end(), ",");
      edits.insert(at, lines(added, column, false));
    } else {
      edits.insert(previous.value().end(), ", " + String.join(", ", added));
    }
  }

  /** Tells whether an entry follows {@code at} on its line (not the closing brace or a comment). */
  private boolean entryFollows(int at) {
    String text = context.text();
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && "}#\r\n".indexOf(text.charAt(i)) < 0;
  }

  /** Tells whether an entry is a key alone, with no colon and no value ({@code {a, b: 1}}). */
  private boolean withoutColon(SourceNode.Entry entry) {
    if (!(entry.value() instanceof SourceNode.Scalar scalar) || !scalar.isEmptyPlain()) {
      return false;
    }
    int from = entry.key().end();
    int to = Math.max(from, scalar.start());
    return context.text().substring(from, to).indexOf(':') < 0;
  }

  /** The offset before the line break that ends at {@code end}, or {@code end} if none does. */
  private int withoutLineBreak(int end) {
    String text = context.text();
    if (end == 0 || text.charAt(end - 1) != '\n') {
      return end;
    }
    return end >= 2 && text.charAt(end - 2) == '\r' ? end - 2 : end - 1;
  }

  /** New entries on lines of their own at a column, each but maybe the last with its comma. */
  private String lines(List<String> added, int column, boolean commaAfterLast) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < added.size(); i++) {
      out.append(" ".repeat(column)).append(added.get(i))
          .append(i + 1 < added.size() || commaAfterLast ? "," : "").append(context.eol());
    }
    return out.toString();
  }

  /** Tells whether a comma follows an entry's value: all but the last have one, the last maybe. */
  private boolean commaAfter(SourceNode.Entry entry) {
    String text = context.text();
    int at = entry.value().end();
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '#') {
        at = context.lines().lineEnd(at);
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        at++;
      } else {
        return c == ',';
      }
    }
    return false;
  }

  /** Tells whether only blanks and one comma, on one line, stand between two offsets. */
  private boolean onlyACommaBetween(int from, int to) {
    int commas = 0;
    for (int i = from; i < to; i++) {
      char c = context.text().charAt(i);
      if (c == ',') {
        commas++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return commas == 1;
  }

  /**
   * Patches a flow sequence that {@link #fits fits}, its items matched by what they are
   * ({@link DataAlignment}). Where every item stays in its place, changed items are patched there
   * and new ones appended after the last, on its line (on lines of their own in a sequence written
   * one item a line). Otherwise, in a sequence written one item a line ({@link OneItemALine}),
   * each item owns its lines and moves or goes with them, new items get lines of their own, and
   * commas follow the sequence's own use; in one without comments between items, the items are put
   * in their new order with the first separator between them. Any other layout is written again in
   * flow style.
   *
   * @return the edits, or null when an item cannot be patched
   */
  @Nullable NodeEdits patch(SourceNode.Sequence sequence, JsonNode target, List<Object> path) {
    List<SourceNode.Item> items = sequence.items();
    ListAlignment alignment = DataAlignment.of(sequence, target);
    OneItemALine lines = OneItemALine.of(context.lines(), sequence);
    if (keepsEveryItemInPlace(alignment) && (lines == null || target.size() == items.size())) {
      return patchInPlace(sequence, target, path);
    }
    if (lines == null && !withoutCommentsBetweenItems(sequence)) {
      return tree.replace(sequence, target, Place.FLOW, path);
    }
    NodeEdits out = new NodeEdits();
    for (int j = 0; j < target.size(); j++) {
      int old = alignment.oldIndexOf(j);
      if (old < 0) {
        continue;
      }
      path.add(j);
      NodeEdits done = tree.diff(sequence.node(old), target.get(j), Place.FLOW, path);
      path.remove(path.size() - 1);
      if (done == null) {
        return null;
      }
      out.absorb(done);
    }
    ScalarStyle style = stringStyle(sequence);
    boolean done = lines != null
        ? rearrangeLines(sequence, lines, alignment, target, style, out.edits())
        : rearrangeInline(sequence, alignment, target, style, out.edits());
    return done ? out : null;
  }

  private static boolean keepsEveryItemInPlace(ListAlignment alignment) {
    for (int i = 0; i < alignment.oldSize(); i++) {
      if (alignment.newIndexOf(i) != i) {
        return false;
      }
    }
    return true;
  }

  /** Patches each item where it stands and appends the new ones after the last, on its line. */
  private @Nullable NodeEdits patchInPlace(SourceNode.Sequence sequence, JsonNode target,
      List<Object> path) {
    int existing = sequence.items().size();
    NodeEdits out = new NodeEdits();
    for (int i = 0; i < existing; i++) {
      path.add(i);
      NodeEdits done = tree.diff(sequence.node(i), target.get(i), Place.FLOW, path);
      path.remove(path.size() - 1);
      if (done == null) {
        return null;
      }
      out.absorb(done);
    }
    if (target.size() == existing) {
      return out;
    }
    StringBuilder added = new StringBuilder();
    ScalarStyle style = stringStyle(sequence);
    for (int i = existing; i < target.size(); i++) {
      added.append(", ").append(context.emitter().flow(target.get(i), style));
    }
    out.edits().insert(sequence.node(existing - 1).contentEnd(context.text()),
        added.toString());
    return out;
  }

  /**
   * Rearranges a sequence written one item a line: removed items go with their lines, moved ones
   * take them along, new ones are inserted on lines of their own; every item but the last has a
   * comma, and the last has one when the old last had.
   */
  private boolean rearrangeLines(SourceNode.Sequence sequence, OneItemALine lines,
      ListAlignment alignment, JsonNode target, ScalarStyle style, EditList edits) {
    int last = target.size() - 1;
    for (int i = 0; i < alignment.oldSize(); i++) {
      int j = alignment.newIndexOf(i);
      if (j < 0) {
        edits.remove(lines.start(i), lines.end(i));
        continue;
      }
      boolean comma = j < last || lines.trailingComma();
      if (comma && lines.comma(i) < 0) {
        edits.insert(sequence.node(i).contentEnd(context.text()), ",");
      } else if (!comma && lines.comma(i) >= 0) {
        edits.remove(lines.comma(i), lines.comma(i) + 1);
      }
    }
    String indent = " ".repeat(lines.column());
    return LineItemPlacement.place(edits, context.lines(), alignment, lines,
        j -> indent + context.emitter().flow(target.get(j), style)
            + (j < last || lines.trailingComma() ? "," : "") + context.eol(), context.eol());
  }

  /** Puts the items of a sequence without comments between them in their new order. */
  private boolean rearrangeInline(SourceNode.Sequence sequence, ListAlignment alignment,
      JsonNode target, ScalarStyle style, EditList edits) {
    List<SourceNode.Item> items = sequence.items();
    String text = context.text();
    int first = items.get(0).node().start();
    String separator = items.size() > 1
        ? text.substring(items.get(0).node().contentEnd(text), items.get(1).node().start()) : ", ";
    for (int j = 0; j < target.size(); j++) {
      if (j > 0) {
        edits.insert(first, separator);
      }
      int old = alignment.oldIndexOf(j);
      if (old < 0) {
        edits.insert(first, context.emitter().flow(target.get(j), style));
      } else {
        SourceNode node = items.get(old).node();
        edits.move(node.start(), node.contentEnd(text), first);
      }
    }
    for (int i = 0; i < items.size(); i++) {
      SourceNode node = items.get(i).node();
      if (alignment.newIndexOf(i) < 0) {
        edits.remove(node.start(), node.contentEnd(text));
      }
      if (i + 1 < items.size()) {
        edits.remove(node.contentEnd(text), items.get(i + 1).node().start());
      }
    }
    return true;
  }

  /** Tells whether no comment stands between two items of a flow sequence. */
  private boolean withoutCommentsBetweenItems(SourceNode.Sequence sequence) {
    List<SourceNode.Item> items = sequence.items();
    for (int i = 0; i + 1 < items.size(); i++) {
      int from = items.get(i).node().contentEnd(context.text());
      if (context.text().substring(from, items.get(i + 1).node().start()).indexOf('#') >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quoting of the first string in a node (itself, or a value or item of it), for new strings
   * beside it; plain when it holds none.
   */
  static ScalarStyle stringStyle(SourceNode node) {
    if (node instanceof SourceNode.Scalar scalar && node.data().isTextual()) {
      return scalar.style().isQuoted() ? scalar.style() : ScalarStyle.PLAIN;
    }
    if (node instanceof SourceNode.Mapping mapping) {
      for (SourceNode.Entry entry : mapping.entries()) {
        if (entry.value() instanceof SourceNode.Scalar && entry.value().data().isTextual()) {
          return stringStyle(entry.value());
        }
      }
    }
    if (node instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item item : sequence.items()) {
        if (item.node() instanceof SourceNode.Scalar && item.node().data().isTextual()) {
          return stringStyle(item.node());
        }
      }
    }
    return ScalarStyle.PLAIN;
  }
}
