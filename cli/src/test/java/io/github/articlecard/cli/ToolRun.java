package io.github.articlecard.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of the command, with what it printed on stdout and stderr and its exit
 * status.
 *
 * @param status the exit status
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record ToolRun(int status, String out, String err) {
  /** Runs the command with nothing on standard input. */
  static ToolRun of(String... args) {
    return withInput("", args);
  }

  /**
   * Splits a command line written with a placeholder for a path ({@code set PATH quality 5}) into
   * its words, the placeholder replaced by the path.
   */
  static String[] words(String line, String placeholder, Path path) {
    List<String> args = new ArrayList<>();
    for (String word : line.split(" ")) {
      args.add(word.equals(placeholder) ? path.toString() : word);
    }
    return args.toArray(String[]::new);
  }

  /** Runs the command with a text on standard input. */
  static ToolRun withInput(String stdin, String... args) {
    return run(stdin, Long.MAX_VALUE, Inputs.FolderLister.FINDER, args);
  }

  /** Runs the command listing folders with the given lister. */
  static ToolRun withFolders(Inputs.FolderLister folders, String... args) {
    return run("", Long.MAX_VALUE, folders, args);
  }

  /** Runs the command with progress reports after every file. */
  static ToolRun withProgress(String... args) {
    return run("", 0, Inputs.FolderLister.FINDER, args);
  }

  private static ToolRun run(String stdin, long progressNanos, Inputs.FolderLister folders,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new CardTool(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), progressNanos, folders)
        .run(args);
    return new ToolRun(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Returns the lines on stderr that start a problem ({@code articlecard: ...}), without excerpts. */
  List<String> problems() {
    return err.lines().filter(line -> line.startsWith("articlecard: ")).toList();
  }
}
