package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Width#DOCUMENT document} width: the whole front matter written anew from the data,
 * top-level entry by top-level entry, keeping what it can of the source. The comment and blank
 * lines at the top and the bottom and those between entries that are no entry's stay, and so do
 * each kept entry's own comment lines and the blank lines before it; a top-level entry whose data
 * did not change keeps its text whole, nested comments included (an alias in it whose anchor the
 * new text no longer has is written out as its data). Everything else is rendered: no anchors, no
 * aliases. A front matter that is one flow mapping is written anew in flow style in its place, the
 * comments around it kept. Data that did not change at all keeps the whole text, anchors, aliases
 * and comments inside a flow mapping included.
 */
final class DocumentRender {
  private final String text;
  private final Lines lines;
  private final SourceMap source;
  private final YamlEmitter emitter;
  private final StyleDecision style;

  DocumentRender(SourceMap source, YamlEmitter emitter, StyleDecision style) {
    this.text = source.text();
    this.lines = new Lines(text);
    this.source = source;
    this.emitter = emitter;
    this.style = style;
  }

  /** Returns the front matter text for the target data. */
  String render(ObjectNode target) {
    SourceNode.Mapping root = source.root();
    if (root == null) { // only comments and blank lines: they stay, the entries go after them
      String rendered = target.isEmpty() ? "" : emitter.document(target);
      return text.isEmpty() || text.endsWith("\n") ? text + rendered
          : text + emitter.eol() + rendered;
    }
    if (DataEquality.same(root.data(), target)) { // nothing to write anew: anchors stay too
      return text;
    }
    if (root.flow()) { // written anew in its place, in flow style: the comments around it stay
      return text.substring(0, root.start())
          + emitter.flow(target, StyleDecision.ownStyle(root))
          + text.substring(root.end());
    }
    String eol = emitter.eol();
    List<SourceNode.Entry> entries = root.entries();
    int keyColumn = BlockMappingPatch.keyColumn(lines, root);
    StringBuilder out = new StringBuilder(text.length() + 256);
    int head = lines.lineStart(entries.get(0).decor().blankStart());
    if (onlyCommentsAndBlankLines(0, head)) {
      out.append(text, 0, head);
    }
    List<Object> path = new ArrayList<>();
    String previousKey = null;
    JsonNode previous = null;
    boolean afterKeptLines = false; // a blank line written now would join a block scalar's value
    List<Decor> copied = new ArrayList<>(); // the entries written out whole so far
    int gaps = 1; // the lines between entries that are no entry's are written up to this entry
    List<String> kept = new ArrayList<>();
    for (SourceNode.Entry entry : entries) {
      if (target.has(entry.key().value())) {
        kept.add(entry.key().value());
      }
    }
    List<String> keys = new ArrayList<>(target.size());
    target.fieldNames().forEachRemaining(keys::add);
    for (String key : style.placed(path, kept, keys)) {
      JsonNode value = target.get(key);
      SourceNode.Entry old = root.entry(key);
      if (old != null && old.decor().ownLine()) {
        Decor decor = old.decor();
        for (; gaps <= old.index(); gaps++) {
          afterKeptLines = appendGap(out, entries, gaps, afterKeptLines);
        }
        if ((previous != null || old.index() == 0) && !afterKeptLines) {
          out.append(text, decor.blankStart(), decor.start());
        }
        afterKeptLines = false;
        if (DataEquality.same(old.value().data(), value)) {
          appendEntry(out, decor, copied, eol);
          copied.add(decor);
          afterKeptLines = decor.endsInKeptLines();
        } else {
          out.append(text, decor.start(), lines.lineStart(old.key().start()));
          path.add(key);
          out.append(" ".repeat(keyColumn)).append(YamlEmitter.key(key)).append(':')
              .append(emitter.afterKey(value, keyColumn, path, scalarStyle(old.value())))
              .append(eol);
          path.remove(path.size() - 1);
        }
      } else {
        if (!afterKeptLines
            && style.blankLineBetween(path, root, previousKey, previous, key, value)) {
          out.append(eol);
        }
        afterKeptLines = false;
        path.add(key);
        ScalarStyle hint = value.isTextual() ? style.stringStyle(path, value, root) : null;
        out.append(" ".repeat(keyColumn)).append(YamlEmitter.key(key)).append(':')
            .append(emitter.afterKey(value, keyColumn, path, hint)).append(eol);
        path.remove(path.size() - 1);
      }
      previousKey = key;
      previous = value;
    }
    for (; gaps < entries.size(); gaps++) {
      afterKeptLines = appendGap(out, entries, gaps, afterKeptLines);
    }
    int tail = entries.get(entries.size() - 1).decor().end();
    if (afterKeptLines) {
      tail = lines.skipBlankLines(tail);
    }
    if (onlyCommentsAndBlankLines(tail, text.length())) {
      out.append(text, tail, text.length());
    }
    return out.toString();
  }

