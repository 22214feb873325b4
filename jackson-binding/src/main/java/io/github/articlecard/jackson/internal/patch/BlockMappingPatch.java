package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Patches a block mapping: the values of kept keys are patched where they stand, removed entries
 * go with the lines they own (their comments, and one blank line where they stood between blank
 * lines), and new entries are inserted where the style decision places them among the kept ones,
 * with their siblings' indentation, the quoting and blank lines the decision chooses.
 */
final class BlockMappingPatch {
  private final TreePatch patch;

  BlockMappingPatch(TreePatch patch) {
    this.patch = patch;
  }

  /**
   * Patches a block mapping that keeps at least one of its keys.
   *
   * @param topLevel whether this is the root mapping, whose entries the {@link Width#ENTRY} width
   *     re-renders whole
   * @return false when the change cannot be made locally
   */
  boolean patch(SourceNode.Mapping mapping, JsonNode target, List<Object> path, boolean topLevel) {
    List<SourceNode.Entry> entries = mapping.entries();
    int keyColumn = keyColumn(patch.lines, mapping);
    int survivors = 0;
    for (SourceNode.Entry entry : entries) {
      JsonNode value = target.get(entry.key().value());
      if (value == null) {
        continue;
      }
      survivors++;
      path.add(entry.key().value());
      Place place = Place.value(entry, keyColumn);
      boolean whole = topLevel && patch.width == Width.ENTRY
          && !DataEquality.same(entry.value().data(), value);
      boolean done = whole ? patch.replace(entry.value(), value, place, path)
          : patch.diff(entry.value(), value, place, path);
      path.remove(path.size() - 1);
      if (!done) {
        return false;
      }
    }
    if (survivors == 0) {
      return false;
    }
    for (SourceNode.Entry entry : entries) {
      if (!target.has(entry.key().value()) && !remove(mapping, entry)) {
        return false;
      }
    }
    if (survivors == target.size()) {
      return true; // no new keys
    }
    List<String> kept = new ArrayList<>(survivors);
    for (SourceNode.Entry entry : entries) {
      if (target.has(entry.key().value())) {
        kept.add(entry.key().value());
      }
    }
    List<String> keys = new ArrayList<>(target.size());
    target.fieldNames().forEachRemaining(keys::add);
    List<String> order = patch.style.placed(path, kept, keys);
    SourceNode.Entry previous = null;
    List<String> run = new ArrayList<>();
    for (String key : order) {
      SourceNode.Entry existing = mapping.entry(key);
      if (existing == null) {
        run.add(key);
        continue;
      }
      if (!run.isEmpty() && !insert(mapping, run, target, previous, existing, keyColumn, path)) {
        return false;
      }
      run.clear();
      previous = existing;
    }
    return run.isEmpty() || insert(mapping, run, target, previous, null, keyColumn, path);
  }

  /**
   * The column of a block mapping's keys: that of the first key on a line of its own (the first of
   * a compact mapping, {@code - a: 1}, and an explicit one, {@code ? a}, stand after an indicator).
   */
  static int keyColumn(Lines lines, SourceNode.Mapping mapping) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (entry.decor().ownLine()) {
        return lines.column(begin(lines, entry));
      }
    }
    return lines.column(mapping.entries().get(0).key().start());
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
   * @return false when there is no kept entry to insert beside
   */
  private boolean insert(SourceNode.Mapping mapping, List<String> run, JsonNode target,
      SourceNode.@Nullable Entry previous, SourceNode.@Nullable Entry next, int keyColumn,
      List<Object> path) {
    String eol = patch.eol;
    String indent = " ".repeat(keyColumn);
    String before = previous == null ? null : previous.key().value();
    JsonNode beforeValue = before == null ? null : target.get(before);
    int at = previous == null ? -1 : previous.decor().end();
    // after kept lines of a block scalar (|+) a blank line would join that value
    boolean blankAllowed = previous != null && !patch.lines.isBlankLineBefore(at)
        && !patch.endsInKeptLines(previous);
    StringBuilder out = new StringBuilder();
    for (String key : run) {
      JsonNode value = target.get(key);
      if (blankAllowed && patch.style.blankLineBetween(path, mapping, before, beforeValue, key,
          value)) {
        out.append(eol);
      }
      if (out.length() > 0 || previous != null) {
        out.append(indent);
      }
      path.add(key);
      ScalarStyle hint = value.isTextual() ? patch.style.stringStyle(path, value, mapping) : null;
      out.append(YamlEmitter.key(key)).append(':')
          .append(patch.emitter.afterKey(value, keyColumn, path, hint)).append(eol);
      path.remove(path.size() - 1);
      before = key;
      beforeValue = value;
      blankAllowed = true;
    }
    SourceNode.Entry after = previous != null ? entryStartingAt(mapping, previous, at) : next;
    if (after != null && patch.style.blankLineBetween(path, mapping, before, beforeValue,
        after.key().value(), after.value().data())) {
      out.append(eol);
    }
    if (previous != null) {
      patch.edits.insert(at, out.toString());
      return true;
    }
    if (next == null) {
      return false;
    }
    patch.edits.insert(begin(patch.lines, next), out.append(indent).toString());
    return true;
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
   */
  boolean empty(SourceNode.Mapping mapping, int colon) {
    patch.edits.insert(colon + 1, " {}");
    return removeEveryEntry(mapping);
  }

  /** Removes every entry of a mapping with the lines it owns; false when one cannot be. */
  boolean removeEveryEntry(SourceNode.Mapping mapping) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (!entry.decor().ownLine() || !remove(mapping, entry)) {
        return false;
      }
    }
    return true;
  }

  /** Removes an entry with the lines it owns; false when it shares its line and is the last. */
  private boolean remove(SourceNode.Mapping mapping, SourceNode.Entry entry) {
    Decor decor = entry.decor();
    if (!decor.ownLine()) {
      int next = entry.index() + 1;
      if (next >= mapping.entries().size()) {
        return false;
      }
      SourceNode.Entry following = mapping.entries().get(next);
      int comments = following.decor().start();
      boolean commented = comments < patch.lines.lineStart(following.key().start());
      if (following.decor().ownLine() && commented) {
        // "- a: 1" over comment lines that are the next key's: they stay, on lines of their own
        int from = decor.start();
        while (from > 0 && patch.text.charAt(from - 1) == ' ') {
          from--;
        }
        patch.edits.replace(from, comments, patch.eol);
      } else {
        patch.edits.remove(decor.start(), begin(patch.lines, following));
      }
      return true;
    }
    // Where the entry stood between blank lines (or before the end), one run of them goes too.
    int from = decor.spaceBefore() && decor.blankAfter() ? decor.blankStart() : decor.start();
    if (from < decor.start() && patch.edits.takesAway(from)) {
      from = decor.start(); // those blank lines went already: they followed kept lines that moved
    }
    patch.edits.remove(from, decor.removalEnd());
    return true;
  }
}
