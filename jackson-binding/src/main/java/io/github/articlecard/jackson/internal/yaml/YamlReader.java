package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads front matter, YAML 1.2, into a {@link SourceMap} in one pass over the text: characters
 * ({@link Cursor}) are read as tokens by one class per kind ({@link PlainScalar},
 * {@link SingleQuotedScalar}, {@link DoubleQuotedScalar}, {@link BlockScalar},
 * {@link NodeProperties}), and nodes are built from them as they are found ({@link BlockMapping},
 * {@link BlockSequence}, {@link FlowCollection}, {@link SourceNodes}), each entry and item with
 * the lines it owns.
 *
 * <p>Every problem is a {@link YamlProblem}: a kind, an offset in the front matter and words. The
 * checks and limits are applied as the reader goes, so that no input makes it loop or allocate
 * more than linearly in its size.
 */
public final class YamlReader {
  /** Where a node stands, which decides what may follow on its line. */
  enum Slot {
    /** The front matter's root. */
    ROOT,
    /** After a key's {@code :}. */
    VALUE,
    /** After a list item's {@code -}. */
    ITEM,
    /** After an explicit key's {@code ?}. */
    KEY
  }

  /** YAML's longest implicit key, in characters from its start to its ':'. */
  static final int MAX_IMPLICIT_KEY = 1024;

  final String text;
  final Cursor cursor;
  final SourceNodes nodes;
  final MistakeHints hints;
  final ReadLimits limits;
  final PlainScalar plain;
  final SingleQuotedScalar singleQuoted;
  final DoubleQuotedScalar doubleQuoted;
  final BlockScalar blockScalar;
  final BlockMapping blockMapping;
  final BlockSequence blockSequence;
  final FlowCollection flowCollection;
  /** The opening and closing quote of the last quoted scalar, for hints about what follows it. */
  int lastOpening = -1;
  int lastClosing = -1;
  /** The closing bracket of the last flow collection, for hints about what follows it. */
  int lastBracket = -1;

  private YamlReader(String text, ReadLimits limits, IntUnaryOperator line,
      IntUnaryOperator column) {
    this.text = text;
    this.limits = limits;
    this.cursor = new Cursor(text);
    this.hints = new MistakeHints(text, line, column);
    this.nodes = new SourceNodes(text, limits, line);
    this.plain = new PlainScalar(cursor);
    this.singleQuoted = new SingleQuotedScalar(cursor, hints);
    this.doubleQuoted = new DoubleQuotedScalar(cursor, hints);
    this.blockScalar = new BlockScalar(cursor, hints);
    this.blockMapping = new BlockMapping(this);
    this.blockSequence = new BlockSequence(this);
    this.flowCollection = new FlowCollection(this);
  }

  /**
   * Makes a key read from a block mapping with these names the very strings given (the model's key
   * names): code that looks keys up among those names finds them by identity first.
   */
  public static void shareKeyNames(Iterable<String> names) {
    KeyNames.share(names);
  }

  /**
   * Reads front matter.
   *
   * @param text the front matter text
   * @param limits the limits to enforce
   * @param line the line in the whole file of a front matter offset (for words that name a line)
   * @param column the column in the whole file of a front matter offset
   * @return the source map
   * @throws YamlProblem if the front matter is malformed or breaks a limit
   */
  public static SourceMap read(String text, ReadLimits limits, IntUnaryOperator line,
      IntUnaryOperator column) {
    if (text.length() > limits.maxFrontMatterSize()) {
      throw new YamlProblem(Kind.LIMIT, 0, Limit.FRONT_MATTER_SIZE.tooLong("front matter",
          text.length(), "characters", limits.maxFrontMatterSize()));
    }
    YamlReader reader = new YamlReader(text, limits, line, column);
    FrontMatterCharacters.Found found = FrontMatterCharacters.check(reader.cursor.chars);
    int forbidden = found.forbidden();
    int marker = found.documentMarker();
    try {
      SourceMap map = reader.guardedDocument();
      if (forbidden >= 0 && (marker < 0 || forbidden < marker)) {
        throw FrontMatterCharacters.forbidden(text, forbidden);
      }
      if (marker >= 0) {
        throw FrontMatterCharacters.documentMarker(text, marker);
      }
      return map;
    } catch (YamlProblem problem) {
      int stop = problem.offset();
      if (forbidden >= 0 && forbidden <= stop && (marker < 0 || forbidden < marker)) {
        throw FrontMatterCharacters.forbidden(text, forbidden);
      }
      if (marker >= 0 && (marker <= stop || problem.kind() == Kind.DOCUMENT_MARKER
          || line.applyAsInt(stop) >= line.applyAsInt(marker))) {
        throw FrontMatterCharacters.documentMarker(text, marker);
      }
      throw reader.longKeyOr(problem);
    }
  }

