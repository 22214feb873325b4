package io.github.articlecard.jackson.cli;

import io.github.articlecard.jackson.CardFileFinder;

/**
 * Entry point of the {@code articlecard} command: {@code java -jar articlecard-jackson-binding-VERSION-cli.jar check cards/}.
 */
public final class Main {
  private static final long ONE_SECOND = 1_000_000_000L;

  private Main() {}

  /**
   * Runs the tool on the process's streams and exits with its status: 0 all well, 1 something
   * failed, 2 wrong usage. {@code check} reports its progress once a second when it runs in a
   * terminal.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    long progress = System.console() != null ? ONE_SECOND : Long.MAX_VALUE;
    System.exit(new CardTool(System.out, System.err, System.in, progress, CardFileFinder.cards())
        .run(args));
  }
}
