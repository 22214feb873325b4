package io.github.articlecard.jackson.internal.yaml;

import io.github.articlecard.jackson.CardWarning;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds front matter that is valid YAML but almost certainly not what was meant (see
 * {@link CardWarning.Kind}): plain values cut short by a comment, plain values that run on over
 * several lines, {@code key value} on the line after a key, {@code key:value} and {@code -item}.
 * Walks the source map once, without recursion; linear in the front matter.
 */
public final class FrontMatterWarnings {
  /** A warning at an offset in the front matter. */
  public record Found(int offset, CardWarning.Kind kind, String problem) {}

  /**
   * Text that reads as {@code key:value} written without the space after the colon: a word that
   * could be a key (a letter or {@code _}, then letters, digits, {@code _}, {@code .} and
   * {@code -}), a colon, and right after it what a value starts with (not a blank, a colon or a
   * slash, so that {@code http://host} and {@code 10:30} are not taken for keys).
   */
  private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("[A-Za-z_][\\w.-]*:[^\\s:/].*");
  private static final Pattern KEY_WITHOUT_COLON = Pattern.compile("[A-Za-z_][\\w.-]* [^\\s#]+");

  /**
   * A node to look at: the key it is the value of (null for a list item), where that key starts,
   * whether it stands in a flow collection, and which quotes its siblings are written with.
   */
  private record Visit(SourceNode node, @Nullable String key, int keyStart, boolean inFlow,
      SiblingQuotes quotes) {}

  /** Which quoting styles the scalars of one mapping or list use. */
  private record SiblingQuotes(boolean doubled, boolean single) {
    static final SiblingQuotes NONE = new SiblingQuotes(false, false);

    static SiblingQuotes of(List<SourceNode> siblings) {
      boolean doubled = false;
      boolean single = false;
      for (SourceNode sibling : siblings) {
        if (sibling instanceof SourceNode.Scalar scalar) {
          doubled |= scalar.style() == ScalarStyle.DOUBLE_QUOTED;
          single |= scalar.style() == ScalarStyle.SINGLE_QUOTED;
        }
      }
      return new SiblingQuotes(doubled, single);
    }

    boolean uses(char quote) {
      return quote == '"' ? doubled : quote == '\'' && single;
    }
  }

  private final String text;
  private final List<Found> found = new ArrayList<>();
  /** Plain values ending with an unmatched double quote none of their siblings is quoted with. */
  private final List<Visit> unmatchedDoubleQuotes = new ArrayList<>();
  private boolean doubleQuotedValues;

  private FrontMatterWarnings(String text) {
    this.text = text;
  }

  /** Returns the warnings for a parsed front matter, in text order. */
  public static List<Found> find(SourceMap source) {
    FrontMatterWarnings warnings = new FrontMatterWarnings(source.text());
    SourceNode root = source.root();
    if (root != null) {
      warnings.walk(root);
      warnings.missingOpeningDoubleQuotes();
    }
    warnings.found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return List.copyOf(warnings.found);
  }

