package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import io.github.articlecard.jackson.internal.yaml.DataAlignment;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
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
            ": " + context.emitter().flow(value, StyleDecision.ownStyle(mapping)));
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
    List<String> order = placed(mapping, target, path);
    Tail tail = remove(mapping, target, order, edits);
    List<String> added = new ArrayList<>();
    SourceNode.Entry previous = null;
    for (String key : order) {
      SourceNode.Entry existing = mapping.entry(key);
      if (existing == null) {
        JsonNode value = target.get(key);
        path.add(key);
        ScalarStyle style = value.isTextual() ? context.style().stringStyle(path, value, mapping)
            : StyleDecision.ownStyle(mapping);
        path.remove(path.size() - 1);
        added.add(YamlEmitter.flowKey(key) + ": " + context.emitter().flow(value, style));
        continue;
      }
      if (!added.isEmpty()) {
        insert(previous, existing, added, tail, edits);
        added.clear();
      }
      previous = existing;
    }
    if (!added.isEmpty()) {
      insert(previous, null, added, tail, edits);
    }
    return out;
  }

  /** The keys of a flow mapping's new data in the order they are written (the style decision's). */
  private List<String> placed(SourceNode.Mapping mapping, JsonNode target, List<Object> path) {
    List<String> kept = new ArrayList<>();
    for (SourceNode.Entry entry : mapping.entries()) {
      if (target.has(entry.key().value())) {
        kept.add(entry.key().value());
      }
    }
    List<String> keys = new ArrayList<>(target.size());
    target.fieldNames().forEachRemaining(keys::add);
    return context.style().placed(path, kept, keys);
  }

  /**
   * The last kept entry of a flow mapping once the entries the target does not keep are removed.
   *
   * @param entry the last kept entry
   * @param withoutComma whether its comma went with the entries removed after it: it is the last
   *     on its line, with nothing after it
   * @param trailingComma whether it keeps a comma after it as the last entry ({@code {a: 1,}})
   */
  private record Tail(SourceNode.Entry entry, boolean withoutComma, boolean trailingComma) {}

  /**
   * Removes the entries the target does not keep, each with the text it owns (an explicit key's
   * {@code ?} included). Entries removed at the end of a mapping, after the comma of the last kept
   * one on its line, go with the comma before them: {@code {a: 1, b: 2}} becomes {@code {a: 1}}.
   * Where the last entry had a comma after it, the entries removed at the end go from after the
   * last kept one's comma (and comment) to after the last comma (and comment), so that the last
   * kept one keeps its comma and what stood after the last comma (a space, a line break before the
   * brace) stays: {@code {a: 1, b: 2,}} becomes {@code {a: 1,}}.
   *
   * @param order the keys of the target in the order they are written
   * @return the last kept entry, and how it ends now
   */
  private Tail remove(SourceNode.Mapping mapping, JsonNode target, List<String> order,
      EditList edits) {
    List<SourceNode.Entry> entries = mapping.entries();
    int lastKept = -1;
    for (SourceNode.Entry entry : entries) {
      if (target.has(entry.key().value())) {
        lastKept = entry.index();
      }
    }
    SourceNode.Entry kept = entries.get(lastKept);
    SourceNode.Entry last = entries.get(entries.size() - 1);
    boolean trailingComma = commaAfter(last);
    boolean onItsLine = lastKept < last.index()
        && onlyACommaBetween(kept.value().end(), start(entries.get(lastKept + 1)));
    int comma = lastKept < last.index() ? commaOf(kept) : -1;
    int afterComma = comma < 0 ? -1 : withItsComment(comma + 1); // and the kept one's comment
    boolean commented = afterComma > comma + 1; // then the brace cannot join the kept line
    boolean lastEndsLine = startsLine(last.decor().end());
    // a brace on the line of the last entry would move to the start of a line of its own: it
    // takes the place of the entries removed at the end instead, but for entries added after
    // the kept one, and a comment after it; otherwise each removed entry goes on its own, and
    // the kept one keeps its comma and its line
    boolean tail = lastKept < last.index() && (trailingComma || onItsLine
        || (!lastEndsLine && !commented && !appendsAfter(mapping, order, kept)));
    for (SourceNode.Entry entry : entries) {
      if (!target.has(entry.key().value()) && !(tail && entry.index() > lastKept)) {
        removeEntry(entry, edits);
      }
    }
    if (!tail) {
      return new Tail(kept, false, trailingComma);
    }
    if (trailingComma) {
      if (startsLine(kept.decor().end()) && lastEndsLine) {
        edits.remove(kept.decor().end(), last.decor().end()); // the lines after the kept one's
      } else { // to after the last comma (and its comment)
        edits.remove(commented ? kept.decor().end() : comma + 1,
            withItsComment(commaOf(last) + 1));
      }
      return new Tail(kept, false, true);
    }
    if (onItsLine) {
      edits.remove(kept.value().end(), last.decor().end());
    } else { // the kept comma, and the lines up to the brace
      edits.remove(comma, last.decor().end());
    }
    return new Tail(kept, true, false);
  }

  /** Tells whether new keys are written right after an entry's key, in the written order. */
  private static boolean appendsAfter(SourceNode.Mapping mapping, List<String> order,
      SourceNode.Entry entry) {
    boolean after = false;
    for (String key : order) {
      SourceNode.Entry existing = mapping.entry(key);
      if (existing == null && after) {
        return true;
      }
      after = existing == null ? after : existing.equals(entry);
    }
    return false;
  }

  /** Removes one entry with the text it owns. */
  private void removeEntry(SourceNode.Entry entry, EditList edits) {
    Decor decor = entry.decor();
    int first = first(entry);
    int firstLine = context.lines().lineStart(first);
    boolean ownLine = ownsLine(entry);
    int start = decor.ownLine() ? decor.start() : ownLine ? ownLinesStart(first) : first;
    // one that shares its first line with what stands before it leaves that line's break
    int end = ownLine ? decor.end() : withoutLineBreak(decor.end());
    if (ownLine && context.lines().lineStart(end) != end && entryFollows(end)) {
      // the next entry follows on the key's line: it keeps the line's indentation, which a
      // line inside a flow collection needs
      edits.remove(start, firstLine);
      edits.remove(first, end);
    } else {
      edits.remove(start, end);
    }
  }

  /**
   * Where the lines of an entry whose explicit key's {@code ?} starts its line begin: the comment
   * lines directly above at its column, as for a key that starts its line.
   */
  private int ownLinesStart(int question) {
    int lineStart = context.lines().lineStart(question);
    return context.lines().commentsAbove(lineStart, question - lineStart);
  }

  /**
   * Tells whether an entry is the first thing on its line: its key, or the {@code ?} of its
   * explicit key.
   */
  private boolean ownsLine(SourceNode.Entry entry) {
    int first = first(entry);
    return entry.decor().ownLine()
        || context.lines().onlySpaces(context.lines().lineStart(first), first);
  }

  /**
   * Where an entry's own text starts: its decor's start (the comment lines above one that starts
   * its line), or its {@link #first} character.
   */
  private int start(SourceNode.Entry entry) {
    return entry.decor().ownLine() ? entry.decor().start() : first(entry);
  }

  /** An entry's first character: its key, or the {@code ?} of an explicit key on its line. */
  private int first(SourceNode.Entry entry) {
    int key = entry.key().start();
    String text = context.text();
    int at = key;
    while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
      at--;
    }
    return at > 0 && text.charAt(at - 1) == '?' ? at - 1 : key;
  }

  /**
   * Inserts new entries between two kept ones ({@code previous} is null before the first kept
   * entry, {@code next} null after the last), in the layout of their neighbours.
   *
   * @param tail the last kept entry, and how it ends
   */
  private void insert(SourceNode.@Nullable Entry previous, SourceNode.@Nullable Entry next,
      List<String> added, Tail tail, EditList edits) {
    if (previous == null) {
      if (next == null) {
        return; // a mapping that fits keeps an entry
      }
      Decor decor = next.decor();
      if (ownsLine(next)) {
        int first = first(next);
        edits.insert(decor.ownLine() ? decor.start() : ownLinesStart(first),
            lines(added, context.lines().offsetInLine(first), true));
      } else {
        edits.insert(start(next), String.join(", ", added) + ", ");
      }
      return;
    }
    Decor decor = previous.decor();
    int at = decor.end();
    boolean lineOfItsOwn = at > previous.value().end() && context.lines().lineStart(at) == at;
    boolean ownLine = ownsLine(previous);
    int column = ownLine || !lineOfItsOwn ? context.lines().offsetInLine(first(previous))
        : Math.max(context.lines().indentAt(at), 1);
    boolean isLast = previous.equals(tail.entry());
    if (isLast && tail.trailingComma() && !(lineOfItsOwn && ownLine)) {
      // {a: 1,} gets {a: 1, z: 9,}: after the last comma, on its line, each with its comma
      edits.insert(commaOf(previous) + 1, " " + String.join(", ", added) + ",");
    } else if (commaAfter(previous) && !(isLast && tail.withoutComma())) {
      // after the last kept entry, the last new one has a comma where the last one had
      edits.insert(at, lineOfItsOwn ? lines(added, column, !isLast || tail.trailingComma())
          : String.join(", ", added) + ", ");
    } else if (lineOfItsOwn && ownLine) { // the last entry, with the brace on a later line
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

  /** Tells whether an offset inside the text starts a line. */
  private boolean startsLine(int at) {
    return at < context.text().length() && context.lines().lineStart(at) == at;
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
    return commaOf(entry) >= 0;
  }

  /**
   * A comment after blanks from {@code at} on its line, up to its line break; {@code at} when
   * none stands there.
   */
  private int withItsComment(int at) {
    String text = context.text();
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '#'
        ? withoutLineBreak(context.lines().lineEnd(i)) : at;
  }

  /** The offset of the comma after an entry's value, past comments and line breaks; -1 if none. */
  private int commaOf(SourceNode.Entry entry) {
    String text = context.text();
    int at = entry.value().end();
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '#') {
        at = context.lines().lineEnd(at);
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        at++;
      } else {
        return c == ',' ? at : -1;
      }
    }
    return -1;
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
    ScalarStyle style = StyleDecision.ownStyle(sequence);
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
    ScalarStyle style = StyleDecision.ownStyle(sequence);
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
}
