package io.github.articlecard.cli;

import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardProblem;
import io.github.articlecard.jackson.CardWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code check} reports about a card that reads: its validation problems, each at the place
 * of its value, and its warnings (valid YAML that is probably not what was meant).
 */
final class Findings {
  /** The kind of a validation problem in reports, beside the kinds of exceptions and warnings. */
  static final String KIND = "VALIDATION";

  private Findings() {}

  /**
   * Returns a validation problem at the place of its value ({@link CardDocument#problems()}), with
   * the line quoted, or without a place when it has none (a missing title).
   */
  static Diagnostic problem(String source, CardProblem problem) {
    ValidationProblem validation = problem.validation();
    return new Diagnostic(source, problem.line(), problem.column(), KIND, validation.path(),
        validation.message(), problem.excerpt().isEmpty() ? null : problem.excerpt());
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