  /**
   * Returns where the comments of front matter start ({@code #} offsets, in order): only those
   * that are comments, not a {@code #} inside a quoted or block value.
   *
   * @throws YamlProblem if the front matter is malformed or breaks a limit
   */
  public static List<Integer> comments(String text, ReadLimits limits) {
    YamlReader reader = new YamlReader(text, limits, offset -> 0, offset -> 0);
    List<Integer> comments = new ArrayList<>();
    reader.cursor.comments = comments;
    reader.guardedDocument();
    return comments;
  }

  /**
   * Reads the document; a nesting the thread's stack cannot hold (a limit raised towards 1,000
   * levels, read on a thread with a small stack) is refused as too deep, never thrown as a
   * {@code StackOverflowError}.
   */
  private SourceMap guardedDocument() {
    try {
      return document();
    } catch (StackOverflowError e) {
      // raising the limit cannot help here: the stack is what ran out
      throw new YamlProblem(Kind.LIMIT, cursor.pos,
          Limit.stackTooSmall("read", limits.maxNestingDepth()));
    }
  }

  private SourceMap document() {
    cursor.skipSeparation();
    if (cursor.atEnd()) {
      return new SourceMap(text, null, null, nodes.aliases);
    }
    SourceNode root = node(-1, 1, 0, Slot.ROOT);
    cursor.skipSeparation();
    if (!cursor.atEnd()) {
      int first = cursor.column(root.start());
      if (cursor.pos == cursor.lineContent() && cursor.column(cursor.pos) < first) {
        throw hints.plain(cursor.pos, "this line is indented " + cursor.column(cursor.pos)
            + (cursor.column(cursor.pos) == 1 ? " space" : " spaces") + ", less than the first"
            + " line of the front matter (" + first + "): its top-level keys all start at one"
            + " indentation; indent them alike");
      }
      throw root instanceof SourceNode.Sequence && cursor.column(cursor.pos) == first
          ? hints.keyAfterItems(cursor.pos) : afterValue(cursor.pos);
    }
    if (!(root instanceof SourceNode.Mapping mapping)) {
      String found = root instanceof SourceNode.Sequence ? "a list" : "a single value";
      throw new YamlProblem(Kind.NOT_A_MAPPING, root.start(), "front matter must be a mapping of"
          + " keys to values, found " + found + "; write each entry as 'key: value', with a colon"
          + " and a space after the key");
    }
    return new SourceMap(text, mapping, null, nodes.aliases);
  }

