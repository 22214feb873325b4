package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code articlecard set} and {@code unset} on cards with a keep-chomped block scalar
 * ({@code excerpt: |+}) and on cards whose front matter is one flow mapping: only the lines of the
 * values they set or remove change, every comment stays.
 */
class KeptLinesAndFlowFrontMatterCommandTest extends CardFolderTest {
  private static final String FOLDER = "cli/edits-in-place/";

  private Path card(String name, String eol) throws IOException {
    return write(name, TestFiles.resource(FOLDER + name).replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void setAndUnsetBesideAKeepChompedExcerptChangeOnlyTheirLines(String eol) throws IOException {
    Path file = card("keep-excerpt.md", eol);
    String before = TestFiles.read(file);

    ToolRun set = ToolRun.of("set", file.toString(), "quality", "6", "title", "U");

    assertThat(set.status()).as(set.err()).isZero();
    assertThat(set.out()).isEqualTo("updated " + file + "\n");
    assertThat(TestFiles.read(file)).isEqualTo(before
        .replace("quality: 5 # five", "quality: 6 # five").replace("title: \"T\"", "title: \"U\""));

    ToolRun unset = ToolRun.of("unset", file.toString(), "quality");

    assertThat(unset.status()).as(unset.err()).isZero();
    assertThat(TestFiles.read(file)).isEqualTo(before.replace("quality: 5 # five" + eol, "")
        .replace("title: \"T\"", "title: \"U\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aKeySetAfterAKeepChompedValueAtTheEndGoesAfterItsBlankLines(String eol) throws IOException {
    Path file = card("keep-at-the-end.md", eol);
    String before = TestFiles.read(file);

    // a key the format does not know goes last (a known one would go where the house order puts it)
    ToolRun set = ToolRun.of("set", "--new", file.toString(), "rank", "3");

    assertThat(set.status()).as(set.err()).isZero();
    assertThat(TestFiles.read(file)).isEqualTo(before.replace("last words" + eol + eol + eol,
        "last words" + eol + eol + eol + "rank: 3" + eol));

    ToolRun unset = ToolRun.of("unset", file.toString(), "rank");

    assertThat(unset.status()).as(unset.err()).isZero();
    assertThat(TestFiles.read(file)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void unsetOfTheKeepChompedValueTakesItsBlankLinesAndNothingElse(String eol) throws IOException {
    Path file = card("keep-excerpt.md", eol);
    String before = TestFiles.read(file);

    ToolRun run = ToolRun.of("unset", file.toString(), "excerpt");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(TestFiles.read(file))
        .isEqualTo(before.replace("excerpt: |+" + eol + "  First line." + eol + eol, ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void setAndUnsetInAFlowFrontMatterKeepItsLayoutAndComments(String eol) throws IOException {
    Path file = card("flow-root.md", eol);
    String before = TestFiles.read(file);

    ToolRun set = ToolRun.of("set", file.toString(), "quality", "6", "tags[1]", "c");

    assertThat(set.status()).as(set.err()).isZero();
    assertThat(TestFiles.read(file))
        .isEqualTo(before.replace("quality: 5", "quality: 6").replace("[a, b]", "[a, c]"));

    ToolRun unset = ToolRun.of("unset", file.toString(), "quality");

    assertThat(unset.status()).as(unset.err()).isZero();
    assertThat(TestFiles.read(file))
        .isEqualTo(before.replace(" quality: 5," + eol, "").replace("[a, b]", "[a, c]"));
  }
}
