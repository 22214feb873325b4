package io.github.articlecard.jackson;

import io.github.articlecard.jackson.internal.io.FolderWalker;
import io.github.articlecard.jackson.internal.io.IoProblems;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lists the card files under a folder, the one way {@link CardMapper#readAll(Path)}, the
 * {@code articlecard} command and the testkit find them. Immutable and thread-safe; each setting
 * returns a new finder.
 *
 * <pre>{@code
 * CardFileFinder.Listing listing = CardFileFinder.cards()   // *.md; not .git, .cache, target/ ...
 *     .excluding("drafts/**")          // a path relative to the folder
 *     .excluding("*.draft.md")         // a name at any depth
 *     .find(Path.of("content"));
 * listing.files();                     // sorted paths of the *.md files
 * listing.unreadable().forEach(folder -> log.warn(folder.error().getMessage()));
 * }</pre>
 *
 * <p>What it lists: every entry under the folder (recursively) whose name ends in one of the
 * suffixes ({@code .md} by default) and that is not a folder, sorted by path. Links to files are
 * listed like files; so are entries that are not regular files (a link to a device or to nothing, a
 * FIFO), so that reading them reports them rather than passing over them in silence. Links to
 * folders are not followed (no loops, nothing visited twice). A folder that cannot be listed (say,
 * permission denied) does not stop the listing: it is reported in {@link Listing#unreadable()} and
 * the rest is listed. The name rules come before any look at an entry, and an entry that is gone
 * by the time it is looked at (vim's {@code 4913} probe, an editor's swap or temporary file, a
 * folder removed meanwhile) is neither listed nor reported.
 */
public final class CardFileFinder {
  /** The name excluded by default: Maven's and many builds' output folder. */
  private static final String BUILD_OUTPUT = "target";
  private static final CardFileFinder CARDS =
      new CardFileFinder(List.of(".md"), true, List.of(BUILD_OUTPUT), FolderWalker.FILES);

  private final List<String> suffixes;
  private final boolean skipHidden;
  private final List<String> excluded;
  private final FolderWalker.Lister lister;
  private volatile @Nullable Rules relativeRules; // for accepts(), compiled on first use

  private CardFileFinder(List<String> suffixes, boolean skipHidden, List<String> excluded,
      FolderWalker.Lister lister) {
    this.suffixes = suffixes;
    this.skipHidden = skipHidden;
    this.excluded = excluded;
    this.lister = lister;
  }

  /**
   * Returns the finder {@link CardMapper#readAll(Path)}, the {@code articlecard} command and the
   * testkit's {@code @CardFiles} use: files ending in {@code .md}, passing over hidden files and
   * folders (names starting with a dot: {@code .git}, {@code .cache}) and folders named
   * {@code target}. {@link #includingHidden()} and {@link #withoutExclusions()} choose otherwise.
   *
   * @return the finder
   */
  public static CardFileFinder cards() {
    return CARDS;
  }

  /**
   * Returns a finder that lists files ending in any of these suffixes instead.
   *
   * @param suffixes the name endings, such as {@code .md} and {@code .markdown}
   * @return the new finder
   * @throws IllegalArgumentException if there is no suffix or one is empty
   */
  public CardFileFinder withSuffixes(String... suffixes) {
    List<String> list = List.of(suffixes);
    if (list.isEmpty() || list.contains("")) {
      throw new IllegalArgumentException("suffixes must be one or more non-empty name endings, were "
          + list);
    }
    return new CardFileFinder(list, skipHidden, excluded, lister);
  }

  /**
   * Returns a finder that passes over hidden files and folders (names starting with a dot), below
   * the folder it is given, as {@link #cards()} does.
   *
   * @return the new finder
   */
  public CardFileFinder skippingHidden() {
    return new CardFileFinder(suffixes, true, excluded, lister);
  }

  /**
   * Returns a finder that lists hidden files and enters hidden folders too (names starting with a
   * dot), such as a site's {@code .well-known} or a draft folder kept out of sight.
   *
   * @return the new finder
   */
  public CardFileFinder includingHidden() {
    return new CardFileFinder(suffixes, false, excluded, lister);
  }

  /**
   * Returns a finder without any exclusion, the default {@code target} included; hidden files and
   * folders are still passed over unless {@link #includingHidden()} says otherwise.
   *
   * @return the new finder
   */
  public CardFileFinder withoutExclusions() {
    return new CardFileFinder(suffixes, skipHidden, List.of(), lister);
  }

  /**
   * Returns a finder that also passes over what matches a glob: a glob without {@code /} matches
   * the name of a file or folder at any depth ({@code target}, {@code *.draft.md}); a glob with
   * {@code /} matches the path relative to the folder ({@code drafts/**}, {@code 2021/0?/*.md}). A
   * folder that matches is not entered. Globs follow {@link FileSystem#getPathMatcher}.
   *
   * @param glob the glob
   * @return the new finder
   * @throws IllegalArgumentException if the glob is malformed
   */
  public CardFileFinder excluding(String glob) {
    Objects.requireNonNull(glob, "glob");
    FileSystems.getDefault().getPathMatcher("glob:" + glob);   // malformed: fails here, not later
    List<String> globs = new ArrayList<>(excluded);
    globs.add(glob);
    return new CardFileFinder(suffixes, skipHidden, List.copyOf(globs), lister);
  }

  /** Returns a finder that opens folders with {@code lister}; tests use it to make folders fail. */
  CardFileFinder withLister(FolderWalker.Lister lister) {
    return new CardFileFinder(suffixes, skipHidden, excluded, lister);
  }

  /**
   * Tells whether {@link #find} lists a file, or enters a folder, at a path below the folder being
   * listed, once it has entered the folders above it: this finder's rules (suffixes, hidden names,
   * exclusions) for trees that are not on a Java file system, such as a Hadoop one, which the
   * {@code articlecard} Spark source lists with them. A walk asks about each folder before it
   * enters it, as {@code find} does.
   *
   * <pre>{@code
   * CardFileFinder finder = CardFileFinder.cards().excluding("drafts");
   * finder.accepts("2021/drafts", true);          // false: not entered
   * finder.accepts("_posts/2021-03-14-a.md", false);  // true
   * }</pre>
   *
   * @param relativePath the entry's path relative to the folder being listed, names separated by
   *     {@code /}
   * @param folder true for a folder (entered unless passed over), false for a file (listed when
   *     its name ends in a suffix and it is not passed over)
   * @return true when listed or entered
   * @throws IllegalArgumentException if the path is empty or not relative
   */
  public boolean accepts(String relativePath, boolean folder) {
    Objects.requireNonNull(relativePath, "relativePath");
    Path relative = Path.of(relativePath);
    if (relativePath.isEmpty() || relative.isAbsolute()) {
      throw new IllegalArgumentException("a path relative to the listed folder is needed, was '"
          + relativePath + "'");
    }
    Rules rules = relativeRules;
    if (rules == null) {
      rules = new Rules(relative.getFileSystem());
      relativeRules = rules;
    }
    return !rules.skips(relative)
        && (folder || rules.isCard(String.valueOf(relative.getFileName())));
  }

  /**
   * Lists the card files under a folder. A path that is not a folder is listed as itself, whatever
   * its name (so a file named on a command line is read).
   *
   * @param folder the folder (a link to one is followed)
   * @return the files and the folders that could not be read
   * @throws CardException ({@link CardException.Kind#IO}) if the folder does not exist or cannot
   *     be listed at all
   */
  public Listing find(Path folder) {
    Objects.requireNonNull(folder, "folder");
    FolderWalker.Walk walk;
    try {
      walk = FolderWalker.walk(folder, new Rules(folder.getFileSystem()), lister);
    } catch (IOException e) {
      throw IoProblems.failure("cannot list the folder", folder, e)
          .withSourceName(folder.toString());
    }
    List<CardFile> unreadable = new ArrayList<>();
    for (Map.Entry<Path, FolderWalker.Unreadable> entry : walk.unreadable().entrySet()) {
      Path path = entry.getKey();
      String what = entry.getValue().folder() ? "cannot list the folder" : "cannot read";
      unreadable.add(new CardFile(path, null, null,
          IoProblems.failure(what, path, entry.getValue().error()).withSourceName(path.toString())));
    }
    return new Listing(walk.files(), List.copyOf(unreadable));
  }

  /**
   * What {@link #find} found.
   *
   * @param files the card files, sorted by path
   * @param unreadable one failed outcome for each folder (or entry) that could not be read, sorted
   *     by path; its {@link CardFile#error()} says why
   */
  public record Listing(List<Path> files, List<CardFile> unreadable) {
    /**
     * Creates a listing; both lists are copied.
     */
    public Listing {
      files = List.copyOf(files);
      unreadable = List.copyOf(unreadable);
    }
  }

  /** This finder's settings as the walker's filter, with globs compiled for one file system. */
  private final class Rules implements FolderWalker.Filter {
    private final List<PathMatcher> names = new ArrayList<>();
    private final List<PathMatcher> paths = new ArrayList<>();

    Rules(FileSystem fileSystem) {
      for (String glob : excluded) {
        (glob.contains("/") ? paths : names).add(fileSystem.getPathMatcher("glob:" + glob));
      }
    }

    @Override
    public boolean skips(Path relative) {
      Path name = relative.getFileName();
      if (name == null) {
        return false;
      }
      if (skipHidden && name.toString().startsWith(".")) {
        return true;
      }
      return names.stream().anyMatch(glob -> glob.matches(name))
          || paths.stream().anyMatch(glob -> glob.matches(relative));
    }

    @Override
    public boolean isCard(String name) {
      return suffixes.stream().anyMatch(name::endsWith);
    }
  }
}
