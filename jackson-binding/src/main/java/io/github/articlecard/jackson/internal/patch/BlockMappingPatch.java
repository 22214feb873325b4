package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.IdentityHashMap;
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
   *     re-renders whole and between which the policy may want blank lines
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
          firstSurvivor, keyColumn, path, spaced, keptTails, out.edits());
      path.remove(path.size() - 1);
      if (!done) {
        return null;
      }
    }
    return out;
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
      List<Object> path, boolean spaced, @Nullable Map<SourceNode, Boolean> keptTails,
      EditList edits) {
    String eol = context.eol();
    StylePolicy policy = context.policy();
    ScalarStyle hint = siblingStyle(mapping, previous, path);
    String line = YamlEmitter.key(key) + ":"
        + context.emitter().afterKey(value, keyColumn, path, hint);
    if (previous != null) {
      int at = previous.decor().end();
      StringBuilder out = new StringBuilder();
      // after kept lines of a block scalar (|+) a blank line would join that value
      if (spaced && policy.blankLineBetween(previous.key().value(), previous.value().data(),
          key, value) && !context.lines().isBlankLineBefore(at)
          && !endsInKeptLines(previous, keptTails)) {
        out.append(eol);
      }
      out.append(" ".repeat(keyColumn)).append(line).append(eol);
      SourceNode.Entry next = entryStartingAt(mapping, previous, at);
      if (spaced && next != null
          && policy.blankLineBetween(key, value, next.key().value(), next.value().data())) {
        out.append(eol);
      }
      edits.insert(at, out.toString());
      return true;
    }
    if (firstSurvivor == null) {
      return false;
    }
    String after = spaced && policy.blankLineBetween(key, value,
        firstSurvivor.key().value(), firstSurvivor.value().data()) ? eol : "";
    edits.insert(begin(context.lines(), firstSurvivor),
        line + eol + after + " ".repeat(keyColumn));
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
    if (context.policy().overridesSiblings(path)) {
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
