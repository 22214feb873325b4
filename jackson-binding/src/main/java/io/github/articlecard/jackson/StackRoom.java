package io.github.articlecard.jackson;

import io.github.articlecard.jackson.internal.yaml.Limit;
import java.util.function.Supplier;

/**
 * Where the public operations meet a thread's stack: the reader, the binder, the patchers and the
 * writers walk nested data by recursion, bounded by {@code maxNestingDepth}. With that limit
 * raised towards 1,000 levels, a document read on one thread may be edited on another whose
 * stack is smaller; there the depth is refused as a {@link CardException.Kind#LIMIT} that says
 * what helps, never thrown as a {@code StackOverflowError}. Every operation that walks data runs
 * inside {@link #guard}; results are immutable and lazily settled parts are published whole, so a
 * refused operation leaves nothing half done.
 */
final class StackRoom {
  private StackRoom() {}

  /**
   * Runs {@code work}, turning a stack that runs out into a {@code LIMIT} exception.
   *
   * @param maxNestingDepth the limit in force, named in the message
   * @param doing what the operation does ("read", "bind", "edit", "write")
   */
  static <T> T guard(int maxNestingDepth, String doing, Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError e) {
      // raising the limit cannot help here: the stack is what ran out
      throw new CardException(CardException.Kind.LIMIT,
          Limit.stackTooSmall(doing, maxNestingDepth));
    }
  }
}
