package io.github.articlecard.jackson.internal.patch;

/**
 * How much of the front matter a patch may rewrite. The patcher tries the widths in order and keeps
 * the first whose result re-reads as the target data.
 */
public enum Width {
  /**
   * Recurse into changed collections; replace scalars in their own style; insert and remove entries
   * and items with their own lines and comments, in their neighbours' shape.
   */
  MINIMAL,
  /** Re-render each changed top-level entry as a whole; the other entries keep their text. */
  ENTRY,
  /**
   * Write the whole front matter anew from the data, entry by entry, keeping the comment lines
   * around the top-level entries and the text of the unchanged ones ({@link DocumentRender}).
   */
  DOCUMENT,
  /**
   * Write the data anew with nothing of the source: the last resort, for data that not even the
   * document width can write so that it reads back.
   */
  BARE
}
