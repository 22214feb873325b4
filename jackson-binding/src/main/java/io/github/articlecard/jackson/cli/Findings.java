package io.github.articlecard.jackson.cli;

import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardWarning;
import io.github.articlecard.jackson.Position;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code check} reports about a card that reads: its validation problems, each at the place
 * of its value, and its warnings (valid YAML that is probably not what was meant).
 */
final class Findings {
  /** The kind of a validation problem in reports, beside the kinds of exceptions and warnings. */
  static final String KIND = "VALIDATION";

  private Findings() {}

  /**
   * Returns a validation problem at the place of its value ({@link CardDocument#positionOf}), with
   * the line quoted, or without a place when it has none (a missing title).
   */
  static Diagnostic problem(String source, CardDocument doc, ValidationProblem problem) {
    Optional<Position> at = doc.positionOf(problem.path());
    if (at.isEmpty()) {
      return new Diagnostic(source, 0, 0, KIND, problem.path(), problem.message(), null);
    }
    Position place = at.get();
    // the document has located the line; quoting it costs the line's length, not the text's
    return new Diagnostic(source, place.line(), place.column(), KIND, problem.path(),
        problem.message(), SourceText.of(doc.text()).excerpt(place.offset(), place.line()));
  }

  /**
   * Returns the document's warnings ({@link CardDocument#warnings()}): valid YAML that is probably
   * not what was meant, each at its place with the line quoted.
   */
  static List<Diagnostic> warnings(String source, CardDocument doc) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (CardWarning warning : doc.warnings()) {
      warnings.add(new Diagnostic(source, warning.line(), warning.column(), warning.kind().name(),
          null, warning.problem(), warning.excerpt()));
    }
    return warnings;
  }
}
