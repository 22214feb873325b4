package io.github.articlecard.cli;

import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardFileFinder;
import io.github.articlecard.jackson.CardMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where the cards named on a command line come from: standard input ({@code -}), files as named,
 * and the card files of folders as {@link CardFileFinder} lists them (passing over {@code target}
 * and hidden folders, and what {@code --exclude} names).
 */
final class Inputs {
  /** The operand that names standard input. */
  static final String STDIN = "-";
  /** The name standard input goes by in messages and reports. */
  static final String STDIN_NAME = "<stdin>";

  /** Lists the card files of a folder with a finder. */
  @FunctionalInterface
  interface FolderLister {
    /** Lists with the finder itself, as the command does outside tests. */
    FolderLister FINDER = CardFileFinder::find;

    /**
     * Lists the card files below a folder.
     *
     * @param finder the finder, with the command's exclusions
     * @param folder the folder
     * @return the files, and the folders below that could not be listed
     * @throws io.github.articlecard.jackson.CardException if the folder itself cannot be listed
     */
    CardFileFinder.Listing find(CardFileFinder finder, Path folder);
  }

  private final CardMapper mapper;
  private final InputStream stdin;
  private final FolderLister folders;

  /**
   * Creates the inputs.
   *
   * @param mapper reads the cards
   * @param stdin standard input
   * @param folders lists folders ({@link FolderLister#FINDER}; tests pass one whose folders fail)
   */
  Inputs(CardMapper mapper, InputStream stdin, FolderLister folders) {
    this.mapper = mapper;
    this.stdin = stdin;
    this.folders = folders;
  }

  /**
   * One card to read.
   *
   * @param name how messages name it: the path, or {@code <stdin>}
   * @param path the file, or null for standard input
   * @param listed whether it was found in a folder's listing
   * @param folder the folder named that it was found in, or the folder a file named is in; null
   *     for standard input
   */
  record Input(String name, @Nullable Path path, boolean listed, @Nullable Path folder) {
    /** A card named by itself: its folder is the one it is in. */
    Input(String name, @Nullable Path path) {
      this(name, path, false, path == null ? null : path.toAbsolutePath().getParent());
    }

    boolean isStdin() {
      return path == null;
    }

    /**
     * Tells whether a read failed because this card, found in a folder's listing, was deleted
     * before it was read (an editor's or a build's file gone meanwhile): it is passed over, as
     * {@code CardMapper.readAll} passes it over, not reported.
     */
    boolean vanished(CardException failure) {
      return listed && path != null && failure.getCause() instanceof NoSuchFileException
          && Files.notExists(path, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * What the operands named.
   *
   * @param inputs the cards to read, in order: operands in the order given, each folder's cards
   *     sorted, each card once (where it is first named) however many operands name it
   * @param unreadable one problem for each folder (or entry) that could not be listed
   * @param folders true when an operand was a folder
   * @param empty a warning for each folder operand that holds no card files
   */
  record Listing(List<Input> inputs, List<Diagnostic> unreadable, boolean folders,
      List<Diagnostic> empty) {
    /** Prints the warnings about folders without cards. */
    void warnAboutEmptyFolders(Output output) {
      empty.forEach(output::warning);
    }
  }

  /**
   * Lists the cards that operands name.
   *
   * @param operands paths, folders and {@code -}
   * @param excludes globs to pass over in folders
   * @throws UsageException if {@code -} is named twice or a glob is malformed
   */
  Listing list(List<String> operands, List<String> excludes) {
    if (operands.stream().filter(STDIN::equals).count() > 1) {
      throw new UsageException("standard input (-) can be read only once");
    }
    CardFileFinder finder = finder(excludes);
    List<Input> inputs = new ArrayList<>();
    List<Diagnostic> unreadable = new ArrayList<>();
    List<Diagnostic> empty = new ArrayList<>();
    boolean anyFolder = false;
    Set<Path> named = new HashSet<>();
    // a card named twice (older/ older/x.md, . older/, ./x.md x.md) is one card: its first place
    Consumer<Input> once = input -> {
      Path path = input.path();
      if (path == null || named.add(path.toAbsolutePath().normalize())) {
        inputs.add(input);
      }
    };
    for (String operand : operands) {
      refuseEmpty(operand);
      if (operand.equals(STDIN)) {
        inputs.add(new Input(STDIN_NAME, null));
        continue;
      }
      Path path = Path.of(operand);
      if (!Files.isDirectory(path)) {
        once.accept(new Input(shown(path), path));
        continue;
      }
      anyFolder = true;
      try {
        CardFileFinder.Listing listing = folders.find(finder, path);
        if (listing.files().isEmpty() && listing.unreadable().isEmpty()) {
          empty.add(Diagnostic.about(operand, "no card files (*.md) in this folder"
              + (excludes.isEmpty() ? "" : " outside --exclude " + String.join(", ", excludes))
              + " (hidden folders and target/ are passed over)"));
        }
        listing.files().forEach(file -> once.accept(new Input(shown(file), file, true, path)));
        for (CardFile folder : listing.unreadable()) {
          unreadable.add(Diagnostic.of(folder.path().toString(),
              Objects.requireNonNull(folder.error(), "error")));
        }
      } catch (CardException e) {
        unreadable.add(Diagnostic.of(operand, e));
      }
    }
    return new Listing(List.copyOf(inputs), List.copyOf(unreadable), anyFolder, List.copyOf(empty));
  }

  /**
   * Returns how messages and diff headers name a file: its path normalised ({@code ./older/x.md}
   * and {@code older/./x.md} are {@code older/x.md}, so that a diff's {@code a/} header is one
   * {@code git apply} takes), never an empty name.
   */
  static String shown(Path path) {
    String normal = path.normalize().toString();
    return normal.isEmpty() ? path.toString() : normal;
  }

  /** An empty argument would name the working folder: a slip (an unset variable), not a wish. */
  private static void refuseEmpty(String operand) {
    if (operand.isEmpty()) {
      throw new UsageException("an empty argument names no file; write . for the current folder");
    }
  }

  private CardFileFinder finder(List<String> excludes) {
    CardFileFinder finder = CardFileFinder.cards(); // hidden folders and target/ passed over, as in readAll
    for (String glob : excludes) {
      if (glob.isBlank()) {
        throw new UsageException("--exclude: needs a GLOB, such as 'drafts' or '*.draft.md'");
      }
      try {
        finder = finder.excluding(glob);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--exclude: not a glob: '" + glob + "'");
      }
    }
    return finder;
  }

  /** Returns the one card an operand names (a file or {@code -}), not a folder's cards. */
  Input single(String operand) {
    refuseEmpty(operand);
    if (operand.equals(STDIN)) {
      return new Input(STDIN_NAME, null);
    }
    Path path = Path.of(operand);
    return new Input(shown(path), path);
  }

  /**
   * Reads a card.
   *
   * @throws CardException if it cannot be read or is not a well-formed card
   */
  CardDocument read(Input input) {
    return read(input, mapper);
  }

  /**
   * Reads a card with another mapper ({@code check}'s, holding the card's validation rules).
   *
   * @throws CardException if it cannot be read or is not a well-formed card
   */
  CardDocument read(Input input, CardMapper reader) {
    Path path = input.path();
    return path == null ? reader.read(stdin) : reader.read(path);
  }
}
