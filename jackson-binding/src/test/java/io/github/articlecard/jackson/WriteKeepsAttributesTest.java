package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardException.Kind;
import io.github.articlecard.jackson.internal.io.FileReplacer;
import io.github.articlecard.jackson.internal.io.FileReplacer.Stage;
import io.github.articlecard.jackson.internal.io.StageHook;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replacing a file keeps its extended attributes and POSIX ACL, never gives anyone more access than
 * the old file gave, and refuses (unless told to write anyway) where the new file would lose what
 * the old one had: through every way of writing a path (the command's, which writes through
 * {@code CardMapper.write}, in the cli module's {@code CommandKeepsAttributesTest}).
 */
class WriteKeepsAttributesTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  /** The issue's ACL: the owning group may read, user 65534 may read and write. */
  private static final String ISSUE_ACL = "u::rw-,u:65534:rw-,g::r--,m::rw-,o::---";
  private static final byte[] NEW = "new text\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path folder;

  private Path card;

  /** The seed with quality written with extra spaces, so that a rewrite has something to change. */
  private static final String UNFORMATTED = SEED.replace("quality: 59", "quality:   59");

  @BeforeEach
  void writeTheCard() throws IOException {
    card = Files.writeString(folder.resolve("card.md"), UNFORMATTED);
  }

  /** The ways a card file gets written. */
  enum Writer {
    DOCUMENT, CARD;

    /** Writes the card file one way; returns 0. */
    int write(Path file, boolean allowAttributeLoss) {
      CardMapper mapper = CardMapper.builder().allowAttributeLoss(allowAttributeLoss).build();
      return switch (this) {
        case DOCUMENT -> {
          CardDocument doc = mapper.read(file);
          mapper.write(doc.withCard(doc.card().toBuilder().quality(61).build()), file);
          yield 0;
        }
        case CARD -> {
          mapper.write(mapper.read(file).card().toBuilder().quality(61).build(), file);
          yield 0;
        }
      };
    }
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void theIssuesAclAndNoteAreKeptAndNobodyGainsAccess(Writer writer) throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    SpecialFiles.mode(card, "rw-rw----");
    acls.set(card, ISSUE_ACL);
    putUserAttribute(card, "note", "reviewed by the desk".getBytes(StandardCharsets.UTF_8));
    String before = Files.readString(card);

    assertThat(writer.write(card, false)).isZero();

    assertThat(Files.readString(card)).isNotEqualTo(before);
    assertThat(acls.get(card)).isEqualTo(ISSUE_ACL);
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-rw----");
    assertThat(userAttributes(card)).containsOnlyKeys("note")
        .containsEntry("note", "reviewed by the desk");
    assertThat(leftOver()).isEmpty();
  }

  static Stream<Arguments> attributeSets() {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    Map<String, byte[]> several = new LinkedHashMap<>();
    several.put("a", "1".getBytes(StandardCharsets.UTF_8));
    several.put("b.c.d", new byte[0]);
    several.put("ключ", "значение".getBytes(StandardCharsets.UTF_8));
    several.put("n".repeat(200), "long name".getBytes(StandardCharsets.UTF_8));
    List<Map<String, byte[]>> sets = List.of(
        Map.of("note", "hello".getBytes(StandardCharsets.UTF_8)),
        Map.of("empty", new byte[0]),
        Map.of("binary", binary),
        Map.of("checksum.sha256", "x".repeat(1000).getBytes(StandardCharsets.UTF_8)),
        Map.of("big", "y".repeat(3000).getBytes(StandardCharsets.UTF_8)),
        several);
    List<Arguments> arguments = new ArrayList<>();
    for (Writer writer : Writer.values()) {
      for (Map<String, byte[]> set : sets) {
        arguments.add(Arguments.of(writer, set));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("attributeSets")
  void extendedAttributesOfEveryNameAndSizeAreKept(Writer writer, Map<String, byte[]> attributes)
      throws Exception {
    assumeUserAttributes();
    for (Map.Entry<String, byte[]> attribute : attributes.entrySet()) {
      putUserAttribute(card, attribute.getKey(), attribute.getValue());
    }
    Map<String, String> before = userAttributes(card);

    assertThat(writer.write(card, false)).isZero();

    assertThat(userAttributes(card)).isEqualTo(before);
    assertThat(leftOver()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void anAclWithSeveralNamedUsersAndGroupsIsKept(Writer writer) throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    String acl = "u::rw-,u:1000:r--,u:65534:rw-,g::r--,g:100:r--,g:65534:rw-,m::rw-,o::---";
    acls.set(card, acl);

    assertThat(writer.write(card, false)).isZero();

    assertThat(acls.get(card)).isEqualTo(acl);
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-rw----");
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void aCardWrittenThroughAChainOfLinksKeepsItsTargetsAclAndAttributes(Writer writer)
      throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    Path store = Files.createDirectories(folder.resolve("store/2021"));
    Path target = Files.move(card, store.resolve("card.md"));
    acls.set(target, ISSUE_ACL);
    putUserAttribute(target, "note", "on the target".getBytes(StandardCharsets.UTF_8));
    Path first = Files.createSymbolicLink(folder.resolve("first.md"), Path.of("store/2021/card.md"));
    Path second = Files.createSymbolicLink(folder.resolve("second.md"), first);

    assertThat(writer.write(second, false)).isZero();

    assertThat(Files.isSymbolicLink(second)).isTrue();
    assertThat(Files.isSymbolicLink(first)).isTrue();
    assertThat(Files.readString(target)).isNotEqualTo(UNFORMATTED);
    assertThat(acls.get(target)).isEqualTo(ISSUE_ACL);
    assertThat(userAttributes(target)).containsEntry("note", "on the target");
  }

  @ParameterizedTest
  @ValueSource(strings = {"u::rw-,u:65534:r--,g::---,m::r--,o::---",
      "u::rw-,g::rw-,g:65534:r--,m::rw-,o::r--", "u::rwx,u:0:r--,g::r-x,m::r-x,o::---",
      "u::rw-,u:65534:rw-,g::rw-,m::---,o::---"})
  void everyMaskAndEntryOfAnAclIsKept(String acl) throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    acls.set(card, acl);
    String mode = SpecialFiles.mode(card);

    assertThat(Writer.DOCUMENT.write(card, false)).isZero();

    assertThat(CardMapper.builder().build().read(card).card().quality()).isEqualTo(61);
    assertThat(acls.get(card)).isEqualTo(acl);
    assertThat(SpecialFiles.mode(card)).isEqualTo(mode);
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void aFileWithItsOwnAclInAFolderWithADefaultAclKeepsItsOwnAcl(Writer writer) throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    Path shared = Files.createDirectories(folder.resolve("shared"));
    Path file = Files.move(card, shared.resolve("card.md"));
    acls.set(file, ISSUE_ACL);
    acls.setDefault(shared, "u::rwx,u:1000:rwx,g::r-x,g:100:rwx,m::rwx,o::r-x");

    assertThat(writer.write(file, false)).isZero();

    assertThat(acls.get(file)).isEqualTo(ISSUE_ACL);
    assertThat(SpecialFiles.mode(file)).isEqualTo("rw-rw----");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-rw----", "rw-------", "rwxr-x---"})
  void aFileWithoutAnAclStaysWithoutOneAndKeepsItsMode(String mode) throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    SpecialFiles.mode(card, mode);

    for (Writer writer : Writer.values()) {
      Files.writeString(card, UNFORMATTED);   // in place: the same file, its mode and ACL as they are

      assertThat(writer.write(card, false)).as(writer.name()).isZero();

      assertThat(Files.readString(card)).as(writer.name()).isNotEqualTo(UNFORMATTED);

      assertThat(acls.get(card)).as(writer.name()).isEqualTo("none");
      assertThat(SpecialFiles.mode(card)).as(writer.name()).isEqualTo(mode);
    }
  }

  @Test
  void anExtendedAttributeTheNewFileLostIsRefusedAndTheFileLeftAsItWas() throws Exception {
    assumeUserAttributes();
    putUserAttribute(card, "note", "keep me".getBytes(StandardCharsets.UTF_8));
    putUserAttribute(card, "other", "me too".getBytes(StandardCharsets.UTF_8));
    String before = Files.readString(card);

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, losing("note"), false))
        .isInstanceOf(CardException.class)
        .hasMessageStartingWith("cannot write: the new file would lose the extended attribute"
            + " user.note, which this process cannot carry over")
        .hasMessageContaining("allowAttributeLoss(true)").hasMessageContaining("--allow-attribute-loss")
        .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(Kind.IO));

    assertThat(Files.readString(card)).isEqualTo(before);
    assertThat(userAttributes(card)).containsOnlyKeys("note", "other");
    assertThat(leftOver()).isEmpty();
  }

  @Test
  void aChangedValueOfAnExtendedAttributeIsALossToo() throws Exception {
    assumeUserAttributes();
    putUserAttribute(card, "note", "original".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        putUserAttribute(temporary, "note", "altered".getBytes(StandardCharsets.UTF_8));
      }
    }, false)).isInstanceOf(CardException.class)
        .hasMessageContaining("the extended attribute user.note (its value)");
    assertThat(userAttributes(card)).containsEntry("note", "original");
  }

  @Test
  void allowingTheLossWritesAnyway() throws Exception {
    assumeUserAttributes();
    putUserAttribute(card, "note", "lost".getBytes(StandardCharsets.UTF_8));

    FileReplacer.replace(card, NEW, losing("note"), true);

    assertThat(Files.readAllBytes(card)).isEqualTo(NEW);
    assertThat(userAttributes(card)).isEmpty();
    assertThat(leftOver()).isEmpty();
  }

  @Test
  void anOwnerOrGroupTheNewFileCannotHaveIsRefusedUnlessAllowed() throws Exception {
    assumeTrue(SpecialFiles.runningAsRoot(folder), "only root can give the temporary file away to"
        + " play a process that cannot give it the old owner");
    UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName("65534");
    GroupPrincipal nogroup = folder.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByGroupName("65534");
    String before = Files.readString(card);

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class).setOwner(nobody);
      }
    }, false)).isInstanceOf(CardException.class).hasMessageContaining("would lose the owner root"
        + " (the new file's would be nobody)");
    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class).setGroup(nogroup);
      }
    }, false)).isInstanceOf(CardException.class).hasMessageContaining("would lose the group root"
        + " (the new file's would be nogroup)");
    assertThat(Files.readString(card)).isEqualTo(before);
    assertThat(leftOver()).isEmpty();

    FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class).setOwner(nobody);
      }
    }, true);
    assertThat(Files.getAttribute(card, "unix:uid")).isEqualTo(65534);
  }

  @Test
  void aModeTheNewFileCannotHaveIsRefused() throws Exception {
    SpecialFiles.mode(card, "rw-r-----");

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        SpecialFiles.mode(temporary, "rw-rw-rw-");
      }
    }, false)).isInstanceOf(CardException.class)
        .hasMessageContaining("would lose the mode 0640 (the new file's would be 0666)");
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-r-----");
  }

  @Test
  void aFileAnotherProgramReplacedMeanwhileIsNotOverwritten() throws Exception {
    String theirs = SEED.replace("quality: 59", "quality: 99");

    assertThatThrownBy(() -> FileReplacer.replace(card, NEW, (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        Path saved = Files.writeString(folder.resolve("editor-save.tmp"), theirs);
        Files.move(saved, card, StandardCopyOption.ATOMIC_MOVE);
      }
    }, false)).isInstanceOf(CardException.class)
        .hasMessageContaining("another program replaced the file while this write was being prepared");

    assertThat(Files.readString(card)).isEqualTo(theirs);
    assertThat(leftOver()).isEmpty();
  }

  @Test
  void aFileSystemWithoutExtendedAttributesIsWrittenWithNothingToKeep() throws Exception {
    Path zip = folder.resolve("cards.zip");
    try (FileSystem zipfs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
        Map.of("create", "true"))) {
      Path file = Files.writeString(zipfs.getPath("/card.md"), SEED);
      assertThat(Files.getFileAttributeView(file, UserDefinedFileAttributeView.class)).isNull();

      FileReplacer.replace(file, NEW, false);

      assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
    }
  }

  /** A hook that removes a user attribute from the temporary file, as a file system might. */
  private static StageHook<Stage> losing(String name) {
    return (stage, temporary) -> {
      if (stage == Stage.ATTRIBUTES) {
        Files.getFileAttributeView(temporary, UserDefinedFileAttributeView.class).delete(name);
      }
    };
  }

  private void assumeUserAttributes() throws IOException {
    assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(UserDefinedFileAttributeView.class),
        "this file system has no user extended attributes");
  }

  private static void putUserAttribute(Path file, String name, byte[] value) throws IOException {
    Files.getFileAttributeView(file, UserDefinedFileAttributeView.class).write(name, ByteBuffer.wrap(value));
  }

  /** Returns a file's user attributes, values as ISO-8859-1 text so that any bytes compare. */
  private static Map<String, String> userAttributes(Path file) throws IOException {
    UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
    Map<String, String> values = new TreeMap<>();
    for (String name : view.list()) {
      ByteBuffer value = ByteBuffer.allocate(view.size(name));
      view.read(name, value);
      values.put(name, new String(value.array(), 0, value.position(), StandardCharsets.ISO_8859_1));
    }
    return values;
  }

  /**
   * Returns what is in the folder besides the card and its folders: temporary files and hidden
   * (staging) folders left over.
   */
  private List<Path> leftOver() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(path -> Files.isRegularFile(path) ? !path.getFileName().toString().equals("card.md")
          : !path.equals(folder) && path.getFileName().toString().startsWith(".")).toList();
    }
  }
}
