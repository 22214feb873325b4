package io.github.articlecard.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The subcommands of {@code articlecard}: their options, how many operands each takes, and their
 * help. {@link #parse} reads a command's arguments GNU style: options and operands in any order,
 * {@code --} ends the options, {@code -} is an operand (standard input), and the values of
 * {@code set} are taken as they are, so {@code set f.md heat -1} sets -1.
 */
enum Command {
  CHECK("check", "[--json] [-v] [--rule ID=SEVERITY]... [--range ID=MIN..MAX]..."
      + " [--relative-urls BOOL] [--no-config] [--exclude GLOB]... PATH...", 1, Integer.MAX_VALUE,
      """
      Reads every card and reports what is wrong, then a summary: errors that keep a card from
      reading or binding, validation problems (quality below 0...), warnings about valid YAML that
      is probably not what was meant, and round trips that are not byte-identical. Each problem is
      one line on stderr, FILE:LINE:COLUMN: message, with the line quoted below it; a validation
      problem says its severity and ends with its rule ([quality]). Folders are read recursively,
      passing over target/ and hidden folders; files named are always read. PATH - reads one card
      from standard input.
      The rules (title, topics, url, quality, heat, image-size) come from the options, over the
      nearest .articlecard.properties (in the card's folder or above, up to a folder holding .git):
        rule.heat = warning
        range.heat = -1..1000
        relativeUrls = false
      heat is off by default; a range for it turns it on as an error, unless its rule is set.""",
      "exit status: 0 every card reads, binds, has no error and round-trips (warnings allowed);"
          + " 1 otherwise; 2 wrong usage or a broken .articlecard.properties",
      Option.flag("--json", null, "print one JSON report on stdout (files and a summary) instead"),
      Option.flag("--verbose", "-v", "also name every card that is fine (ok FILE, on stdout)"),
      new Option(CheckRules.RULE, null, "ID=SEVERITY", "check a rule as error, warning or off"
          + " (heat=warning, url=off); repeatable"),
      new Option(CheckRules.RANGE, null, "ID=MIN..MAX", "the valid range of quality, heat or"
          + " image-size (heat=-1..1000; an end left out is no bound: quality=0..); repeatable"),
      new Option(CheckRules.RELATIVE_URLS, null, "BOOL", "true (the default): links without a"
          + " scheme, such as /assets/x.jpg, are well formed; false: every link needs one"),
      Option.flag(CheckRules.NO_CONFIG, null, "read no .articlecard.properties: the defaults and"
          + " the options only"),
      Option.exclude(), Option.quiet("no summary; print problems only")),
  GET("get", "FILE KEY", 2, 2,
      """
      Prints the value at KEY: text as it is, numbers and booleans as written in JSON, lists and
      mappings as JSON. KEY is a path such as title, provider.name, related[0].title or topics[-1]
      (negative indexes count from the end). FILE - reads standard input.""",
      "exit status: 0 printed; 1 no value at KEY or the card does not read; 2 wrong usage",
      Option.quiet("")),
  SET("set", "[--dry-run] [--new] [--where COND]... [--exclude GLOB]... [--style-from FOLDER |"
      + " --style standard] [--allow-attribute-loss] PATH [PATH... --] KEY VALUE [KEY VALUE]...", 3, Integer.MAX_VALUE,
      """
      Sets values in place, changing only their lines, and replaces the file atomically. A key
      the card format does not know is refused with the key it probably meant (qualty: did you
      mean `quality`?) unless --new is given; keys already in the file can always be set. Missing
      mappings on the way are created; KEY[+] (topics[+]), or KEY[N] with N the list's length,
      adds an item at the end.
      VALUE: null is a YAML null (use unset to remove a key); a value in double quotes is JSON
      text, so '"null"' is the text null, '"42"' the text 42 and '"--"' the text --; keys that
      hold text take the rest as text; other keys take JSON (60, true, ["a","b"],
      {"name":"Mint"}) and text when it is not JSON. An edit that would make the card no longer
      bind (quality high) is refused and the file left as it was. PATH - reads standard input and
      prints the edited card.
      A new key goes where the house style of the card's folder puts it, with its blank lines, as
      new and fmt learn that style: from the cards of the folder named, or of the file's own
      folder (and below); so a set that adds a key to one file reads its folder's cards once (a
      set that adds no key reads none). --style-from FOLDER and --style standard choose another.
      An edit that breaks a rule of the nearest .articlecard.properties (as check finds it) is
      written with a warning naming the rule ([heat]).
      """ + EditHelp.MANY_PATHS + EditHelp.example("set", "topics[+] AI") + EditHelp.WHERE,
      "exit status: 0 set (every card set, unchanged or skipped); 1 a card refused, or one that"
          + " does not read or write (that file untouched); 2 wrong usage",
      Option.flag("--dry-run", "-n", "print a unified diff of the change instead of writing it"),
      Option.flag("--new", null, "allow keys the card format does not know, in --where too"),
      Option.where(), Option.exclude(),
      new Option("--style-from", null, "FOLDER", "place new keys in the house style learned from"
          + " the cards of FOLDER"),
      new Option("--style", null, "standard", "place new keys in the standard house style, the"
          + " seed's"),
      Option.allowAttributeLoss(),
      Option.quiet("do not print updated FILE nor the summary")),
  UNSET("unset", "[--dry-run] [--new] [--where COND]... [--exclude GLOB]... [--allow-attribute-loss]"
      + " PATH [PATH... --] KEY...", 2, Integer.MAX_VALUE,
      """
      Removes keys or list items, with their lines and comments, and replaces the file atomically.
      KEY is a path as for get (topics[-1] is the last topic). A key that is not there is refused
      (with the key it probably meant), nothing is removed, and the file is left as it was.
      PATH - reads standard input and prints the edited card.
      """ + EditHelp.MANY_PATHS + EditHelp.example("unset", "price") + EditHelp.WHERE,
      "exit status: 0 removed (from every card, or unchanged or skipped); 1 a card refused, or one"
          + " that does not read or write (that file untouched); 2 wrong usage",
      Option.flag("--dry-run", "-n", "print a unified diff of the change instead of writing it"),
      Option.flag("--new", null, "take keys the card format does not know in --where as they"
          + " are, even close to one it knows"),
      Option.where(), Option.exclude(), Option.allowAttributeLoss(),
      Option.quiet("do not print updated FILE nor the summary")),
  MV("mv", "[--dry-run] [--new] [--where COND]... [--exclude GLOB]... [--allow-attribute-loss]"
      + " PATH [PATH... --] KEY NEWNAME", 3, 3,
      """
      Renames a key in place: only the key's text changes; its value, comments and place stay, and
      the file is replaced atomically. KEY is a path as for get, ending at a key
      (related[0].ampUrl renames that item's ampUrl). A key that is not there, a NEWNAME its
      mapping already has, or a NEWNAME the card format does not know there (unless --new is
      given) is refused and the file left as it was. PATH - reads standard input and prints the
      edited card.
      """ + EditHelp.MANY_PATHS + EditHelp.example("mv", "sourceUrl originalUrl --where has:sourceUrl")
      + EditHelp.WHERE,
      "exit status: 0 renamed (in every card, or skipped); 1 a card refused, or one that does not"
          + " read or write (that file untouched); 2 wrong usage",
      Option.flag("--dry-run", "-n", "print a unified diff of the change instead of writing it"),
      Option.flag("--new", null, "allow a new name the card format does not know, and such keys"
          + " in --where"),
      Option.where(), Option.exclude(), Option.allowAttributeLoss(),
      Option.quiet("do not print updated FILE nor the summary")),
  NEW("new", "[--style-from FOLDER | --style standard] [--new] [--force] [--allow-attribute-loss]"
      + " FILE KEY VALUE [KEY VALUE]...", 3, Integer.MAX_VALUE,
      """
      Writes a new card that looks like its siblings: the house style (key order, quoting, blank
      lines, indentation, line ending, empty body, keys written without a value) is learned from
      the cards of the folder FILE goes into, as fmt learns it; the standard, the seed's, where
      that folder has no cards. KEY and VALUE are taken as set takes them (title, provider.name,
      topics[+], related[0].title; null, JSON, or text for keys that hold text). A key that
      neither the card format nor the folder's cards know is refused unless --new is given. An
      existing FILE is never replaced unless --force is given; a card that does not bind, or
      breaks a rule of the nearest .articlecard.properties (a missing title), is refused. Keys
      that every card of the folder has and this one has not are named in a warning. The file
      is written atomically. FILE - prints the card instead, in the style of the working
      folder's cards unless --style-from or --style says otherwise.""",
      "exit status: 0 written; 1 refused (the file exists, a key is unknown, the card does not"
          + " bind or is invalid), nothing written; 2 wrong usage",
      new Option("--style-from", null, "FOLDER", "learn the house style from the cards of FOLDER"),
      new Option("--style", null, "standard", "write in the standard house style, the seed's"),
      Option.flag("--new", null, "allow keys neither the card format nor the folder's cards know"),
      Option.flag("--force", null, "replace FILE if it exists"),
      Option.allowAttributeLoss(), Option.quiet("do not print created FILE")),
  FMT("fmt", "[--check] [--diff] [--force] [--style-from FOLDER | --style standard]"
      + " [--allow-attribute-loss] [--exclude GLOB]... PATH...", 1, Integer.MAX_VALUE,
      """
      Rewrites cards in a house style (key order, quoting, blank lines between the groups,
      indentation, empty bodies), keeping the body and the BOM. The style is the one most of the
      cards being formatted follow, learned from them when a folder is among the PATHs, so that a
      repository in an older style changes only its outliers; --style-from learns it from another
      folder, --style standard takes the seed's; files named alone get the standard. The house
      style has no place for comments: a card whose front matter has comments is not rewritten,
      and its comment lines are named, unless --force is given (then they are dropped). Folders
      as for check. PATH - reads standard input and prints the formatted card.""",
      "exit status: 0 done (or, with --check, nothing to change); 1 a card would change (--check),"
          + " does not read or has comments; 2 wrong usage",
      Option.flag("--check", null, "write nothing; name the cards that would change (exit 1 if"
          + " any), and say on stderr how many cards follow a learned style"),
      Option.flag("--diff", null, "write nothing; print a unified diff of each change"),
      Option.flag("--force", null, "rewrite cards with comments too, dropping the comments"),
      new Option("--style-from", null, "FOLDER", "learn the house style from the cards of FOLDER"),
      new Option("--style", null, "standard", "write in the standard house style, the seed's"),
      Option.allowAttributeLoss(), Option.exclude(), Option.quiet("do not print reformatted FILE")),
  STYLE("style", "[--exclude GLOB]... FOLDER", 1, 1,
      """
      Prints the house style the cards under FOLDER follow, as fmt learns it: the key order at
      each level, how each key's text is quoted, blank lines, indentation, what an empty body is,
      the line ending and the keys written without a value, each with how many cards or values
      agree with it. Folders as for check.""",
      "exit status: 0 printed; 1 the folder cannot be read; 2 wrong usage",
      Option.exclude(), Option.quiet("")),
  JSON("json", "[--with-path] [--exclude GLOB]... PATH...", 1, Integer.MAX_VALUE,
      """
      Prints cards as JSON with the card's key names. One file: the card, indented. Several files
      or a folder: one card a line (NDJSON), in the order of the files (sorted within a folder);
      a card that does not read is reported on stderr and the others are printed. With
      --with-path each card is printed as {"path":"content/a.md","card":{...}}, so a script knows
      its file. Folders as for check. PATH - reads standard input (its path is <stdin>).""",
      "exit status: 0 every card printed; 1 some card does not read or bind; 2 wrong usage",
      Option.flag("--with-path", null, "print each card as {\"path\": FILE, \"card\": CARD}"),
      Option.exclude(), Option.quiet(""));

  /**
   * One option.
   *
   * @param name the long name, such as {@code --json}
   * @param shortName the one-letter form, such as {@code -v}, or null
   * @param value the name of its value ({@code GLOB}) for options that take one, or null for flags
   * @param help what it does
   */
  record Option(String name, @Nullable String shortName, @Nullable String value, String help) {
    static Option flag(String name, @Nullable String shortName, String help) {
      return new Option(name, shortName, null, help);
    }

    static Option exclude() {
      return new Option("--exclude", null, "GLOB", "in folders, pass over files and folders that"
          + " match: a name at any depth (drafts, *.draft.md) or, with a /, a path below the"
          + " folder (2021/drafts/**); repeatable");
    }

    static Option where() {
      return new Option("--where", null, "COND", "edit only the cards where COND holds (above);"
          + " repeatable: all must hold");
    }

    static Option allowAttributeLoss() {
      return flag("--allow-attribute-loss", null, "write even where the new file cannot keep the"
          + " old one's owner, group, mode or extended attributes (refused otherwise, the file"
          + " left as it was)");
    }

    static Option quiet(String help) {
      return flag("--quiet", "-q", help.isEmpty() ? "print nothing but the result and problems" : help);
    }
  }

  /** The help that set, unset and mv share: many PATHs, and the conditions of --where. */
  private static final class EditHelp {
    static final String MANY_PATHS = """

        PATH is a card file, a folder (its cards, found as check finds them) or - (standard
        input, named alone). Several PATHs end with --, so that no PATH is taken for a KEY:
        without --, the first operand is the one PATH, and a KEY that names a file or folder, or
        ends in .md or /, is wrong usage. With a folder or several PATHs each card is edited on
        its own and written when done; a card that does not read or whose edit is refused is
        reported at its file and the others are edited; each card written is named (updated
        FILE), and a summary ends the run on stderr: updated N, unchanged M, refused K (and
        skipped L (not matching --where) with --where). --dry-run prints one diff for them all,
        which git apply and patch -p1 apply. For example:
        """;

    static final String WHERE = """

        --where COND edits only the cards where COND holds (repeatable: all must hold); the
        others are left alone and counted as skipped. KEY is a path as for get; on a list
        (topics) a condition holds when it holds for an item; ! before an operator negates it,
        so a card without KEY matches KEY!=VALUE:
          KEY=VALUE   equal, VALUE read as set reads it (quality=60, published=true)
          KEY~TEXT    contains TEXT, in any case and inside words: title~AI holds
                      for "again" and "Spain" too
          KEY=~REGEX  a Java regular expression finds a match, case-sensitive unless
                      (?i): 'title=~\\bAI\\b' holds where AI stands as a word
          KEY<N, KEY<=N, KEY>N, KEY>=N
                      numbers (quality>=50), and instants or dates
                      (publishedDateTime>=2021-03-01: from the day's start, UTC)
          has:KEY     KEY is there, even without a value (has:sourceUrl)
          KEY!=VALUE, KEY!~TEXT, KEY!=~REGEX, !has:KEY   the opposite
        A KEY whose first key the card format does not know but is close to one it knows
        (qualty<50) is wrong usage, before any card is read, unless --new is given.""";

    private EditHelp() {}

    /** One example line of the command over a folder and a file. */
    static String example(String command, String edit) {
      return "  articlecard " + command + " content/ drafts/a.md -- " + edit + "\n";
    }
  }

  /**
   * A command's arguments, parsed.
   *
   * @param flags the long names of the flags given
   * @param values the values given for each option that takes one, in order
   * @param operands the operands, in order
   * @param pathsEnd for set, unset and mv, how many operands are PATHs when a {@code --} after
   *     them separated them from the edit; -1 when none did
   */
  record Arguments(Set<String> flags, Map<String, List<String>> values, List<String> operands,
      int pathsEnd) {
    boolean has(String flag) {
      return flags.contains(flag);
    }

    /** Tells whether a {@code --} separated several PATHs from the edit. */
    boolean separated() {
      return pathsEnd >= 0;
    }

    List<String> values(String option) {
      return values.getOrDefault(option, List.of());
    }
  }

  /** Thrown by {@link #parse} when the command's help was asked for. */
  static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HelpRequested() {
      super(null, null, false, false);
    }
  }

  private final String name;
  private final String synopsis;
  private final int minOperands;
  private final int maxOperands;
  private final String description;
  private final String exitStatus;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, and so are its records
  private final List<Option> options;

  Command(String name, String synopsis, int minOperands, int maxOperands, String description,
      String exitStatus, Option... options) {
    this.name = name;
    this.synopsis = synopsis;
    this.minOperands = minOperands;
    this.maxOperands = maxOperands;
    this.description = description;
    this.exitStatus = exitStatus;
    this.options = List.of(options);
  }

  /** Returns the command a name stands for. */
  static Optional<Command> named(String name) {
    for (Command command : values()) {
      if (command.name.equals(name)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  /** Returns the name, as typed on the command line. */
  String commandName() {
    return name;
  }

  /** Returns the one-line usage: {@code usage: articlecard check [--json] ... PATH...}. */
  String usageLine() {
    return "usage: articlecard " + name + " " + synopsis;
  }

  /** Returns the synopsis after the name, for the overview. */
  String synopsis() {
    return synopsis;
  }

  /** Returns the full help: usage, description, options and exit status. */
  String help() {
    StringBuilder out = new StringBuilder(usageLine()).append("\n\n")
        .append(description.strip()).append("\n\noptions:\n");
    List<Option> all = new ArrayList<>(options);
    all.add(Option.flag("--help", "-h", "print this help"));
    for (Option option : all) {
      String names = (option.shortName() == null ? "    " : option.shortName() + ", ")
          + option.name() + (option.value() == null ? "" : " " + option.value());
      // a name too long for its column goes on a line of its own, its help below
      out.append(names.length() <= 20 ? String.format("  %-20s %s%n", names, option.help())
          : String.format("  %s%n  %-20s %s%n", names, "", option.help()));
    }
    return out.append(exitStatus).toString();
  }

  /**
   * Parses the arguments that follow the command's name. For set, unset and mv, the first
   * {@code --} that follows an operand separates the PATHs from the edit (options may still come
   * after it); a {@code --} before any operand ends the options, as for every command.
   *
   * @throws HelpRequested for {@code -h} or {@code --help}
   * @throws UsageException for an unknown option, a missing option value or a wrong number of
   *     operands
   */
  Arguments parse(List<String> args) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Set<String> flags = new java.util.HashSet<>();
    List<String> operands = new ArrayList<>();
    int separator = editsPaths() ? separatorIn(args) : -1;
    int pathsEnd = -1;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (i == separator) {
        pathsEnd = operands.size();
        continue;
      }
      if (optionsEnded || takesVerbatim(operands.size(), separator >= 0, pathsEnd)
          || arg.equals("-") || !arg.startsWith("-")) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        throw new HelpRequested();
      }
      int equals = arg.indexOf('=');
      String given = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      Option option = option(given);
      if (option.value() == null) {
        if (equals > 0 && arg.startsWith("--")) {
          throw new UsageException(name + ": option " + given + " takes no value");
        }
        flags.add(option.name());
      } else {
        String value;
        if (equals > 0 && arg.startsWith("--")) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException(name + ": option " + given + " needs a " + option.value());
        }
        values.computeIfAbsent(option.name(), key -> new ArrayList<>()).add(value);
      }
    }
    // with --, the edit after it takes what follows the one PATH of the form without
    int counted = pathsEnd < 0 ? operands.size() : operands.size() - pathsEnd + 1;
    if (pathsEnd >= 0 && counted == 1) {
      throw new UsageException(name + ": nothing to do after --: the edit follows it");
    }
    if (counted < minOperands) {
      throw new UsageException(name + ": " + (operands.isEmpty() ? "nothing to work on"
          : "too few arguments"));
    }
    if (counted > maxOperands) {
      throw new UsageException(name + ": too many arguments (unexpected '"
          + operands.get(operands.size() - counted + maxOperands) + "')");
    }
    return new Arguments(Set.copyOf(flags), Map.copyOf(values), List.copyOf(operands), pathsEnd);
  }

  /** Tells whether the command edits cards at PATHs: set, unset and mv. */
  boolean editsPaths() {
    return this == SET || this == UNSET || this == MV;
  }

  /**
   * Returns the index of the {@code --} that separates PATHs from the edit: the first one after
   * an operand; -1 when there is none.
   */
  private int separatorIn(List<String> args) {
    boolean optionsEnded = false;
    boolean operand = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--") && operand) {
        return i;
      }
      if (arg.equals("--") && !optionsEnded) {
        optionsEnded = true;
      } else if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        operand = true;
      } else if (!arg.contains("=")) {
        // an option given its value apart passes over the value
        for (Option option : options) {
          if ((option.name().equals(arg) || arg.equals(option.shortName()))
              && option.value() != null) {
            i++;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Tells whether the operand at this position is a value of {@code set} or {@code new}, taken as
   * it is: every second operand after the PATH (the FILE of {@code new}), or after the {@code --}
   * that ended the PATHs of {@code set}; none before that {@code --}.
   */
  private boolean takesVerbatim(int operand, boolean separated, int pathsEnd) {
    if (this == NEW) {
      return operand >= 2 && operand % 2 == 0;
    }
    if (this != SET) {
      return false;
    }
    if (!separated) {
      return operand >= 2 && operand % 2 == 0;
    }
    return pathsEnd >= 0 && (operand - pathsEnd) % 2 == 1;
  }

  private Option option(String given) {
    for (Option option : options) {
      if (option.name().equals(given) || given.equals(option.shortName())) {
        return option;
      }
    }
    throw new UsageException(name + ": unknown option " + given);
  }
}
