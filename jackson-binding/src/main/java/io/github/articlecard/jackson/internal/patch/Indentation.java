package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.SourceNode;

/**
 * The indentation a document uses, so that new nested lines look like the old ones: how far a nested
 * mapping's keys stand right of their parent key, and how far a sequence's dashes stand right of
 * their key (0 for dashes under the key's first letter).
 *
 * @param step columns a nested mapping is indented by
 * @param sequenceIndent columns a sequence's dashes are indented by under their key
 */
record Indentation(int step, int sequenceIndent) {
  /** Two columns for both, as the house style writes. */
  static final Indentation DEFAULT = new Indentation(2, 2);

  /**
   * Infers a document's indentation from the first nested block mapping and the first block
   * sequence among the top-level values; {@link #DEFAULT} for what the document does not show.
   */
  static Indentation of(SourceMap source) {
    int step = -1;
    int sequenceIndent = -1;
    SourceNode.Mapping root = source.root();
    if (root != null && !root.flow()) {
      String text = source.text();
      for (SourceNode.Entry entry : root.entries()) {
        if (step >= 0 && sequenceIndent >= 0) {
          break;
        }
        int keyColumn = Lines.offsetInLine(text, entry.key().start());
        SourceNode value = entry.value();
        if (step < 0 && value instanceof SourceNode.Mapping mapping && !mapping.flow()
            && !mapping.entries().isEmpty()) {
          int childColumn = Lines.offsetInLine(text, mapping.entries().get(0).key().start());
          if (childColumn > keyColumn) {
            step = childColumn - keyColumn;
          }
        }
        if (sequenceIndent < 0 && value instanceof SourceNode.Sequence sequence && !sequence.flow()
            && !sequence.items().isEmpty()) {
          int dash = sequence.items().get(0).dash();
          if (dash >= 0) {
            sequenceIndent = Math.max(0, Lines.offsetInLine(text, dash) - keyColumn);
          }
        }
      }
    }
    return new Indentation(step >= 0 ? step : DEFAULT.step(),
        sequenceIndent >= 0 ? sequenceIndent : DEFAULT.sequenceIndent());
  }
}
