package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Patches a block mapping: the values of kept keys are patched where they stand, removed entries
 * go with the lines they own (their comments, and one blank line where they stood between blank
 * lines), and new entries are inserted where the style decision places them among the kept ones,
 * with their siblings' indentation, the quoting and blank lines the decision chooses.
 */
final class BlockMappingPatch {
  private final PatchContext context;
  private final TreePatch tree;

  BlockMappingPatch(PatchContext context, TreePatch tree) {
    this.context = context;
    this.tree = tree;
  }

  /**
   * Patches a block mapping that keeps at least one of its keys.
   *
   * @param topLevel whether this is the root mapping, whose entries the {@link Width#ENTRY} width
   *     re-renders whole
   * @return the edits, or null when the change cannot be made locally
   */
  @Nullable NodeEdits patch(SourceNode.Mapping mapping, JsonNode target, List<Object> path,
      boolean topLevel) {
    List<SourceNode.Entry> entries = mapping.entries();
    int keyColumn = keyColumn(context.lines(), mapping);
    NodeEdits out = new NodeEdits();
    // the values that are lists put in a new order: whether their lines now end in kept lines
    Map<SourceNode, Boolean> keptTails = null;
    int survivors = 0;
    for (SourceNode.Entry entry : entries) {
      JsonNode value = target.get(entry.key().value());
      if (value == null) {
        continue;
      }
      survivors++;
      path.add(entry.key().value());
      Place place = Place.value(entry, keyColumn);
      boolean whole = topLevel && context.width() == Width.ENTRY
          && !DataEquality.same(entry.value().data(), value);
      NodeEdits done = whole ? tree.replace(entry.value(), value, place, path)
          : tree.diff(entry.value(), value, place, path);
      path.remove(path.size() - 1);
      if (done == null) {
        return null;
      }
      Boolean keptTail = done.endsInKeptLines();
      if (keptTail != null) {
        keptTails = keptTails == null ? new IdentityHashMap<>() : keptTails;
        keptTails.put(entry.value(), keptTail);
      }
      out.absorb(done);
    }
    if (survivors == 0) {
      return null;
    }
    for (SourceNode.Entry entry : entries) {
      if (!target.has(entry.key().value()) && !remove(mapping, entry, out.edits())) {
        return null;
      }
    }
    if (survivors == target.size()) {
      return out; // no new keys
    }
    List<String> kept = new ArrayList<>(survivors);
    for (SourceNode.Entry entry : entries) {
      if (target.has(entry.key().value())) {
        kept.add(entry.key().value());
      }
    }
    List<String> keys = new ArrayList<>(target.size());
    target.fieldNames().forEachRemaining(keys::add);
    List<String> order = context.style().placed(path, kept, keys);
    SourceNode.Entry previous = null;
    List<String> run = new ArrayList<>();
    for (String key : order) {
      SourceNode.Entry existing = mapping.entry(key);
      if (existing == null) {
        run.add(key);
        continue;
      }
      if (!run.isEmpty() && !insert(mapping, run, target, previous, existing, keyColumn, path,
          keptTails, out.edits())) {
        return null;
      }
      run.clear();
      previous = existing;
    }
    return run.isEmpty() || insert(mapping, run, target, previous, null, keyColumn, path,
        keptTails, out.edits()) ? out : null;
  }

