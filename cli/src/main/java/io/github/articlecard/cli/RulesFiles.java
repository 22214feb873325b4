package io.github.articlecard.cli;

import io.github.articlecard.ValidationRule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Finds and reads the {@code .articlecard.properties} file that holds {@code check}'s rules for a
 * card, as linters find theirs: in the card's folder, else in the nearest folder above it that has
 * one, looking no higher than a repository root (a folder holding {@code .git}) or the file system
 * root. The nearest file applies alone (files are not merged). Each folder is looked at, and each
 * file read, once a run.
 *
 * <pre>{@code
 * # .articlecard.properties
 * rule.heat = warning
 * range.heat = -1..1000
 * relativeUrls = false
 * }</pre>
 *
 * <p>The format is a plain subset of Java's properties files: one {@code KEY = VALUE} (or
 * {@code KEY: VALUE}) a line, {@code #} and {@code !} starting comment lines, UTF-8. Unknown keys,
 * values and repeated keys are errors that name the file and the line.
 */
final class RulesFiles {
  /** The name of the file. */
  static final String NAME = ".articlecard.properties";

  private static final String RULE = "rule.";
  private static final String RANGE = "range.";
  private static final String RELATIVE_URLS = "relativeUrls";
  /** The kind of a broken rules file's problem in reports. */
  static final String KIND = "CONFIG";

  /** A rules file that cannot be read or holds something it should not, at its place. */
  static final class BrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    BrokenException(Diagnostic diagnostic) {
      super(diagnostic.problem(), null, false, false);
      this.diagnostic = diagnostic;
    }

    /** Returns what is wrong, at the file, line and column. */
    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  /** What each folder looked at resolved to: its rules file, or none. */
  private final Map<Path, Optional<Path>> nearest = new HashMap<>();
  private final Map<Path, CheckRules> read = new HashMap<>();

  /**
   * Returns the rules file that applies to cards in a folder.
   *
   * @param folder the card's folder (the working folder for standard input)
   * @return the nearest rules file, or empty when there is none up to the repository root
   */
  Optional<Path> nearest(Path folder) {
    List<Path> passed = new ArrayList<>();
    Optional<Path> found = Optional.empty();
    for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
      Optional<Path> known = nearest.get(at);
      if (known != null) {
        found = known;
        break;
      }
      passed.add(at);
      Path candidate = at.resolve(NAME);
      if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
        found = Optional.of(candidate);
        break;
      }
      if (Files.exists(at.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        break; // a repository's root: its rules do not come from outside it
      }
    }
    for (Path folderPassed : passed) {
      nearest.put(folderPassed, found);
    }
    return found;
  }

  /**
   * Returns the rules a file sets.
   *
   * @throws BrokenException if the file cannot be read or holds a line that is not a rule
   */
  CheckRules rules(Path file) {
    CheckRules rules = read.get(file);
    if (rules == null) {
      rules = parse(shown(file), text(file));
      read.put(file, rules);
    }
    return rules;
  }

  private static String text(Path file) {
    if (!Files.isRegularFile(file)) {
      throw unreadable(file,
          Files.exists(file) ? "not a regular file" : "a symbolic link to nothing");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw unreadable(file, "not UTF-8 text");
    } catch (AccessDeniedException e) {
      throw unreadable(file, "permission denied");
    } catch (IOException e) {
      throw unreadable(file, String.valueOf(e.getMessage()));
    }
  }

  private static BrokenException unreadable(Path file, String why) {
    return new BrokenException(new Diagnostic(shown(file), 0, 0, KIND, null,
        "cannot read the rules: " + why, null));
  }

  /**
   * Returns how reports name a rules file: relative to the working folder when it is in it
   * ({@code content/.articlecard.properties}), else in full.
   */
  static String shown(Path file) {
    Path here = Path.of("").toAbsolutePath();
    return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
  }

  /** One key of the file: the setting it names (its rule's id in lower case) and how to set it. */
  private record Setting(String name, Consumer<String> value) {}

  /**
   * Reads the rules of a file's text.
   *
   * @param name the file, as errors name it
   * @param text its text
   * @throws BrokenException at the first line that is not a rule, a comment or blank
   */
  static CheckRules parse(String name, String text) {
    CheckRules.Builder rules = new CheckRules.Builder();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text)
        .split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      int start = indent(line, 0);
      if (start == line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
        continue;
      }
      int separator = separator(line, start);
      if (separator < 0) {
        throw broken(name, number, start, "expected KEY = VALUE, such as rule.heat = warning",
            line);
      }
      String key = line.substring(start, separator).strip();
      Setting setting;
      try {
        setting = setting(rules, key);
      } catch (IllegalArgumentException e) {
        throw broken(name, number, start, String.valueOf(e.getMessage()), line);
      }
      Integer before = seen.putIfAbsent(setting.name(), number);
      if (before != null) {
        throw broken(name, number, start, key + " is set twice (first on line " + before + ")",
            line);
      }
      int valueStart = indent(line, separator + 1);
      try {
        setting.value().accept(line.substring(valueStart).strip());
      } catch (IllegalArgumentException e) {
        throw broken(name, number, valueStart, key + ": " + e.getMessage(), line);
      }
    }
    return rules.build();
  }

  /**
   * Returns the setting a key names.
   *
   * @throws IllegalArgumentException for a key that names no setting, or no rule
   */
  private static Setting setting(CheckRules.Builder rules, String key) {
    if (key.startsWith(RULE)) {
      ValidationRule rule = about(key, () -> CheckRules.rule(key.substring(RULE.length())));
      return new Setting(RULE + rule.id(), value -> rules.severity(rule, value));
    }
    if (key.startsWith(RANGE)) {
      ValidationRule rule = about(key, () -> CheckRules.rangeRule(key.substring(RANGE.length())));
      return new Setting(RANGE + rule.id(), value -> rules.range(rule, value));
    }
    if (key.equals(RELATIVE_URLS)) {
      return new Setting(RELATIVE_URLS, rules::relativeUrls);
    }
    throw new IllegalArgumentException("unknown key '" + key + "'; the keys are " + RULE + "ID, "
        + RANGE + "ID and " + RELATIVE_URLS);
  }

  /** Runs a look-up of the rule a key names, naming the key in its failure. */
  private static ValidationRule about(String key, Supplier<ValidationRule> lookUp) {
    try {
      return lookUp.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  /** Returns where the blanks from {@code from} end. */
  private static int indent(String text, int from) {
    int at = from;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t'
        || text.charAt(at) == '\f')) {
      at++;
    }
    return at;
  }

  private static int separator(String line, int from) {
    for (int at = from; at < line.length(); at++) {
      if (line.charAt(at) == '=' || line.charAt(at) == ':') {
        return at;
      }
    }
    return -1;
  }

  /** A broken line: at {@code index}, 0-based, of the line's text, which is quoted. */
  private static BrokenException broken(String file, int line, int index, String problem,
      String text) {
    int column = text.codePointCount(0, index) + 1;
    return new BrokenException(new Diagnostic(file, line, column, KIND, null, problem,
        excerpt(line, column, text)));
  }

  /** Quotes a line with a caret under the column, as the library quotes a card's line. */
  private static String excerpt(int line, int column, String text) {
    String number = "  " + line;
    return number + " | " + text + "\n" + " ".repeat(number.length()) + " | "
        + " ".repeat(column - 1) + "^";
  }
}
