package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.internal.io.FileReplacer;
import io.github.articlecard.jackson.internal.io.FileReplacer.Stage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * While a replacement's new content exists only as a temporary file, nobody but the owner can open
 * it: the temporary file lives in a staging folder beside the target, private (0700) from its
 * creation, with one link, none of it in the target's folder; the staging folder goes away after
 * the rename and after every failure, and one left by a crash is never reused.
 */
class StagedWriteTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private static final byte[] NEW = "new text\n".getBytes(StandardCharsets.UTF_8);
  private static final EnumSet<Stage> WHILE_THE_TEMPORARY_FILE_EXISTS = EnumSet.range(Stage.WRITE, Stage.MOVE);

  @TempDir
  Path root;

  /** The folder a card is in, and what its mode and the card's mode are. */
  static Stream<Arguments> layouts() {
    List<Arguments> layouts = new ArrayList<>();
    for (String folderMode : List.of("rwxr-xr-x", "rwxrwxrwx", "rwxrwx---")) {
      for (String fileMode : List.of("rw-rw-rw-", "rw-r--r--", "rw-rw----", "rw-------", "rwxrwxrwx")) {
        layouts.add(Arguments.of(folderMode, fileMode));
      }
    }
    return layouts.stream();
  }

  @ParameterizedTest(name = "folder {0}, file {1}")
  @MethodSource("layouts")
  void atEveryStageTheNewContentIsReachableOnlyThroughAPrivateStagingFolder(String folderMode,
      String fileMode) throws Exception {
    Path folder = SpecialFiles.mode(Files.createDirectories(root.resolve("cards")), folderMode);
    Path card = SpecialFiles.mode(Files.writeString(folder.resolve("card.md"), SEED), fileMode);
    List<Stage> checked = new ArrayList<>();

    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (WHILE_THE_TEMPORARY_FILE_EXISTS.contains(stage)) {
        assertReachableOnlyByTheOwner(folder, temporary);
        checked.add(stage);
      }
    });

    assertThat(checked).containsExactlyElementsOf(WHILE_THE_TEMPORARY_FILE_EXISTS);
    assertThat(Files.readAllBytes(card)).isEqualTo(NEW);
    assertThat(SpecialFiles.mode(card)).isEqualTo(fileMode);
    assertThat(listing(folder)).containsExactly(card);
  }

  @Test
  void aNewFileIsStagedPrivatelyToo() throws Exception {
    Path folder = SpecialFiles.mode(Files.createDirectories(root.resolve("open")), "rwxrwxrwx");
    Path card = folder.resolve("new.md");
    List<Stage> checked = new ArrayList<>();

    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (WHILE_THE_TEMPORARY_FILE_EXISTS.contains(stage)) {
        assertReachableOnlyByTheOwner(folder, temporary);
        checked.add(stage);
      }
    });

    assertThat(checked).isNotEmpty();
    assertThat(Files.readAllBytes(card)).isEqualTo(NEW);
    assertThat(listing(folder)).containsExactly(card);
  }

  @Test
  void aStickyWorldWritableFolderGetsAPrivateStagingFolderAndKeepsNothing() throws Exception {
    Path folder = Files.createDirectories(root.resolve("tmp"));
    Files.setAttribute(folder, "unix:mode", 01777);
    Path card = SpecialFiles.mode(Files.writeString(folder.resolve("card.md"), SEED), "rw-r-----");

    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (WHILE_THE_TEMPORARY_FILE_EXISTS.contains(stage)) {
        assertReachableOnlyByTheOwner(folder, temporary);
      }
    });

    assertThat(listing(folder)).containsExactly(card);
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-r-----");
  }

  @Test
  void inAFolderWhoseDefaultAclGrantsANamedUserTheStagingFolderGrantsNobodyAnything()
      throws Exception {
    PosixAcls acls = PosixAcls.in(root);
    Path folder = Files.createDirectories(root.resolve("shared"));
    acls.setDefault(folder, "u::rwx,u:65534:rwx,g::r-x,g:100:rwx,m::rwx,o::r-x");
    Path card = Files.writeString(folder.resolve("card.md"), SEED);
    String acl = "u::rw-,u:65534:r--,g::r--,m::r--,o::---";
    acls.set(card, acl);
    List<String> stagingAcls = new ArrayList<>();

    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (WHILE_THE_TEMPORARY_FILE_EXISTS.contains(stage)) {
        assertReachableOnlyByTheOwner(folder, temporary);
        try {
          stagingAcls.add(acls.get(temporary.getParent()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
    });

    assertThat(stagingAcls).isNotEmpty().allSatisfy(staging -> assertThat(staging)
        .as("named users and groups get nothing through the mask").contains("m::---"));
    assertThat(acls.get(card)).isEqualTo(acl);
    assertThat(listing(folder)).containsExactly(card);
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void aFailureAtAnyStageRemovesTheStagingFolder(Stage failing) throws Exception {
    Path card = Files.writeString(root.resolve("card.md"), SEED);
    List<Path> seen = new ArrayList<>();

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, path) -> {
      seen.add(path);
      if (stage == failing) {
        throw new IOException("failed at " + failing);
      }
    })).isInstanceOf(CardException.class).hasMessageContaining("failed at " + failing);

    assertThat(Files.readString(card)).isEqualTo(SEED);
    assertThat(seen.stream().skip(1).map(Path::getParent)).allSatisfy(staging -> assertThat(staging)
        .doesNotExist());
    assertThat(listing(root)).containsExactly(card);
  }

  @Test
  void aWriteThatFailsMidwayRemovesTheStagingFolder() throws Exception {
    Path card = Files.writeString(root.resolve("card.md"), SEED);

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.FORCE) {
        assertThat(Files.size(temporary)).isEqualTo(NEW.length);
        throw new IOException("No space left on device");
      }
    })).isInstanceOf(CardException.class).hasMessageContaining("no space left on device");

    assertThat(Files.readString(card)).isEqualTo(SEED);
    assertThat(listing(root)).containsExactly(card);
  }

  @Test
  void attributesThatCannotBeKeptRemoveTheStagingFolder() throws Exception {
    Path card = SpecialFiles.mode(Files.writeString(root.resolve("card.md"), SEED), "rw-r-----");

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        SpecialFiles.mode(temporary, "rw-rw-rw-");
      }
    })).isInstanceOf(CardException.class).hasMessageContaining("would lose the mode 0640");
    assertThat(listing(root)).containsExactly(card);

    if (Files.getFileStore(root).supportsFileAttributeView(UserDefinedFileAttributeView.class)) {
      Files.getFileAttributeView(card, UserDefinedFileAttributeView.class)
          .write("note", ByteBuffer.wrap("keep".getBytes(StandardCharsets.UTF_8)));
      assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
        if (stage == Stage.ATTRIBUTES) {
          Files.getFileAttributeView(temporary, UserDefinedFileAttributeView.class).delete("note");
        }
      })).isInstanceOf(CardException.class).hasMessageContaining("user.note");
      assertThat(listing(root)).containsExactly(card);
    }
    assertThat(Files.readString(card)).isEqualTo(SEED);
  }

  @Test
  void aRenameThatFailsRemovesTheStagingFolder() throws Exception {
    Path card = Files.writeString(root.resolve("card.md"), SEED);

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.MOVE) {
        // a folder that is not empty takes the file's place: no file can be renamed over it
        Files.move(card, Files.createDirectories(root.resolve("aside")).resolve("card.md"));
        Files.writeString(Files.createDirectories(card).resolve("kept.md"), "x");
      }
    })).isInstanceOf(CardException.class);

    assertThat(card.resolve("kept.md")).hasContent("x");
    assertThat(listing(root)).containsExactlyInAnyOrder(root.resolve("aside/card.md"),
        card.resolve("kept.md"));
  }

  @Test
  void stagingFoldersLeftByACrashAreNeitherReusedNorInTheWay() throws Exception {
    Path card = Files.writeString(root.resolve("card.md"), SEED);
    List<Path> stale = new ArrayList<>();
    for (String name : List.of(".card.md.1.staging", ".card.md.18446744073709551615.staging",
        ".card.md.0.staging")) {
      Path folder = Files.createDirectory(root.resolve(name));
      Files.writeString(folder.resolve(".card.md.7.tmp"), "half a card");
      stale.add(folder);
    }
    List<Path> used = new ArrayList<>();

    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.WRITE) {
        used.add(temporary.getParent());
      }
    });
    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.WRITE) {
        used.add(temporary.getParent());
      }
    });

    assertThat(used).hasSize(2).doesNotHaveDuplicates().doesNotContainAnyElementsOf(stale);
    assertThat(Files.readAllBytes(card)).isEqualTo(NEW);
    for (Path folder : stale) {
      assertThat(folder.resolve(".card.md.7.tmp")).hasContent("half a card");
    }
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void everyWayOfWritingAPathLeavesNoStagingFolder(Writer writer) throws Exception {
    Path folder = SpecialFiles.mode(Files.createDirectories(root.resolve("cards")), "rwxrwxrwx");
    Path card = Files.writeString(folder.resolve("card.md"), SEED);
    Path fresh = folder.resolve("fresh.md");

    writer.write(card);
    writer.write(fresh);

    assertThat(listing(folder)).containsExactlyInAnyOrder(card, fresh);
    assertThat(CardMapper.builder().build().read(fresh).card().title()).isNotBlank();
  }

  /** The ways a path gets replaced: the replacer itself, and the mapper's. */
  enum Writer {
    REPLACER, DOCUMENT, CARD;

    void write(Path file) {
      CardMapper mapper = CardMapper.builder().build();
      CardDocument seed = mapper.read(SEED);
      switch (this) {
        case REPLACER -> FileReplacer.replace(file, seed.text().getBytes(StandardCharsets.UTF_8), false);
        case DOCUMENT -> mapper.write(seed, file);
        case CARD -> mapper.write(seed.card(), file);
      }
    }
  }

  /**
   * Asserts that the temporary file is in a staging folder of its own inside {@code folder}, that
   * folder a real one, owned by this process and private to it (0700), and that the temporary file
   * has no other name, in {@code folder} or anywhere.
   */
  private static void assertReachableOnlyByTheOwner(Path folder, Path temporary) throws IOException {
    Path staging = temporary.getParent();
    assertThat(staging.getParent()).isEqualTo(folder);
    assertThat(staging.getFileName().toString()).startsWith(".");
    BasicFileAttributes attributes = Files.readAttributes(staging, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS);
    assertThat(attributes.isDirectory()).as("a real folder, not a link").isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staging, LinkOption.NOFOLLOW_LINKS)))
        .isEqualTo("rwx------");
    assertThat(Files.getAttribute(staging, "unix:uid", LinkOption.NOFOLLOW_LINKS))
        .isEqualTo(processUid(folder.getParent()));
    assertThat(Files.getAttribute(temporary, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).isEqualTo(1);
    Object key = Files.readAttributes(temporary, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    try (Stream<Path> entries = Files.list(folder)) {
      assertThat(entries.filter(entry -> !entry.equals(staging)).map(StagedWriteTest::fileKey))
          .as("no entry of the folder is the temporary file").doesNotContain(key);
    }
  }

  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException e) {
      return "gone";
    }
  }

  /** Returns every file under a folder, and every folder that is hidden (a staging folder). */
  private static List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(path -> !path.equals(folder))
          .filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
              || path.getFileName().toString().startsWith("."))
          .toList();
    }
  }

  /** Returns the user id of this process, as the file system records it on what it creates. */
  private static Object processUid(Path somewhere) throws IOException {
    Path probe = Files.createTempFile(somewhere, "uid", ".probe");
    try {
      return Files.getAttribute(probe, "unix:uid");
    } finally {
      Files.delete(probe);
    }
  }
}
