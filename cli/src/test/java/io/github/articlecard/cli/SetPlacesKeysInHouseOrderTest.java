package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code articlecard set} puts a new known key where the house order puts it, as
 * {@code withCard} does, at the top level, in the provider and in a related article, and a
 * mapping or list it makes on the way too; a key the format does not know ({@code --new}) goes
 * last; LF and CRLF.
 */
class SetPlacesKeysInHouseOrderTest extends CardFolderTest {
  private static final String CARD = String.join("\n", "---", "title: \"T\"",
      "webUrl: \"https://a.org/x\"", "quality: 5", "secured: \"S\"", "", "provider:",
      "  name: Mint", "", "related:", "  - title: \"R\"", "    quality: 3", "---", "body", "");

  private Path card(String eol) throws IOException {
    return write("card.md", CARD.replace("\n", eol));
  }

  private static String set(Path file, String... keysAndValues) {
    String[] args = new String[keysAndValues.length + 2];
    args[0] = "set";
    args[1] = file.toString();
    System.arraycopy(keysAndValues, 0, args, 2, keysAndValues.length);
    ToolRun run = ToolRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return TestFiles.read(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aNewKnownTopLevelKeyGoesAfterTheKeyTheHouseOrderPutsBeforeIt(String eol)
      throws IOException {
    Path file = card(eol);

    String written = set(file, "ampWebUrl", "https://a.org/amp");

    assertThat(written).isEqualTo(CARD.replace("webUrl: \"https://a.org/x\"\n",
        "webUrl: \"https://a.org/x\"\nampWebUrl: \"https://a.org/amp\"\n").replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void nestedKnownKeysGoInTheirRecordsOrder(String eol) throws IOException {
    Path file = card(eol);

    String written = set(file, "related[0].excerpt", "E", "provider.domain", "mint.com");

    assertThat(written).isEqualTo(CARD.replace("  - title: \"R\"\n", "  - title: \"R\"\n"
        + "    excerpt: \"E\"\n").replace("  name: Mint\n", "  name: Mint\n  domain: mint.com\n")
        .replace("\n", eol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aListMadeOnTheWayGoesWhereTheHouseOrderPutsIt(String eol) throws IOException {
    Path file = write("card.md", String.join("\n", "---", "title: \"T\"", "quality: 5",
        "secured: \"S\"", "---", "").replace("\n", eol));

    String written = set(file, "topics[0]", "AI");

    assertThat(written.indexOf("topics:")).isLessThan(written.indexOf("secured:"))
        .isGreaterThan(written.indexOf("quality:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anUnknownKeyGoesLast(String eol) throws IOException {
    Path file = card(eol);

    String written = set(file, "--new", "sourceUrl", "https://a.org/s");

    assertThat(written).endsWith(("    quality: 3\n\nsourceUrl: \"https://a.org/s\"\n---\nbody\n")
        .replace("\n", eol));
  }
}