  /**
   * The column of a block mapping's keys: that of the first key on a line of its own (the first of
   * a compact mapping, {@code - a: 1}, and an explicit one, {@code ? a}, stand after an indicator).
   */
  static int keyColumn(Lines lines, SourceNode.Mapping mapping) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (entry.decor().ownLine()) {
        return lines.offsetInLine(begin(lines, entry));
      }
    }
    return lines.offsetInLine(mapping.entries().get(0).key().start());
  }

  /** Where an entry begins: at its key, or at the {@code ?} of an explicit key ({@code ? t}). */
  static int begin(Lines lines, SourceNode.Entry entry) {
    if (!entry.decor().ownLine()) {
      return entry.decor().start();
    }
    int lineStart = lines.lineStart(entry.key().start());
    return lineStart + lines.indentAt(lineStart);
  }

  /** Tells whether a target mapping keeps any of a mapping's keys. */
  static boolean keepsAnyKey(SourceNode.Mapping mapping, JsonNode target) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (target.has(entry.key().value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inserts new entries, one after the other, after the kept entry {@code previous} (before
   * {@code next} when there is none), with the blank lines the style decision puts before, between
   * and after them.
   *
   * @param keptTails for the values that are lists put in a new order, whether they now end in
   *     kept lines
   * @return false when there is no kept entry to insert beside
   */
  private boolean insert(SourceNode.Mapping mapping, List<String> run, JsonNode target,
      SourceNode.@Nullable Entry previous, SourceNode.@Nullable Entry next, int keyColumn,
      List<Object> path, @Nullable Map<SourceNode, Boolean> keptTails, EditList edits) {
    String eol = context.eol();
    StyleDecision style = context.style();
    String indent = " ".repeat(keyColumn);
    String before = previous == null ? null : previous.key().value();
    JsonNode beforeValue = before == null ? null : target.get(before);
    int at = previous == null ? -1 : previous.decor().end();
    // after kept lines of a block scalar (|+) a blank line would join that value
    boolean blankAllowed = previous != null && !context.lines().isBlankLineBefore(at)
        && !endsInKeptLines(previous, keptTails);
    StringBuilder out = new StringBuilder();
    for (String key : run) {
      JsonNode value = target.get(key);
      if (blankAllowed && style.blankLineBetween(path, mapping, before, beforeValue, key, value)) {
        out.append(eol);
      }
      if (out.length() > 0 || previous != null) {
        out.append(indent);
      }
      path.add(key);
      ScalarStyle hint = value.isTextual() ? style.stringStyle(path, value, mapping) : null;
      out.append(YamlEmitter.key(key)).append(':')
          .append(context.emitter().afterKey(value, keyColumn, path, hint)).append(eol);
      path.remove(path.size() - 1);
      before = key;
      beforeValue = value;
      blankAllowed = true;
    }
    SourceNode.Entry after = previous != null ? entryStartingAt(mapping, previous, at) : next;
    if (after != null && style.blankLineBetween(path, mapping, before, beforeValue,
        after.key().value(), after.value().data())) {
      out.append(eol);
    }
    if (previous != null) {
      edits.insert(at, out.toString());
      return true;
    }
    if (next == null) {
      return false;
    }
    edits.insert(begin(context.lines(), next), out.append(indent).toString());
    return true;
  }

  /**
   * Tells whether an entry's lines end with the kept lines of a block scalar ({@code |+}) once
   * patched: as its decor says, unless its value is a list whose items were put in a new order.
   *
   * @param keptTails for the values that are such lists, whether they now end in kept lines
   */
  private static boolean endsInKeptLines(SourceNode.Entry entry,
      @Nullable Map<SourceNode, Boolean> keptTails) {
    Boolean now = keptTails == null ? null : keptTails.get(entry.value());
    if (now == null || !(entry.value() instanceof SourceNode.Sequence sequence)) {
      return entry.decor().endsInKeptLines();
    }
    List<SourceNode.Item> items = sequence.items();
    return now && items.get(items.size() - 1).decor().end() == entry.decor().end();
  }

  /** The entry after {@code previous} when its lines start right at {@code at}, with no blank line between. */
  private static SourceNode.@Nullable Entry entryStartingAt(SourceNode.Mapping mapping,
      SourceNode.Entry previous, int at) {
    int index = previous.index() + 1;
    if (index >= mapping.entries().size()) {
      return null;
    }
    SourceNode.Entry next = mapping.entries().get(index);
    Decor decor = next.decor();
    return decor.ownLine() && decor.blankStart() == at && decor.start() == at ? next : null;
  }

  /**
   * Empties a block mapping that is an entry's value: {@code {}} goes after the entry's colon and
   * every entry goes with its lines, so that the comments that are no entry's stay.
   *
   * @return the edits, or null when an entry cannot be removed so
   */
  @Nullable NodeEdits empty(SourceNode.Mapping mapping, int colon) {
    NodeEdits out = new NodeEdits();
    out.edits().insert(colon + 1, " {}");
    return removeEveryEntry(mapping, out);
  }

  /**
   * Removes every entry of a mapping with the lines it owns.
   *
   * @return the edits, or null when an entry cannot be removed so
   */
  @Nullable NodeEdits removeEveryEntry(SourceNode.Mapping mapping) {
    return removeEveryEntry(mapping, new NodeEdits());
  }

  private @Nullable NodeEdits removeEveryEntry(SourceNode.Mapping mapping, NodeEdits out) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (!entry.decor().ownLine() || !remove(mapping, entry, out.edits())) {
        return null;
      }
    }
    return out;
  }

  /** Removes an entry with the lines it owns; false when it shares its line and is the last. */
  private boolean remove(SourceNode.Mapping mapping, SourceNode.Entry entry, EditList edits) {
    Decor decor = entry.decor();
    if (!decor.ownLine()) {
      int next = entry.index() + 1;
      if (next >= mapping.entries().size()) {
        return false;
      }
      SourceNode.Entry following = mapping.entries().get(next);
      int comments = following.decor().start();
      boolean commented = comments < context.lines().lineStart(following.key().start());
      if (following.decor().ownLine() && commented) {
        // "- a: 1" over comment lines that are the next key's: they stay, on lines of their own
        int from = decor.start();
        while (from > 0 && context.text().charAt(from - 1) == ' ') {
          from--;
        }
        edits.replace(from, comments, context.eol());
      } else {
        edits.remove(decor.start(), begin(context.lines(), following));
      }
      return true;
    }
    // Where the entry stood between blank lines (or before the end), one run of them goes too.
    int from = decor.spaceBefore() && decor.blankAfter() ? decor.blankStart() : decor.start();
    if (from < decor.start() && edits.takesAway(from)) {
      from = decor.start(); // those blank lines went already: they followed kept lines that moved
    }
    edits.remove(from, decor.removalEnd());
    return true;
  }
}
