package io.github.articlecard.jackson.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.text.Lines;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.text.Utf8;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * The oracle of the differential test: the front matter parser the library had before its own
 * reader, built on SnakeYAML's event parser. Parses front matter into a {@link SourceMap}: the data
 * as a Jackson tree and, for every node, its exact span, style and anchor.
 *
 * <p>SnakeYAML's composer is not used, so this class enforces the checks and limits it would have
 * applied (and more): duplicate keys at any level, nesting depth, alias count and alias expansion,
 * scalar, number and key length, unknown tags, document markers inside the front matter. Every problem becomes a {@link CardParseException}
 * positioned in the whole file.
 */
public final class SnakeYamlParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String text;
  private final Lines lines;
  private final ReadLimits limits;
  private final SourceText file;
  private final int base;
  private final int @Nullable [] charIndex;
  private final WholeTextReader reader;
  private final Parser parser;
  private final Map<String, SourceNode> anchors = new HashMap<>();
  private final List<SourceNode.Alias> aliasNodes = new ArrayList<>();
  /** How many levels of collections each anchored collection holds (itself included). */
  private final Map<String, Integer> anchorHeights = new HashMap<>();
  /** The levels of collections in the node {@link #node} built last: 0 for a scalar. */
  private int height;
  private int aliases;
  private long expansion;
  private long expansionChars;
  private @Nullable Event previous;

  private SnakeYamlParser(String text, ReadLimits limits, SourceText file, int base) {
    this.text = text;
    this.lines = new Lines(text);
    this.limits = limits;
    this.file = file;
    this.base = base;
    this.charIndex = codePointToCharIndex(text);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setProcessComments(false);
    this.reader = new WholeTextReader(text);
    this.parser = new ParserImpl(reader, options);
  }

  /**
   * Parses front matter.
   *
   * @param frontMatter the front matter text
   * @param limits the limits to enforce
   * @param file the whole card text, for error positions
   * @param base the offset of the front matter in the whole card text
   * @return the source map
   * @throws CardParseException if the front matter is malformed or exceeds a limit
   */
  public static SourceMap parse(String frontMatter, ReadLimits limits, SourceText file, int base) {
    if (frontMatter.length() > limits.maxFrontMatterSize()) {
      throw file.error(Kind.LIMIT, base, Limit.FRONT_MATTER_SIZE.tooLong("front matter",
          frontMatter.length(), "characters", limits.maxFrontMatterSize()));
    }
    checkCharacters(frontMatter, file, base);
    return new SnakeYamlParser(frontMatter, limits, file, base).run();
  }

  /**
   * Rejects what YAML would read differently from the way lines are counted here and shown in
   * editors: a carriage return not followed by a line feed and the hidden line breaks U+0085,
   * U+2028 and U+2029 (YAML takes each for a line break, editors show one line), and a byte order
   * mark inside the front matter (invisible, and only allowed at the very start of a file).
   */
  private static void checkCharacters(String text, SourceText file, int base) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x85 && c != '\r') {
        continue;
      }
      if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        throw file.error(Kind.CHARACTER, base + i, "carriage return (CR) without a line feed:"
            + " lines must end with LF or CRLF");
      }
      String name = c == 0x85 ? "U+0085 (NEXT LINE)" : c == 0x2028 ? "U+2028 (LINE SEPARATOR)"
          : c == 0x2029 ? "U+2029 (PARAGRAPH SEPARATOR)" : null;
      if (name != null) {
        String escape = c == 0x85 ? "\\N" : c == 0x2028 ? "\\L" : "\\P";
        throw file.error(Kind.CHARACTER, base + i, "hidden line break " + name + " in the front"
            + " matter: YAML reads it as a line break but editors show one line; remove it, or"
            + " write " + escape + " in a double-quoted string if it is meant as data");
      }
      if (c == '\uFEFF') {
        throw file.error(Kind.CHARACTER, base + i, "byte order mark (U+FEFF) inside the front"
            + " matter: only the very start of a file may have one (write \\uFEFF in a"
            + " double-quoted string if it is meant as data)");
      }
    }
  }

  /**
   * Returns the start of the first line that YAML takes for a document marker ({@code ---} or
   * {@code ...} followed by a space, a tab or the end of the line), or -1. The front matter is one
   * document: its closing line is not part of it, so any such line inside it is an error.
   */
  static int firstDocumentMarker(String text) {
    int found = -1;
    for (String marker : new String[] {"---", "..."}) {
      int at = text.startsWith(marker) ? 0 : lineStartingWith(text, marker, 0);
      while (at >= 0 && !isMarkerEnd(text, at + 3)) {
        at = lineStartingWith(text, marker, at + 1);
      }
      if (at >= 0 && (found < 0 || at < found)) {
        found = at;
      }
    }
    return found;
  }

  private static int lineStartingWith(String text, String marker, int from) {
    int found = text.indexOf("\n" + marker, from);
    return found < 0 ? -1 : found + 1;
  }

  private static boolean isMarkerEnd(String text, int at) {
    return at >= text.length() || " \t\r\n".indexOf(text.charAt(at)) >= 0;
  }

  private SourceMap run() {
    int marker = firstDocumentMarker(text);
    try {
      next(); // stream start
      Event event = next();
      if (event.is(Event.ID.StreamEnd)) {
        return new SourceMap(text, null, NODES.objectNode(), aliasNodes);
      }
      Event first = next(); // after document start
      SourceNode root = node(first, 1);
      if (!(root instanceof SourceNode.Mapping)) {
        next(); // a syntax error after a single value (say "key:value" then "key: value") says more
      }
      if (marker >= 0) {
        throw documentMarker(marker);
      }
      if (!(root instanceof SourceNode.Mapping)) {
        String found = root instanceof SourceNode.Sequence ? "a list" : "a single value";
        throw error(Kind.NOT_A_MAPPING, root.start(), "front matter must be a mapping of keys to"
            + " values, found " + found + "; write each entry as 'key: value', with a colon and a"
            + " space after the key");
      }
      Event end = next();
      if (!end.is(Event.ID.DocumentEnd)) {
        throw error(Kind.SYNTAX, offset(end.getStartMark()),
            "unexpected content after the front matter mapping");
      }
      return new SourceMap(text, root, (ObjectNode) root.data(), aliasNodes);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Mark context = e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
      throw syntaxError(problem, mark == null ? 0 : offset(mark), e.getContext(),
          context == null || context == mark ? -1 : offset(context), marker, e);
    } catch (ReaderException e) {
      throw error(Kind.CHARACTER, charOffset(e.getPosition()), "character U+"
          + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML (control"
          + " characters other than tab and line breaks are not); remove it, or write it as an"
          + " escape in a double-quoted string", e);
    } catch (YAMLException e) {
      // no position of its own: where the scanner stopped
      throw syntaxError(String.valueOf(e.getMessage()), charOffset(reader.getIndex()), null, -1,
          marker, e);
    } catch (RuntimeException e) {
      if (e instanceof CardParseException parse) {
        if (marker >= 0 && parse.kind() != Kind.DOCUMENT_MARKER
            && parse.line() >= file.line(base + marker)) {
          throw documentMarker(marker);
        }
        throw parse;
      }
      throw error(Kind.SYNTAX, 0, "the YAML parser failed on this front matter: " + e, e);
    }
  }

  /**
   * The error for the YAML parser's complaint, at the line the mistake is on with a hint; a
   * document marker line before it is reported instead.
   */
  private CardParseException syntaxError(String problem, int at, @Nullable String context,
      int contextAt, int marker, YAMLException cause) {
    SyntaxHints.Finding finding = new SyntaxHints(text, offset -> file.line(base + offset),
        offset -> file.column(base + offset)).explain(problem, at, context, contextAt, previous,
        this::offset);
    if (marker >= 0 && finding.offset() >= marker) {
      return documentMarker(marker);
    }
    int longKey = longKeyOn(finding.offset());
    if (longKey >= 0) {
      int colon = keyColon(longKey);
      return error(Kind.LIMIT, longKey, Limit.KEY_LENGTH.tooLong("key", colon - longKey,
          "characters", Math.min(limits.maxKeyLength(), MAX_KEY)) + " (YAML reads no longer key"
          + " before a ':')");
    }
    return error(Kind.SYNTAX, finding.offset(), finding.problem(), cause);
  }

  /** YAML's longest implicit key, in characters from its start to its ':'. */
  private static final int MAX_KEY = 1024;

  /**
   * Finds a key longer than YAML reads on the line of {@code at} (the parser then fails with a
   * complaint about the colon): the key's start, or -1.
   */
  private int longKeyOn(int at) {
    int lineStart = text.lastIndexOf('\n', Math.min(at, text.length()) - 1) + 1;
    int start = lineStart;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '-')) {
      start++;
    }
    int colon = keyColon(start);
    return colon >= 0 && colon - start > MAX_KEY ? start : -1;
  }

  /** The index of the first ':' on the line from {@code start} that ends a key, or -1. */
  private int keyColon(int start) {
    int lineEnd = text.indexOf('\n', start);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    for (int i = text.indexOf(':', start); i >= 0 && i < end; i = text.indexOf(':', i + 1)) {
      if (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\r') {
        return i;
      }
    }
    return -1;
  }

  private CardParseException documentMarker(int at) {
    boolean start = text.startsWith("---", at);
    return error(Kind.DOCUMENT_MARKER, at, "a line that starts with '" + (start ? "---" : "...")
        + "' inside the front matter " + (start ? "starts another YAML document" : "ends the YAML"
        + " document") + ", and what follows it would be lost: the front matter is one document,"
        + " closed only by a line that is exactly '---' or '...'; remove the line, or indent it if"
        + " it is part of a value");
  }

  private Event next() {
    Event event = parser.getEvent();
    if (event.getEndMark().getIndex() > event.getStartMark().getIndex()) {
      previous = event; // the last event with text of its own: block ends and the like have none
    }
    return event;
  }

  private SourceNode node(Event event, int depth) {
    if (event instanceof ScalarEvent scalarEvent) {
      height = 0;
      return scalar(scalarEvent);
    }
    if (event instanceof AliasEvent aliasEvent) {
      return alias(aliasEvent, depth);
    }
    if (!(event instanceof CollectionStartEvent start)) {
      throw error(Kind.SYNTAX, offset(event.getStartMark()),
          "unexpected YAML event " + event.getEventId());
    }

    int startOffset = offset(start.getStartMark());
    if (depth > limits.maxNestingDepth()) {
      throw error(Kind.LIMIT, startOffset, Limit.NESTING_DEPTH.problem(
          "nesting is deeper than the limit of " + limits.maxNestingDepth() + " levels"));
    }
    checkCollectionTag(start, startOffset);
    boolean flow = start.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    SourceNode result = event.is(Event.ID.MappingStart)
        ? mapping(start, startOffset, flow, depth)
        : sequence(start, startOffset, flow, depth);
    if (start.getAnchor() != null) {
      anchors.put(start.getAnchor(), result);
      anchorHeights.put(start.getAnchor(), height);
    }
    return result;
  }

  private SourceNode.Mapping mapping(CollectionStartEvent start, int startOffset, boolean flow, int depth) {
    ObjectNode data = NODES.objectNode();
    List<SourceNode.Entry> entries = new ArrayList<>();
    long size = 1;
    long chars = 0;
    int inner = 0;
    Event event = next();
    for (; !event.is(Event.ID.MappingEnd); event = next()) {
      if (!(event instanceof ScalarEvent)) {
        throw error(Kind.UNSUPPORTED, offset(event.getStartMark()), "a key must be text, not "
            + (event instanceof AliasEvent ? "an alias" : "a list or mapping"));
      }
      SourceNode.Scalar key = scalar((ScalarEvent) event);
      String name = key.value();
      if (name.isEmpty() && key.style() == ScalarStyle.PLAIN && key.tag() == null
          && key.anchor() == null) {
        // the library's policy, as the reader's: YAML's null key (`?` alone, `{: v}`) is refused
        throw error(Kind.UNSUPPORTED, key.start(), "a key must be text, not nothing");
      }
      if (name.length() > limits.maxKeyLength()) {
        throw error(Kind.LIMIT, key.start(), Limit.KEY_LENGTH.tooLong("key", name.length(),
            "characters", limits.maxKeyLength()));
      }
      if (key.style() == ScalarStyle.PLAIN && name.equals("<<") && key.tag() == null) {
        throw error(Kind.UNSUPPORTED, key.start(),
            "merge keys (<<) are not supported; write the keys out");
      }
      SourceNode value = node(next(), depth + 1);
      inner = Math.max(inner, height);
      if (data.has(name)) {
        SourceNode.Entry first = firstEntry(entries, name);
        int firstLine = first == null ? 0 : file.line(base + first.key().start());
        throw error(Kind.DUPLICATE_KEY, key.start(), "duplicate key '" + name + "' (first defined on"
            + " line " + firstLine + "): a key appears once in a mapping; remove one of the two or"
            + " rename one");
      }
      data.set(name, value.data());
      SourceNode.Entry before = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      Decor decor = flow
          ? Decor.ofFlowEntry(lines, key.start(), value.end(),
              before == null ? startOffset + 1 : before.decor().end())
          : Decor.of(lines, explicitKeyStart(key.start()), value.contentEnd(text),
              before == null ? 0 : before.decor().end(), value,
              before != null && before.decor().endsInKeptLines());
      entries.add(new SourceNode.Entry(key, value, entries.size(), decor));
      size += 1 + value.size();
      chars += name.length() + value.chars();
    }
    int end = flow || entries.isEmpty() ? offset(event.getEndMark())
        : entries.get(entries.size() - 1).value().contentEnd(text);
    if (flow && !entries.isEmpty() && (end == 0 || text.charAt(end - 1) != '}')) {
      end = entries.get(0).value().end(); // a single pair in a flow sequence ([a: 1]): no braces
    }
    height = inner + 1;
    return new SourceNode.Mapping(startOffset, end, start.getAnchor(), flow, data, size, chars,
        entries);
  }

  /**
   * Where a block mapping entry whose key starts at {@code key} begins: at the {@code ?} of an
   * explicit key ({@code ? title}) on the key's line, else at the key.
   */
  private int explicitKeyStart(int key) {
    int i = key;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i < key && i > 0 && text.charAt(i - 1) == '?' ? i - 1 : key;
  }

  private static SourceNode.@Nullable Entry firstEntry(List<SourceNode.Entry> entries, String key) {
    for (SourceNode.Entry entry : entries) {
      if (entry.key().value().equals(key)) {
        return entry;
      }
    }
    return null;
  }

  private SourceNode.Sequence sequence(CollectionStartEvent start, int startOffset, boolean flow, int depth) {
    ArrayNode data = NODES.arrayNode();
    List<SourceNode.Item> items = new ArrayList<>();
    long size = 1;
    long chars = 0;
    int inner = 0;
    Event event = next();
    for (; !event.is(Event.ID.SequenceEnd); event = next()) {
      SourceNode item = node(event, depth + 1);
      inner = Math.max(inner, height);
      data.add(item.data());
      int dash = flow ? -1 : dashOf(item);
      SourceNode.Item before = items.isEmpty() ? null : items.get(items.size() - 1);
      Decor decor = dash < 0 ? Decor.FLOW : Decor.of(lines, dash, item.contentEnd(text),
          before == null ? 0 : Math.max(0, before.decor().end()), item,
          before != null && before.decor().endsInKeptLines());
      items.add(new SourceNode.Item(item, dash, items.size(), decor));
      size += item.size();
      chars += item.chars();
    }
    int end = flow || items.isEmpty() ? offset(event.getEndMark())
        : items.get(items.size() - 1).node().contentEnd(text);
    height = inner + 1;
    return new SourceNode.Sequence(startOffset, end, start.getAnchor(), flow, data, size, chars,
        items);
  }

  /**
   * Finds the dash of a block sequence item, or -1 when something other than white space and
   * comments stands between ({@code - # about it} above the item's first line is a comment).
   */
  private int dashOf(SourceNode item) {
    int i = item.start();
    while (true) {
      while (i > 0 && isSpace(text.charAt(i - 1))) {
        i--;
      }
      if (i == 0) {
        return -1;
      }
      if (text.charAt(i - 1) == '-') {
        return i - 1;
      }
      int lineStart = lines.lineStart(i - 1);
      int prefixEnd = lineStart; // the line is comment-free up to its '#': blanks and dashes
      while (prefixEnd < i && (text.charAt(prefixEnd) == ' ' || text.charAt(prefixEnd) == '-')) {
        prefixEnd++;
      }
      if (prefixEnd >= i || text.charAt(prefixEnd) != '#') {
        return -1;
      }
      i = prefixEnd; // before the comment: the dash, or the line above a comment line
    }
  }

  private SourceNode.Scalar scalar(ScalarEvent event) {
    int start = offset(event.getStartMark());
    int end = offset(event.getEndMark());
    String value = event.getValue();
    if (value.length() > limits.maxScalarLength()) {
      throw error(Kind.LIMIT, start, Limit.SCALAR_LENGTH.tooLong("value", value.length(),
          "characters", limits.maxScalarLength()));
    }
    boolean plain = event.isPlain();
    String tag = event.getTag();
    if (value.length() > limits.maxNumberLength()
        && ((plain && tag == null && ScalarResolver.isNumber(value))
            || ScalarResolver.isNumberTag(tag))) {
      throw error(Kind.LIMIT, start, Limit.NUMBER_LENGTH.tooLong("number", value.length(),
          "characters", limits.maxNumberLength()));
    }
    if (event.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
      int surrogate = Utf8.unpairedSurrogate(value);
      if (surrogate >= 0) {
        throw error(Kind.CHARACTER, start, "an escape in this value makes an unpaired surrogate ("
            + Utf8.describe(value.charAt(surrogate)) + "), which is not a character: text that is"
            + " not valid Unicode cannot be stored; write a character outside the BMP as one"
            + " \\U escape or as a pair of \\u escapes");
      }
    }
    JsonNode data;
    try {
      data = ScalarResolver.resolve(value, plain, tag);
    } catch (ScalarResolver.TagProblem e) {
      String message = String.valueOf(e.getMessage());
      throw error(Kind.UNSUPPORTED, start, tag != null && !tag.startsWith("tag:")
          && message.startsWith("unknown tag") ? message + "; a value that starts with '!' is a"
          + " tag: put it in double quotes if it is text" : message);
    }
    ScalarStyle style = plain ? ScalarStyle.PLAIN : styleOf(event.getScalarStyle());
    int valueStart = skipProperties(start, event.getAnchor() != null, tag != null);
    int scalarStart = Math.min(valueStart, end);
    SourceNode.Scalar scalar = new SourceNode.Scalar(start, end, scalarStart, event.getAnchor(),
        tag, value, style, style.isBlock() && keepsTrailingLines(scalarStart, end), data);
    if (event.getAnchor() != null) {
      anchors.put(event.getAnchor(), scalar);
      anchorHeights.remove(event.getAnchor()); // an anchor redefined on a scalar
    }
    return scalar;
  }

  /**
   * An alias at nesting level {@code depth}: its anchored node counts against every limit as if it
   * were written out there, nesting too, so that what reads can be written back.
   */
  private SourceNode alias(AliasEvent event, int depth) {
    int start = offset(event.getStartMark());
    String name = event.getAnchor();
    SourceNode target = name == null ? null : anchors.get(name);
    if (target == null) {
      throw error(Kind.UNSUPPORTED, start, "alias *" + name + " refers to no anchor defined before"
          + " it (an alias cannot refer to a node that contains it); a value that starts with '*'"
          + " is an alias: put it in double quotes if it is text");
    }
    height = anchorHeights.getOrDefault(name, 0);
    if (depth + height - 1 > limits.maxNestingDepth()) {
      throw error(Kind.LIMIT, start, Limit.NESTING_DEPTH.problem("alias *" + name + " stands for "
          + height + " levels of nested collections, which here reach level " + (depth + height - 1)
          + ", deeper than the limit of " + limits.maxNestingDepth() + " levels"));
    }
    aliases++;
    if (aliases > limits.maxAliases()) {
      throw error(Kind.LIMIT, start,
          Limit.ALIASES.problem("more than " + limits.maxAliases() + " aliases"));
    }
    expansion += target.size();
    if (expansion > limits.maxAliasExpansion()) {
      throw error(Kind.LIMIT, start, Limit.ALIAS_EXPANSION.problem(
          "aliases expand to more than " + limits.maxAliasExpansion() + " values"));
    }
    expansionChars += target.chars();
    if (expansionChars > limits.maxAliasExpansionSize()) {
      throw error(Kind.LIMIT, start, Limit.ALIAS_EXPANSION_SIZE.problem(
          "aliases expand to more than " + limits.maxAliasExpansionSize() + " characters of keys"
          + " and values"));
    }
    SourceNode.Alias alias = new SourceNode.Alias(start, offset(event.getEndMark()), name, target);
    aliasNodes.add(alias);
    return alias;
  }

  private void checkCollectionTag(CollectionStartEvent start, int at) {
    String tag = start.getTag();
    if (tag == null || tag.equals("!")) {
      return;
    }
    String expected = start.is(Event.ID.MappingStart) ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq";
    if (!tag.equals(expected)) {
      throw error(Kind.UNSUPPORTED, at, "unknown tag '" + tag + "' on a collection: only !!map and !!seq are accepted,"
          + " and none is instantiated");
    }
  }

  /**
   * Tells whether the header of the block scalar at {@code at} ({@code |+}, {@code >2+}...) says
   * keep chomping: its trailing line breaks are part of its value.
   */
  private boolean keepsTrailingLines(int at, int end) {
    for (int i = at + 1; i < Math.min(at + 3, end); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        return true;
      }
      if (c != '-' && (c < '1' || c > '9')) {
        return false;
      }
    }
    return false;
  }

  /** Skips anchor and tag (and the whitespace or comments after them) from a node's start. */
  private int skipProperties(int from, boolean hasAnchor, boolean hasTag) {
    int i = from;
    int properties = (hasAnchor ? 1 : 0) + (hasTag ? 1 : 0);
    for (int p = 0; p < properties && i < text.length(); p++) {
      char c = text.charAt(i);
      if (c != '&' && c != '!') {
        break;
      }
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      while (i < text.length()) {
        char s = text.charAt(i);
        if (isSpace(s)) {
          i++;
        } else if (s == '#') {
          while (i < text.length() && text.charAt(i) != '\n') {
            i++;
          }
        } else {
          break;
        }
      }
    }
    return i;
  }

  private static ScalarStyle styleOf(DumperOptions.ScalarStyle style) {
    return switch (style) {
      case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
      case LITERAL -> ScalarStyle.LITERAL;
      case FOLDED -> ScalarStyle.FOLDED;
      default -> ScalarStyle.PLAIN;
    };
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private int offset(Mark mark) {
    return charOffset(mark.getIndex());
  }

  private int charOffset(int codePointIndex) {
    if (charIndex == null) {
      return Math.min(codePointIndex, text.length());
    }
    return charIndex[Math.min(Math.max(codePointIndex, 0), charIndex.length - 1)];
  }

  /** Maps code point indexes (SnakeYAML's marks) to char indexes; null when they are the same. */
  private static int @Nullable [] codePointToCharIndex(String text) {
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    int count = first + text.codePointCount(first, text.length());
    int[] index = new int[count + 1];
    int c = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      index[c++] = i;
    }
    index[count] = text.length();
    return index;
  }

  private CardParseException error(Kind kind, int offset, String message) {
    return file.error(kind, base + offset, message, null);
  }

  private CardParseException error(Kind kind, int offset, String message, Throwable cause) {
    return file.error(kind, base + offset, message, cause);
  }
}
