package io.github.articlecard.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * POSIX ACLs for the file tests, set and read through their extended attributes by
 * {@code posix_acl.py} (Python 3; Java cannot reach {@code system.posix_acl_access}). ACLs are
 * written as {@code u::rw-,u:65534:rw-,g::r--,m::rw-,o::---}; a file without one reads as
 * {@code none}.
 */
final class PosixAcls {
  private final Path script;

  private PosixAcls(Path script) {
    this.script = script;
  }

  /**
   * Returns the helper, or skips the test (with the reason) where Python 3 or ACLs are missing.
   *
   * @param folder a folder on the file system under test, for a probe (removed again)
   */
  static PosixAcls in(Path folder) throws IOException, InterruptedException {
    Path script = Files.createTempFile("posix_acl", ".py");
    script.toFile().deleteOnExit();
    try (InputStream in = PosixAcls.class.getResourceAsStream("posix_acl.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    PosixAcls acls = new PosixAcls(script);
    Path probe = Files.writeString(folder.resolve("acl.probe"), "probe");
    try {
      Result set = acls.run("set", probe.toString(), "u::rw-,u:65534:r--,g::r--,m::r--,o::---");
      assumeTrue(set.status() == 0, "cannot set a POSIX ACL here (no python3, or a file system"
          + " without ACLs): " + set.output());
    } finally {
      Files.delete(probe);
    }
    return acls;
  }

  /** Sets a file's access ACL. */
  void set(Path file, String acl) throws IOException, InterruptedException {
    check(run("set", file.toString(), acl));
  }

  /** Sets a folder's default ACL, which files created in it inherit. */
  void setDefault(Path folder, String acl) throws IOException, InterruptedException {
    check(run("set-default", folder.toString(), acl));
  }

  /** Returns a file's access ACL, or {@code none}. */
  String get(Path file) throws IOException, InterruptedException {
    Result result = run("get", file.toString());
    check(result);
    return result.output().strip();
  }

  private record Result(int status, String output) {}

  private Result run(String... arguments) throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 2];
    command[0] = "python3";
    command[1] = script.toString();
    System.arraycopy(arguments, 0, command, 2, arguments.length);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(-1, "python3 cannot run: " + e.getMessage());
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  private static void check(Result result) {
    if (result.status() != 0) {
      throw new IllegalStateException("posix_acl.py failed: " + result.output());
    }
  }
}
