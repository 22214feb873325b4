package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.Image;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.CardBindingException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Codec}: how each kind of value is read from front matter data (leniently where the text
 * is unambiguous, null as absent, a mismatch naming its path) and written back, and how a changed
 * list keeps the data of the items it kept.
 */
class CodecTest {
  private static final Codec<String> TEXT = Codec.text(Function.identity(), Function.identity());
  private static final Codec<List<String>> TEXTS = Codec.list(TEXT);

  /** The front matter data of one key, read from {@code key: value}. */
  private static JsonNode value(String yaml) {
    ObjectNode data = FrontMatterData.of("v: " + yaml + "\n");
    return data.get("v");
  }

  private static BindContext at(String key) {
    BindContext context = new BindContext(BindContext.NO_SOURCE);
    context.push(key);
    return context;
  }

  private static <T> T read(Codec<T> codec, String yaml) {
    return codec.read(value(yaml), at("v"));
  }

  private static <T> String problem(Codec<T> codec, String yaml) {
    try {
      codec.read(value(yaml), at("v"));
    } catch (CardBindingException e) {
      return e.problem();
    }
    throw new AssertionError("reads: " + yaml);
  }

  @Test
  void textReadsTextAndBareWholeNumbersAndBooleansAsTheirText() {
    assertThat(read(TEXT, "plain words")).isEqualTo("plain words");
    assertThat(read(TEXT, "\"\\u00E9 \\U0001F600\"")).isEqualTo("\u00E9 \uD83D\uDE00");
    assertThat(read(TEXT, "''")).isEmpty();
    assertThat(read(TEXT, "42")).isEqualTo("42");
    assertThat(read(TEXT, "123456789012345678901234567890"))
        .isEqualTo("123456789012345678901234567890");
    assertThat(read(TEXT, "false")).isEqualTo("false");
    assertThat(read(TEXT, "NO")).isEqualTo("NO");
    assertThat(read(TEXT, "~")).isNull();
  }

  @Test
  void textRefusesFractionsListsAndMappings() {
    assertThat(problem(TEXT, "1.50")).isEqualTo("v: expected text, found 1.50");
    assertThat(problem(TEXT, "[a]")).isEqualTo("v: expected text, found a list");
    assertThat(problem(TEXT, "{a: b}")).isEqualTo("v: expected text, found a mapping");
  }

  @Test
  void aWholeNumberIsReadFromANumberThatFitsOrFromItsTextTrimmed() {
    assertThat(read(Codec.INT, "42")).isEqualTo(42);
    assertThat(read(Codec.INT, "-2147483648")).isEqualTo(Integer.MIN_VALUE);
    assertThat(read(Codec.INT, "' 7 '")).isEqualTo(7);
    assertThat(read(Codec.INT, "null")).isNull();
    assertThat(problem(Codec.INT, "2147483648")).isEqualTo(
        "v: expected a whole number between -2147483648 and 2147483647, found 2147483648");
    assertThat(problem(Codec.INT, "99999999999999999999999")).startsWith(
        "v: expected a whole number between");
    assertThat(problem(Codec.INT, "high")).isEqualTo("v: expected a whole number, found \"high\"");
    assertThat(problem(Codec.INT, "'4x'")).isEqualTo("v: expected a whole number, found \"4x\"");
    assertThat(problem(Codec.INT, "1.0")).isEqualTo("v: expected a whole number, found 1.0");
    assertThat(problem(Codec.INT, "true")).isEqualTo("v: expected a whole number, found true");
  }

  @Test
  void aFlagIsTrueOrFalseBareOrQuotedAndNothingElse() {
    assertThat(read(Codec.BOOLEAN, "true")).isTrue();
    assertThat(read(Codec.BOOLEAN, "False")).isFalse();
    assertThat(read(Codec.BOOLEAN, "'false'")).isFalse();
    assertThat(read(Codec.BOOLEAN, "")).isNull();
    for (String other : List.of("yes", "'True'", "1", "on")) {
      assertThat(problem(Codec.BOOLEAN, other)).as(other).startsWith("v: expected true or false");
    }
  }