  /**
   * Reads the node after an indicator ({@code :}, {@code -}, {@code ?}) or at the root: on the
   * indicator's line or on the lines after it indented more than {@code indent}; an empty scalar
   * when there is none.
   *
   * @param indent the indentation of the collection the node is in (-1 at the root)
   * @param depth the nesting level of the node
   * @param indicatorEnd the offset after the indicator, where an empty node stands
   * @param slot where the node stands
   */
  SourceNode node(int indent, int depth, int indicatorEnd, Slot slot) {
    int before = cursor.pos;
    int beforeLine = cursor.lineStart;
    boolean newLine = cursor.skipSeparation() || slot == Slot.ROOT;
    int tab = newLine ? cursor.tabBefore(cursor.pos) : cursor.tab;
    if (!newLine && tab >= 0 && !cursor.atEnd() && slot != Slot.KEY) {
      throw hints.tab(tab, false);
    }
    if (cursor.atEnd() || (newLine && cursor.spacesAt(cursor.lineStart) <= indent)) {
      if (slot == Slot.VALUE && !cursor.atEnd() && cursor.spacesAt(cursor.lineStart) == indent
          && isEntry('-')) {
        if (cursor.tabBefore(cursor.pos) >= 0) {
          throw hints.tab(cursor.tabBefore(cursor.pos), true);
        }
        return blockSequence.read(indent, cursor.pos, null, depth, true);
      }
      cursor.pos = before; // what follows is not this node's
      cursor.lineStart = beforeLine;
      return nodes.scalar(indicatorEnd, indicatorEnd, indicatorEnd, null, null, "",
          ScalarStyle.PLAIN);
    }
    NodeProperties properties = null;
    NodeProperties keyProperties = null;
    int propertiesEnd = -1; // after the last properties read
    if (cursor.peek() == '&' || cursor.peek() == '!') {
      properties = NodeProperties.read(cursor, hints);
      int afterProperties = cursor.pos;
      propertiesEnd = afterProperties;
      int propertiesLine = cursor.lineStart;
      boolean lineAfter = cursor.skipSeparation();
      if (cursor.atEnd() || (lineAfter && cursor.spacesAt(cursor.lineStart) <= indent)) {
        if (slot == Slot.VALUE && !cursor.atEnd() && cursor.spacesAt(cursor.lineStart) == indent
            && isEntry('-')) {
          return blockSequence.read(indent, properties.start(), properties, depth, true);
        }
        cursor.pos = afterProperties;
        cursor.lineStart = propertiesLine;
        return nodes.scalar(properties.start(), afterProperties, afterProperties,
            properties.anchor(), properties.tag(), "", ScalarStyle.PLAIN);
      }
      if (lineAfter) {
        newLine = true;
        tab = cursor.tabBefore(cursor.pos);
        if (cursor.peek() == '&' || cursor.peek() == '!') {
          keyProperties = NodeProperties.read(cursor, hints);
          propertiesEnd = cursor.pos;
          if (cursor.skipSeparation()) {
            properties = merge(properties, keyProperties); // both on lines of their own
            keyProperties = null;
            tab = cursor.tabBefore(cursor.pos);
          }
        }
      } else if (slot == Slot.ROOT || slot == Slot.ITEM || newLine) {
        keyProperties = properties; // properties on a key's line are the key's, if it is one
        properties = null;
      }
    }
    int at = cursor.pos;
    char c = cursor.peek();
    boolean sameLine = !newLine;
    if (isEntry('-') || isEntry('?')) {
      if (slot == Slot.VALUE && sameLine) {
        throw hints.plain(at, (c == '-' ? "a list cannot start on the line of its key: start it"
            + " on the next line, indented (YAML parser: sequence entries are not allowed here)"
            : "an explicit key ('? ') cannot stand on the line of another key"));
      }
      if (propertiesEnd >= 0 && cursor.lineStartOf(propertiesEnd) == cursor.lineStartOf(at)) {
        throw hints.plain(at, (c == '-' ? "a list" : "a mapping with an explicit key ('? ')")
            + " cannot start on the line of its anchor or tag: start it on the next line,"
            + " indented (YAML parser: " + (c == '-' ? "sequence entries" : "explicit keys")
            + " are not allowed here)");
      }
      if (tab >= 0 && newLine) {
        throw hints.tab(tab, true);
      }
      NodeProperties own = merge(properties, keyProperties);
      int start = own == null ? at : own.start();
      return c == '-' ? blockSequence.read(cursor.column(at), start, own, depth, false)
          : blockMapping.read(cursor.column(at), start, own, null, -1, depth);
    }
    if (c == '|' || c == '>') {
      NodeProperties own = merge(properties, keyProperties);
      cursor.blockScalars++; // it passes its trailing lines itself
      String value = blockScalar.read(indent);
      return nodes.scalar(own == null ? at : own.start(), cursor.pos, at,
          own == null ? null : own.anchor(), own == null ? null : own.tag(), value,
          c == '|' ? ScalarStyle.LITERAL : ScalarStyle.FOLDED, blockScalar.keep);
    }
    if (c == '*') {
      NodeProperties own = merge(properties, keyProperties);
      return alias(own, depth, false);
    }
    if (c == '[' || c == '{') {
      NodeProperties own = merge(properties, keyProperties);
      SourceNode collection = flowCollection.read(indent, own, depth);
      int colon = cursor.skipSpaces(cursor.pos);
      if (cursor.at(colon) == ':' && cursor.isBlank(colon + 1)) {
        throw new YamlProblem(Kind.UNSUPPORTED, collection.start(), "a key must be text, not a"
            + " list or mapping");
      }
      return collection;
    }
    if (c == ':' && cursor.isBlank(at + 1)) {
      if (keyProperties == null) {
        throw hints.plain(at, "a ':' with no key before it: write the key before the colon, or"
            + " put the value in double quotes if it is text");
      }
      if (tab >= 0 && newLine) {
        throw hints.tab(tab, true);
      }
      // a key of no text but its anchor or tag ('! : v'): the empty text
      SourceNode.Scalar key = nodes.scalar(keyProperties.start(), keyProperties.end(),
          keyProperties.end(), keyProperties.anchor(), keyProperties.tag(), "", ScalarStyle.PLAIN);
      checkImplicitKey(keyProperties.start(), at);
      return blockMapping.read(cursor.column(keyProperties.start()),
          properties == null ? keyProperties.start() : properties.start(), properties, key, at,
          depth);
    }
    // a scalar, or the first key of a block mapping
    ScalarStyle style = c == '"' ? ScalarStyle.DOUBLE_QUOTED
        : c == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
    if (style == ScalarStyle.PLAIN && !plain.canStart(at, false)) {
      throw hints.reservedStart(at);
    }
    String value = scalar(style, indent, false);
    int end = cursor.pos;
    boolean multiLine = style == ScalarStyle.PLAIN ? plain.multiLine
        : cursor.lineStartOf(end) != cursor.lineStartOf(at);
    int colon = cursor.skipSpaces(end);
    if (cursor.at(colon) == ':' && cursor.isBlank(colon + 1)) {
      if (multiLine || (slot == Slot.VALUE && sameLine)) {
        throw style == ScalarStyle.PLAIN || !multiLine ? hints.colonInValue(colon)
            : hints.plain(colon, "a key must be on one line, and this quoted key runs over "
                + "lines (YAML parser: an implicit key cannot span lines)");
      }
      if (tab >= 0 && newLine) {
        throw hints.tab(tab, true);
      }
      int keyStart = keyProperties == null ? at : keyProperties.start();
      if (style == ScalarStyle.PLAIN && value.length() == end - at) {
        value = KeyNames.of(cursor.chars, at, end); // the first key, shared as the others are
      }
      SourceNode.Scalar key = nodes.scalar(keyStart, end, at,
          keyProperties == null ? null : keyProperties.anchor(),
          keyProperties == null ? null : keyProperties.tag(), value, style);
      checkImplicitKey(keyStart, colon);
      return blockMapping.read(cursor.column(keyStart),
          properties == null ? keyStart : properties.start(), properties, key, colon, depth);
    }
    NodeProperties own = merge(properties, keyProperties);
    return nodes.scalar(own == null ? at : own.start(), end, at, own == null ? null : own.anchor(),
        own == null ? null : own.tag(), value, style);
  }

