package io.github.articlecard.cli;

import java.io.PrintStream;

/**
 * Where the command writes: results on stdout; problems, warnings and progress on stderr, each
 * in the one shape {@code articlecard: FILE:LINE:COLUMN: message}. {@code --quiet} silences the
 * notes (summaries, {@code updated FILE}), never results or problems.
 */
final class Output {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean quiet;

  Output(PrintStream out, PrintStream err, boolean quiet) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
  }

  /** Returns an output like this one, silenced or not. */
  Output quiet(boolean silenced) {
    return silenced == quiet ? this : new Output(out, err, silenced);
  }

  boolean isQuiet() {
    return quiet;
  }

  /** Prints a problem on stderr. */
  void problem(Diagnostic diagnostic) {
    err.println(diagnostic.format(""));
  }

  /** Prints a warning on stderr: {@code articlecard: FILE:LINE:COLUMN: warning: message}. */
  void warning(Diagnostic diagnostic) {
    err.println(diagnostic.format("warning: "));
  }

  /** Prints a message about no file on stderr: {@code articlecard: message}. */
  void message(String message) {
    err.println("articlecard: " + message);
  }

  /** Prints a result line on stdout. */
  void result(String line) {
    out.println(line);
  }

  /** Prints text on stdout as it is (a card, a diff). */
  void text(String text) {
    out.print(text);
    out.flush();
  }

  /** Prints a note on stdout unless quiet. */
  void note(String line) {
    if (!quiet) {
      out.println(line);
    }
  }

  /** Prints text on stderr as it is (help after a usage error). */
  void errorText(String text) {
    err.println(text);
  }
}
