package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;
import java.util.function.IntUnaryOperator;

/**
 * Words for the YAML reader's syntax problems, about the mistake a person made by hand: the line
 * they broke (often above the one where the reader stopped) and what to do. The reader says what
 * it found and where it was; this class looks around the text (it only runs once reading has
 * failed) and returns the {@link YamlProblem} to report.
 *
 * <p>Covered: quotes never closed or closed too early, a colon or a quote inside a plain value,
 * indentation that lines up with nothing, a key or a list item where the other was expected,
 * {@code key:value} and {@code -item} without their space, delimiter look-alikes, tabs, values
 * that start with a character YAML reserves, bad escapes, unclosed flow collections and
 * directives.
 */
final class MistakeHints {

  private final String text;
  private final IntUnaryOperator line;
  private final IntUnaryOperator column;

  /**
   * @param text the front matter
   * @param line the file line of a front matter offset
   * @param column the file column of a front matter offset
   */
  MistakeHints(String text, IntUnaryOperator line, IntUnaryOperator column) {
    this.text = text;
    this.line = line;
    this.column = column;
  }

  /** A problem the reader words itself, at {@code at}. */
  YamlProblem plain(int at, String words) {
    return new YamlProblem(Kind.SYNTAX, at, "malformed YAML: " + words);
  }

  /** A quoted value that reaches the end of the front matter. */
  YamlProblem unclosedQuote(int opening) {
    char quote = charAt(opening);
    return hinted(opening, "unclosed quote: the " + quote + " that opens this value is never"
        + " closed; add the closing " + quote + " where the value ends" + inner(quote),
        "found unexpected end of stream, while scanning a quoted scalar that starts on "
            + position(opening));
  }

  /**
   * A quoted value whose lines are not indented under its key (the reader stopped at
   * {@code at}), closed by the quote at {@code closing} or never (-1).
   */
  YamlProblem quoteLines(int opening, int at, int closing) {
    if (closing < 0) {
      return unclosedQuote(opening);
    }
    if (swallowsKeys(opening, closing)) {
      return runsOn(opening, closing, charAt(opening), "a quoted scalar that starts on "
          + position(opening) + " runs over lines that are not indented under its key");
    }
    return hinted(at, "the lines of a quoted value go on indented under its key: indent this"
        + " line, or close the quote that opens the value on " + position(opening),
        "a line of a quoted scalar is not indented enough");
  }

  /** A problem right after a quoted value (its closing quote at {@code closing}) on its line. */
  YamlProblem afterQuote(int opening, int closing, int at, String words) {
    char quote = charAt(closing);
    if (swallowsKeys(opening, closing)) {
      return runsOn(opening, closing, quote, words);
    }
    return hinted(closing, "text after the closing quote: this " + quote + " ends the value, so"
        + " what follows it is out of place; " + (quote == '"'
            ? "write a \" inside a double-quoted value as \\\""
            : "write a ' inside a single-quoted value as ''")
        + ", or put the whole value in quotes", words);
  }

  /** Text after the closing bracket of a flow collection, on its line. */
  YamlProblem afterFlow(int at, char bracket, String words) {
    return hinted(at, "text after the closing '" + bracket + "': a value that starts with '['"
        + " is a list and one that starts with '{' a mapping; put the whole value in double"
        + " quotes if it is text", words);
  }

  YamlProblem unknownEscape(int at) {
    return hinted(at, "unknown escape in a double-quoted value: write \\\\ for a backslash, or"
        + " put the value in single quotes, where a backslash is an ordinary character",
        "found unknown escape character " + charAt(at));
  }

  /** A tab where a key, an item or a value should start. */
  YamlProblem tab(int at, boolean indenting) {
    return plain(at, (indenting
        ? "a tab cannot start a token here: tabs cannot be used for indentation, use spaces"
        : "a tab cannot separate a key from its value or stand before a value here: use a"
            + " space"));
  }

  /** A character no value may start with. */
  YamlProblem reservedStart(int at) {
    char c = charAt(at);
    if (c == '%' && lineStart(at) == at) {
      return hinted(at, "directives (lines that start with '%') cannot be used in front matter",
          "expected '<document start>', but found a directive");
    }
    if (c == ']' || c == '}' || c == ',') {
      return plain(at, "'" + c + "' cannot start a value: put the value in double quotes");
    }
    return plain(at, "a plain value cannot start with '" + c + "', which YAML reserves: put the"
        + " value in double quotes");
  }

  /** An anchor or alias without a name, or with text after it. */
  YamlProblem aliasOrAnchor(int at, String words) {
    return hinted(at, "a value that starts with '*' is an alias and one that starts with '&'"
        + " an anchor: put the value in double quotes if it is text", words);
  }

  /** Text after a block scalar's indicator. */
  YamlProblem blockHeader(int at) {
    return hinted(at, "'|' and '>' start a block of lines: its text goes on the following"
        + " lines, indented; put the value in double quotes if it is text",
        "expected a comment or a line break, while scanning a block scalar");
  }

