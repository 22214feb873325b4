package io.github.articlecard.jackson.internal.yaml;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where two source maps of the same text differ: the data, and for every node its kind, span,
 * properties, style, value, and the lines each entry and item owns. Null when they are the same.
 */
final class SourceMapDifference {
  private SourceMapDifference() {}

  static @Nullable String between(SourceMap expected, SourceMap actual) {
    if (!expected.data().equals(actual.data())) {
      return "data: " + expected.data() + " but " + actual.data();
    }
    if (expected.aliases().size() != actual.aliases().size()) {
      return "aliases: " + expected.aliases().size() + " but " + actual.aliases().size();
    }
    SourceNode.Mapping a = expected.root();
    SourceNode.Mapping b = actual.root();
    if (a == null || b == null) {
      return a == b ? null : "root: " + a + " but " + b;
    }
    return node("", a, b);
  }

  private static @Nullable String node(String path, SourceNode a, SourceNode b) {
    if (a.getClass() != b.getClass()) {
      return path + ": " + a.getClass().getSimpleName() + " but " + b.getClass().getSimpleName();
    }
    String found = differs(path, "start", a.start(), b.start());
    found = found != null ? found : differs(path, "end", a.end(), b.end());
    found = found != null ? found : differs(path, "anchor", a.anchor(), b.anchor());
    found = found != null ? found : differs(path, "size", a.size(), b.size());
    found = found != null ? found : differs(path, "chars", a.chars(), b.chars());
    if (found != null) {
      return found;
    }
    if (a instanceof SourceNode.Scalar x && b instanceof SourceNode.Scalar y) {
      found = differs(path, "value", x.value(), y.value());
      found = found != null ? found : differs(path, "style", x.style(), y.style());
      found = found != null ? found : differs(path, "valueStart", x.valueStart(), y.valueStart());
      found = found != null ? found : differs(path, "keep", x.endsInKeptLines(),
          y.endsInKeptLines());
      return found != null ? found : differs(path, "tag", x.tag(), y.tag());
    }
    if (a instanceof SourceNode.Alias x && b instanceof SourceNode.Alias y) {
      found = differs(path, "alias", x.name(), y.name());
      return found != null ? found : differs(path, "target", x.target().start(), y.target().start());
    }
    if (a instanceof SourceNode.Mapping x && b instanceof SourceNode.Mapping y) {
      found = differs(path, "flow", x.flow(), y.flow());
      found = found != null ? found : differs(path, "entries", x.entries().size(),
          y.entries().size());
      if (found != null) {
        return found;
      }
      List<SourceNode.Entry> entries = y.entries();
      // what the second map's entries tell of blank lines above them before any decor is worked
      // out (from what the reader noted as it went), against the first map's decors
      boolean[] blankAbove = new boolean[entries.size()];
      for (int i = 1; i < entries.size() && !y.flow(); i++) {
        blankAbove[i] = entries.get(i).spaceBefore();
      }
      for (int i = 0; i < x.entries().size(); i++) {
        SourceNode.Entry e = x.entries().get(i);
        SourceNode.Entry f = entries.get(i);
        String at = path + "." + e.key().value();
        found = node(at + "(key)", e.key(), f.key());
        found = found != null ? found : differs(at, "decor", e.decor(), f.decor());
        found = found != null || i == 0 || y.flow() ? found
            : differs(at, "spaceBefore", e.decor().spaceBefore(), blankAbove[i]);
        found = found != null ? found : node(at, e.value(), f.value());
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    SourceNode.Sequence x = (SourceNode.Sequence) a;
    SourceNode.Sequence y = (SourceNode.Sequence) b;
    found = differs(path, "flow", x.flow(), y.flow());
    found = found != null ? found : differs(path, "items", x.items().size(), y.items().size());
    if (found != null) {
      return found;
    }
    for (int i = 0; i < x.items().size(); i++) {
      SourceNode.Item e = x.items().get(i);
      SourceNode.Item f = y.items().get(i);
      String at = path + "[" + i + "]";
      found = differs(at, "dash", e.dash(), f.dash());
      found = found != null ? found : differs(at, "decor", e.decor(), f.decor());
      found = found != null ? found : node(at, e.node(), f.node());
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable String differs(String path, String what, @Nullable Object a,
      @Nullable Object b) {
    return Objects.equals(a, b) ? null : (path.isEmpty() ? "root" : path) + " " + what + ": " + a
        + " but " + b;
  }
}
