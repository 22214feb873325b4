package io.github.articlecard.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/**
 * A bulk edit on the generic front matter, for any page (Hugo, Jekyll) as for cards, run on the
 * executors ({@link CardEdits#editFrontMatter}); what it captures must be serializable.
 *
 * <pre>{@code
 * FrontMatterEdit review = data -> data.put("reviewed", true);
 * }</pre>
 */
@FunctionalInterface
public interface FrontMatterEdit extends Serializable {
  /**
   * Edits a copy of the front matter in place; it is then written back with
   * {@code CardDocument.withFrontMatter}, which changes only the lines of what changed.
   *
   * @param frontMatter a fresh copy of the front matter, to change
   */
  void edit(ObjectNode frontMatter);
}