  /**
   * A flow collection not closed where it should be: the reader stopped at {@code at}. When that
   * is on a later line than the bracket's and no closing bracket of its kind stands after it, the
   * bracket was never closed, and its line is the one to mend: the problem is at the bracket. On
   * the bracket's own line, or when a closing bracket follows (a missing comma, a line not
   * indented), the place where the reader stopped is nearer to the mistake.
   */
  YamlProblem unclosedFlow(int at, int opening, String words) {
    boolean list = charAt(opening) == '[';
    String bracket = list ? "list opened with '['" : "mapping opened with '{'";
    char closing = list ? ']' : '}';
    String parser = words + ", while parsing a flow " + (list ? "sequence" : "mapping")
        + " that starts on " + position(opening);
    if (line.applyAsInt(Math.min(at, text.length())) > line.applyAsInt(opening)
        && !followsOutsideComments(at, closing)) {
      return hinted(opening, "the " + bracket + " here is never closed: add '" + closing
          + "' where it ends (the parser gave up on " + position(at) + "), or put the value in"
          + " double quotes if it is text", parser);
    }
    return hinted(at, "the " + bracket + " on " + position(opening) + " is not closed: add '"
        + closing + "' where it ends, or put the value in double quotes if it is text", parser);
  }

  /** Tells whether {@code c} stands from {@code from} on, outside comments. */
  private boolean followsOutsideComments(int from, char c) {
    boolean comment = false;
    for (int i = Math.max(from, 0); i < text.length(); i++) {
      char here = text.charAt(i);
      if (here == '\n') {
        comment = false;
      } else if (here == '#' && (i == 0 || text.charAt(i - 1) == ' '
          || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\n')) {
        comment = true;
      } else if (here == c && !comment) {
        return true;
      }
    }
    return false;
  }

  private YamlProblem runsOn(int opening, int closing, char quote, String words) {
    String where = closing >= text.length() ? "to the end of the front matter"
        : "on to line " + line.applyAsInt(closing);
    return hinted(opening, "unclosed quote: the " + quote + " that opens this value is not closed"
        + " on this line, so the value runs " + where + " and takes in the lines in between; add"
        + " the closing " + quote + " at the end of this line" + inner(quote), words);
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
    String before = text.substring(lineStart(closing), Math.min(closing, text.length())).strip();
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

  /** A ':' and a space inside a plain value, or on a line indented too far. */
  YamlProblem colonInValue(int at) {
    String parser = "mapping values are not allowed here";
    int lineStart = lineStart(at);
    int indent = indent(lineStart);
    int keyStart = afterDashes(lineStart + indent);
    int keyColon = colonAfterKey(keyStart, lineEnd(lineStart));
    String content = text.substring(keyStart, lineEnd(lineStart));
    if (keyColon != keyStart + content.indexOf(':') && FrontMatterWarnings.readsAsKeyWithoutSpace(content)) {
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

  /** A line that should have been a key and is not one (no ':' after it). */
  YamlProblem notAKey(int at) {
    return notAKey(at, "could not find expected ':', while scanning a simple key that starts"
        + " on " + position(at));
  }

  private YamlProblem notAKey(int at, String parser) {
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

  /** A key at the indentation of the list items above it. */
  YamlProblem keyAfterItems(int at) {
    return hinted(at, "a key cannot follow list items at the same indentation: indent it like"
        + " the key the list belongs to" + owner(at) + " to start a new key",
        "expected <block end>, but found a key");
  }

  /** A list item at the indentation of the keys above it. */
  YamlProblem itemAfterKeys(int at) {
    return hinted(at, "a list item cannot follow keys at the same indentation: put the list"
        + " under a key of its own ('key:' and then '- item' lines)",
        "expected <block end>, but found '-'");
  }

  /** A line at {@code at} whose indentation lines up with nothing above it. */
  YamlProblem linesUpWithNothing(int at) {
    String parser = "expected <block end>, but found '" + charAt(at) + "'";
    int lineStart = lineStart(at);
    int indent = indent(lineStart);
    int previous = previousContentLine(lineStart);
    if (previous < 0 || at != lineStart + indent) {
      return plain(at, "this is out of place after the value before it (YAML parser: " + parser
          + ")");
    }
    int previousStart = afterDashes(afterSpaces(previous));
    if (FrontMatterWarnings.readsAsKeyWithoutSpace(text.substring(previousStart, lineEnd(previous)))
        && colonAfterKey(previousStart, lineEnd(previous)) < 0) {
      return notAKey(previousStart, parser); // key:value on the line above
    }
    int parent = previous;
    while (parent >= 0 && indent(parent) >= indent) {
      parent = previousContentLine(parent);
    }
    return hinted(at, "this line is indented " + spaces(indent) + ", which lines up with nothing"
        + " above it: the line above is indented " + spaces(indent(previous))
        + (parent < 0 ? "" : " and the key it belongs to " + spaces(indent(parent)))
        + "; indent it exactly like the lines it goes with", parser);
  }

  private String owner(int at) {
    int lineStart = lineStart(at);
    int indent = indent(lineStart);
    int parent = previousContentLine(lineStart);
    while (parent >= 0 && indent(parent) >= indent) {
      parent = previousContentLine(parent);
    }
    return parent < 0 ? "" : " (" + spaces(indent(parent)) + ")";
  }

  private static String spaceAfterColon(String content) {
    int colon = content.indexOf(':');
    return "a key needs a space after its colon: write '" + content.substring(0, colon + 1) + " "
        + content.substring(colon + 1) + "'";
  }

  private YamlProblem hinted(int at, String hint, String parser) {
    return new YamlProblem(Kind.SYNTAX, at, "malformed YAML: " + hint + " (YAML parser: " + parser
        + ")");
  }

  private static String inner(char quote) {
    return quote == '"' ? " (a \" inside the value is written \\\")"
        : " (a ' inside the value is written '')";
  }

  String position(int at) {
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

  private int afterSpaces(int lineStart) {
    return lineStart + indent(lineStart);
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
