package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command's writes ({@code set}, {@code unset}, {@code fmt}) replace a card file as the
 * library does: its POSIX ACL, extended attributes and permission bits are kept, nobody gains
 * access, and {@code --allow-attribute-loss} is there for where they cannot be.
 */
class CommandKeepsAttributesTest {
  /** The issue's ACL: the owning group may read, user 65534 may read and write. */
  private static final String ISSUE_ACL = "u::rw-,u:65534:rw-,g::r--,m::rw-,o::---";
  /** The seed with quality written with extra spaces, so that fmt has something to rewrite. */
  private static final String UNFORMATTED = TestFiles.resource("cards/seed.md")
      .replace("quality: 59", "quality:   59");

  @TempDir
  Path folder;

  private Path card;

  @BeforeEach
  void writeTheCard() throws IOException {
    card = Files.writeString(folder.resolve("card.md"), UNFORMATTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"set", "unset", "fmt"})
  void theIssuesAclAndNoteAreKeptAndNobodyGainsAccess(String command) throws Exception {
    PosixAcls acls = PosixAcls.in(folder);
    SpecialFiles.mode(card, "rw-rw----");
    acls.set(card, ISSUE_ACL);
    putNote(card, "reviewed by the desk");

    ToolRun run = edit(command);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(card)).isNotEqualTo(UNFORMATTED);
    assertThat(acls.get(card)).isEqualTo(ISSUE_ACL);
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-rw----");
    assertThat(note(card)).isEqualTo("reviewed by the desk");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(card);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "rw-r--r--", "rwxr-x---"})
  void aFileWithoutAnAclKeepsItsMode(String mode) throws Exception {
    for (String command : new String[] {"set", "unset", "fmt"}) {
      writeTheCard();
      SpecialFiles.mode(card, mode);

      ToolRun run = edit(command);

      assertThat(run.status()).as(command + ": " + run.err()).isZero();
      assertThat(SpecialFiles.mode(card)).as(command).isEqualTo(mode);
    }
  }

  @Test
  void theCommandSaysHowToWriteAnywayAndTakesTheOption() {
    for (String command : new String[] {"set", "unset", "fmt"}) {
      assertThat(ToolRun.of("help", command).out()).as(command).contains("--allow-attribute-loss");
    }

    ToolRun run = ToolRun.of("set", "--allow-attribute-loss", card.toString(), "quality", "62");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(CardMapper.builder().build().read(card).card().quality()).isEqualTo(62);
  }

  private ToolRun edit(String command) {
    return switch (command) {
      case "set" -> ToolRun.of("set", "--quiet", card.toString(), "quality", "61");
      case "unset" -> ToolRun.of("unset", "--quiet", card.toString(), "heat");
      default -> ToolRun.of("fmt", "--quiet", card.toString());
    };
  }

  private static void putNote(Path file, String text) throws IOException {
    try {
      Files.getFileAttributeView(file, UserDefinedFileAttributeView.class)
          .write("note", ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    } catch (FileSystemException | UnsupportedOperationException e) {
      assumeTrue(false, "no user extended attributes on this file system: " + e.getMessage());
    }
  }

  private static String note(Path file) throws IOException {
    UserDefinedFileAttributeView view = Files.getFileAttributeView(file,
        UserDefinedFileAttributeView.class);
    ByteBuffer value = ByteBuffer.allocate(view.size("note"));
    view.read("note", value);
    return new String(value.array(), 0, value.position(), StandardCharsets.UTF_8);
  }
}
