package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's writes as another user, for real: user 65534 (nobody) writes a card it may write
 * but not read (mode 0200) in a process of its own ({@link WriteSeedCard}), refused with the
 * reason unless the loss of its attributes is allowed. The command's own case (a root-owned card
 * written through an ACL entry) is tested in the command's module.
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

  @ParameterizedTest
  @ValueSource(strings = {"-w-------", "-w--w----", "-w--w--w-"})
  void aWriteOnlyFileIsRefusedNamingWhyUnlessTheLossIsAllowed(String mode) throws Exception {
    Path writeOnly = Files.writeString(folder.resolve("write-only.md"), "old text\n");
    Files.getFileAttributeView(writeOnly, UserDefinedFileAttributeView.class)
        .write("note", ByteBuffer.wrap("desk".getBytes(StandardCharsets.UTF_8)));
    Files.setAttribute(writeOnly, "unix:uid", 65534);
    Files.setAttribute(writeOnly, "unix:gid", 65534);
    SpecialFiles.mode(writeOnly, mode);

    Run refused = running(WriteSeedCard.class.getName(), "refuse", writeOnly.toString());

    assertThat(refused.status()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).startsWith("IO: " + writeOnly + ": cannot write: cannot keep its"
        + " extended attributes and POSIX ACL, if it has any, which this process may not read: it"
        + " may write the file but not read it (such as mode 0200); nothing was written")
        .contains("allowAttributeLoss(true)");
    assertThat(Files.readString(writeOnly)).isEqualTo("old text\n");
    assertThat(SpecialFiles.mode(writeOnly)).isEqualTo(mode);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(card, writeOnly);
    }

    Run allowed = running(WriteSeedCard.class.getName(), "allow", writeOnly.toString());

    assertThat(allowed.status()).as(allowed.output()).isZero();
    assertThat(allowed.output()).contains("allowed to lose attributes: the new file loses")
        .contains("its extended attributes and POSIX ACL");
    assertThat(Files.readString(writeOnly)).isEqualTo(SEED);
    // the group bits may have been an unreadable ACL's mask: the new file gets none
    String withoutGroup = mode.substring(0, 3) + "---" + mode.substring(6);
    assertThat(SpecialFiles.mode(writeOnly)).isEqualTo(withoutGroup);
    if (!withoutGroup.equals(mode)) {
      assertThat(allowed.output()).contains("the mode");
    }
    assertThat(Files.getAttribute(writeOnly, "unix:uid")).isEqualTo(65534);
    assertThat(Files.getAttribute(writeOnly, "unix:gid")).isEqualTo(65534);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(card, writeOnly);
    }
  }

  private record Run(int status, String output) {}

  /** Runs a main class as user and group 65534, with nothing but the classes it needs. */
  private Run running(String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
        "--clear-groups", ProcessHandle.current().info().command().orElse("java"), "-cp",
        String.join(File.pathSeparator, classPath), mainClass));
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
