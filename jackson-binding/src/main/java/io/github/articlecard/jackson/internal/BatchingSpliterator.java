package io.github.articlecard.jackson.internal;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Splits a lazy iterator into small fixed-size batches, so that a parallel stream over a folder
 * walk keeps every worker busy while holding only a few batches of paths at a time (the JDK's
 * iterator spliterator splits in ever larger batches, which starves the second worker on a
 * folder of a few thousand files).
 *
 * @param <T> the element type
 */
public final class BatchingSpliterator<T> implements Spliterator<T> {
  private final Iterator<T> source;
  private final int batchSize;

  /**
   * @param source the lazy source
   * @param batchSize elements per split-off batch
   */
  public BatchingSpliterator(Iterator<T> source, int batchSize) {
    this.source = source;
    this.batchSize = batchSize;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (!source.hasNext()) {
      return false;
    }
    action.accept(source.next());
    return true;
  }

  @Override
  public @Nullable Spliterator<T> trySplit() {
    if (!source.hasNext()) {
      return null;
    }
    Object[] batch = new Object[batchSize];
    int size = 0;
    while (size < batchSize && source.hasNext()) {
      batch[size++] = source.next();
    }
    return Spliterators.spliterator(batch, 0, size, Spliterator.ORDERED | Spliterator.NONNULL);
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return Spliterator.ORDERED | Spliterator.NONNULL;
  }
}
