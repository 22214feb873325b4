package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.io.FolderWalker;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entries that vanish between a folder's listing and the look at them or the read (vim's 4913
 * probe, swap, backup and temporary files, cards and folders deleted meanwhile) are passed over,
 * never reported as failed cards or unreadable entries; names the finder never lists are judged
 * before anything looks at them.
 */
class VanishingEntriesTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  /** What editors make and remove beside a card while it is saved. */
  private static final List<String> EDITOR_FILES = List.of("4913", "card.md~", ".card.md.swp",
      ".card.md.swx", "card.md.tmp", "#card.md#", ".#card.md", "card.md.orig", ".~lock.card.md#",
      "2021/4913", "2021/03/.x.md.swp", "2021/03/x.md~");

  @TempDir
  Path root;

  @BeforeEach
  void tree() throws IOException {
    for (String card : List.of("card.md", "2021/x.md", "2021/03/x.md")) {
      Path path = root.resolve(card);
      Files.createDirectories(path.getParent());
      Files.writeString(path, SEED);
    }
  }

  @Test
  void editorFilesThatVanishAfterTheListingAreNeitherListedNorReported() throws IOException {
    make(EDITOR_FILES);

    for (CardFileFinder finder : List.of(CardFileFinder.cards(), CardFileFinder.cards().includingHidden(),
        CardFileFinder.cards().withoutExclusions().excluding("*.orig"))) {
      CardFileFinder.Listing listing = vanishing(finder, EDITOR_FILES).find(root);

      assertThat(relative(listing.files())).as(finder.toString())
          .containsExactly("2021/03/x.md", "2021/x.md", "card.md");
      assertThat(listing.unreadable()).as(finder.toString()).isEmpty();
    }
  }

  @Test
  void entriesThatNeverExistedButAreListedAreJudgedByNameAndPassedOver() {
    List<String> ghosts = List.of("4913", "ghost.md", ".hidden.md", "target", "notes.txt", "2021/gone");
    FolderWalker.Lister haunted = folder -> {
      List<Path> entries = entries(folder);
      if (folder.equals(root)) {
        ghosts.stream().map(root::resolve).forEach(entries::add);
      }
      return stream(entries);
    };

    CardFileFinder.Listing listing = SpecialFiles.listing(haunted).find(root);

    assertThat(relative(listing.files())).containsExactly("2021/03/x.md", "2021/x.md", "card.md");
    assertThat(listing.unreadable()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"card.md", "2021/x.md", "2021/03/x.md"})
  void aCardThatVanishesBeforeItsTypeIsCheckedIsNotReported(String vanished) throws IOException {
    CardFileFinder.Listing listing = vanishing(CardFileFinder.cards(), List.of(vanished)).find(root);

    assertThat(relative(listing.files())).doesNotContain(vanished).hasSize(2);
    assertThat(listing.unreadable()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021", "2021/03"})
  void aFolderThatVanishesBeforeItIsListedIsNotReported(String vanished) throws IOException {
    FolderWalker.Lister late = folder -> {
      if (root.relativize(folder).toString().equals(vanished)) {
        delete(folder);
      }
      return Files.newDirectoryStream(folder);
    };

    CardFileFinder.Listing listing = SpecialFiles.listing(late).find(root);

    assertThat(relative(listing.files())).contains("card.md").noneMatch(file -> file.startsWith(vanished + "/"));
    assertThat(listing.unreadable()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"card.md", "2021/x.md", "2021/03/x.md", "2021/03", "2021"})
  void readAllPassesOverACardDeletedBetweenTheListingAndTheRead(String deleted) throws IOException {
    CardMapper mapper = CardMapper.builder().build();
    Files.createSymbolicLink(root.resolve("dangling.md"), root.resolve("moved-away.md"));

    List<CardFile> outcomes;
    try (Stream<CardFile> files = mapper.readAll(root)) {
      delete(root.resolve(deleted));   // listed already, read when the stream runs
      outcomes = files.toList();
    }

    assertThat(outcomes).filteredOn(file -> !file.failed()).extracting(CardFile::path)
        .isNotEmpty().allMatch(Files::exists).noneMatch(path -> path.startsWith(root.resolve(deleted)));
    assertThat(outcomes).filteredOn(CardFile::failed).singleElement()
        .satisfies(file -> assertThat(file.path()).isEqualTo(root.resolve("dangling.md")))
        .satisfies(file -> assertThat(file.error()).hasMessageContaining("a symbolic link to nothing"));
  }

  @Test
  void readAllStillReportsACardThatIsThereButCannotBeRead() throws IOException {
    CardMapper mapper = CardMapper.builder().build();
    Files.createDirectories(root.resolve("folder.md"));
    Files.writeString(root.resolve("broken.md"), "no front matter\n");

    List<CardFile> failed;
    try (Stream<CardFile> files = mapper.readAll(root)) {
      failed = files.filter(CardFile::failed).toList();
    }

    assertThat(failed).extracting(CardFile::path).containsExactly(root.resolve("broken.md"));
  }

  /** Returns a finder whose listings lose the given entries (paths relative to the root) at once. */
  private CardFileFinder vanishing(CardFileFinder finder, List<String> vanishing) {
    Set<Path> gone = Set.copyOf(vanishing.stream().map(root::resolve).toList());
    return finder.withLister(folder -> {
      List<Path> entries = entries(folder);
      for (Path entry : entries) {
        if (gone.contains(entry)) {
          delete(entry);
        }
      }
      return stream(entries);
    });
  }

  private void make(List<String> files) throws IOException {
    for (String file : files) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "scratch");
    }
  }

  private static List<Path> entries(Path folder) throws IOException {
    try (DirectoryStream<Path> real = Files.newDirectoryStream(folder)) {
      List<Path> entries = new ArrayList<>();
      real.forEach(entries::add);
      return entries;
    }
  }

  private static DirectoryStream<Path> stream(List<Path> entries) {
    return new DirectoryStream<>() {
      @Override
      public Iterator<Path> iterator() {
        return entries.iterator();
      }

      @Override
      public void close() {
      }
    };
  }

  private static void delete(Path path) throws IOException {
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }

  private List<String> relative(List<Path> files) {
    return files.stream().map(file -> root.relativize(file).toString()).toList();
  }
}
