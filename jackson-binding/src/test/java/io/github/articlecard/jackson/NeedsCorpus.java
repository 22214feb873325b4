package io.github.articlecard.jackson;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that read the shared card corpus ({@code ../shared/corpus}). Without it they are
 * skipped, with the reason in the report and once on stderr; under {@code CI=true} they run and
 * fail, since CI must have the corpus.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsCorpus.Condition.class)
@interface NeedsCorpus {

  /** Enables the tests when the corpus is there (or under CI), disables them with a reason otherwise. */
  final class Condition implements ExecutionCondition {
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Path path = Corpus.location();
      if (Files.isDirectory(path.resolve("smartable-2021")) || "true".equals(System.getenv("CI"))) {
        return ConditionEvaluationResult.enabled("the shared card corpus is at " + path);
      }
      String reason = "skipped: the shared card corpus is not at " + path.toAbsolutePath().normalize()
          + " (tests that use ../shared/corpus beside the project are skipped without it)";
      if (TOLD.compareAndSet(false, true)) {
        System.err.println("articlecard: " + reason);
      }
      return ConditionEvaluationResult.disabled(reason);
    }
  }
}
