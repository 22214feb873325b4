package io.github.articlecard.jackson.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CardReader}: a card text is split into its parts and its front matter parsed once; what
 * is wrong is a {@link CardParseException} positioned in the whole text (past the BOM and the
 * opening line, CRLF or LF, columns in code points), whether in the front matter or the body.
 */
class CardReaderTest {
  private static final CardReader READER = new CardReader(ReadLimits.DEFAULTS);

  private static CardParseException failure(CardReader reader, String text) {
    try {
      reader.read(text);
    } catch (CardParseException e) {
      return e;
    }
    throw new AssertionError("read: " + text);
  }

  private static CardParseException failure(String text) {
    return failure(READER, text);
  }

  private static ReadLimits withInputSize(int size) {
    ReadLimits d = ReadLimits.DEFAULTS;
    return new ReadLimits(size, d.maxFrontMatterSize(), d.maxNestingDepth(), d.maxAliases(),
        d.maxAliasExpansion(), d.maxAliasExpansionSize(), d.maxScalarLength(), d.maxNumberLength(),
        d.maxKeyLength());
  }

  @Test
  void aCardIsSplitIntoItsPartsAndItsFrontMatterParsed() {
    String text = "\uFEFF---\r\ntitle: \"T\"\r\nlist: [a]\r\n---\r\n# Body\r\n---\r\nmore\r\n";

    ParsedCard card = READER.read(text);

    assertThat(card.layout().text()).isSameAs(text);
    assertThat(card.layout().frontMatter()).isEqualTo("title: \"T\"\r\nlist: [a]\r\n");
    assertThat(card.layout().body()).isEqualTo("# Body\r\n---\r\nmore\r\n");
    assertThat(card.layout().lineEnding()).isEqualTo("\r\n");
    assertThat(card.source().text()).isEqualTo(card.layout().frontMatter());
    assertThat(card.source().data().get("title").textValue()).isEqualTo("T");
    assertThat(card.source().data().get("list").get(0).textValue()).isEqualTo("a");
  }

  @Test
  void anEmptyFrontMatterHasNoRootAndNoData() {
    ParsedCard card = READER.read("---\n---\nbody");

    assertThat(card.source().root()).isNull();
    assertThat(card.source().data().isEmpty()).isTrue();
    assertThat(card.layout().body()).isEqualTo("body");
  }

  @Test
  void aFaultInTheFrontMatterStandsAtItsLineInTheWholeText() {
    for (String eol : new String[] {"\n", "\r\n"}) {
      for (String bom : new String[] {"", "\uFEFF"}) {
        String text = bom + "---" + eol + "# c" + eol + "title: A" + eol + "title: B" + eol
            + "---" + eol;

        CardParseException e = failure(text);

        assertThat(e.kind()).isEqualTo(CardException.Kind.DUPLICATE_KEY);
        assertThat(e.line()).as("%s %s", eol.length(), bom.length()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.excerpt()).hasValueSatisfying(x -> assertThat(x).contains("title: B"));
      }
    }
  }

