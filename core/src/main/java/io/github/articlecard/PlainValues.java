package io.github.articlecard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hash code, equality and text of the plain data that {@link Extras} holds, computed without
 * recursion: data nested thousands of levels deep gives no {@code StackOverflowError}, and a list
 * or map shared along many paths is hashed and compared once, not once a path. The results are
 * those of {@link List} and {@link Map}: {@link #hash} is their {@code hashCode}, {@link #same} their
 * {@code equals} (a map's entries in any order).
 */
final class PlainValues {
  /** How long {@link #text} makes a text before it cuts it short. */
  static final int MAX_TEXT = 100_000;

  private PlainValues() {}

  /** A list or map whose hash is being summed: its items or entries still to visit. */
  private static final class Sum {
    final Object value;
    final Iterator<?> items;
    final boolean list;
    int hash;
    @Nullable Object key; // the entry whose value is being hashed

    Sum(Object value) {
      this.value = value;
      this.list = value instanceof List;
      this.items = list ? ((List<?>) value).iterator() : ((Map<?, ?>) value).entrySet().iterator();
      this.hash = list ? 1 : 0;
    }

    void add(int child) {
      if (list) {
        hash = 31 * hash + child;
      } else {
        hash += Objects.hashCode(key) ^ child;
      }
    }
  }

  /** Returns what {@code value.hashCode()} would, as lists and maps define it. */
  static int hash(@Nullable Object value) {
    if (value == null || !isContainer(value)) {
      return Objects.hashCode(value);
    }
    Map<Object, Integer> done = new IdentityHashMap<>();
    Deque<Sum> stack = new ArrayDeque<>();
    stack.push(new Sum(value));
    int result = 0;
    while (!stack.isEmpty()) {
      Sum sum = stack.peek();
      if (!sum.items.hasNext()) {
        stack.pop();
        done.put(sum.value, sum.hash);
        if (stack.isEmpty()) {
          result = sum.hash;
        } else {
          stack.peek().add(sum.hash);
        }
        continue;
      }
      Object item = sum.items.next();
      Object child = item;
      if (!sum.list) {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
        sum.key = entry.getKey();
        child = entry.getValue();
      }
      Integer known = child == null ? null : done.get(child);
      if (known != null) {
        sum.add(known);
      } else if (isContainer(child)) {
        stack.push(new Sum(child));
      } else {
        sum.add(Objects.hashCode(child));
      }
    }
    return result;
  }

  /** Two values compared by identity, to remember which pairs were compared. */
  private record Pair(Object a, Object b) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Pair pair && pair.a == a && pair.b == b;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(a) + System.identityHashCode(b);
    }
  }

  /** Returns what {@code Objects.equals(a, b)} would, as lists and maps define it. */
  static boolean same(@Nullable Object a, @Nullable Object b) {
    Deque<@Nullable Object[]> pending = new ArrayDeque<>();
    Set<Pair> compared = new HashSet<>();
    pending.push(new @Nullable Object[] {a, b});
    while (!pending.isEmpty()) {
      @Nullable Object[] pair = pending.pop();
      Object x = pair[0];
      Object y = pair[1];
      if (x == y) {
        continue;
      }
      if (x == null || y == null || !isContainer(x) || !isContainer(y)) {
        if (isContainer(x) || isContainer(y) || !Objects.equals(x, y)) {
          return false;
        }
        continue;
      }
      if (!compared.add(new Pair(x, y))) {
        continue;
      }
      if (x instanceof List<?> xs && y instanceof List<?> ys) {
        if (xs.size() != ys.size()) {
          return false;
        }
        Iterator<?> others = ys.iterator();
        for (Object item : xs) {
          pending.push(new @Nullable Object[] {item, others.next()});
        }
      } else if (x instanceof Map<?, ?> xm && y instanceof Map<?, ?> ym) {
        if (xm.size() != ym.size()) {
          return false;
        }
        for (Map.Entry<?, ?> entry : xm.entrySet()) {
          if (!ym.containsKey(entry.getKey())) {
            return false;
          }
          pending.push(new @Nullable Object[] {entry.getValue(), ym.get(entry.getKey())});
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns what {@code String.valueOf(value)} would for lists and maps, cut short with
   * {@code ...} after about {@link #MAX_TEXT} characters (shared data can stand for far more).
   */
  static String text(@Nullable Object value) {
    StringBuilder out = new StringBuilder();
    Deque<Object> stack = new ArrayDeque<>(); // iterators, and the closing brackets as strings
    append(value, out, stack);
    while (!stack.isEmpty()) {
      if (out.length() > MAX_TEXT) {
        return out.append("...").toString();
      }
      Object top = stack.peek();
      if (top instanceof String close) {
        stack.pop();
        out.append(close);
        continue;
      }
      Iterator<?> items = (Iterator<?>) top;
      if (!items.hasNext()) {
        stack.pop();
        continue;
      }
      Object item = items.next();
      if (item instanceof Separated separated) {
        out.append(separated.first ? "" : ", ");
        item = separated.item;
      }
      if (item instanceof Map.Entry<?, ?> entry) {
        out.append(entry.getKey()).append('=');
        append(entry.getValue(), out, stack);
      } else {
        append(item, out, stack);
      }
    }
    return out.toString();
  }

  /** An item and whether it is the first of its list or map. */
  private record Separated(boolean first, @Nullable Object item) {}

  private static void append(@Nullable Object value, StringBuilder out, Deque<Object> stack) {
    if (value instanceof List<?> list) {
      out.append('[');
      stack.push("]");
      stack.push(separated(list.iterator()));
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      stack.push("}");
      stack.push(separated(map.entrySet().iterator()));
    } else {
      out.append(value);
    }
  }

  private static Iterator<Separated> separated(Iterator<?> items) {
    return new Iterator<>() {
      boolean first = true;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Separated next() {
        Separated next = new Separated(first, items.next());
        first = false;
        return next;
      }
    };
  }

  private static boolean isContainer(@Nullable Object value) {
    return value instanceof List || value instanceof Map;
  }
}
