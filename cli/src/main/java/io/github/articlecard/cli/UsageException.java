package io.github.articlecard.cli;

/** A command line the tool cannot follow: exit status 2, with the command's usage on stderr. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  UsageException(String problem) {
    super(problem, null, false, false);
    this.problem = problem;
  }

  /** Returns what is wrong with the command line. */
  String problem() {
    return problem;
  }
}
