package io.github.articlecard.jackson;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.CardValidator;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.internal.document.CardBinder;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.ModelPath;
import io.github.articlecard.jackson.internal.document.Edited;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.io.StrictUtf8;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.usertype.UserTypes;
import io.github.articlecard.jackson.internal.yaml.FrontMatterComments;
import io.github.articlecard.jackson.internal.yaml.FrontMatterWarnings;
import io.github.articlecard.jackson.internal.patch.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A card text as read, with its front matter parsed once: the exact text, the body, the front matter
 * as Jackson data, and the typed {@link ArticleCard}. Immutable and thread-safe; the {@code with}
 * methods return new documents whose text differs from this one only where the data changed.
 *
 * <pre>{@code
 * CardDocument doc = mapper.read(text);
 * doc.text().equals(text);                          // always true
 * doc.withCard(doc.card()).text().equals(text);     // unmodified round trip: byte-identical
 *
 * ArticleCard card = doc.card();
 * CardDocument edited = doc.withCard(card.toBuilder().heat(card.heat() + 1).build());
 * // edited.text(): text with only the heat line changed
 *
 * ObjectNode data = doc.frontMatter();              // generic: works for any front matter
 * data.put("draft", false);
 * String hugo = doc.withFrontMatter(data).text();   // "draft: false" inserted after its siblings
 *
 * record Page(String title, LocalDate date, List<String> tags) {}
 * Page page = doc.as(Page.class);                   // your own type, through the ObjectMapper
 * CardDocument renamed = doc.with(new Page("New title", page.date(), page.tags()));
 * // renamed.text(): only the title line changed; keys Page does not model are kept, in place
 *
 * doc.positionOf("related[0].title");               // Optional[line 30, column 12]
 * }</pre>
 */
public final class CardDocument {
  private final CardEditor editor;
  private final ParsedCard parsed;
  private final @Nullable String sourceName;
  private final UserTypes types;
  private final CardValidator validator;
  /** The width of the edit that made this document; null for one read from text. */
  private final @Nullable Width editWidth;
  private volatile @Nullable ArticleCard card;
  private volatile @Nullable List<CardProblem> problems;
  private volatile @Nullable List<CardWarning> warnings;
  private volatile @Nullable List<CardComment> comments;
  private volatile @Nullable SourceText source; // line arithmetic over text(), made on first use

  CardDocument(CardEditor editor, ParsedCard parsed, @Nullable String sourceName,
      UserTypes types, CardValidator validator) {
    this(editor, parsed, sourceName, types, validator, null);
  }

  private CardDocument(CardEditor editor, ParsedCard parsed, @Nullable String sourceName,
      UserTypes types, CardValidator validator, @Nullable Width editWidth) {
    this.editor = editor;
    this.parsed = parsed;
    this.sourceName = sourceName;
    this.types = types;
    this.validator = validator;
    this.editWidth = editWidth;
  }

  private CardDocument(CardDocument from, ParsedCard parsed, Width editWidth) {
    this(from.editor, parsed, from.sourceName, from.types, from.validator, editWidth);
  }

  /** Returns the parsed text, for learning its style. */
  ParsedCard parsed() {
    return parsed;
  }

  /**
   * Returns exactly the text that was read (or that the edit produced), BOM included.
   *
   * @return the text
   */
  public String text() {
    return parsed.layout().text();
  }

  /**
   * Returns {@link #text()} as the UTF-8 bytes of a card file, BOM included: the bytes
   * {@link CardMapper#write(CardDocument, java.nio.file.Path)} writes, for code that stores cards
   * elsewhere (an object store, a Hadoop file system, a zip). A document read from bytes gives
   * those bytes back. The encoding is strict, never {@link String#getBytes}, which writes
   * {@code ?} for text that cannot be stored; a document never holds such text (reading and every
   * edit refuse an unpaired surrogate), so its bytes always read back as its text.
   *
   * <pre>{@code
   * byte[] bytes = doc.withCard(edited).bytes();
   * }</pre>
   *
   * @return a new array
   * @throws CardException ({@link CardException.Kind#CHARACTER}) at an unpaired surrogate, with
   *     its line and column
   */
  public byte[] bytes() {
    try {
      return StrictUtf8.encode(text());
    } catch (CardException e) {
      throw named(e);
    }
  }

