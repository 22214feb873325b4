package io.github.articlecard.jackson.internal.yaml;

import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Turns the YAML parser's complaint into a message about the mistake a person made by hand: the
 * line they broke (which is often above the one where the parser noticed) and what to do. Only
 * runs when parsing failed, so it may look around the text freely.
 *
 * <p>Covered: quotes never closed or closed too early, a colon or a quote inside a plain value,
 * indentation that lines up with nothing, a key or a list item where the other was expected,
 * {@code key:value} and {@code -item} without their space, delimiter look-alikes, tabs, values
 * that start with a character YAML reserves ({@code @}, {@code `}, {@code %}, {@code *},
 * {@code &}, {@code |}, {@code >}, {@code [}, <code>{</code>), bad escapes, unclosed
 * flow collections and directives. Anything else keeps the parser's own words.
 */
final class SyntaxHints {
  /** Where the mistake is (an offset in the front matter) and the problem to report. */
  record Finding(int offset, String problem) {}

  private static final Pattern FOUND_TOKEN = Pattern.compile(".*but found '([^']*)'.*");

  private final String text;
  private final IntUnaryOperator line;
  private final IntUnaryOperator column;

  /**
   * @param text the front matter
   * @param line the file line of a front matter offset
   * @param column the file column of a front matter offset
   */
  SyntaxHints(String text, IntUnaryOperator line, IntUnaryOperator column) {
    this.text = text;
    this.line = line;
    this.column = column;
  }

  /**
   * Explains a parser error.
   *
   * @param problem the parser's problem
   * @param at the offset where the parser noticed it
   * @param context what the parser was doing, or null
   * @param contextAt where that started, or -1
   * @param previous the last event the parser produced before failing, or null
   * @param offsets converts event marks to front matter offsets
   */
  Finding explain(String problem, int at, @Nullable String context, int contextAt,
      @Nullable Event previous, ToIntFunction<Mark> offsets) {
    String parser = problem + (context == null ? "" : ", " + context
        + (contextAt >= 0 ? " that starts on " + position(contextAt) : ""));
    boolean quotedContext = context != null && context.contains("quoted scalar");
    if (problem.contains("document separator")) {
      // a document marker line inside a quoted value: the marker is the mistake, reported as such
      return new Finding(at, "malformed YAML: a line inside a quoted value starts with '---' or"
          + " '...' (YAML parser: " + parser + ")");
    }
    if (quotedContext && contextAt >= 0 && problem.contains("end of stream")) {
      char quote = charAt(contextAt) == '\'' ? '\'' : '"';
      return hinted(contextAt, "unclosed quote: the " + quote + " that opens this value is never"
          + " closed; add the closing " + quote + " where the value ends" + inner(quote), parser);
    }
    if (quotedContext && contextAt >= 0 && swallowsKeys(contextAt, at)) {
      return runsOn(contextAt, at, charAt(contextAt) == '\'' ? '\'' : '"', parser);
    }
    if (problem.startsWith("found unknown escape character")) {
      return hinted(at, "unknown escape in a double-quoted value: write \\\\ for a backslash, or"
          + " put the value in single quotes, where a backslash is an ordinary character", parser);
    }
    Finding afterToken = afterPreviousToken(at, previous, offsets, parser);
    if (afterToken != null) {
      return afterToken;
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return colonInValue(at, parser);
    }
    if (problem.startsWith("could not find expected ':'") && contextAt >= 0) {
      return notAKey(contextAt, parser);
    }
    if (problem.startsWith("expected <block end>")) {
      Finding indentation = indentation(at, problem, parser);
      if (indentation != null) {
        return indentation;
      }
    }
    if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
      int lineStart = lineStart(at);
      boolean indenting = text.substring(lineStart, Math.min(at, text.length())).isBlank();
      return new Finding(at, "malformed YAML: " + (indenting
          ? "a tab cannot start a token here: tabs cannot be used for indentation, use spaces"
          : "a tab cannot separate a key from its value or stand before a value here: use a"
              + " space")
          + (context == null ? "" : " (" + context + ")"));
    }
    if (problem.contains("that cannot start any token")) {
      return new Finding(at, "malformed YAML: a plain value cannot start with '" + charAt(at)
          + "', which YAML reserves: put the value in double quotes");
    }
    if (context != null && (context.contains("an alias") || context.contains("an anchor"))) {
      return hinted(at, "a value that starts with '*' is an alias and one that starts with '&'"
          + " an anchor: put the value in double quotes if it is text", parser);
    }
    if (context != null && context.contains("block scalar")) {
      return hinted(at, "'|' and '>' start a block of lines: its text goes on the following"
          + " lines, indented; put the value in double quotes if it is text", parser);
    }
    if (context != null && context.contains("flow ") && contextAt >= 0) {
      return unclosedFlow(context.contains("sequence"), at, contextAt, parser);
    }
    if (problem.startsWith("expected '<document start>'")) {
      return hinted(at, "directives (lines that start with '%') cannot be used in front matter",
          parser);
    }
    return new Finding(at, "malformed YAML: " + problem + (context == null ? "" : " (" + context
        + (contextAt >= 0 ? " that starts on " + position(contextAt) : "") + ")"));
  }

  /**
   * Errors right after a quoted value or a flow collection: a quote that was never closed on its
   * line, or closed too early, or text after {@code ]}.
   */
  private @Nullable Finding afterPreviousToken(int at, @Nullable Event previous,
      ToIntFunction<Mark> offsets, String parser) {
    if (previous == null) {
      return null;
    }
    int start = offsets.applyAsInt(previous.getStartMark());
    int end = offsets.applyAsInt(previous.getEndMark());
    if (end <= start || end > at) {
      return null;
    }
    if (previous instanceof ScalarEvent scalar
        && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
            || scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED)) {
      char quote = scalar.getScalarStyle().getChar();
      int opening = text.indexOf(quote, start);
      if (opening < 0 || opening >= end - 1) {
        return null;
      }
      if (swallowsKeys(opening, end - 1)) {
        return runsOn(opening, end - 1, quote, parser);
      }
      if (!sameLine(end - 1, at)) {
        return null;
      }
      return hinted(end - 1, "text after the closing quote: this " + quote + " ends the value, so"
          + " what follows it is out of place; " + (quote == '"'
              ? "write a \" inside a double-quoted value as \\\""
              : "write a ' inside a single-quoted value as ''")
          + ", or put the whole value in quotes", parser);
    }
    char last = charAt(end - 1);
    if (previous instanceof CollectionEndEvent && (last == ']' || last == '}')
        && sameLine(end - 1, at)) {
      return hinted(at, "text after the closing '" + last + "': a value that starts with '['"
          + " is a list and one that starts with '{' a mapping; put the whole value in double"
          + " quotes if it is text", parser);
    }
    return null;
  }

  /**
   * Tells whether a quoted value from {@code opening} to {@code closing} takes in lines that look
   * like entries of their own ({@code key:} or {@code - item}): then its closing quote is missing
   * on its first line, and the quote that closes it opens a later value.
   */
  private boolean swallowsKeys(int opening, int closing) {
    if (sameLine(opening, closing)) {
      return false;
    }
    String before = text.substring(lineStart(closing), closing).strip();
    if (before.endsWith(":") || before.equals("-")) {
      return true;
    }
    for (int lineStart = text.indexOf('\n', opening) + 1; lineStart > 0 && lineStart <= closing;
        lineStart = text.indexOf('\n', lineStart) + 1) {
      int key = afterDashes(lineStart + indent(lineStart));
      if (key > lineStart + indent(lineStart) || colonAfterKey(key, lineEnd(lineStart)) > key) {
        return true;
      }
    }
    return false;
  }

  private Finding runsOn(int opening, int closing, char quote, String parser) {
    String where = closing >= text.length() ? "to the end of the front matter"
        : "on to line " + line.applyAsInt(closing);
    return hinted(opening, "unclosed quote: the " + quote + " that opens this value is not closed"
        + " on this line, so the value runs " + where + " and takes in the lines in between; add"
        + " the closing " + quote + " at the end of this line" + inner(quote), parser);
  }

  /** "mapping values are not allowed here": a colon inside a plain value, or a line indented too far. */
  private Finding colonInValue(int at, String parser) {
    int lineStart = lineStart(at);
    int indent = indent(lineStart);
    int keyStart = afterDashes(lineStart + indent);
    int keyColon = colonAfterKey(keyStart, lineEnd(lineStart));
    String content = text.substring(keyStart, lineEnd(lineStart));
    if (keyColon != keyStart + content.indexOf(':')
        && FrontMatterWarnings.readsAsKeyWithoutSpace(content)) {
      return hinted(keyStart, spaceAfterColon(content), parser); // key:"value with a: b"
    }
    int previous = previousContentLine(lineStart);
    if (keyColon == at && previous >= 0 && !endsWithColon(previous)) {
      int previousKey = afterDashes(previous + indent(previous));
      if (colonAfterKey(previousKey, lineEnd(previous)) < 0 && charAt(previousKey) != '"'
          && charAt(previousKey) != '\'') {
        return notAKey(previousKey, parser); // the line above is a value that should have been a key
      }
      int siblings = afterDashes(previous + indent(previous)) - previous;
      if (indent > siblings || (keyStart == lineStart + indent && indent > indent(previous))) {
        int expected = Math.min(siblings, indent(previous));
        return hinted(at, "this line is indented " + spaces(indent) + ", more than the line above"
            + " it (" + spaces(indent(previous)) + "), so YAML reads it as more of the value"
            + " above and its ':' is out of place; indent it " + spaces(expected) + " like the key"
            + " above if it is a key of the same mapping", parser);
      }
    }
    if (keyColon >= 0 && keyColon < at) {
      String key = text.substring(keyStart, keyColon);
      String value = text.substring(keyColon + 1, lineEnd(lineStart)).strip();
      return hinted(at, "a ':' followed by a space (or ending the value) cannot stand inside a"
          + " plain value: put the value in double quotes, as in: " + key + ": "
          + YamlEmitter.doubleQuoted(value), parser);
    }
    return hinted(at, "a ':' followed by a space cannot stand here: put the value in double"
        + " quotes if it is text, or start a new line for a new key", parser);
  }

  /** "could not find expected ':'": the line that should have been a key is not one. */
  private Finding notAKey(int at, String parser) {
    String content = text.substring(at, lineEnd(lineStart(at))).strip();
    String hint;
    if (content.length() > 1 && content.charAt(0) == '-' && !Character.isWhitespace(content.charAt(1))
        && content.charAt(1) != '-') {
      hint = "a list item needs a space after the dash: write '- " + content.substring(1) + "'";
    } else if (content.length() > 1 && (content.chars().allMatch(c -> c == '-')
        || content.chars().allMatch(c -> c == '.'))) {
      hint = "'" + content + "' is not a delimiter line: the front matter ends at a line of"
          + " exactly three dashes, '---'";
    } else if (FrontMatterWarnings.readsAsKeyWithoutSpace(content)) {
      hint = spaceAfterColon(content);
    } else if (content.startsWith("\"") || content.startsWith("'")) {
      hint = "this line holds a value but no key: a value goes on its key's line (key: \"value\"),"
          + " or on the lines after it, indented under it";
    } else {
      hint = "this line is neither 'key: value' nor a list item '- value': a key needs a colon"
          + " and a space after it";
    }
    return hinted(at, hint, parser);
  }

  /** "expected <block end>, but found ...": a line whose indentation lines up with nothing. */
  private @Nullable Finding indentation(int at, String problem, String parser) {
    java.util.regex.Matcher token = FOUND_TOKEN.matcher(problem);
    String found = token.matches() ? token.group(1) : "";
    int lineStart = lineStart(at);
    int indent = indent(lineStart);
    int parent = previousContentLine(lineStart);
    while (parent >= 0 && indent(parent) >= indent) {
      parent = previousContentLine(parent);
    }
    String owner = parent < 0 ? "" : " (" + spaces(indent(parent)) + ")";
    if (found.equals("?")) {
      return hinted(at, "a key cannot follow list items at the same indentation: indent it like"
          + " the key the list belongs to" + owner + " to start a new key", parser);
    }
    if (found.equals("-")) {
      return hinted(at, "a list item cannot follow keys at the same indentation: put the list"
          + " under a key of its own ('key:' and then '- item' lines)", parser);
    }
    int previous = previousContentLine(lineStart);
    if (previous >= 0 && at == lineStart + indent && indent(previous) == indent
        && found.equals("<block mapping start>")) {
      int previousKey = afterDashes(previous + indent(previous));
      if (previousKey == previous + indent && colonAfterKey(previousKey, lineEnd(previous)) < 0
          && charAt(previousKey) != '"' && charAt(previousKey) != '\'') {
        return notAKey(previousKey, parser); // the line above is a value that should be a key
      }
    }
    if (previous < 0 || at != lineStart + indent || indent(previous) == indent) {
      return null;
    }
    return hinted(at, "this line is indented " + spaces(indent) + ", which lines up with nothing"
        + " above it: the line above is indented " + spaces(indent(previous))
        + (parent < 0 ? "" : " and the key it belongs to " + spaces(indent(parent)))
        + "; indent it exactly like the lines it goes with", parser);
  }

  private static String spaceAfterColon(String content) {
    int colon = content.indexOf(':');
    return "a key needs a space after its colon: write '" + content.substring(0, colon + 1) + " "
        + content.substring(colon + 1) + "'";
  }

  /**
   * A flow collection the parser gave up in. When it gave up on a later line than the bracket's,
   * the bracket was never closed on its own line: that line is the one to mend, so the finding is
   * at the bracket. On the bracket's own line the place where the parser gave up is nearer to the
   * mistake (a missing comma, say).
   */
  private Finding unclosedFlow(boolean list, int at, int opening, String parser) {
    String bracket = list ? "list opened with '['" : "mapping opened with '{'";
    char closing = list ? ']' : '}';
    if (line.applyAsInt(Math.min(at, text.length())) > line.applyAsInt(opening)) {
      return hinted(opening, "the " + bracket + " here is never closed: add '" + closing
          + "' where it ends (the parser gave up on " + position(at) + "), or put the value in"
          + " double quotes if it is text", parser);
    }
    return hinted(at, "the " + bracket + " on " + position(opening) + " is not closed: add '"
        + closing + "' where it ends, or put the value in double quotes if it is text", parser);
  }

  private Finding hinted(int at, String hint, String parser) {
    return new Finding(at, "malformed YAML: " + hint + " (YAML parser: " + parser + ")");
  }

  private static String inner(char quote) {
    return quote == '"' ? " (a \" inside the value is written \\\")"
        : " (a ' inside the value is written '')";
  }

  private String position(int at) {
    return "line " + line.applyAsInt(at) + ", column " + column.applyAsInt(at);
  }

  private static String spaces(int count) {
    return count + (count == 1 ? " space" : " spaces");
  }

  private char charAt(int at) {
    return at >= 0 && at < text.length() ? text.charAt(at) : ' ';
  }

  private boolean sameLine(int a, int b) {
    return lineStart(a) == lineStart(b);
  }

  private int lineStart(int at) {
    int index = Math.max(0, Math.min(at, text.length()));
    return index == 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  }

  /** The end of the line's content (before its line break). */
  private int lineEnd(int lineStart) {
    int end = text.indexOf('\n', lineStart);
    end = end < 0 ? text.length() : end;
    return end > lineStart && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private int indent(int lineStart) {
    int i = lineStart;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  /** Skips list dashes ("- ") at the start of a line's content. */
  private int afterDashes(int at) {
    int i = at;
    while (i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
      i += 2;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
    }
    return i;
  }

  /** The first ':' followed by a space or the line end after a plain or quoted key, or -1. */
  private int colonAfterKey(int keyStart, int lineEnd) {
    int i = keyStart;
    if (i < lineEnd && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      int close = text.indexOf(text.charAt(i), i + 1);
      i = close < 0 || close >= lineEnd ? lineEnd : close + 1;
    }
    for (; i < lineEnd; i++) {
      if (text.charAt(i) == ':' && (i + 1 >= lineEnd || text.charAt(i + 1) == ' '
          || text.charAt(i + 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }

  private boolean endsWithColon(int lineStart) {
    String content = text.substring(lineStart, lineEnd(lineStart));
    int comment = content.indexOf(" #");
    return (comment < 0 ? content : content.substring(0, comment)).stripTrailing().endsWith(":");
  }

  /** The start of the nearest line above that is neither blank nor only a comment, or -1. */
  private int previousContentLine(int lineStart) {
    int start = lineStart;
    while (start > 0) {
      start = lineStart(start - 1);
      String content = text.substring(start, lineEnd(start)).strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        return start;
      }
    }
    return -1;
  }
}
