package io.github.articlecard.jackson;

/**
 * How much of a front matter an edit rewrites. Every edit tries the widths in this order and keeps
 * the first whose result re-reads as the edited data; {@link CardDocument#rewrittenAt(EditWidth)}
 * forces one width on a document's own, unchanged data, to check that the writer gives the text
 * back byte for byte at that width.
 *
 * <pre>{@code
 * CardDocument doc = mapper.read(text);
 * assert doc.rewrittenAt(EditWidth.MINIMAL).text().equals(text);
 * assert doc.rewrittenAt(EditWidth.DOCUMENT).text().equals(text);   // the widest rewrite
 * }</pre>
 */
public enum EditWidth {
  /**
   * Only what changed: scalars replaced in their own style, entries and items inserted and removed
   * with their own lines and comments, collections patched inside.
   */
  MINIMAL,
  /** Each changed top-level entry written anew as a whole; the other entries keep their text. */
  ENTRY,
  /**
   * The whole front matter written anew from the data, entry by entry, keeping the comment lines
   * around the top-level entries and the text of the entries that did not change.
   */
  DOCUMENT
}
