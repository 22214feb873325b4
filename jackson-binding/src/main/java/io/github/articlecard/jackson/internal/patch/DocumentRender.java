package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.Decor;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Width#DOCUMENT document} width: the whole front matter written anew from the data,
 * top-level entry by top-level entry, keeping what it can of the source. The comment and blank
 * lines at the top and the bottom stay, and so do each kept entry's own comment lines and the blank
 * lines before it; a top-level entry whose data did not change and that holds no alias keeps its
 * text whole, nested comments included. Everything else is rendered: no anchors, no aliases.
 */
final class DocumentRender {
  private final String text;
  private final Lines lines;
  private final SourceMap source;
  private final YamlEmitter emitter;
  private final StylePolicy policy;

  DocumentRender(SourceMap source, YamlEmitter emitter, StylePolicy policy) {
    this.text = source.text();
    this.lines = new Lines(text);
    this.source = source;
    this.emitter = emitter;
    this.policy = policy;
  }

  /** Returns the front matter text for the target data. */
  String render(ObjectNode target) {
    SourceNode.Mapping root = source.root();
    if (root == null || root.flow() || target.isEmpty()) {
      return emitter.document(target);
    }
    String eol = emitter.eol();
    List<SourceNode.Entry> entries = root.entries();
    int keyColumn = BlockMappingPatch.keyColumn(lines, root);
    boolean spaced = BlockMappingPatch.separatesEntriesWithBlankLines(root);
    StringBuilder out = new StringBuilder(text.length() + 256);
    int head = lines.lineStart(entries.get(0).decor().blankStart());
    if (onlyCommentsAndBlankLines(0, head)) {
      out.append(text, 0, head);
    }
    List<Object> path = new ArrayList<>();
    String previousKey = null;
    JsonNode previous = null;
    for (Map.Entry<String, JsonNode> property : target.properties()) {
      String key = property.getKey();
      JsonNode value = property.getValue();
      SourceNode.Entry old = root.entry(key);
      if (old != null && old.decor().ownLine()) {
        Decor decor = old.decor();
        if (previous != null || old.index() == 0) {
          out.append(text, decor.blankStart(), decor.start());
        }
        if (DataEquality.same(old.value().data(), value) && !holdsAlias(decor)) {
          appendLines(out, decor.start(), decor.end(), eol);
        } else {
          out.append(text, decor.start(), lines.lineStart(old.key().start()));
          path.add(key);
          out.append(" ".repeat(keyColumn)).append(YamlEmitter.key(key)).append(':')
              .append(emitter.afterKey(value, keyColumn, path, scalarStyle(old.value())))
              .append(eol);
          path.remove(path.size() - 1);
        }
      } else {
        if (spaced && policy.blankLineBetween(previousKey, previous, key, value)) {
          out.append(eol);
        }
        path.add(key);
        out.append(" ".repeat(keyColumn)).append(YamlEmitter.key(key)).append(':')
            .append(emitter.afterKey(value, keyColumn, path, null)).append(eol);
        path.remove(path.size() - 1);
      }
      previousKey = key;
      previous = value;
    }
    int tail = entries.get(entries.size() - 1).decor().end();
    if (onlyCommentsAndBlankLines(tail, text.length())) {
      out.append(text, tail, text.length());
    }
    return out.toString();
  }

  /** Appends whole lines of the source, with a line break after the last one if it had none. */
  private void appendLines(StringBuilder out, int start, int end, String eol) {
    out.append(text, start, end);
    if (end == start || text.charAt(end - 1) != '\n') {
      out.append(eol);
    }
  }

  /** Tells whether an alias stands in an entry's lines; the aliases are in text order. */
  private boolean holdsAlias(Decor decor) {
    List<SourceNode.Alias> aliases = source.aliases();
    int low = 0;
    int high = aliases.size();
    while (low < high) { // the first alias at or after the start
      int middle = (low + high) >>> 1;
      if (aliases.get(middle).start() < decor.start()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low < aliases.size() && aliases.get(low).start() < decor.end();
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
