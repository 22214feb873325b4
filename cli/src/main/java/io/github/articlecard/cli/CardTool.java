package io.github.articlecard.cli;

import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code articlecard} command: {@code check}, {@code get}, {@code set}, {@code unset},
 * {@code mv}, {@code fmt} and {@code json}. It reads and writes through the given streams, so that tests can
 * run it in-process; {@link Main} runs it on the process's own.
 *
 * <pre>{@code
 * int status = new CardTool(System.out, System.err).run("check", "--json", "content/");
 * }</pre>
 *
 * <p>Results go to stdout; every problem goes to stderr in one shape,
 * {@code articlecard: FILE:LINE:COLUMN: message} (without the place when there is none). The exit
 * status is 0 when all is well, 1 when something failed (a card that does not read, a refused
 * edit...), 2 for wrong usage.
 */
final class CardTool {
  /** All is well. */
  static final int OK = 0;
  /** Something failed: a card does not read, is invalid, an edit was refused. */
  static final int FAILED = 1;
  /** The command line is wrong. */
  static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final long progressNanos;
  private final Inputs.FolderLister folders;
  private final CardMapper mapper = CardMapper.builder().build();

  /**
   * Creates the tool, reading standard input from {@link System#in}, with no progress reports.
   *
   * @param out where results go
   * @param err where problems go
   */
  CardTool(PrintStream out, PrintStream err) {
    this(out, err, System.in);
  }

  /**
   * Creates the tool with no progress reports.
   *
   * @param out where results go
   * @param err where problems go
   * @param in what {@code -} reads
   */
  CardTool(PrintStream out, PrintStream err, InputStream in) {
    this(out, err, in, Long.MAX_VALUE, Inputs.FolderLister.FINDER);
  }

  /**
   * Creates the tool with progress reports on {@code err} at most once every
   * {@code progressNanos} during {@code check} ({@link Long#MAX_VALUE}: never), listing folders
   * with {@code folders} (tests pass one whose folders fail).
   */
  CardTool(PrintStream out, PrintStream err, InputStream in, long progressNanos,
      Inputs.FolderLister folders) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.progressNanos = progressNanos;
    this.folders = folders;
  }

  /**
   * Runs one command line.
   *
   * @param args the arguments, as a shell passes them
   * @return the exit status: 0 all well, 1 something failed, 2 wrong usage
   */
  int run(String... args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean quiet = false;
    while (!rest.isEmpty() && rest.get(0).startsWith("-") && !rest.get(0).equals("-")) {
      String option = rest.remove(0);
      switch (option) {
        case "-q", "--quiet" -> quiet = true;
        case "-h", "--help" -> {
          out.println(overview());
          return OK;
        }
        case "--version" -> {
          out.println("articlecard " + version());
          return OK;
        }
        default -> {
          return usage(Optional.empty(), "unknown option " + option);
        }
      }
    }
    if (rest.isEmpty()) {
      return usage(Optional.empty(), "no command given");
    }
    String name = rest.remove(0);
    if (name.equals("help")) {
      return help(rest);
    }
    Optional<Command> command = Command.named(name);
    if (command.isEmpty()) {
      return usage(Optional.empty(), "unknown command '" + name + "'");
    }
    Command.Arguments arguments;
    try {
      arguments = command.get().parse(rest);
    } catch (Command.HelpRequested e) {
      out.println(command.get().help());
      return OK;
    } catch (UsageException e) {
      return usage(command, e.problem());
    }
    Output output = new Output(out, err, quiet || arguments.has("--quiet"));
    try {
      return run(command.get(), arguments, output);
    } catch (UsageException e) {
      return usage(command, e.problem());
    } catch (CardException e) {
      output.problem(Diagnostic.of(firstInput(arguments), e));
      return FAILED;
    } catch (RuntimeException e) {
      // a bug: say so in the one shape rather than end with a stack trace
      output.problem(Diagnostic.bug(firstInput(arguments), e));
      return FAILED;
    }
  }

  private static String firstInput(Command.Arguments arguments) {
    String operand = arguments.operands().get(0);
    return operand.equals(Inputs.STDIN) ? Inputs.STDIN_NAME : operand;
  }

  private int run(Command command, Command.Arguments arguments, Output output) {
    CardMapper writing = arguments.has("--allow-attribute-loss")
        ? CardMapper.builder().allowAttributeLoss(true).build() : mapper;
    Inputs inputs = new Inputs(writing, in, folders);
    EditCommands edits = new EditCommands(writing, inputs, output);
    return switch (command) {
      case CHECK -> new CheckCommand(inputs, output,
          progressNanos == Long.MAX_VALUE || output.isQuiet()
              ? Progress.OFF : new Progress(err, progressNanos)).run(arguments);
      case GET -> edits.get(arguments);
      case SET -> edits.set(arguments);
      case UNSET -> edits.unset(arguments);
      case MV -> edits.mv(arguments);
      case NEW -> new NewCommand(writing, inputs, output).run(arguments);
      case FMT -> new FormatCommand(writing, inputs, output).run(arguments);
      case STYLE -> new FormatCommand(writing, inputs, output).printStyle(arguments);
      case JSON -> new JsonCommand(inputs, output).run(arguments);
    };
  }

  private int help(List<String> topics) {
    if (topics.isEmpty()) {
      out.println(overview());
      return OK;
    }
    Optional<Command> command = Command.named(topics.get(0));
    if (command.isEmpty() || topics.size() > 1) {
      return usage(Optional.empty(), "help: no command '" + String.join(" ", topics) + "'");
    }
    out.println(command.get().help());
    return OK;
  }

  private int usage(Optional<Command> command, String problem) {
    err.println("articlecard: " + problem);
    err.println(command.map(Command::usageLine).orElse(overview()));
    command.ifPresent(c -> err.println("articlecard help " + c.commandName() + " says more."));
    return USAGE;
  }

  /** Returns the overview: every command with its synopsis, the global options, exit status. */
  static String overview() {
    StringBuilder text = new StringBuilder(
        "usage: articlecard [-q] COMMAND [OPTIONS] ARGUMENTS...\n\ncommands:\n");
    for (Command command : Command.values()) {
      text.append("  ").append(command.commandName()).append(' ').append(command.synopsis())
          .append('\n');
    }
    return text.append("""

        options:
          -q, --quiet     print only results and problems
          -h, --help      print this help; articlecard help COMMAND (or COMMAND --help) for one
          --version       print the version

        PATH and FILE may be - for standard input. Problems go to stderr as
        articlecard: FILE:LINE:COLUMN: message
        exit status: 0 all well, 1 something failed, 2 wrong usage""").toString();
  }

  /**
   * Returns this build's version, such as {@code 0.1.0}: the library's, which the command is built
   * and released with.
   */
  static String version() {
    return new ArticleCardModule().version().toString();
  }
}
