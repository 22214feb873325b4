package io.github.articlecard.jackson.internal.patch;

import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;

/**
 * What every step of one patch attempt reads and none changes: the source text and its lines, the
 * emitter and style of new text, the attempt's {@link Width} and the {@link AnchorPlan} it carries
 * out.
 *
 * @param source the parsed front matter
 * @param lines the line geometry of its text
 * @param emitter writes new text in the document's indentation and line break
 * @param style chooses the style of new keys and values, the document's own first
 * @param width how much the attempt may rewrite
 * @param anchors which anchors move to which aliases
 */
record PatchContext(SourceMap source, Lines lines, YamlEmitter emitter, StyleDecision style,
    Width width, AnchorPlan anchors) {

  /** A context for one attempt at one width, carrying out an anchor plan. */
  static PatchContext of(SourceMap source, YamlEmitter emitter, StyleDecision style, Width width,
      AnchorPlan anchors) {
    return new PatchContext(source, new Lines(source.text()), emitter, style, width, anchors);
  }

  /** The same attempt carrying out another anchor plan. */
  PatchContext carryingOut(AnchorPlan plan) {
    return new PatchContext(source, lines, emitter, style, width, plan);
  }

  /** The front matter text. */
  String text() {
    return lines.text();
  }

  /** The line break of new lines. */
  String eol() {
    return emitter.eol();
  }
}
