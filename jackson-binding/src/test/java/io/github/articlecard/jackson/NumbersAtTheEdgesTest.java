package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers YAML's grammar takes but no number type holds (an exponent past {@code int}) are
 * refused with a {@code CardException} on reading and on writing, never thrown as Java's
 * {@code NumberFormatException}; negative zero keeps its sign in the card as in the front matter.
 */
class NumbersAtTheEdgesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  @Test
  void aNumberWithAnExponentOutOfRangeIsRefusedAtItsPlace() {
    for (String number : List.of("1.0e99999999999", "1.0e2147483648", "1.5e-2147483647",
        "0.0e-2147483648", "10.5e2147483647", "1.0e1000000002", "!!float 1e-2147483649",
        "!!float .5e99999999999", "!!float '1e3000000000'")) {
      for (String place : List.of("x: %s", "x: [%s]", "x: {a: %s}", "quality: %s", "l:\n  - %s")) {
        for (String eol : List.of("\n", "\r\n")) {
          String text = ("---\ntitle: T\n" + place.formatted(number) + "\n---\n").replace("\n", eol);
          Throwable thrown = catchThrowable(() -> MAPPER.read(text));
          assertThat(thrown).as(text).isInstanceOf(CardParseException.class)
              .hasMessageContaining("exponent out of range");
          assertThat(((CardParseException) thrown).line()).as(text).isIn(3, 4);
        }
      }
    }
    // within the range: read as every digit
    assertThat(MAPPER.read("---\nx: 1.0e1000000000\n---\n").frontMatter().get("x").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1.0e1000000000"));
  }

  @Test
  void aFolderWithSuchANumberIsOneFailedOutcome(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("bad.md"), "---\ntitle: T\nx: 1.0e99999999999\n---\n");
    Files.writeString(folder.resolve("good.md"), "---\ntitle: T\n---\n");
    try (var files = MAPPER.readAll(folder)) {
      assertThat(files.filter(CardFile::failed).count()).isEqualTo(1);
    }
  }

  @Test
  void writingADecimalWhoseExponentCannotBeReadBackIsRefused() throws Exception {
    CardDocument doc = MAPPER.read("---\ntitle: T\n---\n");
    for (BigDecimal number : List.of(BigDecimal.valueOf(1, Integer.MIN_VALUE),
        BigDecimal.valueOf(0, Integer.MIN_VALUE), BigDecimal.valueOf(15, Integer.MAX_VALUE),
        BigDecimal.valueOf(7, -1_000_000_001))) {
      ArticleCard card = ArticleCard.builder().title("t").extra("x", number).build();
      ObjectNode data = doc.frontMatter();
      data.put("x", number);
      for (Throwable thrown : List.of(catchThrowable(() -> MAPPER.write(card)),
          catchThrowable(() -> doc.withCard(card)), catchThrowable(() -> doc.withFrontMatter(data)),
          catchThrowable(() -> doc.with(Map.of("title", "t", "x", number))))) {
        assertThat(thrown).as(number.toString()).isInstanceOf(CardException.class)
            .hasMessageContaining("exponent out of range");
        assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.UNWRITABLE);
      }
    }
    BigDecimal edge = BigDecimal.valueOf(15, -1_000_000_000);
    String written = MAPPER.write(ArticleCard.builder().title("t").extra("x", edge).build());
    assertThat(MAPPER.read(written).frontMatter().get("x").decimalValue()).isEqualByComparingTo(edge);
  }

  @Test
  void negativeZeroKeepsItsSignInTheCardWhateverItsForm() {
    for (String zero : List.of("-0.0", "-0.0e0", "-0.0E+0", "-0.00", "!!float -0.0e0",
        "!!float -0.000", "!!float -0", "[-0.00]")) {
      for (String eol : List.of("\n", "\r\n")) {
        CardDocument doc = MAPPER.read(("---\ntitle: T\nx: " + zero + "\n---\n").replace("\n", eol));
        Object extra = doc.card().extras().asMap().get("x");
        Object value = extra instanceof List<?> list ? list.get(0) : extra;
        assertThat(value).as(zero).isInstanceOf(Double.class);
        assertThat(Double.doubleToRawLongBits((Double) value)).as(zero)
            .isEqualTo(Double.doubleToRawLongBits(-0.0));
        String rewritten = MAPPER.write(doc.card());
        Object again = MAPPER.read(rewritten).card().extras().asMap().get("x");
        assertThat(again).as(rewritten).isEqualTo(extra);
      }
    }
  }
}
