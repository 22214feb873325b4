package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Patches a block mapping: the values of kept keys are patched where they stand, removed entries
 * go with the lines they own (their comments, and one blank line where they stood between blank
 * lines), and new entries are inserted after the kept entry before them in the target, with their
 * siblings' indentation and quoting and the policy's blank lines.
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
   *     re-renders whole and between which the policy may want blank lines
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
    SourceNode.Entry firstSurvivor = null;
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      firstSurvivor = mapping.entry(property.getKey());
      if (firstSurvivor != null) {
        break;
      }
    }
    boolean spaced = topLevel && separatesEntriesWithBlankLines(mapping);
    SourceNode.Entry previous = null;
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      SourceNode.Entry existing = mapping.entry(property.getKey());
      if (existing != null) {
        previous = existing;
        continue;
      }
      path.add(property.getKey());
      boolean done = insert(mapping, property.getKey(), property.getValue(), previous,
          firstSurvivor, keyColumn, path, spaced);
      path.remove(path.size() - 1);
      if (!done) {
        return false;
      }
    }
    return true;
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

  private boolean insert(SourceNode.Mapping mapping, String key, JsonNode value,
      SourceNode.@Nullable Entry previous, SourceNode.@Nullable Entry firstSurvivor, int keyColumn,
      List<Object> path, boolean spaced) {
    String eol = patch.eol;
    ScalarStyle hint = siblingStyle(mapping, previous, path);
    String line = YamlEmitter.key(key) + ":" + patch.emitter.afterKey(value, keyColumn, path, hint);
    if (previous != null) {
      int at = previous.decor().end();
      StringBuilder out = new StringBuilder();
      // after kept lines of a block scalar (|+) a blank line would join that value
      if (spaced && patch.policy.blankLineBetween(previous.key().value(), previous.value().data(),
          key, value) && !patch.lines.isBlankLineBefore(at)
          && !patch.endsInKeptLines(previous)) {
        out.append(eol);
      }
      out.append(" ".repeat(keyColumn)).append(line).append(eol);
      SourceNode.Entry next = entryStartingAt(mapping, previous, at);
      if (spaced && next != null
          && patch.policy.blankLineBetween(key, value, next.key().value(), next.value().data())) {
        out.append(eol);
      }
      patch.edits.insert(at, out.toString());
      return true;
    }
    if (firstSurvivor == null) {
      return false;
    }
    String after = spaced && patch.policy.blankLineBetween(key, value,
        firstSurvivor.key().value(), firstSurvivor.value().data()) ? eol : "";
    patch.edits.insert(begin(patch.lines, firstSurvivor),
        line + eol + after + " ".repeat(keyColumn));
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

  /** Tells whether the mapping puts blank lines between its entries, as the house style does. */
  static boolean separatesEntriesWithBlankLines(SourceNode.Mapping mapping) {
    List<SourceNode.Entry> entries = mapping.entries();
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).decor().spaceBefore()) {
        return true;
      }
    }
    return false;
  }

  /** The style a new key's string takes: its siblings', unless the policy has its own for it. */
  private @Nullable ScalarStyle siblingStyle(SourceNode.Mapping mapping,
      SourceNode.@Nullable Entry previous, List<Object> path) {
    if (patch.policy.overridesSiblings(path)) {
      return null;
    }
    SourceNode.Entry sibling = previous != null ? previous
        : mapping.entries().isEmpty() ? null : mapping.entries().get(0);
    if (sibling != null && sibling.value() instanceof SourceNode.Scalar scalar
        && scalar.data().isTextual() && !scalar.isBlock()) {
      return scalar.style();
    }
    return null;
  }
}
