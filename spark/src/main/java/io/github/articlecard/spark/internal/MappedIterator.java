package io.github.articlecard.spark.internal;

import java.util.Iterator;

/**
 * A partition's items converted one at a time as Spark pulls them, so that a partition is never
 * held in memory whole; a checked exception of the conversion fails the task as an
 * {@link IllegalArgumentException}.
 *
 * @param <T> the items given
 * @param <R> the items made
 */
public final class MappedIterator<T, R> implements Iterator<R> {
  /** A conversion that may throw what Jackson throws. */
  @FunctionalInterface
  public interface Conversion<T, R> {
    /** Converts one item. */
    R apply(T item) throws Exception;
  }

  private final Iterator<T> items;
  private final Conversion<T, R> conversion;

  public MappedIterator(Iterator<T> items, Conversion<T, R> conversion) {
    this.items = items;
    this.conversion = conversion;
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public R next() {
    T item = items.next();
    try {
      return conversion.apply(item);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException("articlecard: " + e.getMessage(), e);
    }
  }
}
