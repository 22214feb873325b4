package io.github.articlecard.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.CardValidator;
import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.bind.StandardStyle;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.io.BoundedInput;
import io.github.articlecard.jackson.internal.io.FileReplacer;
import io.github.articlecard.jackson.internal.io.GuardedOpen;
import io.github.articlecard.jackson.internal.io.IoProblems;
import io.github.articlecard.jackson.internal.io.StrictUtf8;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.text.Utf8;
import io.github.articlecard.jackson.internal.usertype.UserTypes;
import io.github.articlecard.jackson.internal.yaml.Limit;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Reader;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads card texts into {@link CardDocument}s and writes cards in a house style: the format's
 * standard one, or one learned from a repository ({@link Builder#houseStyle}). Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * CardMapper mapper = CardMapper.builder().build();
 * CardDocument doc = mapper.read(Path.of("2021-03-14-facebook.md"));
 * ArticleCard card = doc.card();
 * CardDocument edited = doc.withCard(card.toBuilder().title("New title").build());
 * mapper.write(edited, Path.of("2021-03-14-facebook.md"));   // only the title line changes
 *
 * String fresh = mapper.write(ArticleCard.builder().title("Hello").build());   // house style
 * }</pre>
 *
 * <p>Every method throws {@link CardException} (never another exception type) for bad input;
 * reading enforces the limits set on the {@link Builder}, each with a safe default.
 *
 * <p>A mapper is {@link Serializable}, so that a Spark closure can capture it: what is written is
 * its settings (the limits, the line ending, the house style, the {@link Builder#validator
 * validator}, whether writes may lose attributes, and the {@code ObjectMapper} given to
 * {@link Builder#objectMapper}, which must then be serializable itself: a plain Jackson
 * {@code ObjectMapper} is, one with jsr310's {@code JavaTimeModule} is not), and reading builds an
 * equal mapper from them where it lands. A mapper whose {@code ObjectMapper} is not serializable
 * fails with a {@code NotSerializableException} that says so: build it where it is used.
 */
public final class CardMapper implements Serializable {
  /**
   * The longest a read, write or folder listing of a path waits for one open of a file or folder
   * before it gives up with a {@link CardException} ({@link CardException.Kind#IO}): 10 seconds.
   * An open normally takes microseconds; it waits this long only when another program swaps a
   * FIFO (named pipe) in for the file and away again while it is opened (a FIFO still there is
   * released within about a second), or the file system does not answer. A read or write opens
   * the file a few times, so one call can stall for a small multiple of this in the worst case.
   */
  public static final Duration OPEN_TIMEOUT = GuardedOpen.PATIENCE.giveUp();

  private static final long serialVersionUID = 1L;

  private final ReadLimits limits;
  private final CardReader reader;
  private final CardEditor editor;
  private final @Nullable LineEnding lineEnding; // as given to the builder; else the house style's
  private final HouseStyle houseStyle;
  private final UserTypes types;
  private final @Nullable ObjectMapper objectMapper; // as given to the builder, for serialization
  private final CardValidator validator;
  private final boolean allowAttributeLoss;

  private CardMapper(Builder builder) {
    this.limits = new ReadLimits(builder.maxInputSize, builder.maxFrontMatterSize,
        builder.maxNestingDepth, builder.maxAliases, builder.maxAliasExpansion,
        builder.maxAliasExpansionSize, builder.maxScalarLength, builder.maxNumberLength, builder.maxKeyLength);
    this.reader = new CardReader(limits);
    this.houseStyle = builder.houseStyle;
    this.editor = new CardEditor(reader,
        StyleDecision.of(houseStyle.learned(), StandardStyle.INSTANCE));
    this.lineEnding = builder.lineEnding;
    this.objectMapper = builder.objectMapper;
    this.types = objectMapper == null ? UserTypes.defaults() : new UserTypes(objectMapper);
    this.validator = builder.validator;
    this.allowAttributeLoss = builder.allowAttributeLoss;
  }

  /**
   * Writes this mapper's settings, as {@link Settings}, instead of its parts.
   *
   * @throws NotSerializableException if the {@code ObjectMapper} given to the builder cannot be
   *     serialized, naming what in it cannot
   */
  private Object writeReplace() throws NotSerializableException {
    return new Settings(limits.maxInputSize(), limits.maxFrontMatterSize(),
        limits.maxNestingDepth(), limits.maxAliases(), limits.maxAliasExpansion(),
        limits.maxAliasExpansionSize(), limits.maxScalarLength(), limits.maxNumberLength(),
        limits.maxKeyLength(), lineEnding, houseStyle.isStandard() ? null : houseStyle, validator,
        allowAttributeLoss,
        objectMapper == null ? null : serialized(objectMapper));
  }

  private static byte[] serialized(ObjectMapper objectMapper) throws NotSerializableException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(objectMapper);
    } catch (IOException e) {
      NotSerializableException refused = new NotSerializableException("CardMapper: the ObjectMapper"
          + " given to CardMapper.Builder.objectMapper cannot be serialized (" + e.getMessage()
          + "); build the CardMapper where it is used instead, such as once per Spark partition");
      refused.initCause(e);
      throw refused;
    }
    return bytes.toByteArray();
  }

  @SuppressWarnings("UnusedVariable") // called by serialization
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a CardMapper is read through its settings");
  }

  /**
   * The serialized form of a {@link CardMapper}: the builder settings it was made from. Reading one
   * goes through the builder again, so its checks apply.
   */
  private record Settings(int maxInputSize, int maxFrontMatterSize, int maxNestingDepth,
      int maxAliases, long maxAliasExpansion, long maxAliasExpansionSize, int maxScalarLength,
      int maxNumberLength, int maxKeyLength, @Nullable LineEnding lineEnding,
      @Nullable HouseStyle houseStyle, CardValidator validator, boolean allowAttributeLoss,
      byte @Nullable [] objectMapper) implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder builder = builder()
            .maxInputSize(maxInputSize)
            .maxFrontMatterSize(maxFrontMatterSize)
            .maxNestingDepth(maxNestingDepth)
            .maxAliases(maxAliases)
            .maxAliasExpansion(maxAliasExpansion)
            .maxAliasExpansionSize(maxAliasExpansionSize)
            .maxScalarLength(maxScalarLength)
            .maxNumberLength(maxNumberLength)
            .maxKeyLength(maxKeyLength)
            .houseStyle(houseStyle != null ? houseStyle : HouseStyle.standard())
            .validator(validator)
            .allowAttributeLoss(allowAttributeLoss);
        if (lineEnding != null) {
          builder.lineEnding(lineEnding);
        }
        if (objectMapper != null) {
          builder.objectMapper(objectMapperFrom(objectMapper));
        }
        return builder.build();
      } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
        InvalidObjectException invalid = new InvalidObjectException("CardMapper: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }

    private static ObjectMapper objectMapperFrom(byte[] bytes) throws InvalidObjectException {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        return (ObjectMapper) in.readObject();
      } catch (IOException | ClassNotFoundException e) {
        InvalidObjectException invalid = new InvalidObjectException(
            "CardMapper: cannot read its ObjectMapper: " + e);
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /**
   * Starts a builder with the default limits and the standard house style.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a card text.
   *
   * @param text the whole card text
   * @return the document
   * @throws CardParseException if the text is not a well-formed card or exceeds a limit
   */
  public CardDocument read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > limits.maxInputSize()) {
      throw SourceText.of(text).error(Kind.LIMIT, 0, Limit.INPUT_SIZE.tooLong("card",
          text.length(), "characters", limits.maxInputSize()));
    }
    return parse(text, null);
  }

  /**
   * Reads a card from UTF-8 bytes; invalid UTF-8 anywhere (the body included) is an error, never
   * replaced.
   *
   * @param bytes the card file's bytes
   * @return the document
   * @throws CardParseException if the bytes are not UTF-8, not a well-formed card, or too many
   */
  public CardDocument read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    checkByteSize(bytes.length);
    return parse(Utf8.decode(bytes, bytes.length), null);
  }

  /**
   * Reads a card file (a link is followed). Error messages start with the path. At most
   * {@code maxInputSize} + 1 bytes are read whatever size the file system claims, and only a regular
   * file is read: a folder, device, FIFO or socket (or a link to one) is refused, so
   * {@code /dev/zero} cannot fill the heap and a FIFO cannot block, also when another program swaps
   * one in as the file is read (links are resolved first, the real path opened without following
   * a link put in its place, and what was opened checked again).
   *
   * <p>A FIFO swapped in for the file as it is opened can stall this call: a FIFO found at the path
   * is released within about a second, but one swapped in and away again (a FIFO rotation) holds
   * the open until it is given up after {@link #OPEN_TIMEOUT} (10 seconds), with a
   * {@link CardException} ({@code IO}) that says so; the same holds for a file system that does not
   * answer. Opens that are still blocked when given up are capped: see the README's "Files".
   *
   * @param path the file
   * @return the document
   * @throws CardException if the file cannot be read ({@link CardException.Kind#IO}), is not a
   *     regular file (also {@code IO}), is too large, or is not a well-formed card
   */
  public CardDocument read(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      BoundedInput.Bytes bytes = BoundedInput.readFile(path, limits.maxInputSize());
      checkByteSize(bytes.length());
      return parse(Utf8.decode(bytes.bytes(), bytes.length()), path.toString());
    } catch (CardException e) {
      throw e.withSourceName(path.toString());
    }
  }

  /**
   * Reads a card from a stream of UTF-8 bytes, up to the input size limit: at most
   * {@code maxInputSize} + 1 bytes are taken from it, whatever it claims to hold. The stream is not
   * closed.
   *
   * @param in the stream
   * @return the document
   * @throws CardException if the stream fails or breaks its contract (a count it cannot have read),
   *     or the bytes are too many or not a well-formed card
   */
  public CardDocument read(InputStream in) {
    Objects.requireNonNull(in, "in");
    BoundedInput.Bytes bytes;
    try {
      bytes = BoundedInput.read(in, limits.maxInputSize(), 0);
    } catch (IOException | RuntimeException e) {
      throw streamFailure("cannot read the card stream", e);
    }
    checkByteSize(bytes.length());
    return parse(Utf8.decode(bytes.bytes(), bytes.length()), null);
  }

  /**
   * Reads a card from characters, up to the input size limit: at most {@code maxInputSize} + 1
   * characters are taken. The reader is not closed.
   *
   * @param reader the characters
   * @return the document
   * @throws CardException if the reader fails or breaks its contract, or the text is too long or
   *     not a well-formed card
   */
  public CardDocument read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    String text;
    try {
      text = BoundedInput.read(reader, limits.maxInputSize());
    } catch (IOException | RuntimeException e) {
      throw streamFailure("cannot read the card text", e);
    }
    if (text.length() > BoundedInput.effective(limits.maxInputSize())) {
      throw tooLarge("characters");
    }
    return parse(text, null);
  }

  /**
   * Reads every card file ({@code .md}) under a folder, recursively, passing over hidden files and
   * folders and {@code target} folders as the {@code articlecard} command does, as a parallel
   * stream that reports each file's outcome without stopping at bad ones; the same as
   * {@code readAll(folder, CardFileFinder.cards())}. A file that cannot be read, does not parse or
   * does not bind to a card, and a subfolder that cannot be listed, each give a failed
   * {@link CardFile}; nothing is thrown from inside the stream. An entry that is gone by the time
   * it is looked at or read (vim's {@code 4913} probe, a swap or temporary file, a card deleted
   * meanwhile) is passed over, neither a card nor a failure, and names that are never cards are
   * never reported whatever happens to them. The folder is listed first (the list holds paths
   * only, about a hundred bytes a file); the files are then read in parallel, one at a time per
   * worker, and nothing is kept once the stream has passed it, so memory does not grow with
   * the size of the cards. Order is not guaranteed; call {@code sequential()} and sort if you need
   * it. To choose the number of threads, run the stream's terminal operation inside your own
   * {@code ForkJoinPool}.
   *
   * <pre>{@code
   * try (Stream<CardFile> files = mapper.readAll(Path.of("content"))) {
   *   long failed = files.filter(CardFile::failed).count();
   * }
   * }</pre>
   *
   * @param folder the folder
   * @return the outcomes, one per card file and one per folder that could not be listed
   * @throws CardException if the folder itself does not exist or cannot be listed
   */
  public Stream<CardFile> readAll(Path folder) {
    return readAll(folder, CardFileFinder.cards());
  }

  /**
   * Reads the card files a {@link CardFileFinder} lists under a folder, as {@link #readAll(Path)}
   * does (say, to read hidden folders too, or to pass over drafts).
   *
   * <pre>{@code
   * CardFileFinder finder = CardFileFinder.cards().includingHidden().excluding("drafts");
   * try (Stream<CardFile> files = mapper.readAll(Path.of("content"), finder)) {
   *   files.filter(file -> !file.failed()).map(CardFile::card).forEach(index::add);
   * }
   * }</pre>
   *
   * @param folder the folder
   * @param finder what to list
   * @return the outcomes, one per card file and one per folder that could not be listed
   * @throws CardException if the folder itself does not exist or cannot be listed
   */
  public Stream<CardFile> readAll(Path folder, CardFileFinder finder) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(finder, "finder");
    CardFileFinder.Listing listing = finder.find(folder);
    return Stream.concat(listing.unreadable().stream(),
        listing.files().parallelStream().flatMap(path -> readOutcome(path).stream())).parallel();
  }

  /** Reads one listed file; empty when the file is gone since it was listed. */
  private Optional<CardFile> readOutcome(Path path) {
    CardDocument document = null;
    try {
      document = read(path);
      return Optional.of(new CardFile(path, document, document.card(), null));
    } catch (CardException e) {
      if (document == null && e.getCause() instanceof NoSuchFileException
          && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return Optional.of(new CardFile(path, document, null, e));
    }
  }

  /**
   * Writes a card in this mapper's house style ({@link Builder#houseStyle}), with this mapper's
   * line ending (else the house style's): the text a card built from scratch should have. Keys go
   * in the house order at every level (keys the style does not name after the others), strings
   * in its quoting, with its blank lines and indentation; a known key the card does not have that
   * the style writes without a value ({@code heat:}) is written so, and an empty body is written
   * as the style writes one (one blank line in a repository whose cards end {@code ---\n\n}, read
   * back as that body). For a card read from a text, prefer {@link CardDocument#withCard}, which
   * keeps that text's own form. The text is re-read with this mapper's limits and compared with
   * the card before it is returned, as edits are.
   *
   * @param card the card
   * @return the card text
   * @throws CardException if the card cannot be written as a text this mapper reads back as the
   *     same card: {@code LIMIT} naming the setting when the text would break a limit (unknown
   *     keys nested too deeply, a value too long), {@code UNWRITABLE} for text that cannot be
   *     stored (an unpaired surrogate)
   */
  public String write(ArticleCard card) {
    Objects.requireNonNull(card, "card");
    return StackRoom.guard(limits.maxNestingDepth(), "write",
        () -> editor.write(card, lineEnding().characters()));
  }

  /**
   * Returns the line ending {@link #write(ArticleCard)} uses: the builder's, else the house
   * style's.
   *
   * @return LF or CRLF
   */
  public LineEnding lineEnding() {
    return lineEnding != null ? lineEnding : houseStyle.lineEnding();
  }

  /**
   * Returns the house style new cards and the new text of edits are written in, after each
   * document's own style.
   *
   * @return the house style
   */
  public HouseStyle houseStyle() {
    return houseStyle;
  }

  /**
   * Writes a card in the house style to a file, replacing it atomically, as
   * {@link #write(CardDocument, Path)} does (permissions, owner and links kept; read-only files
   * refused).
   *
   * @param card the card
   * @param path the file
   * @throws CardException if the file cannot be written; the old file is then left whole
   */
  public void write(ArticleCard card, Path path) {
    Objects.requireNonNull(path, "path");
    replace(path, write(card));
  }

  /**
   * Writes a document's text to a file, replacing it atomically: the text goes to a temporary file,
   * which is then renamed over the file. On POSIX file systems the temporary file is made in a
   * private staging folder beside the file (mode {@code 0700} from its creation), so nobody but this
   * process's user can open the new text before the rename, whatever the old file's mode, group or
   * ACL. A failure at any point leaves the old file whole and no temporary file or staging folder
   * behind. The new file is made as a copy of the old one with its
   * attributes, so it keeps the permission bits, owner and group, extended attributes and, on
   * Linux, the POSIX ACL; a symbolic link is followed, through chains of links, and its target
   * replaced, so the link stays a link. The text is encoded strictly: an unpaired surrogate is
   * refused, never written as {@code ?}. No open on the way can block on a FIFO another program
   * puts in the file's place for longer than {@link #OPEN_TIMEOUT} (10 seconds), after which the
   * write is given up and the file left as it was.
   *
   * <p>Refused with a {@link CardException} ({@link CardException.Kind#IO}), the file untouched: a
   * path that is a folder, device or FIFO; a read-only file, one the process may not write or
   * (on POSIX file systems) whose permission bits let nobody write it, such as {@code 0444}, even
   * for a process running as root; a file whose owner, group, mode or extended attributes the new
   * file cannot keep (the message names them), unless the builder's
   * {@link Builder#allowAttributeLoss(boolean)} allows it; and a file another program replaced
   * while the write was being prepared.
   *
   * @param document the document
   * @param path the file
   * @throws CardException if the file cannot be written, or the text cannot be encoded as UTF-8
   *     ({@link CardException.Kind#CHARACTER}, with its line and column)
   */
  public void write(CardDocument document, Path path) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(path, "path");
    replace(path, document.text());
  }

  /**
   * Reads a card file, applies an edit to its card and writes the file back, atomically and only
   * when the text changed: the read-edit-write of one file in one call. The edit is made as
   * {@link CardDocument#withCard} makes it (only the changed lines), and the file is replaced as
   * {@link #write(CardDocument, Path)} replaces it. If the file changed on disk between the read
   * and the write, nothing is written and a {@link CardException} says so.
   *
   * <pre>{@code
   * CardEdit edit = mapper.edit(path, card -> card.toBuilder().addTopic("AI").build());
   * edit.changed();                  // false when the card already had the topic
   * }</pre>
   *
   * @param path the card file
   * @param edit makes the edited card from the card read
   * @return what was read and written
   * @throws CardException if the file cannot be read, does not bind to a card, the edit cannot be
   *     written, or the file changed meanwhile; the file is then left as it was
   */
  public CardEdit edit(Path path, UnaryOperator<ArticleCard> edit) {
    Objects.requireNonNull(edit, "edit");
    return editDocument(path, doc -> doc.withCard(Objects.requireNonNull(edit.apply(doc.card()),
        "the edit returned null")));
  }

  /**
   * Reads a file, applies an edit to its front matter data and writes the file back only when the
   * text changed, as {@link #edit(Path, UnaryOperator)} does; for any front matter (Hugo, Jekyll).
   * The edit gets a fresh copy of the data, which it may change and return.
   *
   * <pre>{@code
   * mapper.editFrontMatter(path, data -> data.put("draft", false));
   * }</pre>
   *
   * @param path the file
   * @param edit makes the new front matter data from a copy of the data read
   * @return what was read and written
   * @throws CardException as {@link #edit(Path, UnaryOperator)} does
   */
  public CardEdit editFrontMatter(Path path, UnaryOperator<ObjectNode> edit) {
    Objects.requireNonNull(edit, "edit");
    return editDocument(path, doc -> doc.withFrontMatter(Objects.requireNonNull(
        edit.apply(doc.frontMatter()), "the edit returned null")));
  }

  /**
   * Reads a file, binds its front matter to your own type, applies an edit and writes the file
   * back only when the text changed, as {@link CardDocument#with(Object)} edits and
   * {@link #edit(Path, UnaryOperator)} writes.
   *
   * <pre>{@code
   * record Page(String title, boolean draft) {}
   * mapper.edit(path, Page.class, page -> new Page(page.title(), false));
   * }</pre>
   *
   * @param path the file
   * @param type the type to bind to
   * @param edit makes the edited value from the value read
   * @param <T> the type
   * @return what was read and written
   * @throws CardException as {@link #edit(Path, UnaryOperator)} does, or a
   *     {@link CardBindingException} when the front matter does not bind to the type
   */
  public <T> CardEdit edit(Path path, Class<T> type, UnaryOperator<T> edit) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(edit, "edit");
    return editDocument(path, doc -> doc.with(Objects.requireNonNull(edit.apply(doc.as(type)),
        "the edit returned null")));
  }

  private CardEdit editDocument(Path path, Function<CardDocument, CardDocument> change) {
    Objects.requireNonNull(path, "path");
    CardDocument before = read(path);
    CardDocument after = change.apply(before);
    CardEdit result = new CardEdit(path, before, after);
    if (result.changed()) {
      String now;
      try {
        now = read(path).text();
      } catch (CardException e) {
        throw new CardException(CardException.Kind.IO, "the file changed while it was being"
            + " edited and no longer reads as a card; nothing was written", e)
            .withSourceName(path.toString());
      }
      if (!now.equals(before.text())) {
        throw new CardException(CardException.Kind.IO, "the file changed on disk while it was"
            + " being edited; nothing was written: read it again and redo the edit")
            .withSourceName(path.toString());
      }
      write(after, path);
    }
    return result;
  }

  private void replace(Path path, String text) {
    try {
      FileReplacer.replace(path, StrictUtf8.encode(text), allowAttributeLoss);
    } catch (CardException e) {
      throw e.withSourceName(path.toString());
    }
  }

  /**
   * Returns a card's front matter as Jackson data, exactly what {@link #write(ArticleCard)} writes
   * as YAML: known keys in house order, then unknown keys; the body is not part of it.
   *
   * <pre>{@code
   * ObjectNode data = mapper.toFrontMatter(card);
   * data.get("quality").intValue();
   * }</pre>
   *
   * @param card the card
   * @return a new object node
   * @throws CardException if the card's extras repeat a key the model knows, or
   *     ({@link CardException.Kind#LIMIT}) if they nest deeper than this thread's stack can walk
   */
  public ObjectNode toFrontMatter(ArticleCard card) {
    Objects.requireNonNull(card, "card");
    return StackRoom.guard(limits.maxNestingDepth(), "write", () -> CardShapes.write(card));
  }

  private CardDocument parse(String text, @Nullable String sourceName) {
    ParsedCard parsed = StackRoom.guard(limits.maxNestingDepth(), "read", () -> reader.read(text));
    return new CardDocument(editor, parsed, sourceName, types, validator);
  }

  private void checkByteSize(long size) {
    if (size > BoundedInput.effective(limits.maxInputSize())) {
      throw tooLarge("bytes");
    }
  }

  private CardParseException tooLarge(String unit) {
    int limit = limits.maxInputSize();
    String problem = limit <= BoundedInput.CEILING
        ? Limit.INPUT_SIZE.problem("card is more than the limit of " + limit + " " + unit)
        : "card is more than " + BoundedInput.CEILING + " " + unit + ", the most any card may have"
            + " whatever maxInputSize says";
    return new CardParseException(Kind.LIMIT, problem, 1, 1, null, null);
  }

  private static CardException streamFailure(String what, Exception e) {
    return e instanceof IOException io ? IoProblems.failure(what, io)
        : new CardException(Kind.IO, what + ": " + e, e);
  }

  /** Builds a {@link CardMapper}; every setter returns this builder. */
  public static final class Builder {
    private int maxInputSize = ReadLimits.DEFAULTS.maxInputSize();
    private int maxFrontMatterSize = ReadLimits.DEFAULTS.maxFrontMatterSize();
    private int maxNestingDepth = ReadLimits.DEFAULTS.maxNestingDepth();
    private int maxAliases = ReadLimits.DEFAULTS.maxAliases();
    private long maxAliasExpansion = ReadLimits.DEFAULTS.maxAliasExpansion();
    private long maxAliasExpansionSize = ReadLimits.DEFAULTS.maxAliasExpansionSize();
    private int maxScalarLength = ReadLimits.DEFAULTS.maxScalarLength();
    private int maxNumberLength = ReadLimits.DEFAULTS.maxNumberLength();
    private int maxKeyLength = ReadLimits.DEFAULTS.maxKeyLength();
    private @Nullable LineEnding lineEnding;
    private HouseStyle houseStyle = HouseStyle.standard();
    private @Nullable ObjectMapper objectMapper;
    private CardValidator validator = CardValidator.defaults();
    private boolean allowAttributeLoss;

    private Builder() {}

    /**
     * Sets the largest card accepted, in characters (bytes for byte input). Default 8 MiB.
     *
     * @param characters the limit, at least 1
     * @return this builder
     */
    public Builder maxInputSize(int characters) {
      this.maxInputSize = positive(characters, "maxInputSize");
      return this;
    }

    /**
     * Sets the largest front matter accepted, in characters. Default 1 MiB.
     *
     * @param characters the limit, at least 1
     * @return this builder
     */
    public Builder maxFrontMatterSize(int characters) {
      this.maxFrontMatterSize = positive(characters, "maxFrontMatterSize");
      return this;
    }

    /**
     * Sets how deeply collections may nest (the top-level mapping is level 1). Default 64, at most
     * 1000.
     *
     * @param levels the limit, 1 to 1000
     * @return this builder
     */
    public Builder maxNestingDepth(int levels) {
      if (levels < 1 || levels > 1000) {
        throw new IllegalArgumentException("maxNestingDepth must be between 1 and 1000, was " + levels);
      }
      this.maxNestingDepth = levels;
      return this;
    }

    /**
     * Sets how many aliases ({@code *name}) the front matter may use. Default 100.
     *
     * @param aliases the limit, 0 or more
     * @return this builder
     */
    public Builder maxAliases(int aliases) {
      if (aliases < 0) {
        throw new IllegalArgumentException("maxAliases must be >= 0, was " + aliases);
      }
      this.maxAliases = aliases;
      return this;
    }

    /**
     * Sets how many values all aliases together may stand for once expanded; stops "billion laughs"
     * before it expands. Default 10,000.
     *
     * @param values the limit, 0 or more
     * @return this builder
     */
    public Builder maxAliasExpansion(long values) {
      if (values < 0) {
        throw new IllegalArgumentException("maxAliasExpansion must be >= 0, was " + values);
      }
      this.maxAliasExpansion = values;
      return this;
    }

    /**
     * Sets how many characters (keys and scalar values) all aliases together may stand for once
     * expanded: a large value aliased many times is refused before anything materialises it
     * (rendering, binding, copying), since the count of values alone does not bound memory.
     * Default 1 MiB.
     *
     * @param characters the limit, 0 or more
     * @return this builder
     */
    public Builder maxAliasExpansionSize(long characters) {
      if (characters < 0) {
        throw new IllegalArgumentException("maxAliasExpansionSize must be >= 0, was " + characters);
      }
      this.maxAliasExpansionSize = characters;
      return this;
    }

    /**
     * Sets the longest scalar value accepted, in characters. Default 512 KiB.
     *
     * @param characters the limit, at least 1
     * @return this builder
     */
    public Builder maxScalarLength(int characters) {
      this.maxScalarLength = positive(characters, "maxScalarLength");
      return this;
    }

    /**
     * Sets the longest number accepted, in characters: plain numbers and values tagged
     * {@code !!int} or {@code !!float} (quoted or not). Default 100.
     *
     * @param characters the limit, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = positive(characters, "maxNumberLength");
      return this;
    }

    /**
     * Sets the longest key accepted, in characters. Default 1024, which is also the most: YAML
     * reads a key only when its ':' comes within 1024 characters of its start.
     *
     * @param characters the limit, 1 to 1024
     * @return this builder
     */
    public Builder maxKeyLength(int characters) {
      if (characters > 1024) {
        throw new IllegalArgumentException("maxKeyLength must be between 1 and 1024 (YAML reads"
            + " no longer key), was " + characters);
      }
      this.maxKeyLength = positive(characters, "maxKeyLength");
      return this;
    }

    /**
     * Sets the line ending {@link CardMapper#write(ArticleCard)} uses. Default: the house style's
     * (LF for the standard). Edits of read documents keep the document's own line endings whatever
     * this says.
     *
     * @param lineEnding the line ending
     * @return this builder
     */
    public Builder lineEnding(LineEnding lineEnding) {
      this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding");
      return this;
    }

    /**
     * Sets the house style {@link CardMapper#write(ArticleCard)} writes new cards in, and that
     * the new text of edits ({@code withCard}, {@code withFrontMatter}, {@code with(value)}) takes
     * where the document's own text does not show the way: where a new key goes, how it is
     * quoted, blank lines, indentation. Default: {@link HouseStyle#standard()}.
     *
     * <pre>{@code
     * CardMapper mapper = CardMapper.builder()
     *     .houseStyle(HouseStyle.learnFrom(Path.of("content/cards")))
     *     .build();
     * }</pre>
     *
     * @param houseStyle the style
     * @return this builder
     */
    public Builder houseStyle(HouseStyle houseStyle) {
      this.houseStyle = Objects.requireNonNull(houseStyle, "houseStyle");
      return this;
    }

    /**
     * Sets the {@code ObjectMapper} that {@link CardDocument#as(Class)} and
     * {@link CardDocument#with(Object)} bind your own types with, such as a Spring application's
     * configured one. The mapper is used, never changed; the article model ({@code card()},
     * {@code withCard}) does not use it.
     *
     * <p>It must be able to bind your types from a tree of front matter data and serialize them
     * back to the same data: register jackson-datatype-jsr310's {@code JavaTimeModule} for
     * {@code java.time} fields and jackson-datatype-jdk8's {@code Jdk8Module} for {@code Optional}
     * ({@code findAndRegisterModules()} does both), disable
     * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} to bind types that model only
     * some keys (otherwise other keys are binding errors), and keep reading and writing symmetric
     * (names, enums, formats), since {@code with} compares serialized forms and checks that its
     * result reads back as the value. Values are compared and written with dates as ISO text,
     * whatever {@code WRITE_DATES_AS_TIMESTAMPS} says. Its own deserializers decide which date
     * texts it reads: jsr310 refuses Jekyll's space-separated {@code 2021-03-14 10:00}, which the
     * default mapper reads. Spring Boot's auto-configured mapper does all this.
     *
     * <p>Default: a mapper with jsr310, jdk8 and {@link ArticleCardModule} registered, unknown
     * properties ignored, fractions not cut to whole numbers ({@code ACCEPT_FLOAT_AS_INT} off:
     * {@code 1.5} for a {@code long} is a binding error, not {@code 1}), dates as ISO text with their offsets kept (not adjusted to UTC), and
     * space-separated date-times read as {@code LocalDateTime} (without an offset) or
     * {@code OffsetDateTime}, {@code ZonedDateTime} and {@code Instant} (with one).
     *
     * <pre>{@code
     * CardMapper mapper = CardMapper.builder().objectMapper(springObjectMapper).build();
     * }</pre>
     *
     * @param objectMapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /**
     * Sets the rules {@link CardDocument#problems()} and {@link CardFile#problems()} check cards
     * by: each rule's severity and options, such as whether relative links are allowed. Default:
     * {@link CardValidator#defaults()}, which reports nothing on the cards real sites publish.
     *
     * <pre>{@code
     * CardMapper mapper = CardMapper.builder()
     *     .validator(CardValidator.builder().relativeUrls(false).build())
     *     .build();
     * }</pre>
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(CardValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Sets whether {@link CardMapper#write(CardDocument, Path)} and
     * {@link CardMapper#write(ArticleCard, Path)} may replace a file even when the new file cannot
     * keep something the old one has: its owner or group (only root may give a file away; other
     * users may give it a group they belong to), its mode, its extended attributes. Default false:
     * such a write is refused with a {@link CardException} ({@code IO}) naming what would be lost,
     * and the file is left as it was, since who may read or write it would change. Set it to write
     * anyway and lose that. A file the process may write but not read (mode {@code 0200}) is such a
     * case: its extended attributes and ACL cannot be read to be kept; allowed, the write keeps its
     * mode, owner and group. What an allowed write lost is logged as a {@code WARNING} on the
     * {@link System.Logger} {@code io.github.articlecard.jackson.write}.
     *
     * @param allow whether to write anyway
     * @return this builder
     */
    public Builder allowAttributeLoss(boolean allow) {
      this.allowAttributeLoss = allow;
      return this;
    }

    /**
     * Builds the mapper.
     *
     * @return the mapper
     */
    public CardMapper build() {
      return new CardMapper(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be >= 1, was " + value);
      }
      return value;
    }
  }
}
