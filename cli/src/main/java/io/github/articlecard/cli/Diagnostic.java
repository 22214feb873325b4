package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardException;
import org.jspecify.annotations.Nullable;

/**
 * One thing the command reports about a card, built from the fields of an exception, a warning or
 * a validation problem (never from message text), and printed in one shape:
 * {@code articlecard: FILE:LINE:COLUMN: message}, without the parts it has no value for.
 *
 * @param source the file as named on the command line or found in a folder ({@code <stdin>} for
 *     standard input), or null when the problem is about no file
 * @param line the 1-based line, or 0 when there is no place in a text
 * @param column the 1-based column in code points, or 0
 * @param kind what kind of problem, for programs ({@code BINDING}, {@code COMMENT_IN_VALUE}...),
 *     or null
 * @param path the model path the problem is about ({@code related[0].title}), or null
 * @param problem what is wrong, without the place; without the path too, but for a binding error,
 *     whose problem names it
 * @param excerpt the offending line with a caret under the column, or null
 */
record Diagnostic(@Nullable String source, int line, int column, @Nullable String kind,
    @Nullable String path, String problem, @Nullable String excerpt) {

  /** Describes an exception of the library, with the name the command knows the file by. */
  static Diagnostic of(String source, CardException e) {
    String path = e instanceof CardBindingException binding && !binding.path().isEmpty()
        ? binding.path() : null;
    return new Diagnostic(e.sourceName().orElse(source), e.line(), e.column(), e.kind().name(),
        path, e.problem(), e.excerpt().orElse(null));
  }

  /** Describes a problem the command itself finds in a file, with no place in it. */
  static Diagnostic about(String source, String problem) {
    return new Diagnostic(source, 0, 0, null, null, problem, null);
  }

  /** Describes a failure the command did not foresee: a bug in it, to be reported. */
  static Diagnostic bug(String source, RuntimeException e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return about(source, "unexpected failure, a bug in articlecard (please report it with this"
        + " card): " + what);
  }

  /** Returns this diagnostic about another file name (a file read from standard input). */
  Diagnostic named(String name) {
    return new Diagnostic(name, line, column, kind, path, problem, excerpt);
  }

  /** Returns the message: the path, when there is one, and the problem. */
  String message() {
    // a binding error's problem is already a sentence that names its path
    return path == null || "BINDING".equals(kind) ? problem : path + ": " + problem;
  }

  /**
   * Returns the diagnostic as the command prints it: {@code articlecard: FILE:LINE:COLUMN: }, then
   * {@code label} (such as {@code "warning: "}, or empty) and the message, then the excerpt on the
   * next lines.
   */
  String format(String label) {
    StringBuilder out = new StringBuilder("articlecard: ");
    if (source != null) {
      out.append(source);
      if (line > 0) {
        out.append(':').append(line).append(':').append(column);
      }
      out.append(": ");
    }
    out.append(label).append(message());
    if (excerpt != null) {
      out.append('\n').append(excerpt);
    }
    return out.toString();
  }

  /** Adds this diagnostic's fields to a JSON object; no line or column when there is no place. */
  ObjectNode writeTo(ObjectNode json) {
    if (kind != null) {
      json.put("kind", kind);
    }
    if (path != null) {
      json.put("path", path);
    }
    json.put("message", problem);
    if (line > 0) {
      json.put("line", line).put("column", column);
    }
    return json;
  }
}