  private void walk(SourceNode root) {
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(root, null, -1, false, SiblingQuotes.NONE));
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      SourceNode node = visit.node();
      if (node instanceof SourceNode.Mapping mapping) {
        SiblingQuotes quotes = SiblingQuotes.of(
            mapping.entries().stream().map(SourceNode.Entry::value).toList());
        for (SourceNode.Entry entry : mapping.entries()) {
          key(entry.key());
          pending.push(new Visit(entry.value(), entry.key().value(), entry.key().start(),
              mapping.flow(), quotes));
        }
      } else if (node instanceof SourceNode.Sequence sequence) {
        SiblingQuotes quotes = SiblingQuotes.of(
            sequence.items().stream().map(SourceNode.Item::node).toList());
        for (SourceNode.Item item : sequence.items()) {
          pending.push(new Visit(item.node(), null, -1, sequence.flow(), quotes));
        }
      } else if (node instanceof SourceNode.Scalar scalar) {
        doubleQuotedValues |= scalar.style() == ScalarStyle.DOUBLE_QUOTED;
        if (scalar.style() == ScalarStyle.PLAIN) {
          plain(scalar, visit);
        }
      }
    }
  }

  /**
   * Tells whether text reads as {@code key:value} without the space after the colon
   * ({@code name:Mint}, {@code title:"Hello"}): the one definition of that mistake, which the
   * warnings here and the syntax hints of a failed read both use.
   *
   * @param text a plain scalar's value, or the rest of a line from where a key would start
   */
  static boolean readsAsKeyWithoutSpace(String text) {
    return KEY_WITHOUT_SPACE.matcher(text).matches();
  }

  /** A plain key such as {@code excerpt:"text a} (from {@code excerpt:"text a: b"}). */
  private void key(SourceNode.Scalar key) {
    if (key.style() == ScalarStyle.PLAIN && readsAsKeyWithoutSpace(key.value())) {
      int colon = key.value().indexOf(':');
      found.add(new Found(key.start(), CardWarning.Kind.NO_SPACE_AFTER_COLON, "'" + key.value()
          + "' reads as one key: a key needs a space after its colon ('"
          + key.value().substring(0, colon + 1) + " " + key.value().substring(colon + 1) + "...')"));
    }
  }

  private void plain(SourceNode.Scalar scalar, Visit visit) {
    String what = subject(visit);
    int comment = commentAfter(scalar.end());
    if (comment >= 0) {
      String rest = text.substring(comment, lineEnd(comment)).strip();
      found.add(new Found(comment, CardWarning.Kind.COMMENT_IN_VALUE, "' #' starts a comment, so "
          + what + (scalar.value().isEmpty() ? " is empty (null)" : " reads as \"" + scalar.value()
          + "\"") + " and '" + rest + "' is not part of it: put the whole value in double quotes"
          + " if the '#' belongs to it"));
    }
    missingOpeningQuote(scalar, visit, what);
    if (visit.inFlow()) {
      return;
    }
    String value = scalar.value();
    if (value.length() > 1 && value.charAt(0) == '-' && !Character.isWhitespace(value.charAt(1))
        && value.charAt(1) != '-' && !ScalarResolver.isNumber(value) && onALaterLine(scalar, visit)) {
      found.add(new Found(scalar.valueStart(), CardWarning.Kind.NO_SPACE_AFTER_DASH, "without a"
          + " space after the dash this line is not a list item: " + what + " is the text \""
          + value + "\"; write '- " + word(scalar.valueStart() + 1) + "'"));
      return;
    }
    if (continuesWithDash(scalar)) {
      return;
    }
    if (readsAsKeyWithoutSpace(scalar.value())) {
      int colon = scalar.value().indexOf(':');
      found.add(new Found(scalar.valueStart(), CardWarning.Kind.NO_SPACE_AFTER_COLON, "'"
          + scalar.value() + "' reads as one piece of text, not as a key and a value: a key needs a"
          + " space after its colon ('" + scalar.value().substring(0, colon + 1) + " "
          + scalar.value().substring(colon + 1) + "'); put it in double quotes if it is text"));
    } else if (visit.key() != null && onALaterLine(scalar, visit)
        && KEY_WITHOUT_COLON.matcher(scalar.value()).matches()) {
      int space = scalar.value().indexOf(' ');
      found.add(new Found(scalar.valueStart(), CardWarning.Kind.VALUE_ON_NEXT_LINE, "this line is"
          + " the value of " + what + ", the text \"" + scalar.value() + "\", not a key and a value:"
          + " a key needs a colon and a space after it ('" + scalar.value().substring(0, space)
          + ": " + scalar.value().substring(space + 1) + "')"));
    }
  }

  /**
   * Warns about a plain value that ends with a quote its siblings are quoted with but does not
   * start with one ({@code title: Facebook will use your videos"}): the opening quote was most
   * likely forgotten. A double quote must be unmatched in the value ({@code He said "hi"} is
   * fine); a single quote, which is also an apostrophe, only has to end the value. A double quote
   * none of the siblings uses is still suspect when other values of the front matter are double
   * quoted ({@code provider: {name: Mint"}} beside {@code title: "T"}): those are decided once the
   * whole front matter has been seen.
   */
  private void missingOpeningQuote(SourceNode.Scalar scalar, Visit visit, String what) {
    String value = scalar.value();
    if (value.length() < 2) {
      return;
    }
    char quote = value.charAt(value.length() - 1);
    if ((quote != '"' && quote != '\'') || value.charAt(0) == quote
        || (quote == '"' && value.chars().filter(c -> c == '"').count() % 2 == 0)) {
      return;
    }
    if (visit.quotes().uses(quote)) {
      missingOpeningQuote(scalar, what, quote, "the values beside it are");
    } else if (quote == '"') {
      unmatchedDoubleQuotes.add(visit);
    }
  }

  /** Names what a value is, in a warning: its key, or "this list item". */
  private static String subject(Visit visit) {
    return visit.key() == null ? "this list item" : "'" + visit.key() + "'";
  }

  private void missingOpeningDoubleQuotes() {
    if (!doubleQuotedValues) {
      return;
    }
    for (Visit visit : unmatchedDoubleQuotes) {
      missingOpeningQuote((SourceNode.Scalar) visit.node(), subject(visit), '"',
          "other values of this front matter are");
    }
  }

  private void missingOpeningQuote(SourceNode.Scalar scalar, String what, char quote,
      String where) {
    String value = scalar.value();
    String name = quote == '"' ? "double quotes" : "single quotes";
    found.add(new Found(scalar.valueStart(), CardWarning.Kind.MISSING_OPENING_QUOTE, what
        + " ends with a " + (quote == '"' ? "double" : "single") + " quote but does not start with"
        + " one, so it reads as the text \"" + value + "\", quote included, where " + where
        + " in " + name + ": add the opening quote (" + quote + value + "), or, if the quote"
        + " belongs to the text, put the whole value in quotes"));
  }

  /** Tells whether a mapping value starts on a line after its key's. */
  private boolean onALaterLine(SourceNode.Scalar scalar, Visit visit) {
    return visit.keyStart() >= 0 && text.lastIndexOf('\n', scalar.valueStart() - 1) >= visit.keyStart();
  }

  /**
   * Warns when a plain value runs on over a line that starts with a dash: {@code -Tech} (no space,
   * so not a list item) or {@code - ML} indented deeper than the item above it. Other wrapped
   * plain text is ordinary YAML prose and gets no warning.
   */
  private boolean continuesWithDash(SourceNode.Scalar scalar) {
    int lineBreak = text.indexOf('\n', scalar.valueStart());
    while (lineBreak >= 0 && lineBreak < scalar.end()) {
      int next = lineBreak + 1;
      while (next < scalar.end() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
        next++;
      }
      if (next + 1 < scalar.end() && text.charAt(next) == '-') {
        boolean spaced = text.charAt(next + 1) == ' ';
        found.add(new Found(next, spaced ? CardWarning.Kind.VALUE_ON_SEVERAL_LINES
            : CardWarning.Kind.NO_SPACE_AFTER_DASH, (spaced
                ? "this line is indented deeper than the list item above it, so it is not an item"
                    + " of its own"
                : "without a space after the dash this line is not a list item")
            + " but more of the value above, which reads as \"" + scalar.value() + "\": write '- "
            + word(next + (spaced ? 2 : 1)) + "'" + (spaced ? " lined up with the other items"
                : "")));
        return true;
      }
      lineBreak = text.indexOf('\n', next);
    }
    return false;
  }

  /**
   * The offset of a comment that starts right after a value on its line and whose first character
   * is not a space ({@code #1}, {@code #hashtag}), or -1: comments people write start with a space.
   */
  private int commentAfter(int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == end && (end == 0 || !isBlank(text.charAt(end - 1)))) {
      return -1; // a '#' right after the value is part of it
    }
    if (i + 1 < text.length() && text.charAt(i) == '#' && !isBlank(text.charAt(i + 1))
        && text.charAt(i + 1) != '#') {
      return i;
    }
    return -1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private int lineEnd(int from) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private String word(int from) {
    return text.substring(from, lineEnd(from)).strip();
  }
}
