package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.jackson.CardMapper;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's case for real: user 65534 (nobody) may write a root-owned 0660 card only through an
 * ACL entry, and runs {@code articlecard set} on it in a process of its own. A process that is not
 * root cannot give the new file to root, so the write is refused with the file left as it was;
 * with {@code --allow-attribute-loss} it is written, the file now nobody's, its ACL and note kept.
 */
class WriteAsAnotherUserTest {
  private static final String SEED = TestFiles.resource("cards/seed.md");
  private static final String ISSUE_ACL = "u::rw-,u:65534:rw-,g::r--,m::rw-,o::---";

  @TempDir
  Path folder;

  /** This test's class path, copied where user 65534 can read it (~/.m2 is root's alone). */
  @TempDir
  static Path classes;

  private static List<String> classPath;

  private PosixAcls acls;
  private Path card;

  @BeforeEach
  void layOut() throws Exception {
    assumeTrue(SpecialFiles.runningAsRoot(folder), "only root can run a command as another user");
    assumeTrue(Stream.of("/usr/bin/setpriv", "/bin/setpriv").anyMatch(path -> Files.isExecutable(Path.of(path))),
        "setpriv (util-linux) is not installed, so no command can run as another user");
    acls = PosixAcls.in(folder);
    SpecialFiles.mode(folder, "rwxrwxrwx");   // nobody makes its temporary file here
    card = Files.writeString(folder.resolve("card.md"), SEED);
    SpecialFiles.mode(card, "rw-rw----");
    acls.set(card, ISSUE_ACL);
    Files.getFileAttributeView(card, UserDefinedFileAttributeView.class)
        .write("note", ByteBuffer.wrap("desk".getBytes(StandardCharsets.UTF_8)));
    if (classPath == null) {
      classPath = readableClassPath();
    }
  }

  @Test
  void nobodyWritingThroughTheAclIsRefusedAndTheFileLeftAsItWas() throws Exception {
    Run run = asNobody("set", card.toString(), "quality", "61");

    assertThat(run.status()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("articlecard: " + card + ": cannot write: the new file would"
        + " lose the owner root (the new file's would be nobody) and the group root (the new"
        + " file's would be nogroup)").contains("--allow-attribute-loss");
    assertThat(Files.readString(card)).isEqualTo(SEED);
    assertThat(Files.getAttribute(card, "unix:uid")).isEqualTo(0);
    assertThat(acls.get(card)).isEqualTo(ISSUE_ACL);
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-rw----");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(card);
    }
  }

  @Test
  void nobodyAllowedToLoseTheOwnerWritesAndKeepsTheAclAndTheNote() throws Exception {
    Run run = asNobody("set", "--allow-attribute-loss", card.toString(), "quality", "61");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(CardMapper.builder().build().read(card).card().quality()).isEqualTo(61);
    assertThat(Files.getAttribute(card, "unix:uid")).isEqualTo(65534);
    assertThat(acls.get(card)).isEqualTo(ISSUE_ACL);
    assertThat(SpecialFiles.mode(card)).isEqualTo("rw-rw----");
    ByteBuffer note = ByteBuffer.allocate(16);
    Files.getFileAttributeView(card, UserDefinedFileAttributeView.class).read("note", note);
    assertThat(new String(note.array(), 0, note.position(), StandardCharsets.UTF_8)).isEqualTo("desk");
    assertThat(asNobody("check", card.toString()).status()).isZero();
  }

  private record Run(int status, String output) {}

  /** Runs the command as user and group 65534, with nothing but the classes it needs. */
  private Run asNobody(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
        "--clear-groups", ProcessHandle.current().info().command().orElse("java"), "-cp",
        String.join(File.pathSeparator, classPath), "io.github.articlecard.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  private static List<String> readableClassPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (entry.isBlank() || !Files.exists(Path.of(entry))) {
          continue;
        }
        Path copy = classes.resolve(entries.size() + "-" + Path.of(entry).getFileName());
        copyTree(Path.of(entry), copy);
        entries.add(copy.toString());
      }
    }
    SpecialFiles.mode(classes, "rwxr-xr-x");
    return entries;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        target.toFile().setReadable(true, false);
        target.toFile().setExecutable(Files.isDirectory(target), false);
      }
    }
  }
}
