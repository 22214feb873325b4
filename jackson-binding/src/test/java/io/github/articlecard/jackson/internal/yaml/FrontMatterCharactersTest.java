package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code FrontMatterCharacters.check} goes over the front matter once and finds on the way the
 * first document marker line and the first character YAML does not allow raw, while a bare CR, a
 * hidden line break or a BOM stops it wherever it stands, also after a forbidden character.
 */
class FrontMatterCharactersTest {
  /** The texts use {@code |} for a line feed and {@code ~} for a carriage return. */
  private static char[] text(String written) {
    return written.replace('|', '\n').replace('~', '\r').toCharArray();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "---|a: 1|; 0", "... x|a: 1|; 0", "a: 1|---|b: 2|; 5", "a: 1~|--- # c~|b: 2~|; 6",
      "a: 1|...|; 5", "a: 1|...~|; 5", "a: 1|---\tx|; 5", "a: 1|...|---|; 5", "a: 1|---; 5",
      "a: \"|---|\"|; 5", "a: 1|----|; -1", "a: 1|---x|; -1", "a: 1|.. .|; -1", "a: 1| ---|; -1",
      "a: 1|-- -|; -1", "a: 1|- --|b|; -1", "a: ---|; -1", "a: 1|; -1", "; -1", "--; -1"})
  void findsTheFirstDocumentMarkerLine(String written, int marker) {
    assertThat(FrontMatterCharacters.check(text(written == null ? "" : written)).documentMarker())
        .isEqualTo(marker);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "a: \u0001|b: \u0002|; 3", "a: 1|b: \u007F\u0080|; 8", "a: \uFFFE\uFFFF; 3",
      "a: caf\u00E9 \u2027x; -1", "a: 1\t|; -1", "a: \u001Fx; 3", "a: \u0000x; 3", "a: \u009F; 3"})
  void findsTheFirstForbiddenCharacter(String written, int forbidden) {
    assertThat(FrontMatterCharacters.check(text(written)).forbidden()).isEqualTo(forbidden);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a: \u0001|b: 1~c: 2|", "a: \u0001|b: \u2028|", "a: \u0001|b: \u0085",
      "a: \u0001|b: \u2029|", "a: \u0001|\uFEFFb: 1|", "a: \u0001~", "---|a: \u0001|b: 1~"})
  void aBareCarriageReturnHiddenLineBreakOrByteOrderMarkStopsItAfterAForbiddenCharacter(
      String written) {
    char[] text = text(written);
    YamlProblem problem = catchThrowableOfType(YamlProblem.class,
        () -> FrontMatterCharacters.check(text));

    assertThat(problem).isNotNull();
    assertThat(problem.offset()).isGreaterThan(3);
    assertThat(text[problem.offset()]).isIn('\r', '\u2028', '\u2029', '\u0085', '\uFEFF');
  }
}
