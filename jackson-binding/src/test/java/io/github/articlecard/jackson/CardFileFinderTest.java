package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.io.FolderWalker;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to list card files: sorted, skipping what it is told to, reporting unreadable folders. */
class CardFileFinderTest {
  @TempDir
  Path root;

  @BeforeEach
  void tree() throws IOException {
    for (String file : List.of("b.md", "a.md", "notes.txt", "README.markdown", "2021/03/x.md",
        "2021/03/y.md", "2021/z.md", "target/generated.md", "target/classes/copied.md",
        ".git/description.md", "drafts/wip.md", "drafts/deep/more.md", "posts/.hidden.md",
        "posts/visible.md", "posts/target", "posts/x.draft.md", "folder.md/inside.md")) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "---\ntitle: \"" + file + "\"\n---\n");
    }
  }

  @Test
  void listsEveryMdFileRecursivelySortedByPathPassingOverHiddenAndTargetAsTheCommandDoes() {
    CardFileFinder.Listing listing = CardFileFinder.cards().find(root);

    assertThat(relative(listing.files())).containsExactly("2021/03/x.md", "2021/03/y.md",
        "2021/z.md", "a.md", "b.md", "drafts/deep/more.md", "drafts/wip.md",
        "folder.md/inside.md", "posts/visible.md", "posts/x.draft.md");
    assertThat(listing.files()).isSorted();
    assertThat(listing.unreadable()).isEmpty();
  }

  @Test
  void hiddenFilesAndFoldersAndTargetCanBeListedToo() {
    assertThat(relative(CardFileFinder.cards().includingHidden().withoutExclusions().find(root)
        .files())).containsExactly(".git/description.md", "2021/03/x.md",
        "2021/03/y.md", "2021/z.md", "a.md", "b.md", "drafts/deep/more.md", "drafts/wip.md",
        "folder.md/inside.md", "posts/.hidden.md", "posts/visible.md", "posts/x.draft.md",
        "target/classes/copied.md", "target/generated.md");
    assertThat(relative(CardFileFinder.cards().includingHidden().find(root).files()))
        .contains(".git/description.md", "posts/.hidden.md").noneMatch(f -> f.startsWith("target/"));
    assertThat(relative(CardFileFinder.cards().withoutExclusions().find(root).files()))
        .contains("target/generated.md").doesNotContain(".git/description.md");
  }

  @Test
  void otherSuffixesReplaceTheDefault() {
    assertThat(relative(CardFileFinder.cards().withSuffixes(".markdown", ".txt").find(root).files()))
        .containsExactly("README.markdown", "notes.txt");
  }

  @Test
  void hiddenFilesAndFoldersCanBeSkippedAgainAfterBeingIncluded() {
    List<String> files = relative(CardFileFinder.cards().includingHidden().skippingHidden()
        .find(root).files());

    assertThat(files).doesNotContain(".git/description.md", "posts/.hidden.md")
        .contains("posts/visible.md", "a.md");
  }

  @Test
  void aGlobWithoutSlashSkipsNamesAtAnyDepth() {
    List<String> files = relative(CardFileFinder.cards().withoutExclusions().excluding("target")
        .excluding("*.draft.md").find(root).files());

    assertThat(files).noneMatch(file -> file.startsWith("target/"))
        .doesNotContain("posts/x.draft.md").contains("posts/visible.md", "2021/z.md");
  }

  @Test
  void aGlobWithSlashSkipsPathsRelativeToTheFolder() {
    List<String> files = relative(CardFileFinder.cards().excluding("drafts/**").excluding("2021/*/y.md")
        .find(root).files());

    assertThat(files).doesNotContain("drafts/wip.md", "drafts/deep/more.md", "2021/03/y.md")
        .contains("2021/03/x.md", "2021/z.md");
  }

  @Test
  void settingsCombineAndLeaveTheOriginalFinderAsItWas() {
    CardFileFinder cards = CardFileFinder.cards();
    CardFileFinder narrow = cards.excluding("drafts");
    CardFileFinder wide = cards.includingHidden().withoutExclusions();

    assertThat(relative(narrow.find(root).files())).containsExactly("2021/03/x.md", "2021/03/y.md",
        "2021/z.md", "a.md", "b.md", "folder.md/inside.md", "posts/visible.md", "posts/x.draft.md");
    assertThat(wide.find(root).files()).hasSize(14);
    assertThat(cards.find(root).files()).hasSize(10);
  }

  @Test
  void acceptsAgreesWithFindForEveryFinder() throws IOException {
    CardFileFinder cards = CardFileFinder.cards();
    CardFileFinder everything = cards.includingHidden().withoutExclusions();
    for (CardFileFinder finder : List.of(cards, cards.includingHidden(), cards.withoutExclusions(),
        everything, everything.skippingHidden(), everything.excluding("target"),
        cards.excluding("*.draft.md").excluding("drafts/**"), cards.excluding("2021/*/y.md"),
        everything.withSuffixes(".markdown", ".txt"),
        everything.skippingHidden().excluding("{target,drafts}"))) {
      assertThat(acceptedWalkingByHand(finder)).containsExactlyElementsOf(relative(finder.find(root).files()));
    }
  }

  @Test
  void acceptsTellsFoldersFromFiles() {
    CardFileFinder finder = CardFileFinder.cards().excluding("drafts");

    assertThat(finder.accepts("_posts", true)).isTrue();
    assertThat(finder.accepts("_posts/2021-03-14-a.md", false)).isTrue();
    assertThat(finder.accepts("_posts/notes.txt", false)).isFalse();
    assertThat(finder.accepts("2021/drafts", true)).isFalse();
    assertThat(finder.accepts(".git", true)).isFalse();
    assertThat(finder.accepts("_posts/.cache", true)).isFalse();
    assertThat(finder.includingHidden().accepts(".git", true)).isTrue();
    assertThat(finder.includingHidden().accepts("_posts/.cache", true)).isTrue();
    assertThat(finder.accepts("_posts/.a.md", false)).isFalse();
    assertThat(finder.includingHidden().accepts("_posts/.a.md", false)).isTrue();
    assertThat(finder.includingHidden().skippingHidden().accepts(".git", true)).isFalse();
    assertThat(finder.accepts("site/target", true)).isFalse();
    assertThat(finder.withoutExclusions().accepts("site/target", true)).isTrue();
    assertThat(finder.withoutExclusions().accepts("2021/drafts", true)).isTrue();
    assertThatThrownBy(() -> finder.accepts("", true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> finder.accepts(root.toString(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The files {@code accepts} lets through when every folder above them is entered. */
  private List<String> acceptedWalkingByHand(CardFileFinder finder) throws IOException {
    try (java.util.stream.Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(this::relativeText)
          .filter(file -> {
            String[] names = file.split("/");
            String prefix = "";
            for (int i = 0; i < names.length - 1; i++) {
              prefix = prefix.isEmpty() ? names[i] : prefix + "/" + names[i];
              if (!finder.accepts(prefix, true)) {
                return false;
              }
            }
            return finder.accepts(file, false);
          })
          .sorted().toList();
    }
  }

  private String relativeText(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  @Test
  void malformedGlobsAndSuffixesAreRefusedWhenSet() {
    assertThatThrownBy(() -> CardFileFinder.cards().excluding("[unclosed"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardFileFinder.cards().withSuffixes())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardFileFinder.cards().withSuffixes(".md", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileGivenAsTheFolderIsListedAsItselfWhateverItsName() {
    assertThat(CardFileFinder.cards().find(root.resolve("notes.txt")).files())
        .containsExactly(root.resolve("notes.txt"));
  }

  @Test
  void aMissingFolderIsAnIoCardExceptionNamingIt() {
    Path missing = root.resolve("absent");

    assertThatThrownBy(() -> CardFileFinder.cards().find(missing)).isInstanceOf(CardException.class)
        .hasMessage(missing + ": cannot list the folder: no such file")
        .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.IO));
  }

  @Test
  void linksToFilesAreListedAndLinksToFoldersAreNotFollowed() throws IOException {
    Path links = Files.createDirectories(root.resolve("links"));
    Files.createSymbolicLink(links.resolve("to-a.md"), root.resolve("a.md"));
    Files.createSymbolicLink(links.resolve("dangling.md"), root.resolve("gone.md"));
    Files.createSymbolicLink(links.resolve("loop"), links);
    Files.createSymbolicLink(links.resolve("to-posts.md"), root.resolve("posts"));

    assertThat(relative(CardFileFinder.cards().find(links).files()))
        .containsExactly("links/dangling.md", "links/to-a.md");
  }

  @Test
  void unreadableFoldersAtEveryDepthAreReportedAndTheRestIsListed() {
    Set<Path> locked = Set.of(root.resolve("2021/03"), root.resolve("drafts/deep"), root.resolve("posts"));

    CardFileFinder.Listing listing = CardFileFinder.cards().withLister(denying(locked)).find(root);

    assertThat(relative(listing.files())).contains("2021/z.md", "a.md", "drafts/wip.md")
        .doesNotContain("2021/03/x.md", "drafts/deep/more.md", "posts/visible.md");
    assertThat(listing.unreadable()).extracting(CardFile::path)
        .containsExactly(root.resolve("2021/03"), root.resolve("drafts/deep"), root.resolve("posts"));
    assertThat(listing.unreadable()).allSatisfy(folder -> {
      assertThat(folder.failed()).isTrue();
      assertThat(folder.parsed()).isFalse();
      assertThat(folder.error()).hasMessage(folder.path() + ": cannot list the folder: permission denied");
      assertThat(folder.error().kind()).isEqualTo(Kind.IO);
    });
  }

  @Test
  void aFolderThatFailsHalfwayKeepsWhatWasListedAndIsReported() {
    Path posts = root.resolve("posts");
    FolderWalker.Lister failingAfterOne = folder -> folder.equals(posts) ? halfway(folder)
        : Files.newDirectoryStream(folder);

    CardFileFinder.Listing listing = CardFileFinder.cards().withLister(failingAfterOne).find(root);

    assertThat(listing.unreadable()).extracting(CardFile::path).containsExactly(posts);
    assertThat(listing.unreadable().get(0).error()).hasMessageContaining("disk went away");
    assertThat(listing.files()).filteredOn(file -> file.startsWith(posts)).hasSizeLessThanOrEqualTo(1);
    assertThat(relative(listing.files())).contains("a.md", "2021/z.md");
  }

  @Test
  void anUnreadableRootIsAnException() {
    assertThatThrownBy(() -> CardFileFinder.cards().withLister(denying(Set.of(root))).find(root))
        .isInstanceOf(CardException.class)
        .hasMessage(root + ": cannot list the folder: permission denied");
  }

  @Test
  void aRealFolderWithoutPermissionsIsReported() throws IOException {
    assumeTrue(!SpecialFiles.runningAsRoot(root),
        "root reads folders whatever their permission bits; the injected variants cover root");
    Path locked = SpecialFiles.mode(root.resolve("drafts"), "---------");
    try {
      CardFileFinder.Listing listing = CardFileFinder.cards().find(root);

      assertThat(listing.unreadable()).extracting(CardFile::path).containsExactly(locked);
      assertThat(relative(listing.files())).contains("a.md").doesNotContain("drafts/wip.md");
    } finally {
      SpecialFiles.mode(locked, "rwx------");
    }
  }

  @Test
  void aDeepTreeIsListedToTheBottom() throws IOException {
    Path deep = root.resolve("deep");
    for (int i = 0; i < 64; i++) {
      deep = deep.resolve("d");
    }
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("bottom.md"), "---\n---\n");

    assertThat(CardFileFinder.cards().find(root.resolve("deep")).files()).containsExactly(deep.resolve("bottom.md"));
  }

  private List<String> relative(List<Path> files) {
    return files.stream().map(file -> root.relativize(file).toString()).toList();
  }

  private static FolderWalker.Lister denying(Set<Path> locked) {
    return folder -> {
      if (locked.contains(folder)) {
        throw new AccessDeniedException(folder.toString());
      }
      return Files.newDirectoryStream(folder);
    };
  }

  /** A listing that yields one entry and then fails, as a folder on a failing disk does. */
  private static DirectoryStream<Path> halfway(Path folder) throws IOException {
    DirectoryStream<Path> real = Files.newDirectoryStream(folder);
    Iterator<Path> entries = real.iterator();
    return new DirectoryStream<>() {
      private boolean first = true;

      @Override
      public Iterator<Path> iterator() {
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Path next() {
            if (first && entries.hasNext()) {
              first = false;
              return entries.next();
            }
            throw new DirectoryIteratorException(new IOException("disk went away"));
          }
        };
      }

      @Override
      public void close() throws IOException {
        real.close();
      }
    };
  }
}
