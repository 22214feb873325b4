package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.ScalarStyle;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.List;

/**
 * Renames one key in place: only the key's own text changes, in the key's own quoting where the
 * new name can be written so (plain, single or double quotes; in a flow mapping, quoted where a
 * flow indicator would end it); its value's text, its comments and its place stay. The key is
 * named by a path of keys and list indexes from the root.
 */
public final class KeyRename {
  private KeyRename() {}

  /**
   * Returns the front matter text with the key at {@code steps} renamed.
   *
   * @param source the parsed front matter
   * @param steps the path to the key: keys (String) and list indexes (Integer), ending at a key
   * @param newName the new name
   * @return the new front matter text
   * @throws CardException {@code MISSING_KEY} when the front matter has no such key,
   *     {@code DUPLICATE_KEY} when its mapping already has a key of the new name, and
   *     {@code UNSUPPORTED} for a key inside an anchored mapping or reached through an alias (the
   *     rename would change what the aliases say too) or written as a block scalar
   */
  public static String rename(SourceMap source, List<Object> steps, String newName) {
    String text = source.text();
    SourceNode.Mapping mapping = source.root();
    String where = "";
    for (int i = 0; i < steps.size(); i++) {
      if (mapping == null) {
        throw missing(steps, where);
      }
      refuseShared(mapping, where);
      Object step = steps.get(i);
      if (!(step instanceof String key)) {
        throw missing(steps, where);
      }
      SourceNode.Entry entry = mapping.entry(key);
      if (entry == null) {
        throw missing(steps, where);
      }
      where = where.isEmpty() ? key : where + "." + key;
      if (i == steps.size() - 1) {
        return renamed(text, mapping, entry, newName);
      }
      SourceNode next = entry.value();
      int at = i + 1;
      while (at < steps.size() - 1 && steps.get(at) instanceof Integer index
          && next instanceof SourceNode.Sequence sequence) {
        refuseShared(sequence, where);
        next = index < sequence.items().size() ? sequence.node(index) : null;
        where += "[" + index + "]";
        at++;
        i++;
        if (next == null) {
          throw missing(steps, where);
        }
      }
      if (next instanceof SourceNode.Alias) {
        throw new CardException(CardException.Kind.UNSUPPORTED, "cannot rename a key at '"
            + where + "': its value is an alias (*name) of an anchored value; rename the key"
            + " where the anchor stands");
      }
      mapping = next instanceof SourceNode.Mapping nested ? nested : null;
    }
    throw missing(steps, where);
  }

  private static String renamed(String text, SourceNode.Mapping mapping, SourceNode.Entry entry,
      String newName) {
    SourceNode.Scalar key = entry.key();
    if (key.value().equals(newName)) {
      return text;
    }
    SourceNode.Entry taken = mapping.entry(newName);
    if (taken != null) {
      throw new CardException(CardException.Kind.DUPLICATE_KEY, "cannot rename '" + key.value()
          + "' to '" + newName + "': the mapping already has a key '" + newName + "'");
    }
    String written = keyText(key.style(), newName, mapping.flow());
    return text.substring(0, key.valueStart()) + written + text.substring(key.end());
  }

  /** The new name in the old key's quoting, or in quotes where that cannot hold it. */
  private static String keyText(ScalarStyle style, String name, boolean flow) {
    return switch (style) {
      case PLAIN -> flow ? YamlEmitter.flowKey(name) : YamlEmitter.key(name);
      case SINGLE_QUOTED -> {
        String single = YamlEmitter.singleQuotedOrNull(name);
        yield single != null ? single : YamlEmitter.doubleQuoted(name);
      }
      case DOUBLE_QUOTED -> YamlEmitter.doubleQuoted(name);
      case LITERAL, FOLDED -> throw new CardException(CardException.Kind.UNSUPPORTED,
          "cannot rename a key written as a block scalar (? | or ? >): write it anew");
    };
  }

  /** Refuses a rename inside an anchored node: every alias of it would be renamed too. */
  private static void refuseShared(SourceNode node, String where) {
    if (node.anchor() != null) {
      throw new CardException(CardException.Kind.UNSUPPORTED, "cannot rename a key inside "
          + (where.isEmpty() ? "the front matter" : "'" + where + "'") + ": it is anchored (&"
          + node.anchor() + "), so its aliases would change too");
    }
  }

  private static CardException missing(List<Object> steps, String found) {
    return new CardException(CardException.Kind.MISSING_KEY, "cannot rename: the front matter has"
        + " no key at '" + describe(steps) + "'"
        + (found.isEmpty() ? "" : " (it goes as far as '" + found + "')"));
  }

  private static String describe(List<Object> steps) {
    StringBuilder out = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.toString();
  }
}
