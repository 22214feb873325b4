package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Variants an attacker tried after the first fixes (issue 10, classes 6, 7 and 8): values that hold
 * themselves or nest far too deep given to {@code with}, numbers whose only difference is their
 * scale or sign, floats, fractions bound to whole numbers, huge list indexes in paths, and keys
 * longer than YAML reads.
 */
class EdgeVariantsTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String PAGE = "---\ntitle: \"T\"\nprice: 1.5\nratio: 0.5\nzero: 0.0\n---\nbody\n";

  record Priced(String title, BigDecimal price) {}

  record Ratio(String title, float ratio) {}

  record Zero(String title, double zero) {}

  record Whole(String title, long price) {}

  @Test
  void aValueThatHoldsItselfOrNestsFarTooDeepIsALimitError() {
    CardDocument doc = MAPPER.read(PAGE);
    Map<String, Object> self = new HashMap<>();
    self.put("title", "T");
    self.put("me", self);
    List<Object> list = new ArrayList<>();
    list.add(list);
    Object deep = "leaf";
    for (int i = 0; i < 50_000; i++) {
      deep = Map.of("k", deep);
    }

    for (Object value : List.of(self, Map.of("title", "T", "list", list), Map.of("deep", deep))) {
      Throwable thrown = catchThrowable(() -> doc.with(value));
      assertThat(thrown).isInstanceOf(CardException.class);
      assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.LIMIT);
      assertThat(thrown.getMessage()).contains("maxNestingDepth");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.50", "1.500", "150E-2", "1.0E+999999999", "-1.0E-999999999"})
  void aDecimalOfAnotherScaleOrSizeIsWrittenAsGiven(String decimal) {
    CardDocument doc = MAPPER.read(PAGE);
    BigDecimal value = new BigDecimal(decimal);

    CardDocument edited = doc.with(new Priced("T", value));

    assertThat(edited.text()).isNotEqualTo(doc.text());
    assertThat(edited.as(Priced.class).price()).isEqualTo(value); // scale too
    assertThat(LineDiff.between(doc.text(), edited.text())).singleElement()
        .satisfies(hunk -> assertThat(hunk.removed()).containsExactly("price: 1.5\n"));
  }

  @Test
  void aQuotedDecimalKeepsItsOldDecimalsUnlessTheyWouldHideTheChange() {
    CardDocument doc = MAPPER.read("---\ntitle: \"T\"\nprice: \"19.90\"\n---\n");

    assertThat(doc.with(new Priced("T", new BigDecimal("20"))).text()).contains("price: \"20.00\"\n");
    assertThat(doc.with(new Priced("T", new BigDecimal("19.900"))).text())
        .contains("price: \"19.900\"\n");
    assertThat(doc.with(new Priced("T", new BigDecimal("19.9"))).text()).contains("price: \"19.9\"\n");
  }

  @Test
  void theSameDecimalIsNoChange() {
    CardDocument doc = MAPPER.read(PAGE);

    assertThat(doc.with(new Priced("T", new BigDecimal("15E-1"))).text()).isEqualTo(PAGE);
  }

  @Test
  void negativeZeroIsAChangeEverywhere() {
    CardDocument doc = MAPPER.read(PAGE);

    CardDocument viaType = doc.with(new Zero("T", -0.0));
    CardDocument viaCard = doc.withCard(doc.card().toBuilder()
        .extras(doc.card().extras().with("zero", -0.0)).build());
    CardDocument viaData = doc.withFrontMatter(doc.frontMatter().put("zero", -0.0));

    for (CardDocument edited : List.of(viaType, viaCard, viaData)) {
      assertThat(edited.text()).contains("zero: -0.0\n");
      assertThat(edited.card().extras().get("zero")).isEqualTo(-0.0);
    }
  }

  @Test
  void aFloatIsWrittenAsJavaWritesTheFloat() {
    CardDocument doc = MAPPER.read(PAGE);

    assertThat(doc.with(new Ratio("T", 0.2f)).text()).contains("ratio: 0.2\n");
    assertThat(doc.withFrontMatter(doc.frontMatter().put("ratio", 0.1f)).text())
        .contains("ratio: 0.1\n");
  }

  @Test
  void aFractionIsNotCutToAWholeNumberByTheDefaultMapper() {
    Throwable thrown = catchThrowable(() -> MAPPER.read(PAGE).as(Whole.class));

    assertThat(thrown).isInstanceOf(CardBindingException.class);
    assertThat(((CardBindingException) thrown).path()).isEqualTo("price");
    assertThat(((CardBindingException) thrown).line()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"topics[99999999999999]", "related[2147483648].title", "x[0000000000000000001]"})
  void anIndexBeyondAnyListIsNoPositionNotAnError(String path) {
    assertThat(MAPPER.read(PAGE).positionOf(path)).isEmpty();
  }

  @Test
  void aKeyLongerThanYamlReadsIsALimitErrorNamingTheSetting() {
    for (String key : List.of("k".repeat(1025), "\"" + "q".repeat(1100) + "\"", "- " + "d".repeat(2000))) {
      String text = "---\ntitle: \"T\"\n" + (key.startsWith("- ") ? "list:\n  " + key : key)
          + ": 1\n---\n";
      Throwable thrown = catchThrowable(() -> MAPPER.read(text));
      assertThat(thrown).as(key.substring(0, 5)).isInstanceOf(CardParseException.class);
      assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.LIMIT);
      assertThat(thrown.getMessage()).contains("maxKeyLength");
    }
    assertThatThrownBy(() -> CardMapper.builder().maxKeyLength(4096))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024");
    assertThat(MAPPER.read("---\n" + "k".repeat(1024) + ": 1\n---\n").frontMatter().size()).isOne();
  }

  @Test
  void signedZerosAndTinyOrHugeDecimalsKeepTheirValueThroughTheModelsJson() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new ArticleCardModule());
    ArticleCard card = MAPPER.read("---\ntitle: \"T\"\na: -0.0\nb: 1.0E-400\nc: 1.00\nd: 0.0\n"
        + "e: 9007199254740993.0\n---\n").card();
    Extras extras = card.extras();

    ArticleCard back = json.readValue(json.writeValueAsString(card), ArticleCard.class);

    assertThat(back.extras()).isEqualTo(extras);
    assertThat(back.extras().get("a")).isEqualTo(-0.0);
    assertThat(back.extras().get("b")).isEqualTo(new BigDecimal("1.0E-400"));
  }
}
