package io.github.articlecard.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a value is in a front matter, as keys and list indexes: {@code related[0].title},
 * {@code provider.images[1].url}, {@code params["og.title"]}. The one path syntax of the library:
 * {@link CardDocument#positionOf(CardPath)} and {@link CardDocument#withKeyRenamed(CardPath,
 * String)} take it, {@link CardBindingException#cardPath()} gives it, and validation problems write
 * their paths in it.
 *
 * <p>Keys are separated by dots and list indexes (0 and up) stand in brackets. A key that is empty
 * or holds {@code .}, {@code [}, {@code ]}, {@code "} or {@code \} is written in brackets and double
 * quotes, with {@code "} and {@code \} escaped by a backslash: {@code params["og.title"]},
 * {@code x["say \"hi\""]}. {@link #parse} reads what {@link #toString} writes, so a path survives
 * a round trip through text. The empty path (no steps, written as the empty string) is the front
 * matter as a whole.
 *
 * <pre>{@code
 * CardPath path = CardPath.parse("related[0].images[1].width");
 * path.steps();                          // [Key[name=related], Index[index=0], Key[name=images], ...]
 * CardPath title = CardPath.root().key("related").index(0).key("title");   // related[0].title
 * CardPath quoted = CardPath.root().key("params").key("og.title");         // params["og.title"]
 * doc.positionOf(title).map(Position::line);
 * }</pre>
 *
 * @param steps the keys and indexes from the front matter down, in order; empty for the front
 *     matter as a whole
 */
public record CardPath(List<Step> steps) {
  private static final CardPath ROOT = new CardPath(List.of());

  /** One step of a path: a key of a mapping or an index of a list. */
  public sealed interface Step permits Key, Index {}

  /**
   * A key of a mapping.
   *
   * @param name the key, any text
   */
  public record Key(String name) implements Step {
    /** Creates the step. */
    public Key {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * An item of a list.
   *
   * @param index the 0-based index
   */
  public record Index(int index) implements Step {
    /**
     * Creates the step.
     *
     * @throws IllegalArgumentException if the index is negative
     */
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("a list index is 0 or more, not " + index);
      }
    }
  }

  /**
   * Creates a path from its steps.
   *
   * @throws NullPointerException if a step is null
   */
  public CardPath {
    steps = List.copyOf(steps);
  }

  /**
   * Returns the empty path: the front matter as a whole.
   *
   * @return the path with no steps
   */
  public static CardPath root() {
    return ROOT;
  }

  /**
   * Reads a path as {@link #toString} writes it, binding errors and validation problems name
   * values: keys separated by dots, list indexes in brackets, keys holding {@code .}, {@code [} or
   * {@code ]} in brackets and double quotes ({@code params["og.title"]}, with {@code \"} and
   * {@code \\} inside). An index too large for an {@code int} is past the end of every list and
   * reads as {@link Integer#MAX_VALUE}.
   *
   * @param text the path; the empty string is the front matter as a whole
   * @return the path
   * @throws IllegalArgumentException if the text is not a path, naming the character where it
   *     goes wrong and what was expected there
   */
  public static CardPath parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Step> steps = new ArrayList<>();
    int i = 0;
    boolean expectKey = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        if (expectKey && i > 0) {
          throw malformed(text, i, "a key after '.'");
        }
        int close = text.indexOf(']', i);
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i = quotedKey(text, i + 2, steps);
        } else if (close > i + 1
            && text.substring(i + 1, close).chars().allMatch(d -> d >= '0' && d <= '9')) {
          String digits = text.substring(i + 1, close);
          // an index too large for an int is past the end of every list, as Integer.MAX_VALUE is
          steps.add(new Index(digits.length() > 10 ? Integer.MAX_VALUE
              : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(digits))));
          i = close + 1;
        } else {
          throw malformed(text, i, "a list index such as [0] or a quoted key such as [\"a.b\"]");
        }
        expectKey = false;
      } else if (c == '.' && !expectKey) {
        if (i + 1 == text.length()) {
          throw malformed(text, i + 1, "a key after '.'");
        }
        i++;
        expectKey = true;
      } else if (expectKey && c != '.' && c != ']') {
        int end = i;
        while (end < text.length() && ".[]".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        steps.add(new Key(text.substring(i, end)));
        i = end;
        expectKey = false;
      } else {
        throw malformed(text, i, expectKey ? "a key" : "'.' or '['");
      }
    }
    return new CardPath(steps);
  }

  private static int quotedKey(String text, int from, List<Step> steps) {
    StringBuilder key = new StringBuilder();
    int i = from;
    while (i < text.length() && text.charAt(i) != '"') {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        i++;
        c = text.charAt(i);
      }
      key.append(c);
      i++;
    }
    if (i + 1 >= text.length() || text.charAt(i + 1) != ']') {
      throw malformed(text, Math.min(i, text.length()), "a closing \"]");
    }
    steps.add(new Key(key.toString()));
    return i + 2;
  }

  private static IllegalArgumentException malformed(String text, int at, String expected) {
    return new IllegalArgumentException("not a model path: \"" + text + "\": expected " + expected
        + " at character " + (at + 1));
  }

  /**
   * Returns this path with a key added at the end.
   *
   * @param name the key
   * @return the longer path
   */
  public CardPath key(String name) {
    return with(new Key(name));
  }

  /**
   * Returns this path with a list index added at the end.
   *
   * @param index the 0-based index
   * @return the longer path
   * @throws IllegalArgumentException if the index is negative
   */
  public CardPath index(int index) {
    return with(new Index(index));
  }

  private CardPath with(Step step) {
    List<Step> longer = new ArrayList<>(steps.size() + 1);
    longer.addAll(steps);
    longer.add(step);
    return new CardPath(longer);
  }

  /**
   * Tells whether this is the empty path, the front matter as a whole.
   *
   * @return true when there are no steps
   */
  public boolean isRoot() {
    return steps.isEmpty();
  }

  /**
   * Returns the path as text, in the syntax {@link #parse} reads: {@code related[0].title},
   * {@code params["og.title"]}; the empty string for the front matter as a whole.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Step step : steps) {
      if (step instanceof Index index) {
        out.append('[').append(index.index()).append(']');
      } else {
        String name = ((Key) step).name();
        if (isPlain(name)) {
          out.append(out.length() == 0 ? "" : ".").append(name);
        } else {
          out.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
      }
    }
    return out.toString();
  }

  /** Tells whether a key can stand in a path without brackets and quotes. */
  private static boolean isPlain(String name) {
    return !name.isEmpty() && name.chars().noneMatch(c -> ".[]\"\\".indexOf(c) >= 0);
  }
}
