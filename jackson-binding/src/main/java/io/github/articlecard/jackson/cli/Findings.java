package io.github.articlecard.jackson.cli;

import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
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
    CardException located = SourceText.of(doc.text())
        .bindingError(at.get().offset(), problem.path(), problem.message());
    return new Diagnostic(source, located.line(), located.column(), KIND, problem.path(),
        problem.message(), located.excerpt().orElse(null));
  }

  /**
   * Returns the document's warnings.
   *
   * <p>FALLBACK until {@code CardDocument.warnings()} (the {@code yaml} room's work) is on main:
   * only the commonest case, a {@code #} right after a plain value on its line that starts a
   * comment and so cuts the value short ({@code title: We're #1 at AI} reads as "We're").
   */
  static List<Diagnostic> warnings(String source, CardDocument doc) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (CommentLines.Comment comment : CommentLines.of(doc.text()).orElse(List.of())) {
      if (comment.cutsAValue()) {
        warnings.add(new Diagnostic(source, comment.line(), comment.column(), "COMMENT_IN_VALUE",
            null, "' #' starts a comment, so the value stops before it: put the whole value in"
                + " double quotes if the '#' belongs to it", null));
      }
    }
    return warnings;
  }
}