  @Test
  void anInstantIsReadInUtcOrWithAnOffsetAndWrittenInUtc() {
    Instant instant = Instant.parse("2021-03-14T13:26:00Z");
    assertThat(read(Codec.INSTANT, "2021-03-14T13:26:00Z")).isEqualTo(instant);
    assertThat(read(Codec.INSTANT, "2021-03-14T14:26:00+01:00")).isEqualTo(instant);
    assertThat(read(Codec.INSTANT, "\" 2021-03-14T13:26:00Z \"")).isEqualTo(instant);
    assertThat(read(Codec.INSTANT, "null")).isNull();
    assertThat(Codec.INSTANT.write(instant).textValue()).isEqualTo("2021-03-14T13:26:00Z");
    for (String other : List.of("2021-03-14", "2021-03-14 13:26:00", "1615728360", "[x]")) {
      assertThat(problem(Codec.INSTANT, other)).as(other)
          .startsWith("v: expected an ISO-8601 instant such as 2021-03-14T13:26:00Z, found");
    }
  }

  @Test
  void aListNamesTheIndexOfAnItemThatDoesNotFitAndRefusesNullItems() {
    assertThat(read(TEXTS, "[a, 2, true]")).containsExactly("a", "2", "true");
    assertThat(read(TEXTS, "[]")).isEmpty();
    assertThat(read(TEXTS, "null")).isNull();
    assertThat(problem(TEXTS, "[a, b, [c]]")).isEqualTo("v[2]: expected text, found a list");
    assertThat(problem(TEXTS, "[a, ~]")).isEqualTo("v[1]: expected a value, found nothing (null)");
    assertThat(problem(TEXTS, "a")).isEqualTo("v: expected a list, found \"a\"");
  }

  @Test
  void aRecordIsReadFromAMappingOnly() {
    Codec<Image> images = CardShapes.IMAGE_CODEC;

    assertThat(read(images, "{url: /a.png, width: 3}").url()).isEqualTo(Url.of("/a.png"));
    assertThat(read(images, "~")).isNull();
    assertThat(problem(images, "[x]")).isEqualTo("v: expected a mapping of keys to values, found a list");
    assertThat(problem(images, "{width: wide}"))
        .isEqualTo("v.width: expected a whole number, found \"wide\"");
  }

  @Test
  void aChangedListKeepsTheDataOfEveryItemItKeptWhereverItMoved() {
    JsonNode old = value("[\"a\", 'b', c]");
    List<String> before = List.of("a", "b", "c");

    JsonNode merged = TEXTS.merge(old, before, List.of("c", "new", "a"));

    assertThat(merged.get(0)).isSameAs(old.get(2));
    assertThat(merged.get(1).textValue()).isEqualTo("new");
    assertThat(merged.get(2)).isSameAs(old.get(0));
    assertThat(merged.size()).isEqualTo(3);
  }

  @Test
  void aChangedRecordInAListIsMergedIntoItsOldDataAndKeepsItsUnknownKeys() {
    Codec<List<Image>> list = Codec.list(CardShapes.IMAGE_CODEC);
    JsonNode old = value("[{url: /a.png, width: 1, note: kept}, {url: /b.png, width: 2}]");
    List<Image> before = list.read(old, at("v"));
    Image changed = before.get(0).toBuilder().width(10).build();

    JsonNode merged = list.merge(old, before, List.of(before.get(1), changed));

    assertThat(merged.get(0)).isSameAs(old.get(1));
    assertThat(merged.get(1).get("note").textValue()).isEqualTo("kept");
    assertThat(merged.get(1).get("width").intValue()).isEqualTo(10);
  }

  @Test
  void aListWhoseOldDataDoesNotMatchItsOldValuesIsWrittenAfresh() {
    JsonNode old = value("[a, b]");

    assertThat(TEXTS.merge(old, List.of("a"), List.of("a"))).isEqualTo(TEXTS.write(List.of("a")));
    assertThat(TEXTS.merge(value("x"), List.of("a", "b"), List.of("a")))
        .isEqualTo(TEXTS.write(List.of("a")));
  }
}
