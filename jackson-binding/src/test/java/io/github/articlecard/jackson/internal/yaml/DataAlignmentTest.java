package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.github.articlecard.jackson.internal.text.ListAlignment;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataAlignmentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int resemblance(String before, String after) {
    return DataAlignment.resemblance(json(before), json(after), false);
  }

  @Test
  void aMappingThatKeepsItsNameResemblesItsOldSelfMoreThanAnyOther() {
    int same = resemblance("{\"name\": \"Blog\", \"weight\": 2}", "{\"name\": \"Blog\", \"weight\": 5}");
    int other = resemblance("{\"name\": \"Home\", \"weight\": 5}", "{\"name\": \"Blog\", \"weight\": 5}");

    assertThat(same).isGreaterThan(ListAlignment.Resemblance.WEAK);
    assertThat(other).isEqualTo(ListAlignment.Resemblance.NOTHING);
  }

  @Test
  void anItemThatSharesLessTextThanItChangesIsAnotherItem() {
    assertThat(resemblance("{\"title\": \"Old\", \"type\": \"article\", \"webUrl\": \"a\"}",
        "{\"title\": \"New\", \"type\": \"article\", \"webUrl\": \"b\"}"))
        .isEqualTo(ListAlignment.Resemblance.NOTHING);
    assertThat(resemblance("{\"title\": \"Old\", \"type\": \"article\", \"webUrl\": \"a\"}",
        "{\"title\": \"New\", \"type\": \"article\", \"webUrl\": \"a\"}"))
        .isGreaterThan(ListAlignment.Resemblance.WEAK);
  }

  @Test
  void wholeMappingsWithTheSameKeysResembleWeaklyViewsDoNot() {
    JsonNode before = json("{\"url\": \"a\", \"width\": 600}");
    JsonNode after = json("{\"url\": \"b\", \"width\": 600}");

    assertThat(DataAlignment.resemblance(before, after, true))
        .isEqualTo(ListAlignment.Resemblance.WEAK);
    assertThat(DataAlignment.resemblance(before, after, false))
        .isEqualTo(ListAlignment.Resemblance.NOTHING);
    assertThat(DataAlignment.resemblance(before, json("{\"url\": \"b\"}"), true))
        .isEqualTo(ListAlignment.Resemblance.NOTHING);
  }

  @Test
  void moreSharedValuesResembleMore() {
    assertThat(resemblance("{\"url\": \"a\", \"title\": \"t\", \"width\": 1}",
        "{\"url\": \"a\", \"title\": \"t\", \"width\": 2}"))
        .isGreaterThan(resemblance("{\"url\": \"a\", \"title\": \"t\", \"width\": 1}",
            "{\"url\": \"a\", \"title\": \"u\", \"width\": 1}"));
  }

  @Test
  void mappingsOfNumbersOnlyResembleWeaklyAndNullsDoNotCount() {
    assertThat(resemblance("{\"x\": 1, \"y\": 2}", "{\"x\": 1, \"y\": 3}"))
        .isEqualTo(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("{\"name\": null, \"x\": 1}", "{\"name\": null, \"x\": 2}"))
        .isEqualTo(ListAlignment.Resemblance.NOTHING);
  }

  @Test
  void aMappingThatOnlyLostOrOnlyGainedKeysIsItsOldSelf() {
    assertThat(resemblance("{\"title\": \"T\", \"url\": \"u\", \"note\": \"n\"}",
        "{\"title\": \"T\"}")).isGreaterThan(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("{\"title\": \"T\"}",
        "{\"title\": \"T\", \"url\": \"u\", \"note\": \"n\"}"))
        .isGreaterThan(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("{\"a\": 1, \"b\": {\"x\": 2}}", "{\"a\": 1}"))
        .isEqualTo(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("{\"k\": \"v\"}", "{}")).isEqualTo(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("{}", "{\"k\": \"v\"}")).isEqualTo(ListAlignment.Resemblance.WEAK);
  }

  @Test
  void aMappingThatLostSomeKeysAndGainedOthersIsAnotherItem() {
    assertThat(resemblance("{\"title\": \"T\", \"url\": \"u\", \"note\": \"n\"}",
        "{\"title\": \"T\", \"x\": \"1\", \"y\": \"2\"}"))
        .isEqualTo(ListAlignment.Resemblance.NOTHING);
    assertThat(resemblance("{\"k\": \"v\"}", "{\"j\": \"v\"}"))
        .isEqualTo(ListAlignment.Resemblance.NOTHING);
  }

  @Test
  void anItemEmptiedInItsSlotStaysThere() {
    ListAlignment alignment = DataAlignment.of(json("[{\"k\": \"v\"}, \"other\", {\"k\": \"v\"}]"),
        json("[{\"k\": \"v\"}, \"other\", {}]"));

    assertThat(alignment.oldIndexOf(2)).isEqualTo(2);
    assertThat(alignment.isEqual(2)).isFalse();
  }

  @Test
  void scalarsListsAndChangesOfKindResembleWeakly() {
    assertThat(resemblance("\"AI\"", "\"ML\"")).isEqualTo(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("[1]", "[2]")).isEqualTo(ListAlignment.Resemblance.WEAK);
    assertThat(resemblance("\"x\"", "{\"a\": 1}")).isEqualTo(ListAlignment.Resemblance.WEAK);
  }

  @Test
  void theHashAgreesWithDataEquality() {
    assertThat(DataEquality.hash(json("{\"a\": 1, \"b\": [1, \"x\"]}")))
        .isEqualTo(DataEquality.hash(json("{\"b\": [1, \"x\"], \"a\": 1}")));
    assertThat(DataEquality.hash(IntNode.valueOf(5))).isEqualTo(DataEquality.hash(LongNode.valueOf(5)));
    assertThat(DataEquality.same(DecimalNode.valueOf(new BigDecimal("1.5")), json("1.5"))).isTrue();
    assertThat(DataEquality.hash(DecimalNode.valueOf(new BigDecimal("1.5"))))
        .isEqualTo(DataEquality.hash(json("1.5")));
  }

  @Test
  void itemsThatMeanTheSameAreTheSameItem() {
    ListAlignment alignment = DataAlignment.of(json("[{\"a\": 1, \"b\": 2}, 7]"),
        json("[7, {\"b\": 2, \"a\": 1}]"));

    assertThat(alignment.oldIndexOf(0)).isEqualTo(1);
    assertThat(alignment.oldIndexOf(1)).isZero();
    assertThat(alignment.isEqual(0) && alignment.isEqual(1)).isTrue();
  }
}