  /**
   * Returns the line ending of the opening {@code ---} line, which lines that edits insert use.
   *
   * @return LF or CRLF
   */
  public LineEnding lineEnding() {
    return parsed.layout().lineEnding().equals("\r\n") ? LineEnding.CRLF : LineEnding.LF;
  }

  /**
   * Returns the body: everything after the closing delimiter line, verbatim.
   *
   * @return the body
   */
  public String body() {
    return parsed.layout().body();
  }

  /**
   * Returns a fresh copy of the front matter as Jackson data: keys in order, aliases resolved to
   * the data they point to, plain {@code NO}/{@code yes}/{@code on} and {@code 012}/{@code 0x1F}/
   * {@code 1e3} as strings. Changing the copy changes nothing here; pass it to
   * {@link #withFrontMatter} to edit.
   *
   * @return a new object node
   */
  public ObjectNode frontMatter() {
    return guarded("copy", () -> parsed.source().copyData());
  }

  /**
   * Returns the front matter bound to the article model, with the body. Unknown keys at every level
   * go to the extras, in order. Binding is lenient (real cards must load); use
   * {@link ArticleCard#validate()} to check the rules.
   *
   * @return the card
   * @throws CardBindingException if a value does not fit its type, such as {@code quality: high}
   */
  public ArticleCard card() {
    ArticleCard bound = card;
    if (bound == null) {
      bound = guarded("bind", () -> CardBinder.bind(parsed));
      card = bound;
    }
    return bound;
  }

  /**
   * Returns a document for an edited card: this text with only the lines of the changed values
   * patched (values that did not change keep their exact form, unknown keys their place); new keys
   * take the card format's house style. Passing {@link #card()} unchanged returns this document.
   * The body becomes the card's body. When this document's front matter does not bind to a card
   * (say {@code quality: high}), the edited card replaces the front matter's data as a whole, still
   * changing only the lines that differ.
   *
   * @param edited the edited card
   * @return the new document
   * @throws CardException if the card cannot be written as a card text
   */
  public CardDocument withCard(ArticleCard edited) {
    Objects.requireNonNull(edited, "edited");
    ArticleCard original;
    try {
      original = card();
    } catch (CardBindingException e) {
      original = null;
    }
    editor.check(edited); // before anything walks the card's data recursively
    ArticleCard before = original;
    return guarded("edit", () -> edited.equals(before) ? this
        : next(editor.withCard(parsed, before, edited)));
  }

