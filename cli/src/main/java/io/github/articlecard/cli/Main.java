package io.github.articlecard.cli;

import java.io.Console;

/**
 * Entry point of the {@code articlecard} command: {@code java -jar articlecard-cli-VERSION-all.jar
 * check cards/}.
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
    long progress = inATerminal() ? ONE_SECOND : Long.MAX_VALUE;
    System.exit(new CardTool(System.out, System.err, System.in, progress, Inputs.FolderLister.FINDER)
        .run(args));
  }

  /**
   * Tells whether the command runs in a terminal: there is a console and, on Java 22 and newer
   * (where {@link System#console()} is there even when the output goes to a file or a pipe), it
   * says it is a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // null before Java 22; isTerminal() asked after it
  private static boolean inATerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
