package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.io.FileReplacer;
import io.github.articlecard.jackson.internal.io.FileReplacer.Stage;
import io.github.articlecard.jackson.internal.io.GuardedOpen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * write(..., Path) replaces a file atomically and keeps what surrounds the text: permission bits,
 * owner and group, symbolic links; it refuses read-only files and what is not a regular file, and
 * never leaves a temporary file behind.
 */
class AtomicWriteTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private static final byte[] NEW = "new text\n".getBytes(StandardCharsets.UTF_8);
  private final CardMapper mapper = CardMapper.builder().build();
  private final CardDocument seed = mapper.read(SEED);
  private final CardDocument edited = seed.withCard(seed.card().toBuilder().heat(5).build());

  @TempDir
  Path folder;

  @Test
  void writingADocumentReplacesTheFileAndLeavesNothingElse() throws IOException {
    Path file = Files.writeString(folder.resolve("card.md"), SEED);

    mapper.write(edited, file);

    assertThat(mapper.read(file).card().heat()).isEqualTo(5);
    assertThat(everything()).containsExactly(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rw-------", "rw-r-----", "rwxr-xr-x", "rw-rw-rw-"})
  void writingKeepsThePermissionBits(String permissions) throws IOException {
    Path file = SpecialFiles.mode(Files.writeString(folder.resolve("card.md"), SEED), permissions);

    mapper.write(edited, file);

    assertThat(SpecialFiles.mode(file)).isEqualTo(permissions);
    assertThat(Files.readString(file)).isEqualTo(edited.text());
    assertThat(everything()).containsExactly(file);
  }

  @ParameterizedTest
  @ValueSource(ints = {04755, 02755, 01644, 06775, 07777})
  void writingKeepsSetUserIdSetGroupIdAndStickyBits(int mode) throws IOException {
    Path file = Files.writeString(folder.resolve("card.md"), SEED);
    Files.setAttribute(file, "unix:mode", mode);
    assumeTrue(((Integer) Files.getAttribute(file, "unix:mode") & 07777) == mode,
        "the file system keeps these bits");

    mapper.write(edited, file);

    assertThat(Integer.toOctalString((Integer) Files.getAttribute(file, "unix:mode") & 07777))
        .isEqualTo(Integer.toOctalString(mode));
    assertThat(Files.readString(file)).isEqualTo(edited.text());
    assertThat(everything()).containsExactly(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"r--r--r--", "r--------", "r-xr-xr-x", "---------"})
  void aFileThatNobodyMayWriteIsRefusedAndLeftAsItWas(String permissions) throws IOException {
    Path file = SpecialFiles.mode(Files.writeString(folder.resolve("card.md"), SEED), permissions);

    assertThatThrownBy(() -> mapper.write(edited, file)).isInstanceOf(CardException.class)
        .hasMessageStartingWith(file + ": cannot write: the file is read-only (its permissions are "
            + permissions + ")")
        .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.IO));

    SpecialFiles.mode(file, "rw-------");
    assertThat(Files.readString(file)).isEqualTo(SEED);
    assertThat(everything()).containsExactly(file);
  }

  @Test
  void aReadOnlyTargetBehindALinkIsRefusedToo() throws IOException {
    Path target = SpecialFiles.mode(Files.writeString(folder.resolve("target.md"), SEED), "r--r--r--");
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), target.getFileName());

    assertThatThrownBy(() -> mapper.write(edited, link)).isInstanceOf(CardException.class)
        .hasMessageContaining("read-only");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(everything()).containsExactlyInAnyOrder(target, link);
  }

  @Test
  void aNewFileGetsThePermissionsOfAnyNewFile() throws IOException {
    Path created = Files.createFile(folder.resolve("made-by-java.md"));
    Path file = folder.resolve("card.md");

    mapper.write(edited, file);

    assertThat(SpecialFiles.mode(file)).isEqualTo(SpecialFiles.mode(created));
    assertThat(Files.readString(file)).isEqualTo(edited.text());
  }

  @Test
  void ownerAndGroupAreKeptWhereTheProcessMayGiveThem() throws IOException {
    Path file = Files.writeString(folder.resolve("card.md"), SEED);
    assumeTrue(SpecialFiles.runningAsRoot(folder),
        "only root may give a file to another owner; as any other user the owner is the writer's");
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("65534");
    GroupPrincipal nogroup = folder.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByGroupName("65534");
    view.setOwner(nobody);
    view.setGroup(nogroup);

    mapper.write(edited, file);

    assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(65534);
    assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(65534);
    assertThat(Files.readString(file)).isEqualTo(edited.text());
  }

  @Test
  void aLinkStaysALinkAndItsTargetGetsTheText() throws IOException {
    Path target = SpecialFiles.mode(Files.writeString(folder.resolve("target.md"), SEED), "rw-rw-r--");
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), target.getFileName());

    mapper.write(edited, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(target.getFileName());
    assertThat(Files.readString(target)).isEqualTo(edited.text());
    assertThat(SpecialFiles.mode(target)).isEqualTo("rw-rw-r--");
    assertThat(everything()).containsExactlyInAnyOrder(target, link);
  }

  @Test
  void aChainOfLinksAcrossFoldersIsFollowedAndTheTemporaryFileIsStagedBesideTheTarget()
      throws IOException {
    Path store = Files.createDirectories(folder.resolve("store/2021"));
    Path target = Files.writeString(store.resolve("card.md"), SEED);
    Path links = Files.createDirectories(folder.resolve("links"));
    Path first = Files.createSymbolicLink(links.resolve("first.md"), Path.of("../store/2021/card.md"));
    Path second = Files.createSymbolicLink(folder.resolve("second.md"), first);
    Path third = Files.createSymbolicLink(folder.resolve("third.md"), Path.of("second.md"));
    List<Path> temporaries = new ArrayList<>();

    FileReplacer.replace(third, NEW, (stage, path) -> {
      if (stage == Stage.WRITE) {
        temporaries.add(path);
      }
    });

    assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
    assertThat(List.of(first, second, third)).allMatch(Files::isSymbolicLink);
    assertThat(temporaries).singleElement()
        .satisfies(temporary -> assertThat(temporary.getParent().getParent())
            .isEqualTo(links.resolve("../store/2021")))
        .satisfies(temporary -> assertThat(temporary).doesNotExist())
        .satisfies(temporary -> assertThat(temporary.getParent()).doesNotExist());
    assertThat(everything()).containsExactlyInAnyOrder(target, first, second, third);
  }

  @Test
  void aLinkIntoAFolderReachedThroughALinkedFolderIsFollowed() throws IOException {
    Path real = Files.createDirectories(folder.resolve("real/cards"));
    Path target = Files.writeString(real.resolve("card.md"), SEED);
    Path linkedFolder = Files.createSymbolicLink(folder.resolve("alias"), real);
    Path link = Files.createSymbolicLink(Files.createDirectories(folder.resolve("elsewhere")).resolve("card.md"),
        linkedFolder.resolve("card.md"));

    mapper.write(edited, link);

    assertThat(Files.readString(target)).isEqualTo(edited.text());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isSymbolicLink(linkedFolder)).isTrue();
  }

  @Test
  void aDanglingLinkIsWrittenThroughLikeAnyOpenForWriting() throws IOException {
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), Path.of("not-yet.md"));

    mapper.write(edited, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(folder.resolve("not-yet.md"))).isEqualTo(edited.text());
  }

  @Test
  void aLoopOfLinksIsRefused() throws IOException {
    Path a = Files.createSymbolicLink(folder.resolve("a.md"), Path.of("b.md"));
    Path b = Files.createSymbolicLink(folder.resolve("b.md"), Path.of("a.md"));

    assertThatThrownBy(() -> mapper.write(edited, a)).isInstanceOf(CardException.class)
        .hasMessageContaining("symbolic links in a row");
    assertThat(everything()).containsExactlyInAnyOrder(a, b);
  }

  @Test
  void aFolderADeviceAndAFifoAreNotReplaced() throws Exception {
    Path sub = Files.createDirectories(folder.resolve("sub.md"));
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe.md"));

    assertThatThrownBy(() -> mapper.write(edited, sub)).isInstanceOf(CardException.class)
        .hasMessageContaining("not a regular file but a folder");
    SpecialFiles.whileAWriterWaits(fifo, () -> assertThatThrownBy(() -> mapper.write(edited, fifo))
        .isInstanceOf(CardException.class).hasMessageContaining("FIFO"));
    assertThat(Files.isDirectory(sub)).isTrue();
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(everything()).containsExactly(fifo);
  }

  @Test
  void aLinkToADeviceIsNotReplaced() throws IOException {
    SpecialFiles.assumeDevices();
    Path link = Files.createSymbolicLink(folder.resolve("null.md"), Path.of("/dev/null"));

    assertThatThrownBy(() -> mapper.write(edited, link)).isInstanceOf(CardException.class)
        .hasMessageContaining("character device");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void anIoFailureAtAnyStageLeavesTheFileWholeAndNoTemporaryFile(Stage failing) throws IOException {
    assertFailureLeavesNothing(failing, () -> new IOException("disk unplugged at " + failing));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void anUncheckedFailureAtAnyStageLeavesTheFileWholeAndNoTemporaryFile(Stage failing)
      throws IOException {
    assertFailureLeavesNothing(failing, () -> new UncheckedIOException(
        new IOException("driver bug at " + failing)));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void anErrorAtAnyStageStillRemovesTheTemporaryFile(Stage failing) throws IOException {
    Path file = SpecialFiles.mode(Files.writeString(folder.resolve("card.md"), SEED), "rw-r--r--");

    assertThatThrownBy(() -> FileReplacer.replace(file, NEW, (stage, path) -> {
      if (stage == failing) {
        throw new StackOverflowError("simulated at " + failing);
      }
    })).isInstanceOf(StackOverflowError.class);

    assertThat(Files.readString(file)).isEqualTo(SEED);
    assertThat(everything()).containsExactly(file);
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void aFailureThroughALinkLeavesNoTemporaryFileBesideTheTarget(Stage failing) throws IOException {
    Path target = Files.writeString(Files.createDirectories(folder.resolve("store")).resolve("card.md"), SEED);
    Path link = Files.createSymbolicLink(folder.resolve("card.md"), Path.of("store/card.md"));

    assertThatThrownBy(() -> FileReplacer.replace(link, NEW, (stage, path) -> {
      if (stage == failing) {
        throw new IOException("failed at " + failing);
      }
    })).isInstanceOf(CardException.class).hasMessageContaining("failed at " + failing)
        .hasMessageContaining("the target of the link");

    assertThat(Files.readString(target)).isEqualTo(SEED);
    assertThat(everything()).containsExactlyInAnyOrder(target, link);
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void aFifoRenamedOverTheFileAtAnyStageNeverBlocksAndIsNotWrittenThrough(Stage swapped)
      throws Exception {
    Path file = Files.writeString(folder.resolve("card.md"), SEED);
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe"));

    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try {
        FileReplacer.replace(file, NEW, (stage, path) -> {
          if (stage == swapped) {
            Files.move(fifo, file, StandardCopyOption.REPLACE_EXISTING);
          }
        });
        assertThat(swapped).as("only a swap after every check is replaced").isEqualTo(Stage.MOVE);
        assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
      } catch (CardException e) {
        assertThat(e).hasMessageContaining("another program replaced the file");
        assertThat(Files.isRegularFile(file)).isFalse();
      } finally {
        GuardedOpen.releaseFifo(file);
      }
    });
    assertThat(everything()).containsExactly(file);
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"WRITE", "FORCE", "OWNER", "PERMISSIONS", "ATTRIBUTES"})
  void aFifoRenamedOverTheTemporaryFileNeverBlocks(Stage swapped) throws Exception {
    Path file = Files.writeString(folder.resolve("card.md"), SEED);
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe"));

    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      Path[] temporary = new Path[1];
      try {
        assertThatThrownBy(() -> FileReplacer.replace(file, NEW, (stage, path) -> {
          if (stage == swapped) {
            temporary[0] = path;
            Files.move(fifo, path, StandardCopyOption.REPLACE_EXISTING);
          }
        })).isInstanceOf(CardException.class);
      } finally {
        if (temporary[0] != null) {
          GuardedOpen.releaseFifo(temporary[0]);
        }
      }
    });
    assertThat(Files.readString(file)).isEqualTo(SEED);
    assertThat(everything()).containsExactly(file);
  }

  @Test
  void aReadOnlyFolderFailsBeforeTheFileIsTouched() throws IOException {
    Path sub = Files.createDirectories(folder.resolve("locked"));
    Path file = Files.writeString(sub.resolve("card.md"), SEED);
    assumeTrue(!SpecialFiles.runningAsRoot(folder),
        "root may create files in a folder without write permission, so the folder cannot refuse");
    SpecialFiles.mode(sub, "r-xr-xr-x");
    try {
      assertThatThrownBy(() -> mapper.write(edited, file)).isInstanceOf(CardException.class)
          .hasMessageContaining("needs write permission on the folder");
    } finally {
      SpecialFiles.mode(sub, "rwxr-xr-x");
    }
    assertThat(Files.readString(file)).isEqualTo(SEED);
  }

  @Test
  void writingIntoAMissingFolderFailsWithACardException() {
    Path file = folder.resolve("missing").resolve("card.md");

    assertThatThrownBy(() -> mapper.write(mapper.read(SEED), file)).isInstanceOf(CardException.class)
        .hasMessageStartingWith(file + ": cannot write: no such file");
  }

  @Test
  void aFileSystemWithoutPosixPermissionsIsWrittenToo() throws IOException {
    Path zip = folder.resolve("cards.zip");
    try (FileSystem zipfs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
      assertThat(zipfs.supportedFileAttributeViews()).doesNotContain("posix");
      Path file = Files.writeString(zipfs.getPath("/card.md"), SEED);

      mapper.write(edited, file);
      mapper.write(edited.card(), zipfs.getPath("/fresh.md"));

      assertThat(Files.readString(file)).isEqualTo(edited.text());
      assertThat(mapper.read(zipfs.getPath("/fresh.md")).card()).isEqualTo(edited.card());
      try (Stream<Path> entries = Files.list(zipfs.getPath("/"))) {
        assertThat(entries.map(Path::toString)).containsExactlyInAnyOrder("/card.md", "/fresh.md");
      }
    }
  }

  @Test
  void anUnpairedSurrogateIsNeverWrittenAsAQuestionMark() throws IOException {
    Path file = Files.writeString(folder.resolve("card.md"), SEED);
    ArticleCard broken = seed.card().toBuilder().body("Half an emoji: \uD83D and more\n").build();

    assertThatThrownBy(() -> mapper.write(broken, file)).isInstanceOf(CardException.class);

    assertThat(Files.readString(file)).isEqualTo(SEED);
    assertThat(everything()).containsExactly(file);
  }

  private void assertFailureLeavesNothing(Stage failing, java.util.function.Supplier<Exception> failure)
      throws IOException {
    Path file = SpecialFiles.mode(Files.writeString(folder.resolve("card.md"), SEED), "rw-rw-r--");
    List<Path> seen = new ArrayList<>();

    assertThatThrownBy(() -> FileReplacer.replace(file, NEW, (stage, path) -> {
      seen.add(path);
      if (stage == failing) {
        Exception e = failure.get();
        if (e instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) e;
      }
    })).isInstanceOf(CardException.class).hasMessageStartingWith("cannot write: ")
        .hasMessageContaining("at " + failing);

    assertThat(Files.readString(file)).isEqualTo(SEED);
    assertThat(SpecialFiles.mode(file)).isEqualTo("rw-rw-r--");
    assertThat(seen).hasSize(failing.ordinal() + 1);
    assertThat(everything()).containsExactly(file);
  }

  /** Returns every file under the folder, and every hidden folder: a staging folder left over. */
  private List<Path> everything() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(path -> !path.equals(folder)).filter(path -> !Files.isDirectory(path,
          java.nio.file.LinkOption.NOFOLLOW_LINKS) || path.getFileName().toString().startsWith("."))
          .toList();
    }
  }
}