  /**
   * Returns the front matter bound to your own type with the mapper's {@code ObjectMapper} (see
   * {@link CardMapper.Builder#objectMapper}): records, classes with {@code @JsonProperty},
   * {@code @JsonCreator} constructors or builders, maps. The default mapper reads
   * {@code java.time} values ({@code date: 2021-03-14} as {@code LocalDate},
   * {@code 2021-03-14T10:00:00+01:00} as {@code OffsetDateTime} or {@code Instant}, Jekyll's
   * {@code 2021-03-14 10:00} as {@code LocalDateTime}) and {@code Optional}s, and ignores keys the
   * type has no property for. Each call binds anew; {@code as(ArticleCard.class)} is
   * {@link #card()}.
   *
   * <pre>{@code
   * record Page(String title, LocalDate date, List<String> tags, boolean draft) {}
   * Page page = doc.as(Page.class);
   * }</pre>
   *
   * @param type the type
   * @param <T> the type
   * @return a new value of the type
   * @throws CardBindingException if a value does not fit its property, with the value's path
   *     ({@code tags[2]}, {@code author.name}) and its line and column
   */
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(type == ArticleCard.class ? card() : bind(types.type(type)));
  }

  /**
   * Returns the front matter bound to a generic type, such as {@code Map<String, Object>} or
   * {@code Page<Author>}; otherwise as {@link #as(Class)}.
   *
   * <pre>{@code
   * Map<String, Object> data = doc.as(new TypeReference<Map<String, Object>>() {});
   * }</pre>
   *
   * @param type the type
   * @param <T> the type
   * @return a new value of the type
   * @throws CardBindingException if a value does not fit its property
   */
  @SuppressWarnings("unchecked") // Jackson bound the value to the type the reference names
  public <T> T as(TypeReference<T> type) {
    Objects.requireNonNull(type, "type");
    JavaType javaType = types.type(type);
    return (T) (javaType.getRawClass() == ArticleCard.class ? card() : bind(javaType));
  }

  private Object bind(JavaType type) {
    return guarded("bind", () -> types.bind(parsed, type));
  }

  /**
   * Returns a document for an edited value of your own type, changing only what the edit changed.
   * The value is compared with what {@link #as(Class) as} gives for its class, both as the
   * {@code ObjectMapper} serializes them, and only the differences are applied: a changed value is
   * patched in its own style and in the form its old text had (a date keeps its shape, a number its
   * decimals, a quoted value its quotes); a property the value sets to null or leaves out is
   * removed with its lines; a new property is inserted after its siblings in the document's own
   * style. Keys the type has no property for (by Jackson's own introspection of the type) are
   * never touched, nor is any value that did not change, even where Jackson would write it
   * differently ({@code 1.50}, {@code 2021-03-14T10:00+01:00}, a quoted number). An unmodified
   * {@code with(as(type))} returns this document. The body is kept. An {@link ArticleCard} is
   * edited as by {@link #withCard}.
   *
   * <p>A type with a {@code @JsonAnySetter} reads every key: with a matching {@code @JsonAnyGetter}
   * the map is its view of all other keys (an entry removed from it is removed from the text, an
   * entry added is inserted); without one, the keys it gathers are never written. Values the type
   * does not serialize ({@code @JsonIgnore}, write-only properties) are never written. When the
   * front matter does not bind to the type, the value is compared with the data itself.
   *
   * <pre>{@code
   * Page page = doc.as(Page.class);
   * CardDocument next = doc.with(new Page("New title", page.date(), page.tags(), page.draft()));
   * }</pre>
   *
   * @param value the edited value
   * @return the new document
   * @throws CardException if the value cannot be serialized as a mapping, or if no text reads back
   *     through its type as the same value (its serialized and deserialized forms disagree)
   */
  public CardDocument with(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof ArticleCard edited) {
      return withCard(edited);
    }
    return guarded("edit", () -> next(types.with(parsed, value, editor)));
  }

  /**
   * Returns a document whose front matter is the given data, for any front matter (Hugo, Jekyll
   * and others): changed scalars are replaced in their own style, new keys inserted after their
   * siblings with the siblings' indentation and quoting (whatever their names; where the sibling
   * before is not a string, strings take the quoting most of the document's strings use), removed
   * keys taken out with their own lines and comments. Equal data returns this document.
   *
   * @param frontMatter the new front matter data
   * @return the new document
   * @throws CardException if the data cannot be written as YAML
   */
  public CardDocument withFrontMatter(ObjectNode frontMatter) {
    Objects.requireNonNull(frontMatter, "frontMatter");
    return guarded("edit", () -> next(editor.withFrontMatter(parsed, frontMatter, body())));
  }

  /**
   * Returns a document with one key renamed in place, at any level: only the key's text changes,
   * in the key's own quoting where the new name can be written so; the value's text, its comments
   * and its place stay. The path is a model path as {@link #positionOf(String)} takes it, ending at
   * a key: {@code sourceUrl}, {@code provider.images[0].url}, {@code related[2].sourceUrl},
   * {@code params["og.title"]}. Renaming a key to its own name returns this document.
   *
   * <pre>{@code
   * CardDocument migrated = doc.withKeyRenamed("sourceUrl", "originalUrl")
   *     .withKeyRenamed("related[0].ampUrl", "ampWebUrl");
   * }</pre>
   *
   * @param path the model path of the key
   * @param newName the new name
   * @return the new document
   * @throws IllegalArgumentException if the path is not well formed or does not end at a key
   * @throws CardException {@link CardException.Kind#MISSING_KEY} when the front matter has no key
   *     at the path, {@link CardException.Kind#DUPLICATE_KEY} when its mapping already has a key of
   *     the new name, {@link CardException.Kind#UNSUPPORTED} for a key inside an anchored mapping
   *     or reached through an alias (its aliases would change too)
   */
  public CardDocument withKeyRenamed(String path, String newName) {
    Objects.requireNonNull(path, "path");
    return withKeyRenamed(CardPath.parse(path), newName);
  }

  /**
   * Returns a document with the key at a path renamed in place; otherwise as
   * {@link #withKeyRenamed(String, String)}.
   *
   * <pre>{@code
   * CardPath ampUrl = CardPath.root().key("related").index(0).key("ampUrl");
   * CardDocument migrated = doc.withKeyRenamed(ampUrl, "ampWebUrl");
   * }</pre>
   *
   * @param path the path of the key
   * @param newName the new name
   * @return the new document
   * @throws IllegalArgumentException if the path does not end at a key
   * @throws CardException as {@link #withKeyRenamed(String, String)}
   */
  public CardDocument withKeyRenamed(CardPath path, String newName) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(newName, "newName");
    if (path.isRoot() || !(path.steps().get(path.steps().size() - 1) instanceof CardPath.Key)) {
      throw new IllegalArgumentException("not the path of a key: \"" + path + "\" (it must end at"
          + " a key, such as provider.name or related[0].title)");
    }
    return guarded("edit",
        () -> next(editor.renameKey(parsed, ModelPath.steps(path), newName), Width.MINIMAL));
  }

  /**
   * Returns this document as an edit at one width writes it when the data has not changed, past
   * the shortcut that gives unchanged documents back as they are: for tests that the writer loses
   * nothing. {@link EditWidth#MINIMAL} walks the whole front matter as an edit does and keeps every
   * value's text; {@link EditWidth#DOCUMENT}, the widest rewrite, writes the front matter anew entry
   * by entry, keeping comments and the text of unchanged entries. For every document this library
   * reads, each width gives the text back byte for byte; the testkit's
   * {@code roundTripsUnchanged()} checks it.
   *
   * <pre>{@code
   * assert doc.rewrittenAt(EditWidth.DOCUMENT).text().equals(doc.text());
   * }</pre>
   *
   * @param width the width to write at
   * @return the document the written text reads as
   * @throws CardException if that width cannot write this front matter so that it reads back as
   *     the same data
   */
  public CardDocument rewrittenAt(EditWidth width) {
    Objects.requireNonNull(width, "width");
    Width forced = Width.valueOf(width.name());
    return guarded("edit", () -> new CardDocument(this, editor.rewrite(parsed, forced), forced));
  }

  /**
   * Returns how much of the front matter the edit that made this document had to rewrite: the
   * first width of the edit ladder whose text read back as the edit ({@link EditWidth}), so that
   * code and tests can tell an edit that patched only what changed ({@link EditWidth#MINIMAL})
   * from one that needed a wider rewrite. Empty for a document read from text, and for the last
   * resort that writes the data with nothing of the old text kept (no edit is known to need it).
   * A new body or a renamed key changes only its own text ({@link EditWidth#MINIMAL}); an edit
   * that changes nothing returns this document, with its own answer; {@link #rewrittenAt} answers
   * the width it forced.
   *
   * <pre>{@code
   * CardDocument next = doc.withCard(card.toBuilder().title("New title").build());
   * assert next.editWidth().equals(Optional.of(EditWidth.MINIMAL));
   * }</pre>
   *
   * @return the width, or empty
   */
  public Optional<EditWidth> editWidth() {
    Width width = editWidth;
    return width == null || width == Width.BARE ? Optional.empty()
        : Optional.of(EditWidth.valueOf(width.name()));
  }

  /**
   * Returns a document with a new body; the front matter text is untouched.
   *
   * @param body the new body, verbatim
   * @return the new document
   * @throws CardException if the body holds an unpaired surrogate (text that cannot be stored as
   *     UTF-8) or the card would break the input size limit
   */
  public CardDocument withBody(String body) {
    Objects.requireNonNull(body, "body");
    return guarded("edit", () -> next(editor.withBody(parsed, body), Width.MINIMAL));
  }

  /**
   * Returns where the value at a model path stands in {@link #text()}, for pointing at it: the
   * path syntax of {@link CardBindingException#path()} and of validation problems, such as
   * {@code related[0].title}, {@code images[1].width} or {@code provider.name} (a key holding
   * {@code .}, {@code [} or {@code ]} goes in brackets and quotes: {@code params["og.title"]}).
   * It works for any front matter, not only cards.
   *
   * <p>The position is that of the value: a scalar's first character (after an anchor or a tag;
   * for a key written without a value, where the value would start), a block mapping's first key,
   * a block list's first {@code -}, a flow collection's bracket. A path that passes through an
   * alias ({@code *name}) goes on inside the anchored node it stands for, because that is where the
   * text is; a path that ends at an alias gives the alias itself. An absent key, or an index past
   * the end of a list, gives an empty result: there is no text to point at (a validation problem
   * about an absent key, such as a missing title, has no position).
   *
   * <pre>{@code
   * for (ValidationProblem problem : doc.card().validate()) {
   *   String at = doc.positionOf(problem.path()).map(p -> p.line() + ":" + p.column()).orElse("-");
   *   System.out.println(file + ":" + at + ": " + problem);
   * }
   * }</pre>
   *
   * @param path the model path; the empty path is the front matter as a whole
   * @return the position, or empty when the front matter does not hold the path
   * @throws IllegalArgumentException if the path is not well formed
   */
  public Optional<Position> positionOf(String path) {
    Objects.requireNonNull(path, "path");
    return positionOf(CardPath.parse(path));
  }

  /**
   * Returns where the value at a path stands in {@link #text()}; otherwise as
   * {@link #positionOf(String)}.
   *
   * <pre>{@code
   * catch (CardBindingException e) {
   *   doc.positionOf(e.cardPath()).ifPresent(at -> System.err.println(at.line() + ":" + at.column()));
   * }
   * }</pre>
   *
   * @param path the path; {@link CardPath#root()} is the front matter as a whole
   * @return the position, or empty when the front matter does not hold the path
   */
  public Optional<Position> positionOf(CardPath path) {
    Objects.requireNonNull(path, "path");
    OptionalInt offset = guarded("locate", () -> ModelPath.offsetOf(parsed, ModelPath.steps(path)));
    if (offset.isEmpty()) {
      return Optional.empty();
    }
    SourceText file = source();
    int at = offset.getAsInt();
    return Optional.of(new Position(file.line(at), file.column(at), at));
  }

  /** The text's line arithmetic, indexed once however many places are located. */
  private SourceText source() {
    SourceText file = source;
    if (file == null) {
      file = SourceText.of(text());
      source = file;
    }
    return file;
  }

  /**
   * Returns what in the front matter is valid YAML, so the card reads, but almost certainly is not
   * what its author meant, in text order; empty for a clean card. Each {@link CardWarning} has a
   * {@link CardWarning.Kind kind}, the line and column in the file and a hint of what to write
   * instead:
   *
   * <ul>
   *   <li>{@code title: We're #1 at AI}: {@code " #"} starts a comment, the title is "We're";
   *   <li>a plain value that runs on over the next, more indented lines ({@code title: Hello}
   *       followed by {@code "  world"});
   *   <li>{@code provider:} followed by {@code "  name Mint"}: one text, not a key and a value;
   *   <li>{@code name:Mint} and {@code -Tech}: without their space, text rather than a key or a
   *       list item.
   * </ul>
   *
   * <pre>{@code
   * for (CardWarning warning : mapper.read(path).warnings()) {
   *   System.err.println(path + ":" + warning.line() + ":" + warning.column() + ": warning: "
   *       + warning.problem());
   * }
   * }</pre>
   *
   * <p>Computed once, on the first call, in time linear in the front matter.
   *
   * @return the warnings, possibly empty
   */
  public List<CardWarning> warnings() {
    List<CardWarning> found = warnings;
    if (found == null) {
      SourceText file = source(); // lines indexed once, shared with positionOf
      int base = parsed.layout().frontMatterStart();
      List<CardWarning> list = new ArrayList<>();
      for (FrontMatterWarnings.Found warning
          : guarded("check", () -> FrontMatterWarnings.find(parsed.source()))) {
        int at = base + warning.offset();
        int line = file.line(at);
        list.add(new CardWarning(warning.kind(), warning.problem(), sourceName, line,
            file.column(at), file.excerpt(at, line)));
      }
      found = List.copyOf(list);
      warnings = found;
    }
    return found;
  }

  /**
   * Returns the comments of the front matter, in text order: every {@code #} that starts a
   * comment, on a line of its own or after a key, a value or a dash, and never a {@code #} inside
   * a quoted or block value ({@code title: "Hash # inside"}) or glued to a word ({@code C#}).
   * The body is Markdown, where {@code #} starts a heading: it has no comments. Empty for a front
   * matter without comments, such as every card written in the house style.
   *
   * <pre>{@code
   * List<CardComment> comments = doc.comments();
   * if (!comments.isEmpty()) {
   *   System.err.println("the house style would drop the comment on line " + comments.get(0).line());
   * }
   * }</pre>
   *
   * <p>Computed once, on the first call, in time linear in the front matter.
   *
   * @return the comments, possibly empty
   */
  public List<CardComment> comments() {
    List<CardComment> found = comments;
    if (found == null) {
      SourceText file = source();
      int base = parsed.layout().frontMatterStart();
      String frontMatter = parsed.source().text();
      List<CardComment> list = new ArrayList<>();
      for (FrontMatterComments.Found comment
          : guarded("list", () -> FrontMatterComments.find(parsed.source()))) {
        int at = base + comment.start();
        list.add(new CardComment(new Position(file.line(at), file.column(at), at),
            frontMatter.substring(comment.start(), comment.end()), comment.ownLine()));
      }
      found = List.copyOf(list);
      comments = found;
    }
    return found;
  }

  /**
   * Returns the card's validation problems, by the rules of the mapper's {@link CardValidator}
   * ({@link CardMapper.Builder#validator}), each at the place of its value in the file with the line
   * quoted: what {@code articlecard check} reports, with no glue code. A problem about an absent key
   * (a missing title) has no place. Computed once, on the first call.
   *
   * <pre>{@code
   * for (CardProblem problem : mapper.read(path).problems()) {
   *   System.err.println(path + ":" + problem.line() + ":" + problem.column() + ": "
   *       + problem.severity() + ": " + problem.validation());
   * }
   * }</pre>
   *
   * @return the problems, in card order; empty when the card breaks no rule that is on
   * @throws CardBindingException if the front matter does not bind to a card
   */
  public List<CardProblem> problems() {
    List<CardProblem> found = problems;
    if (found == null) {
      List<CardProblem> list = new ArrayList<>();
      for (ValidationProblem problem : validator.validate(card())) {
        Position at = positionOf(problem.path()).orElse(null);
        list.add(new CardProblem(problem, sourceName, at,
            at == null ? "" : source().excerpt(at.offset(), at.line())));
      }
      found = List.copyOf(list);
      problems = found;
    }
    return found;
  }

  /**
   * The document for an edit's result. Its card is bound anew from the re-read text, never taken
   * from the caller's value, so that {@code card()}, {@code frontMatter()} and {@code as(...)}
   * answer exactly as re-reading {@code text()} would (the caller's extras may be in another order
   * than the text keeps, say).
   */
  private CardDocument next(Edited edited) {
    return next(edited.card(), edited.step().width());
  }

  /** The document for an edit's result, written at {@code width}; see {@link #next(Edited)}. */
  private CardDocument next(ParsedCard edited, Width width) {
    return edited == parsed ? this : new CardDocument(this, edited, width);
  }

  /**
   * Runs an operation that walks the data: its exceptions carry this document's source name, and
   * a nesting this thread's stack cannot walk is refused as a {@code LIMIT} (see
   * {@link StackRoom}).
   */
  private <T> T guarded(String doing, Supplier<T> work) {
    try {
      return StackRoom.guard(editor.limits().maxNestingDepth(), doing, work);
    } catch (CardException e) {
      throw named(e);
    }
  }

  private CardException named(CardException e) {
    return sourceName == null ? e : e.withSourceName(sourceName);
  }

  /** Returns a short description: the source name (if any) and the text's size. */
  @Override
  public String toString() {
    return "CardDocument[" + (sourceName != null ? sourceName + ", " : "") + text().length()
        + " chars]";
  }
}
