package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code set}, {@code unset} and {@code mv} warn about the validation problems an edit makes by
 * the rules of the card's nearest {@code .articlecard.properties}, as {@code check} finds it, each
 * warning ending with its rule's id as {@code check} prints it; the edit is written.
 */
class EditsWarnByTheFoldersRulesTest extends CardFolderTest {
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void setWarnsByTheRangeOfTheNearestRulesFile(String eol) throws IOException {
    write("site/.articlecard.properties", "range.heat = 0..100" + eol);
    Path card = write("site/2021/card.md", SEED.replace("\n", eol));

    ToolRun run = ToolRun.of("set", card.toString(), "heat", "500");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.problems()).singleElement().asString()
        .startsWith("articlecard: " + card + ":12:7: warning: heat: ").endsWith(" [heat]");
    assertThat(TestFiles.read(card)).contains("heat: 500" + eol);
  }

  @Test
  void theRulesOfEachCardsFolderApplyInARunOverMany() throws IOException {
    write("site/strict/.articlecard.properties", "range.heat = 0..100\n");
    Path strict = seed("site/strict/card.md");
    Path loose = crlfSeed("site/loose/card.md");

    ToolRun run = ToolRun.of("set", folder.resolve("site").toString(), "heat", "500");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.problems()).hasSize(2);
    assertThat(run.problems().get(0)).startsWith("articlecard: " + strict + ":12:7: warning: heat:");
    assertThat(run.err()).doesNotContain(loose.toString());
  }

  @Test
  void aRuleTurnedOffWarnsNothing() throws IOException {
    write("site/.articlecard.properties", "rule.quality = off\n");
    Path card = seed("site/card.md");

    ToolRun run = ToolRun.of("set", card.toString(), "quality", "-5");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void unsetAndMvWarnByTheRulesToo() throws IOException {
    write("site/.articlecard.properties", "rule.title = warning\n");
    Path unset = seed("site/unset.md");
    Path moved = crlfSeed("site/moved.md");

    ToolRun unsetRun = ToolRun.of("unset", unset.toString(), "title");
    ToolRun mvRun = ToolRun.of("mv", moved.toString(), "title", "headline", "--new");

    assertThat(unsetRun.problems()).singleElement().asString()
        .contains(": warning: title: ").endsWith(" [title]");
    assertThat(mvRun.problems()).singleElement().asString()
        .contains(": warning: title: ").endsWith(" [title]");
  }

  @Test
  void aBrokenRulesFileStopsTheEditAtItsLine() throws IOException {
    write("site/.articlecard.properties", "rule.haet = warning\n");
    Path card = seed("site/card.md");

    ToolRun run = ToolRun.of("set", card.toString(), "heat", "500");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.problems()).singleElement().asString().contains(".articlecard.properties:1:1:")
        .contains("unknown rule 'haet'");
    assertThat(TestFiles.read(card)).isEqualTo(SEED);
  }
}