  @Test
  void theColumnOfAFaultCountsCodePoints() {
    CardParseException e = failure("---\nm: {\uD83D\uDE00: 1, \uD83D\uDE00: 2}\n---\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("m: {X: 1, ".length() + 1);
  }

  @Test
  void anUnpairedSurrogateIsRefusedWhereverItStandsTheBodyIncluded() {
    CardParseException inBody = failure("---\ntitle: T\n---\nbody \uD83D and more\n");
    CardParseException inFrontMatter = failure("---\ntitle: \"\uD83D\uDE00\uDE00\"\n---\n");

    assertThat(inBody.kind()).isEqualTo(CardException.Kind.CHARACTER);
    assertThat(inBody.line()).isEqualTo(4);
    assertThat(inBody.column()).isEqualTo(6);
    assertThat(inBody.problem()).contains("unpaired surrogate");
    assertThat(inFrontMatter.kind()).isEqualTo(CardException.Kind.CHARACTER);
    assertThat(inFrontMatter.line()).isEqualTo(2);
    assertThat(inFrontMatter.column()).isEqualTo(10);
  }

  /**
   * Texts with an unpaired surrogate ({@code \uD800} stands where {@code @} is written) and,
   * before or after it, something else wrong: the surrogate is reported, at its place.
   */
  static Stream<Arguments> anUnpairedSurrogateAndAnotherProblem() {
    return Stream.of(
        Arguments.of("---\ntitle: T\n---\nbody @ and more\n", 4, 6),          // body only
        Arguments.of("---\ntitle: [T\n---\nbody @\n", 4, 6),                  // YAML error before
        Arguments.of("---\ntitle: T\ntitle: U\n---\n@\n", 5, 1),              // duplicate key before
        Arguments.of("---\ntitle: T\rx\n---\n@\n", 4, 1),                     // bare CR before
        Arguments.of("---\ntitle: T\n\u2028x: 1\nplain: a@b\n---\n", 4, 9),  // hidden break before
        Arguments.of("---\ntitle: T\nb: 1\n--- x\n---\n@", 6, 1),             // document marker
        Arguments.of("---\ntitle: T\nbody without a closing line @\n", 3, 29), // missing delimiter
        Arguments.of("--- @\ntitle: T\n---\n", 1, 5),                          // opening line
        Arguments.of("---\n# comment @\ntitle: T\n---\n", 2, 11),             // in a comment
        Arguments.of("---\nk@y: 1\n---\n", 2, 2),                              // in a key
        Arguments.of("---\nt: {a: [x@]}\n---\n", 2, 10),                       // in a flow list
        Arguments.of("---\nt: |\n  line\n  @\n---\n", 4, 3),                  // in a block scalar
        Arguments.of("---\r\nt: 'a'\r\nu: '@'\r\n---\r\n", 3, 5),           // CRLF, quoted
        Arguments.of("---\nt: \"@\"\nu: [\n---\n", 2, 5),                     // YAML error after
        Arguments.of("---\nt: 1\n---@\n", 3, 4),                               // closing line
        Arguments.of("\uFEFF---\nt: x\n---\n\uDE00\uD83D\uDE00\n", 4, 1));   // a low one alone

  }

  @ParameterizedTest
  @MethodSource("anUnpairedSurrogateAndAnotherProblem")
  void anUnpairedSurrogateIsReportedBeforeAnyOtherProblem(String text, int line, int column) {
    CardParseException e = failure(text.replace("@", "\uD800"));

    assertThat(e.kind()).as(text).isEqualTo(CardException.Kind.CHARACTER);
    assertThat(e.problem()).as(text).startsWith("unpaired surrogate U+D");
    assertThat(e.line()).as(text).isEqualTo(line);
    assertThat(e.column()).as(text).isEqualTo(column);
  }

  @Test
  void aPairedSurrogateIsOneCharacterWhereverItStands() {
    String pair = "\uD83D\uDE00";
    String text = "---\n# " + pair + "\nk" + pair + ": " + pair + "\nq: \"" + pair + "\"\n"
        + "f: [" + pair + "]\nb: |\n  " + pair + "\n---\n" + pair + "\n";

    SourceMap source = READER.read(text).source();

    assertThat(source.data().get("k" + pair).textValue()).isEqualTo(pair);
    assertThat(source.data().get("q").textValue()).isEqualTo(pair);
    assertThat(source.data().get("b").textValue()).isEqualTo(pair + "\n");
    assertThat(READER.read(text.replace("\n", "\r\n")).source().data())
        .isEqualTo(source.data());
  }

  @Test
  void aTextLongerThanTheInputLimitIsRefusedBeforeAnythingElse() {
    CardReader small = new CardReader(withInputSize(20));
    String fits = "---\ntitle: T\n---\nab\n";
    String longer = fits + "x";

    assertThat(small.limits().maxInputSize()).isEqualTo(20);
    assertThat(small.read(fits).layout().body()).isEqualTo("ab\n");
    CardParseException e = failure(small, longer + "\uD83D");
    assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void aMissingClosingLineIsAParseErrorNotAHalfCard() {
    assertThatThrownBy(() -> READER.read("---\ntitle: T\n")).isInstanceOf(CardParseException.class)
        .extracting(e -> ((CardException) e).kind()).isEqualTo(CardException.Kind.MISSING_DELIMITER);
  }

  @Test
  void frontMatterReadAloneIsPositionedFromItsBaseInTheWholeText() {
    String text = "---\n---\nintro\n---\nk: v\nk: w\n---\n";
    int base = text.indexOf("k: v");
    String frontMatter = "k: v\nk: w\n";

    assertThatThrownBy(() -> CardReader.readFrontMatter(frontMatter, ReadLimits.DEFAULTS,
        SourceText.of(text), base))
        .isInstanceOfSatisfying(CardParseException.class, e -> {
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(1);
        });
    SourceMap source = CardReader.readFrontMatter("k: v\n", ReadLimits.DEFAULTS,
        SourceText.of(text), base);
    assertThat(source.data().get("k").textValue()).isEqualTo("v");
  }
}