  /** Reads a scalar of a style at the cursor; in a flow collection or not. */
  String scalar(ScalarStyle style, int indent, boolean flow) {
    int at = cursor.pos;
    String value = switch (style) {
      case DOUBLE_QUOTED -> doubleQuoted.read(indent);
      case SINGLE_QUOTED -> singleQuoted.read(indent);
      default -> plain.read(indent, flow, false);
    };
    if (style.isQuoted()) {
      lastOpening = at;
      lastClosing = cursor.pos - 1;
    }
    return value;
  }

  /**
   * Reads an alias at the cursor. In block context ({@code flow} false) nothing but a comment may
   * follow it on its line, and it may not be a key.
   */
  SourceNode alias(@Nullable NodeProperties properties, int depth, boolean flow) {
    int at = cursor.pos;
    String name = NodeProperties.name(cursor, hints, "an alias");
    int end = cursor.pos;
    int after = cursor.skipSpaces(end);
    if (cursor.at(after) == ':' && (cursor.isBlank(after + 1)
        || (flow && Cursor.isFlowIndicator(cursor.at(after + 1))))) {
      throw new YamlProblem(Kind.UNSUPPORTED, at, "a key must be text, not an alias");
    }
    if (properties != null) {
      throw hints.aliasOrAnchor(at, "an alias cannot have an anchor or a tag: it stands for a"
          + " node that has them");
    }
    if (!flow && !cursor.isBreakOrEnd(after) && !(cursor.at(after) == '#' && after > end)) {
      int odd = at + 1;
      while (odd < end && (Character.isLetterOrDigit(text.charAt(odd)) || text.charAt(odd) == '-'
          || text.charAt(odd) == '_')) {
        odd++;
      }
      throw hints.aliasOrAnchor(odd < end ? odd : after, "unexpected text after the alias *"
          + name);
    }
    return nodes.alias(at, end, name, depth);
  }

