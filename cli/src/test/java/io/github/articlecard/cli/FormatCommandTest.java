package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code articlecard fmt}: the house style, never dropping comments without being told to. */
class FormatCommandTest extends CardFolderTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private Path seed;
  private Path crlf;
  private Path styled;

  @BeforeEach
  void writeCards() throws IOException {
    seed = seed("seed.md");
    crlf = crlfSeed("crlf.md");
    styled = write("style/single.md", "---\nquality: 1\ntitle: 'Single'\n---\nBody\n");
  }

  @Test
  void rewritesInTheHouseStyleKeepingTheBody() {
    ToolRun run = ToolRun.of("fmt", styled.toString(), seed.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("reformatted " + styled + "\n");
    assertThat(TestFiles.read(styled)).isEqualTo(
        MAPPER.write(MAPPER.read(TestFiles.read(styled)).card())).startsWith("---\ntitle: \"Single\"\n")
        .endsWith("---\nBody\n");
  }

  @Test
  void checkOnlyNamesWhatWouldChange() throws IOException {
    byte[] before = Files.readAllBytes(styled);

    ToolRun run = ToolRun.of("fmt", "--check", styled.toString(), seed.toString(), crlf.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("would reformat " + styled + "\n");
    assertThat(Files.readAllBytes(styled)).isEqualTo(before);
    assertThat(ToolRun.of("fmt", "--check", seed.toString(), crlf.toString()).status()).isZero();
  }

  @Test
  void diffShowsWhatWouldChangeAndWritesNothing() throws IOException {
    byte[] before = Files.readAllBytes(styled);

    ToolRun run = ToolRun.of("fmt", "--diff", styled.toString(), seed.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("--- a/" + styled.toString().substring(1) + "\n+++ b/"
        + styled.toString().substring(1) + "\n")
        .contains("-title: 'Single'\n").contains("+title: \"Single\"\n");
    assertThat(Files.readAllBytes(styled)).isEqualTo(before);
    ToolRun both = ToolRun.of("fmt", "--diff", "--check", styled.toString());
    assertThat(both.status()).isEqualTo(1);
    assertThat(both.out()).startsWith("--- ").endsWith("would reformat " + styled + "\n");
  }

  @Test
  void cardsWithCommentsAreNotRewrittenAndTheCommentLinesAreNamed() throws IOException {
    Path commented = write("comments.md", TestFiles.resource("cli/comments.md"));
    byte[] before = Files.readAllBytes(commented);

    ToolRun run = ToolRun.of("fmt", commented.toString(), styled.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("articlecard: " + commented + ":2:1: not reformatted: the house"
        + " style has no place for comments; formatting would drop the comments on lines 2, 3, 8;"
        + " --force drops them\n");
    assertThat(Files.readAllBytes(commented)).isEqualTo(before);
    assertThat(run.out()).isEqualTo("reformatted " + styled + "\n");
  }

  @Test
  void oneCommentAfterAValueIsNamedWithItsColumn() throws IOException {
    Path commented = write("one.md", "---\r\ntitle: 'x'  # keep me\r\nquality: 1\r\n---\r\n");

    ToolRun run = ToolRun.of("fmt", commented.toString());

    assertThat(run.problems()).containsExactly("articlecard: " + commented + ":2:13: not reformatted:"
        + " the house style has no place for comments; formatting would drop the comment on line 2;"
        + " --force drops them");
  }

  @Test
  void hashesInsideValuesAndTheBodyAreNotComments() throws IOException {
    Path hashes = write("hashes.md", TestFiles.resource("cli/hashes-but-no-comments.md"));

    ToolRun run = ToolRun.of("fmt", hashes.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(MAPPER.read(TestFiles.read(hashes)).card().featuredContent())
        .isEqualTo("# a block scalar line, which is text\n#another\n");
    assertThat(TestFiles.read(hashes)).endsWith("---\n# A Markdown heading in the body\n");
  }

  @Test
  void forceRewritesCardsWithCommentsAndDropsThem() throws IOException {
    Path commented = write("comments.md", TestFiles.resource("cli/comments.md"));

    ToolRun run = ToolRun.of("fmt", "--force", commented.toString());

    assertThat(run.status()).isZero();
    assertThat(TestFiles.read(commented)).doesNotContain("# a comment").contains("Hash # inside quotes");
  }

  @Test
  void checkAndDiffWarnAboutCommentsTheyWouldDrop() throws IOException {
    Path commented = write("comments.md", TestFiles.resource("cli/comments.md"));

    ToolRun check = ToolRun.of("fmt", "--check", commented.toString());
    ToolRun diff = ToolRun.of("fmt", "--diff", commented.toString());

    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).isEqualTo("would reformat " + commented + "\n");
    assertThat(check.problems()).containsExactly("articlecard: " + commented + ":2:1: warning: the"
        + " house style has no place for comments; formatting would drop the comments on lines 2,"
        + " 3, 8 (fmt refuses to drop them without --force)");
    assertThat(diff.status()).isZero();
    assertThat(diff.out()).contains("-# a comment on the first line");
  }

  @Test
  void keepsTheLineEndingAndTheBom() throws IOException {
    Path bom = write("bom.md", "\uFEFF---\r\nquality: 1\r\ntitle: 'BOM'\r\n---\r\nBody\r\n");

    assertThat(ToolRun.of("fmt", bom.toString()).status()).isZero();

    String text = TestFiles.read(bom);
    assertThat(text).startsWith("\uFEFF---\r\ntitle: \"BOM\"\r\n").endsWith("---\r\nBody\r\n")
        .doesNotContainPattern("[^\r]\n");
    assertThat(ToolRun.of("fmt", "--check", bom.toString()).status()).isZero();
  }

  @Test
  void foldersPassOverTargetAndHiddenFoldersAndExcludes() throws IOException {
    write("target/out.md", "---\ntitle: 'x'\n---\n");
    write(".git/x.md", "---\ntitle: 'x'\n---\n");
    write("drafts/x.md", "---\ntitle: 'x'\n---\n");

    ToolRun run = ToolRun.of("fmt", "--check", "--exclude", "drafts", folder.toString());

    assertThat(run.out()).isEqualTo("would reformat " + styled + "\n");
  }

  @Test
  void cardsThatDoNotReadAreReportedAndTheOthersFormatted() throws IOException {
    Path bad = write("bad.md", "---\nquality: high\n---\n");

    ToolRun run = ToolRun.of("fmt", bad.toString(), styled.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "articlecard: " + bad + ":2:10: quality: expected a whole number, found \"high\"");
    assertThat(run.out()).isEqualTo("reformatted " + styled + "\n");
  }

  @Test
  void standardInputIsFormattedToStandardOutput() {
    ToolRun run = ToolRun.withInput("---\nquality: 1\ntitle: 'In'\n---\nBody\n", "fmt", "-");
    ToolRun commented = ToolRun.withInput("---\ntitle: 'In' # c\n---\n", "fmt", "-");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("---\ntitle: \"In\"\n").endsWith("---\nBody\n");
    assertThat(commented.status()).isEqualTo(1);
    assertThat(commented.out()).isEmpty();
    assertThat(commented.problems()).singleElement().asString().startsWith("articlecard: <stdin>:2:13: not reformatted");
  }

}
