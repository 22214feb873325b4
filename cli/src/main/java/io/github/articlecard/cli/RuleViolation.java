package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.CardValidator.Severity;
import io.github.articlecard.ValidationRule;
import io.github.articlecard.jackson.CardProblem;

/**
 * A validation problem as {@code check} reports it: where and what ({@link Diagnostic}), the rule
 * it breaks and how much that matters, shown in text as
 * {@code articlecard: FILE:LINE:COLUMN: warning: heat: must be >= -1 [heat]} and in JSON as the
 * diagnostic's members with {@code "rule"} and {@code "severity"}.
 *
 * @param diagnostic where and what
 * @param rule the rule broken
 * @param severity {@code ERROR} or {@code WARNING}
 */
record RuleViolation(Diagnostic diagnostic, ValidationRule rule, Severity severity) {
  /** Describes a card's validation problem, with the name the command knows the file by. */
  static RuleViolation of(String source, CardProblem problem) {
    return new RuleViolation(Findings.problem(source, problem), problem.rule(), problem.severity());
  }

  /** Tells whether the problem makes the card invalid. */
  boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Returns the problem as printed: the severity after the place, the rule's id at the end. */
  String format() {
    return withRuleId().format(CheckRules.word(severity) + ": ");
  }

  /** Returns the diagnostic with the rule's id at the end of its message ({@code [heat]}). */
  Diagnostic withRuleId() {
    return new Diagnostic(diagnostic.source(), diagnostic.line(), diagnostic.column(),
        diagnostic.kind(), diagnostic.path(), diagnostic.problem() + " [" + rule.id() + "]",
        diagnostic.excerpt());
  }

  /** Adds the diagnostic's members to a JSON object, the rule's id and severity after its kind. */
  ObjectNode writeTo(ObjectNode json) {
    json.put("kind", Findings.KIND).put("rule", rule.id())
        .put("severity", CheckRules.word(severity));
    return diagnostic.writeTo(json);
  }
}
