package io.github.articlecard.jackson.cli;

/**
 * Entry point of the {@code articlecard} command: {@code java -jar articlecard-jackson-binding-VERSION-cli.jar check cards/}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the tool and exits with its status: 0 all well, 1 something failed, 2 wrong usage.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(new CardTool(System.out, System.err).run(args));
  }
}