  /** Tells whether the cursor is at a block indicator ({@code - } or {@code ? }). */
  boolean isEntry(char indicator) {
    return cursor.peek() == indicator && cursor.isBlank(cursor.pos + 1);
  }

  /** The problem for text that follows a complete value on its line. */
  YamlProblem afterValue(int at) {
    int lineStart = cursor.lineStartOf(at);
    if (lastClosing >= 0 && lastClosing < at && cursor.lineStartOf(lastClosing) == lineStart) {
      return hints.afterQuote(lastOpening, lastClosing, at, "expected the end of the line after"
          + " a quoted value");
    }
    if (lastBracket >= 0 && lastBracket < at && cursor.lineStartOf(lastBracket) == lineStart) {
      return hints.afterFlow(at, text.charAt(lastBracket), "expected the end of the line after"
          + " a flow collection");
    }
    if (cursor.at(at) == ':') {
      return hints.colonInValue(at);
    }
    return hints.plain(at, "unexpected text after the value on this line");
  }

  private static @Nullable NodeProperties merge(@Nullable NodeProperties first,
      @Nullable NodeProperties second) {
    if (first == null) {
      return second;
    }
    if (second == null) {
      return first;
    }
    if ((first.anchor() != null && second.anchor() != null)
        || (first.tag() != null && second.tag() != null)) {
      throw new YamlProblem(Kind.SYNTAX, second.start(), "malformed YAML: a value has one anchor"
          + " and one tag at most, and this is a second one");
    }
    return new NodeProperties(first.start(), second.end(),
        first.anchor() != null ? first.anchor() : second.anchor(),
        first.tag() != null ? first.tag() : second.tag());
  }

  /** Refuses an implicit key longer than YAML reads (1,024 characters to its ':'). */
  void checkImplicitKey(int keyStart, int colon) {
    if (colon - keyStart > MAX_IMPLICIT_KEY) {
      throw new YamlProblem(Kind.LIMIT, keyStart, Limit.KEY_LENGTH.tooLong("key",
          colon - keyStart, "characters", Math.min(limits.maxKeyLength(), MAX_IMPLICIT_KEY))
          + " (YAML reads no longer key before a ':')");
    }
  }

  /** A syntax problem, or the key too long to be one on its line, which is what it really is. */
  private YamlProblem longKeyOr(YamlProblem problem) {
    if (problem.kind() != Kind.SYNTAX) {
      return problem;
    }
    int lineStart = text.lastIndexOf('\n', Math.min(problem.offset(), text.length()) - 1) + 1;
    int start = lineStart;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '-')) {
      start++;
    }
    int lineEnd = text.indexOf('\n', start);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    for (int i = text.indexOf(':', start); i >= 0 && i < end; i = text.indexOf(':', i + 1)) {
      if (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\r') {
        if (i - start > MAX_IMPLICIT_KEY) {
          try {
            checkImplicitKey(start, i);
          } catch (YamlProblem tooLong) {
            return tooLong;
          }
        }
        break;
      }
    }
    return problem;
  }
}
