package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a change of front matter data into the smallest text edit that makes the source say the new
 * data, and checks that it does.
 *
 * <p>Three widths are tried in turn, each verified by re-reading the result: <b>minimal</b>
 * (recurse into changed collections; replace scalars in their own style; insert and remove entries
 * and items with their own lines, comments and neighbours' shape), <b>entry</b> (re-render each
 * changed top-level entry whole), and <b>document</b> (re-render the whole front matter in house
 * style). The first width whose result re-reads equal to the target wins.
 */
public final class FrontMatterPatcher {
  /** Thrown inside a width when a local edit is not possible; the next width is tried. */
  private static final class Widen extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Widen() {
      super(null, null, false, false);
    }
  }

  private record Edit(int start, int end, String text, int order) {}

  private static final int MINIMAL = 0;
  private static final int ENTRY = 1;

  private final String text;
  private final Lines lines;
  private final SourceMap source;
  private final YamlEmitter emitter;
  private final String eol;
  private final int width;
  private final StylePolicy policy;
  private final List<Edit> edits = new ArrayList<>();

  private FrontMatterPatcher(SourceMap source, YamlEmitter emitter, StylePolicy policy, int width) {
    this.text = source.text();
    this.lines = new Lines(text);
    this.source = source;
    this.emitter = emitter;
    this.eol = emitter.eol();
    this.width = width;
    this.policy = policy;
  }

  /**
   * Returns front matter text that reads as {@code target}, which must differ from the source's
   * data (callers check that first): the narrowest verified patch.
   *
   * @param source the parsed original
   * @param target the data to write
   * @param eol the line break for new lines
   * @param policy the style of new keys and values
   * @param verify re-reads a candidate front matter text: its result when the text reads as
   *     {@code target}, null when it does not
   * @param <R> what verification gives
   * @return the result of the first verified candidate
   * @throws CardException when not even a whole re-render reads back as the target
   */
  public static <R> R patch(SourceMap source, ObjectNode target, String eol, StylePolicy policy,
      Function<String, @Nullable R> verify) {
    YamlEmitter emitter = emitterFor(source, eol, policy);
    for (int width = MINIMAL; width <= ENTRY; width++) {
      String candidate;
      try {
        candidate = new FrontMatterPatcher(source, emitter, policy, width).run(target);
      } catch (Widen e) {
        continue;
      }
      R verified = verify.apply(candidate);
      if (verified != null) {
        return verified;
      }
    }
    String whole = emitter.document(target);
    R verified = verify.apply(whole);
    if (verified != null) {
      return verified;
    }
    throw new CardException(CardException.Kind.UNWRITABLE, "cannot write the front matter: the data does not read back as itself"
        + " once written as YAML (a value may exceed a read limit or hold unrepresentable text)");
  }

  /** Renders data in a policy's style, as a whole front matter. */
  public static String render(ObjectNode data, String eol, StylePolicy policy) {
    return new YamlEmitter(eol, 2, 2, policy).document(data);
  }

  /** Infers the document's indentation: the first nested mapping's step and sequence indent. */
  private static YamlEmitter emitterFor(SourceMap source, String eol, StylePolicy policy) {
    int step = 2;
    int sequenceIndent = 2;
    SourceNode.Mapping root = source.root();
    if (root != null && !root.flow()) {
      String text = source.text();
      boolean stepFound = false;
      boolean sequenceFound = false;
      for (SourceNode.Entry entry : root.entries()) {
        if (stepFound && sequenceFound) {
          break;
        }
        int keyColumn = Lines.column(text, entry.key().start());
        SourceNode value = entry.value();
        if (!stepFound && value instanceof SourceNode.Mapping mapping && !mapping.flow()
            && !mapping.entries().isEmpty()) {
          int childColumn = Lines.column(text, mapping.entries().get(0).key().start());
          if (childColumn > keyColumn) {
            step = childColumn - keyColumn;
            stepFound = true;
          }
        }
        if (!sequenceFound && value instanceof SourceNode.Sequence sequence && !sequence.flow()
            && !sequence.items().isEmpty()) {
          int dash = sequence.items().get(0).dash();
          if (dash >= 0) {
            sequenceIndent = Math.max(0, Lines.column(text, dash) - keyColumn);
            sequenceFound = true;
          }
        }
      }
    }
    return new YamlEmitter(eol, step, sequenceIndent, policy);
  }

  private String run(ObjectNode target) {
    SourceNode.Mapping root = source.root();
    if (target.isEmpty()) {
      throw new Widen();
    }
    if (root == null) {
      if (!text.isEmpty() && !text.endsWith("\n")) {
        throw new Widen();
      }
      return text + emitter.document(target);
    }
    if (root.flow()) {
      replaceValue(root, target, Place.FLOW, new ArrayList<>());
    } else {
      diffBlockMapping(root, target, new ArrayList<>(), true);
    }
    return apply();
  }

  private String apply() {
    // At one position, insertions go before a removal or replacement that starts there.
    edits.sort(Comparator.comparingInt(Edit::start)
        .thenComparingInt(edit -> edit.end() == edit.start() ? 0 : 1)
        .thenComparingInt(Edit::order));
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Edit edit : edits) {
      if (edit.start() < at) {
        throw new Widen();
      }
      out.append(text, at, edit.start()).append(edit.text);
      at = Math.max(at, edit.end());
    }
    return out.append(text, at, text.length()).toString();
  }

  private void edit(int start, int end, String replacement) {
    edits.add(new Edit(start, end, replacement, edits.size()));
  }

  /** Where a node stands, which decides how it is re-rendered. */
  private static final class Place {
    static final Place FLOW = new Place(null, -1, -1);

    final SourceNode.@Nullable Entry entry;
    final int keyColumn;
    final int dashColumn;

    private Place(SourceNode.@Nullable Entry entry, int keyColumn, int dashColumn) {
      this.entry = entry;
      this.keyColumn = keyColumn;
      this.dashColumn = dashColumn;
    }

    static Place value(SourceNode.Entry entry, int keyColumn) {
      return new Place(entry, keyColumn, -1);
    }

    static Place item(int dashColumn) {
      return new Place(null, -1, dashColumn);
    }

    boolean flow() {
      return entry == null && dashColumn < 0;
    }

    int childIndent() {
      return entry != null ? keyColumn : dashColumn + 2;
    }
  }

  private void diff(SourceNode old, JsonNode target, Place place, List<Object> path) {
    if (DataEquality.same(old.data(), target)) {
      return;
    }
    if (old instanceof SourceNode.Mapping mapping && target.isObject() && target.size() > 0) {
      if (!mapping.flow() && !place.flow()) {
        if (keepsAnyKey(mapping, target)) {
          diffBlockMapping(mapping, (ObjectNode) target, path, false);
        } else {
          replaceValue(old, target, place, path);
        }
        return;
      }
      if (mapping.flow() && !mapping.entries().isEmpty() && keepsAllKeys(mapping, target)) {
        for (SourceNode.Entry entry : mapping.entries()) {
          path.add(entry.key().value());
          diff(entry.value(), target.get(entry.key().value()), Place.FLOW, path);
          path.remove(path.size() - 1);
        }
        StringBuilder added = new StringBuilder();
        ScalarStyle style = stringStyle(mapping);
        for (Map.Entry<String, JsonNode> property : target.properties()) {
          if (mapping.entry(property.getKey()) == null) {
            added.append(", ").append(YamlEmitter.key(property.getKey())).append(": ")
                .append(emitter.flow(property.getValue(), style));
          }
        }
        if (added.length() > 0) {
          int at = mapping.entries().get(mapping.entries().size() - 1).value().contentEnd(text);
          edit(at, at, added.toString());
        }
        return;
      }
    }
    if (old instanceof SourceNode.Sequence sequence && target.isArray() && target.size() > 0) {
      if (!sequence.flow() && !place.flow()) {
        diffBlockSequence(sequence, (ArrayNode) target, path);
        return;
      }
      if (sequence.flow() && !sequence.items().isEmpty() && sequence.items().size() <= target.size()) {
        int existing = sequence.items().size();
        for (int i = 0; i < existing; i++) {
          path.add(i);
          diff(sequence.node(i), target.get(i), Place.FLOW, path);
          path.remove(path.size() - 1);
        }
        StringBuilder added = new StringBuilder();
        ScalarStyle style = stringStyle(sequence);
        for (int i = existing; i < target.size(); i++) {
          added.append(", ").append(emitter.flow(target.get(i), style));
        }
        if (added.length() > 0) {
          int at = sequence.node(existing - 1).contentEnd(text);
          edit(at, at, added.toString());
        }
        return;
      }
    }
    if (old instanceof SourceNode.Scalar scalar && target.isValueNode()) {
      replaceScalar(scalar, target, place, path);
      return;
    }
    if (old instanceof SourceNode.Alias alias && target.isValueNode()
        && alias.target() instanceof SourceNode.Scalar anchored) {
      ScalarStyle style = anchored.style();
      edit(old.start(), old.end(), emitter.inline(target, path, style.isBlock() ? null : style,
          place.flow()));
      return;
    }
    replaceValue(old, target, place, path);
  }

  private static boolean keepsAnyKey(SourceNode.Mapping mapping, JsonNode target) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (target.has(entry.key().value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean keepsAllKeys(SourceNode.Mapping mapping, JsonNode target) {
    for (SourceNode.Entry entry : mapping.entries()) {
      if (!target.has(entry.key().value())) {
        return false;
      }
    }
    return true;
  }

  /** The style of the first string scalar in a node, for new strings beside it; plain if none. */
  private static ScalarStyle stringStyle(SourceNode node) {
    if (node instanceof SourceNode.Scalar scalar && node.data().isTextual()) {
      ScalarStyle style = scalar.style();
      return style.isQuoted() ? style : ScalarStyle.PLAIN;
    }
    if (node instanceof SourceNode.Mapping mapping) {
      for (SourceNode.Entry entry : mapping.entries()) {
        if (entry.value() instanceof SourceNode.Scalar && entry.value().data().isTextual()) {
          return stringStyle(entry.value());
        }
      }
    }
    if (node instanceof SourceNode.Sequence sequence) {
      for (SourceNode.Item entry : sequence.items()) {
        SourceNode item = entry.node();
        if (item instanceof SourceNode.Scalar && item.data().isTextual()) {
          return stringStyle(item);
        }
      }
    }
    return ScalarStyle.PLAIN;
  }

  /** Replaces a scalar by a scalar, in the old style when that style can hold the new value. */
  private void replaceScalar(SourceNode.Scalar old, JsonNode target, Place place, List<Object> path) {
    String rendered = null;
    if (old.isBlock() && target.isTextual() && !place.flow()) {
      int found = blockContentIndent(old);
      int indent = found >= 0 ? found : place.childIndent() + 2;
      rendered = old.style() == ScalarStyle.LITERAL ? emitter.literalOrNull(target.textValue(), indent)
          : emitter.foldedOrNull(target.textValue(), indent);
    }
    if (rendered == null) {
      ScalarStyle hint = old.isEmptyPlain() || old.isBlock() ? null : old.style();
      rendered = emitter.inline(target, path, hint, place.flow());
    }
    String prefix = old.anchor() != null ? "&" + old.anchor() + " " : "";
    if (old.start() == old.end() && old.start() > 0 && !isBlank(text.charAt(old.start() - 1))) {
      prefix = " " + prefix;
    }
    edit(old.start(), old.contentEnd(text), prefix + rendered);
  }

  private int blockContentIndent(SourceNode.Scalar block) {
    int lineStart = text.indexOf('\n', block.valueStart()) + 1;
    while (lineStart > 0 && lineStart < block.end()) {
      int indent = lines.indentAt(lineStart);
      int after = lineStart + indent;
      if (after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r') {
        return indent;
      }
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    return -1;
  }

  /** Replaces a node by a rendering of new data, keeping its anchor and its place's shape. */
  private void replaceValue(SourceNode old, JsonNode target, Place place, List<Object> path) {
    boolean keepFlow = place.flow()
        || (old instanceof SourceNode.Mapping mapping && mapping.flow() && target.isContainerNode())
        || (old instanceof SourceNode.Sequence sequence && sequence.flow() && target.isContainerNode());
    String anchor = old.anchor() != null ? "&" + old.anchor() : "";
    if (keepFlow) {
      int end = old instanceof SourceNode.Scalar ? old.contentEnd(text) : old.end();
      edit(old.start(), end, (anchor.isEmpty() ? "" : anchor + " ") + emitter.flow(target, stringStyle(old)));
      return;
    }
    SourceNode.Entry entry = place.entry;
    if (entry != null) {
      int colon = colonAfter(entry.key());
      String rendered = emitter.afterKey(target, place.keyColumn, path, null);
      edit(colon + 1, old.contentEnd(text), anchor.isEmpty() ? rendered : " " + anchor + rendered);
      return;
    }
    int contentColumn = Lines.column(text, old.start());
    if (target.isContainerNode() && target.size() > 0 && !anchor.isEmpty()) {
      throw new Widen();
    }
    String rendered = emitter.afterDash(target, contentColumn, path, null).substring(1);
    edit(old.start(), old.contentEnd(text), anchor.isEmpty() ? rendered : anchor + " " + rendered);
  }

  private int colonAfter(SourceNode.Scalar key) {
    int i = key.end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ':') {
      throw new Widen();
    }
    return i;
  }

  // ---------------------------------------------------------------- block mappings

  private void diffBlockMapping(SourceNode.Mapping mapping, ObjectNode target, List<Object> path,
      boolean topLevel) {
    int keyColumn = Lines.column(text, mapping.entries().get(0).key().start());
    int survivors = 0;
    for (int i = 0; i < mapping.entries().size(); i++) {
      SourceNode.Entry entry = mapping.entries().get(i);
      JsonNode value = target.get(entry.key().value());
      if (value == null) {
        continue;
      }
      survivors++;
      path.add(entry.key().value());
      if (topLevel && width == ENTRY && !DataEquality.same(entry.value().data(), value)) {
        replaceValue(entry.value(), value, Place.value(entry, keyColumn), path);
      } else {
        diff(entry.value(), value, Place.value(entry, keyColumn), path);
      }
      path.remove(path.size() - 1);
    }
    if (survivors == 0) {
      throw new Widen();
    }
    for (int i = 0; i < mapping.entries().size(); i++) {
      if (!target.has(mapping.entries().get(i).key().value())) {
        removeEntry(mapping, i, keyColumn);
      }
    }
    if (survivors == target.size()) {
      return; // no new keys
    }
    Map<String, SourceNode.Entry> byKey = new HashMap<>();
    for (SourceNode.Entry entry : mapping.entries()) {
      byKey.put(entry.key().value(), entry);
    }
    SourceNode.Entry firstSurvivor = null;
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      firstSurvivor = byKey.get(property.getKey());
      if (firstSurvivor != null) {
        break;
      }
    }
    boolean spaced = topLevel && separatesEntriesWithBlankLines(mapping);
    SourceNode.Entry previous = null;
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      SourceNode.Entry existing = byKey.get(property.getKey());
      if (existing != null) {
        previous = existing;
        continue;
      }
      path.add(property.getKey());
      insertEntry(mapping, property.getKey(), property.getValue(), previous, firstSurvivor, keyColumn,
          path, spaced);
      path.remove(path.size() - 1);
    }
  }

  private void insertEntry(SourceNode.Mapping mapping, String key, JsonNode value,
      SourceNode.@Nullable Entry previous, SourceNode.@Nullable Entry firstSurvivor, int keyColumn,
      List<Object> path, boolean root) {
    ScalarStyle hint = siblingStyle(mapping, previous, path);
    String line = YamlEmitter.key(key) + ":" + emitter.afterKey(value, keyColumn, path, hint);
    if (previous != null) {
      int at = entryEnd(previous, keyColumn);
      StringBuilder out = new StringBuilder();
      if (root && policy.blankLineBetween(previous.key().value(), previous.value().data(), key, value)
          && !lines.isBlankLineBefore(at)) {
        out.append(eol);
      }
      out.append(" ".repeat(keyColumn)).append(line).append(eol);
      SourceNode.Entry next = entryStartingAt(mapping, at);
      if (root && next != null
          && policy.blankLineBetween(key, value, next.key().value(), next.value().data())) {
        out.append(eol);
      }
      edit(at, at, out.toString());
    } else {
      if (firstSurvivor == null) {
        throw new Widen();
      }
      String after = root && policy.blankLineBetween(key, value, firstSurvivor.key().value(),
          firstSurvivor.value().data()) ? eol : "";
      edit(firstSurvivor.key().start(), firstSurvivor.key().start(),
          line + eol + after + " ".repeat(keyColumn));
    }
  }

  /** Tells whether the document puts blank lines between top-level entries, as the house style does. */
  private boolean separatesEntriesWithBlankLines(SourceNode.Mapping mapping) {
    for (int i = 1; i < mapping.entries().size(); i++) {
      int lineStart = lines.lineStart(mapping.entries().get(i).key().start());
      if (lines.isBlankLineBefore(lines.commentsAbove(lineStart, 0))) {
        return true;
      }
    }
    return false;
  }

  /** The style a new key's string takes: its siblings', unless the policy has its own for it. */
  private @Nullable ScalarStyle siblingStyle(SourceNode.Mapping mapping,
      SourceNode.@Nullable Entry previous, List<Object> path) {
    if (policy.overridesSiblings(path)) {
      return null;
    }
    SourceNode.Entry sibling = previous != null ? previous
        : mapping.entries().isEmpty() ? null : mapping.entries().get(0);
    if (sibling != null && sibling.value() instanceof SourceNode.Scalar scalar
        && sibling.value().data().isTextual() && !scalar.isBlock()) {
      return scalar.style();
    }
    return null;
  }

  private SourceNode.@Nullable Entry entryStartingAt(SourceNode.Mapping mapping, int lineStart) {
    int next = lines.skipBlankLines(lineStart);
    if (next != lineStart) {
      return null;
    }
    for (SourceNode.Entry entry : mapping.entries()) {
      if (lines.lineStart(entry.key().start()) == lineStart || lines.commentsAbove(lines.lineStart(entry.key().start()),
          Lines.column(text, entry.key().start())) == lineStart) {
        return entry;
      }
    }
    return null;
  }

  private void removeEntry(SourceNode.Mapping mapping, int index, int keyColumn) {
    SourceNode.Entry entry = mapping.entries().get(index);
    int keyStart = entry.key().start();
    int lineStart = lines.lineStart(keyStart);
    if (!lines.onlySpaces(lineStart, keyStart)) {
      if (index + 1 >= mapping.entries().size()) {
        throw new Widen();
      }
      edit(keyStart, mapping.entries().get(index + 1).key().start(), "");
      return;
    }
    removeLines(lines.commentsAbove(lineStart, keyColumn), entryEnd(entry, keyColumn), keyColumn);
  }

  /** Removes whole lines, and a blank line run before them when they stood between blank lines. */
  private void removeLines(int start, int end, int column) {
    int from = start;
    if (from > 0 && lines.isBlankLineBefore(from)) {
      boolean blankOrEndAfter = end >= text.length() || lines.isBlankLine(end) || lines.indentAt(end) < column;
      if (blankOrEndAfter) {
        while (from > 0 && lines.isBlankLineBefore(from)) {
          from = lines.lineStart(from - 1);
        }
      }
    }
    edit(from, end, "");
  }

  /** The end of an entry's lines: after its value's last line and deeper comment lines below it. */
  private int entryEnd(SourceNode.Entry entry, int keyColumn) {
    return lines.commentsBelow(lines.lineEnd(entry.value().contentEnd(text)), keyColumn);
  }

  // ---------------------------------------------------------------- block sequences

  private void diffBlockSequence(SourceNode.Sequence sequence, ArrayNode target, List<Object> path) {
    List<SourceNode> items = sequence.items().stream().map(SourceNode.Item::node).toList();
    int[] dashes = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      dashes[i] = dashOf(text, items.get(i));
      if (dashes[i] < 0) {
        throw new Widen();
      }
    }
    int dashColumn = Lines.column(text, dashes[0]);
    int max = Math.min(items.size(), target.size());
    int prefix = 0;
    while (prefix < max && DataEquality.same(items.get(prefix).data(), target.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix && DataEquality.same(items.get(items.size() - 1 - suffix).data(),
        target.get(target.size() - 1 - suffix))) {
      suffix++;
    }
    int oldMiddle = items.size() - prefix - suffix;
    int newMiddle = target.size() - prefix - suffix;
    int paired = Math.min(oldMiddle, newMiddle);
    for (int k = 0; k < paired; k++) {
      path.add(prefix + k);
      diff(items.get(prefix + k), target.get(prefix + k), Place.item(dashColumn), path);
      path.remove(path.size() - 1);
    }
    for (int k = paired; k < oldMiddle; k++) {
      removeItem(sequence, dashes, prefix + k, dashColumn);
    }
    if (newMiddle > paired) {
      int after = prefix + paired - 1;
      SourceNode template = items.get(Math.max(after, 0));
      int contentColumn = Lines.column(text, template.start()) > dashColumn
          ? Lines.column(text, template.start()) : dashColumn + 2;
      StringBuilder out = new StringBuilder();
      for (int k = paired; k < newMiddle; k++) {
        path.add(prefix + k);
        String item = "-" + emitter.afterDash(target.get(prefix + k), contentColumn, path, template);
        path.remove(path.size() - 1);
        if (after >= 0) {
          out.append(" ".repeat(dashColumn)).append(item).append(eol);
        } else {
          out.append(item).append(eol).append(" ".repeat(dashColumn));
        }
      }
      int at = after >= 0 ? itemEnd(items.get(after), dashColumn) : dashes[0];
      edit(at, at, out.toString());
    }
  }

  private void removeItem(SourceNode.Sequence sequence, int[] dashes, int index, int dashColumn) {
    int dash = dashes[index];
    int lineStart = lines.lineStart(dash);
    if (!lines.onlySpaces(lineStart, dash)) {
      if (index + 1 >= dashes.length) {
        throw new Widen();
      }
      edit(dash, dashes[index + 1], "");
      return;
    }
    int end = itemEnd(sequence.node(index), dashColumn);
    edit(lines.commentsAbove(lineStart, dashColumn), end, "");
  }

  private int itemEnd(SourceNode item, int dashColumn) {
    return lines.commentsBelow(lines.lineEnd(item.contentEnd(text)), dashColumn);
  }

  /** Finds the dash of a block sequence item, or -1 when something other than space stands between. */
  static int dashOf(String text, SourceNode item) {
    int i = item.start() - 1;
    while (i >= 0 && isBlank(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '-' ? i : -1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