  /**
   * Appends the comment lines between an entry and the one before it that are neither's (a note
   * between groups), with the blank lines around them; after kept lines of a block scalar, without
   * the blank lines first.
   *
   * @return whether what was written last still ends in kept lines
   */
  private boolean appendGap(StringBuilder out, List<SourceNode.Entry> entries, int index,
      boolean afterKeptLines) {
    int start = entries.get(index - 1).decor().end();
    int end = entries.get(index).decor().blankStart();
    if (afterKeptLines) {
      start = Math.min(lines.skipBlankLines(start), end);
    }
    if (start >= end || !onlyCommentsAndBlankLines(start, end)) {
      return afterKeptLines;
    }
    out.append(text, start, end);
    return false;
  }

  /** Appends whole lines of the source, with a line break after the last one if it had none. */
  private void appendLines(StringBuilder out, int start, int end, String eol) {
    out.append(text, start, end);
    if (end == start || text.charAt(end - 1) != '\n') {
      out.append(eol);
    }
  }

  /**
   * Appends an unchanged entry's lines as they stand, but for its aliases whose anchor the text
   * written so far no longer has: those are written out as their data, in flow style.
   */
  private void appendEntry(StringBuilder out, Decor decor, List<Decor> copied, String eol) {
    List<SourceNode.Alias> aliases = source.aliases();
    int low = 0;
    int high = aliases.size();
    while (low < high) { // the first alias at or after the start; the aliases are in text order
      int middle = (low + high) >>> 1;
      if (aliases.get(middle).start() < decor.start()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int at = decor.start();
    for (int i = low; i < aliases.size() && aliases.get(i).start() < decor.end(); i++) {
      SourceNode.Alias alias = aliases.get(i);
      if (!anchorKept(alias, decor, copied)) {
        out.append(text, at, alias.start()).append(emitter.flow(alias.data(),
            StyleDecision.ownStyle(alias.target())));
        at = alias.end();
      }
    }
    appendLines(out, at, decor.end(), eol);
  }

  /**
   * Tells whether the anchor an alias refers to stays in the text: in the entry's own lines before
   * it, or in an entry already written out whole.
   */
  private static boolean anchorKept(SourceNode.Alias alias, Decor decor, List<Decor> copied) {
    int anchor = alias.target().start();
    if (anchor >= decor.start() && anchor < alias.start()) {
      return true;
    }
    for (Decor written : copied) {
      if (anchor >= written.start() && anchor < written.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyCommentsAndBlankLines(int start, int end) {
    for (int at = start; at < end; at = lines.lineEnd(at)) {
      if (!lines.isBlankLine(at) && !lines.isCommentLine(at)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable ScalarStyle scalarStyle(SourceNode value) {
    return value instanceof SourceNode.Scalar scalar && !scalar.isBlock() && !scalar.isEmptyPlain()
        ? scalar.style() : null;
  }
}
