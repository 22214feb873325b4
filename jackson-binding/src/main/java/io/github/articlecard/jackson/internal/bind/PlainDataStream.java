package io.github.articlecard.jackson.internal.bind;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Moves plain data (see {@link ModelJson}) to and from a stream of JSON tokens without recursion,
 * for both Jackson generations: {@link PlainJson} adapts Jackson 2's parser and generator, the
 * Jackson 3 module its own. Lists and maps are walked with an explicit stack, so data nested deeper
 * than the thread's stack allows meets the parser's or generator's own nesting limit
 * ({@code StreamReadConstraints}, {@code StreamWriteConstraints}) as that library's exception,
 * whatever the application set it to, and never a {@code StackOverflowError}.
 */
public final class PlainDataStream {
  private PlainDataStream() {}

  /** The kinds of token the walk tells apart; every scalar is one kind. */
  public enum Token {
    START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, SCALAR, END_OF_INPUT
  }

  /**
   * A parser as the walk sees it.
   *
   * @param <E> what its calls throw ({@code IOException} for Jackson 2, nothing checked for 3)
   */
  public interface Source<E extends Exception> {
    /** The current token, or {@link Token#END_OF_INPUT} before the first. */
    Token current() throws E;

    /** Moves to the next token and returns it. */
    Token next() throws E;

    /** The current key, on a {@link Token#NAME}. */
    String name() throws E;

    /** The current scalar token as plain data (numbers as {@link JsonNumbers} reads them). */
    @Nullable Object scalar() throws E;

    /** A failure at the current token, in the library's own exception type. */
    E failure(String problem);
  }

  /**
   * A generator as the walk sees it.
   *
   * @param <E> what its calls throw
   */
  public interface Sink<E extends Exception> {
    void startObject(Map<?, ?> value) throws E;

    void endObject() throws E;

    void startArray(List<?> value) throws E;

    void endArray() throws E;

    void name(String key) throws E;

    void nullValue() throws E;

    void string(String text) throws E;

    void bool(boolean flag) throws E;

    /** Writes a number as the given JSON text, unchanged. */
    void number(String text) throws E;

    void number(int whole) throws E;

    void number(long whole) throws E;

    void number(BigInteger whole) throws E;

    void number(double fraction) throws E;

    /** Tells whether the generator writes doubles with its fast writer (other digits than Java's). */
    boolean fastDoubles();
  }

  /** Writes plain data as one JSON value. */
  public static <E extends Exception> void write(@Nullable Object value, Sink<E> sink) throws E {
    if (value instanceof List || value instanceof Map) {
      stream(value, true, sink);
    } else {
      scalar(value, sink);
    }
  }

  /** Writes the entries of a map as fields of an object the caller has started. */
  public static <E extends Exception> void writeFields(Map<?, ?> map, Sink<E> sink) throws E {
    stream(map, false, sink);
  }

  /** A list or map being written: its items or entries still to write. */
  private record Writing(boolean object, Iterator<?> items, boolean closes) {}

  private static <E extends Exception> void stream(Object container, boolean wrapped,
      Sink<E> sink) throws E {
    Deque<Writing> stack = new ArrayDeque<>();
    stack.push(start(container, wrapped, sink));
    while (!stack.isEmpty()) {
      Writing top = stack.element();
      if (!top.items().hasNext()) {
        stack.pop();
        if (top.closes() && top.object()) {
          sink.endObject();
        } else if (top.closes()) {
          sink.endArray();
        }
        continue;
      }
      Object item = top.items().next();
      if (top.object()) {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
        sink.name((String) entry.getKey());
        item = entry.getValue();
      }
      if (item instanceof List || item instanceof Map) {
        stack.push(start(item, true, sink));
      } else {
        scalar(item, sink);
      }
    }
  }

  /** Writes a scalar of plain data: null, String, Boolean, or a number as {@link JsonNumbers} says. */
  private static <E extends Exception> void scalar(@Nullable Object value, Sink<E> sink) throws E {
    if (value == null) {
      sink.nullValue();
    } else if (value instanceof String text) {
      sink.string(text);
    } else if (value instanceof Boolean flag) {
      sink.bool(flag);
    } else if (value instanceof Number number) {
      number(number, sink);
    } else {
      throw new IllegalArgumentException("not plain data: " + value.getClass().getName());
    }
  }

