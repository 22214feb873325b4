package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diffs of {@code set}, {@code unset}, {@code mv} ({@code --dry-run}) and {@code fmt --diff}
 * apply with {@code git apply} and {@code patch -p1} and give, byte for byte, the file the command
 * itself writes: CRLF cards keep their carriage returns, a last line without a line break is
 * marked, the headers have {@code a/} and {@code b/} prefixes.
 */
class DiffsThatApplyTest extends CardFolderTest {
  private static final String NO_FINAL_NEWLINE = "---\ntitle: T\nquality: 1\nheat: 2\n---\nno newline";
  private static final String STYLED = "---\ntitle: 'Single'\nquality: 5\n\ncategory: news\n---\nbody\n";

  static Stream<Arguments> edits() {
    List<Arguments> edits = new ArrayList<>();
    for (String newline : List.of("\n", "\r\n")) {
      String seed = SEED.replace("\n", newline);
      String crlf = newline.equals("\n") ? "LF" : "CRLF";
      edits.add(Arguments.of(crlf + " set", seed, List.of("set", "heat", "7", "topics[+]", "ML")));
      edits.add(Arguments.of(crlf + " unset", seed, List.of("unset", "related[1]", "quality")));
      edits.add(Arguments.of(crlf + " mv", seed, List.of("mv", "originalUrl", "sourceUrl", "--new")));
      edits.add(Arguments.of(crlf + " fmt", STYLED.replace("\n", newline), List.of("fmt")));
      edits.add(Arguments.of(crlf + " set at the end", NO_FINAL_NEWLINE.replace("\n", newline),
          List.of("set", "heat", "3")));
      edits.add(Arguments.of(crlf + " unset the last key", NO_FINAL_NEWLINE.replace("\n", newline),
          List.of("unset", "heat")));
    }
    return edits.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void gitApplyMakesTheFileTheCommandWrites(String name, String card, List<String> edit)
      throws IOException, InterruptedException {
    Path printed = write("printed/card.md", card);
    String diff = diffOf(edit, printed);

    assertThat(diff).startsWith("--- a/" + relative(printed) + "\n+++ b/" + relative(printed) + "\n");
    assertThat(run(diff, "git", "apply", "-p1", "-")).as(diff).isZero();
    assertThat(Files.readAllBytes(printed)).isEqualTo(written(edit, card));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void patchMakesTheFileTheCommandWrites(String name, String card, List<String> edit)
      throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/patch")), "no patch at /usr/bin/patch");
    Path printed = write("printed/card.md", card);
    String diff = diffOf(edit, printed);

    assertThat(run(diff, "patch", "-p1", "--quiet")).as(diff).isZero();
    assertThat(Files.readAllBytes(printed)).isEqualTo(written(edit, card));
  }

  /** The diff the command prints for the edit, the file left as it was. */
  private static String diffOf(List<String> edit, Path file) throws IOException {
    byte[] before = Files.readAllBytes(file);
    List<String> args = new ArrayList<>(List.of(edit.get(0),
        edit.get(0).equals("fmt") ? "--diff" : "--dry-run", file.toString()));
    args.addAll(edit.subList(1, edit.size()));
    ToolRun run = ToolRun.of(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    return run.out();
  }

  /** The bytes the command writes for the edit, on a copy of the card. */
  private byte[] written(List<String> edit, String card) throws IOException {
    Path copy = write("written/card.md", card);
    List<String> args = new ArrayList<>(List.of(edit.get(0), copy.toString()));
    args.addAll(edit.subList(1, edit.size()));
    ToolRun run = ToolRun.of(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return Files.readAllBytes(copy);
  }

  private static String relative(Path absolute) {
    return absolute.toString().substring(1);
  }

  /** Runs a program in the file system's root with the diff on its standard input. */
  static int run(String diff, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(Path.of("/").toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(diff.getBytes(StandardCharsets.UTF_8));
    }
    return process.waitFor();
  }
}
