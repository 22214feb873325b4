package io.github.articlecard.jackson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.bind.HouseStyle;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.io.FileReplacer;
import io.github.articlecard.jackson.internal.patch.FrontMatterPatcher;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.text.Utf8;
import io.github.articlecard.jackson.internal.yaml.Limit;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads card texts into {@link CardDocument}s and writes cards in the format's house style.
 * Immutable and thread-safe: build one and share it.
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
 */
public final class CardMapper {
  private final ReadLimits limits;
  private final CardReader reader;
  private final CardEditor editor;
  private final LineEnding lineEnding;

  private CardMapper(Builder builder) {
    this.limits = new ReadLimits(builder.maxInputSize, builder.maxFrontMatterSize,
        builder.maxNestingDepth, builder.maxAliases, builder.maxAliasExpansion,
        builder.maxScalarLength, builder.maxNumberLength, builder.maxKeyLength);
    this.reader = new CardReader(limits);
    this.editor = new CardEditor(reader);
    this.lineEnding = builder.lineEnding;
  }

  /**
   * Starts a builder with the default limits and LF line endings.
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
   * Reads a card file. Error messages start with the path.
   *
   * @param path the file
   * @return the document
   * @throws CardException if the file cannot be read or is not a well-formed card
   */
  public CardDocument read(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      long size = Files.size(path);
      if (size > limits.maxInputSize()) {
        throw tooManyBytes(size);
      }
      byte[] bytes = Files.readAllBytes(path);
      checkByteSize(bytes.length);
      return parse(Utf8.decode(bytes, bytes.length), path.toString());
    } catch (CardException e) {
      throw e.withSourceName(path.toString());
    } catch (NoSuchFileException e) {
      throw new CardException(Kind.IO, "cannot read: no such file", e)
          .withSourceName(path.toString());
    } catch (IOException e) {
      throw new CardException(Kind.IO, "cannot read: " + e, e).withSourceName(path.toString());
    }
  }

  /**
   * Reads a card from a stream of UTF-8 bytes, up to the input size limit. The stream is not
   * closed.
   *
   * @param in the stream
   * @return the document
   * @throws CardException if the stream fails or the bytes are not a well-formed card
   */
  public CardDocument read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = in.readNBytes(limits.maxInputSize() + 1);
      checkByteSize(bytes.length);
      return parse(Utf8.decode(bytes, bytes.length), null);
    } catch (IOException e) {
      throw new CardException(Kind.IO, "cannot read the card stream: " + e, e);
    }
  }

  /**
   * Reads a card from characters, up to the input size limit. The reader is not closed.
   *
   * @param reader the characters
   * @return the document
   * @throws CardException if the reader fails or the text is not a well-formed card
   */
  public CardDocument read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
        if (out.length() > limits.maxInputSize()) {
          return read(out.toString());
        }
      }
      return read(out.toString());
    } catch (IOException e) {
      throw new CardException(Kind.IO, "cannot read the card text: " + e, e);
    }
  }

  /**
   * Reads every card file ({@code .md}) under a folder, recursively, as a parallel stream that
   * reports each file's outcome without stopping at bad ones. The folder is listed first (the list
   * holds paths only, about a hundred bytes a file); the files are then read in parallel, one at a
   * time per worker, and nothing is kept once the stream has passed it, so memory does not grow with
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
   * @return the outcomes, one per card file
   * @throws CardException if the folder cannot be listed
   */
  public Stream<CardFile> readAll(Path folder) {
    Objects.requireNonNull(folder, "folder");
    List<Path> cards;
    try (Stream<Path> files = Files.walk(folder)) {
      cards = files
          .filter(path -> path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CardException(Kind.IO, "cannot list " + folder + ": " + e, e);
    }
    return cards.parallelStream().map(this::readOutcome);
  }

  private CardFile readOutcome(Path path) {
    try {
      return new CardFile(path, read(path), null);
    } catch (CardException e) {
      return new CardFile(path, null, e);
    }
  }

  /**
   * Writes a card in the house style, with this mapper's line ending: the text a card built from
   * scratch should have. For a card read from a text, prefer {@link CardDocument#withCard}, which
   * keeps that text's own form.
   *
   * @param card the card
   * @return the card text
   */
  public String write(ArticleCard card) {
    Objects.requireNonNull(card, "card");
    String eol = lineEnding.characters();
    return "---" + eol + FrontMatterPatcher.render(CardShapes.write(card), eol, HouseStyle.INSTANCE)
        + "---" + eol + card.body();
  }

  /**
   * Writes a card in the house style to a file, replacing it atomically.
   *
   * @param card the card
   * @param path the file
   * @throws CardException if the file cannot be written; the old file is then left whole
   */
  public void write(ArticleCard card, Path path) {
    FileReplacer.replace(path, write(card).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a document's text to a file, replacing it atomically: the text goes to a temporary file
   * in the same folder, which is then moved over the old file. A failure at any point leaves the old
   * file whole and no temporary file behind.
   *
   * @param document the document
   * @param path the file
   * @throws CardException if the file cannot be written
   */
  public void write(CardDocument document, Path path) {
    FileReplacer.replace(path, document.text().getBytes(StandardCharsets.UTF_8));
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
   * @throws CardException if the card's extras repeat a key the model knows
   */
  public ObjectNode toFrontMatter(ArticleCard card) {
    Objects.requireNonNull(card, "card");
    return CardShapes.write(card);
  }

  private CardDocument parse(String text, @Nullable String sourceName) {
    return new CardDocument(editor, reader.read(text), sourceName);
  }

  private void checkByteSize(long size) {
    if (size > limits.maxInputSize()) {
      throw tooManyBytes(size);
    }
  }

  private CardParseException tooManyBytes(long size) {
    return new CardParseException(Kind.LIMIT, Limit.INPUT_SIZE.problem("card is more than the"
        + " limit of " + limits.maxInputSize() + " bytes"), 1, 1, null, null);
  }

  /** Builds a {@link CardMapper}; every setter returns this builder. */
  public static final class Builder {
    private int maxInputSize = 8 * 1024 * 1024;
    private int maxFrontMatterSize = 1024 * 1024;
    private int maxNestingDepth = 64;
    private int maxAliases = 100;
    private long maxAliasExpansion = 10_000;
    private int maxScalarLength = 512 * 1024;
    private int maxNumberLength = 100;
    private int maxKeyLength = 1024;
    private LineEnding lineEnding = LineEnding.LF;

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
     * Sets the longest number accepted, in characters. Default 100.
     *
     * @param characters the limit, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = positive(characters, "maxNumberLength");
      return this;
    }

    /**
     * Sets the longest key accepted, in characters. Default 1024.
     *
     * @param characters the limit, at least 1
     * @return this builder
     */
    public Builder maxKeyLength(int characters) {
      this.maxKeyLength = positive(characters, "maxKeyLength");
      return this;
    }

    /**
     * Sets the line ending {@link CardMapper#write(ArticleCard)} uses. Default LF. Edits of read
     * documents keep the document's own line endings whatever this says.
     *
     * @param lineEnding the line ending
     * @return this builder
     */
    public Builder lineEnding(LineEnding lineEnding) {
      this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding");
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