  private static <E extends Exception> void number(Number number, Sink<E> sink) throws E {
    String text = JsonNumbers.text(number, sink.fastDoubles());
    if (text != null) {
      sink.number(text);
    } else if (number instanceof Integer whole) {
      sink.number(whole.intValue());
    } else if (number instanceof Long whole) {
      sink.number(whole.longValue());
    } else if (number instanceof BigInteger whole) {
      sink.number(whole);
    } else if (number instanceof Double fraction) {
      sink.number(fraction.doubleValue());
    } else {
      throw new IllegalArgumentException("not plain data: " + number.getClass().getName());
    }
  }

  private static <E extends Exception> Writing start(Object container, boolean wrapped,
      Sink<E> sink) throws E {
    if (container instanceof List<?> list) {
      sink.startArray(list);
      return new Writing(false, list.iterator(), true);
    }
    Map<?, ?> map = (Map<?, ?>) container;
    if (wrapped) {
      sink.startObject(map);
    }
    return new Writing(true, map.entrySet().iterator(), wrapped);
  }

  /**
   * Reads one JSON value as plain data, starting at the current token (or the next one, before the
   * first); also from inside an object whose start was already read (current token a key or the
   * object's end), as Jackson hands it over for polymorphic types. Leaves the source on the value's
   * last token. Lists and maps come back unmodifiable, maps in the order of their keys.
   *
   * @throws E for a key that appears twice in one object, or tokens that are not one JSON value
   */
  public static <E extends Exception> @Nullable Object read(Source<E> source) throws E {
    Token token = source.current();
    if (token == Token.END_OF_INPUT) {
      token = source.next();
    }
    Deque<Reading> stack = new ArrayDeque<>();
    if (token == Token.NAME || token == Token.END_OBJECT) {
      stack.push(new Reading(true, null));
    } else if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      stack.push(new Reading(token == Token.START_OBJECT, null));
      token = source.next();
    } else {
      return scalar(source, token);
    }
    while (true) {
      Reading top = stack.element();
      if (token == (top.map != null ? Token.END_OBJECT : Token.END_ARRAY)) {
        stack.pop();
        Object value = top.finish();
        Reading parent = stack.peek();
        if (parent == null) {
          return value;
        }
        parent.add(top.key, value);
      } else {
        String key = null;
        if (top.map != null) {
          if (token != Token.NAME) {
            throw source.failure("expected a key or the end of the object");
          }
          key = source.name();
          if (top.map.containsKey(key)) {
            throw source.failure("duplicate key \"" + key + "\"");
          }
          token = source.next();
        }
        if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
          if (top.map != null) {
            top.map.put(Objects.requireNonNull(key), null); // the key's place, and its name for the duplicate check
          }
          stack.push(new Reading(token == Token.START_OBJECT, key));
        } else {
          top.add(key, scalar(source, token));
        }
      }
      token = source.next();
    }
  }

  private static <E extends Exception> @Nullable Object scalar(Source<E> source, Token token)
      throws E {
    return switch (token) {
      case SCALAR -> source.scalar();
      case END_OF_INPUT -> throw source.failure("the JSON ends before its value");
      default -> throw source.failure("expected a JSON value, found " + token);
    };
  }

  /** An array or object being read: what it holds so far. */
  private static final class Reading {
    /** The key this value has in its parent object; null in an array or at the top. */
    final @Nullable String key;
    final @Nullable List<@Nullable Object> list;
    final @Nullable Map<String, @Nullable Object> map;

    Reading(boolean object, @Nullable String key) {
      this.key = key;
      this.list = object ? null : new ArrayList<>();
      this.map = object ? new LinkedHashMap<>() : null;
    }

    /** Adds an item, or puts a value under its key (where an unfinished one held its place). */
    void add(@Nullable String childKey, @Nullable Object value) {
      if (map != null) {
        map.put(Objects.requireNonNull(childKey), value);
      } else {
        Objects.requireNonNull(list).add(value);
      }
    }

    /** Returns what was read, unmodifiable. */
    Object finish() {
      return map != null ? Collections.unmodifiableMap(map)
          : Collections.unmodifiableList(Objects.requireNonNull(list));
    }
  }
}
