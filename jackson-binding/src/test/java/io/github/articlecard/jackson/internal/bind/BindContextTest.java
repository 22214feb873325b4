package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.internal.yaml.ScalarResolver;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BindContext}: model paths as text, values described for error messages (quoted and
 * shortened without cutting a character in two), and the path an error names.
 */
class BindContextTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void aPathReadsAsKeysJoinedByDotsAndIndexesInBrackets() {
    assertThat(BindContext.pathText(List.of())).isEmpty();
    assertThat(BindContext.pathText(List.of("title"))).isEqualTo("title");
    assertThat(BindContext.pathText(List.of("related", 2, "images", 0, "width")))
        .isEqualTo("related[2].images[0].width");
    assertThat(BindContext.pathText(List.of(0, "a"))).isEqualTo("[0].a");
    assertThat(BindContext.pathText(List.of("m", 0, 1))).isEqualTo("m[0][1]");
    // a key holding a dot is quoted, so that the path reads back to the same steps (CardPath)
    assertThat(BindContext.pathText(List.of("og.title", "x"))).isEqualTo("[\"og.title\"].x");
    assertThat(BindContext.pathText(List.of("params", "a[0]"))).isEqualTo("params[\"a[0]\"]");
  }

  @Test
  void valuesAreDescribedByWhatTheyAre() {
    assertThat(BindContext.describe(null)).isEqualTo("nothing (null)");
    assertThat(BindContext.describe(NullNode.getInstance())).isEqualTo("nothing (null)");
    assertThat(BindContext.describe(TextNode.valueOf("high"))).isEqualTo("\"high\"");
    assertThat(BindContext.describe(TextNode.valueOf(""))).isEqualTo("\"\"");
    assertThat(BindContext.describe(NODES.arrayNode())).isEqualTo("a list");
    assertThat(BindContext.describe(NODES.objectNode())).isEqualTo("a mapping");
    assertThat(BindContext.describe(NODES.booleanNode(true))).isEqualTo("true");
    assertThat(BindContext.describe(NODES.numberNode(3_000_000_000L))).isEqualTo("3000000000");
  }

  @Test
  void aFractionIsDescribedAsItWasWritten() {
    assertThat(BindContext.describe(ScalarResolver.resolvePlain("1.50"))).isEqualTo("1.50");
    assertThat(BindContext.describe(ScalarResolver.resolvePlain("1.5"))).isEqualTo("1.5");
    assertThat(BindContext.describe(DecimalNode.valueOf(new BigDecimal("1.00")))).isEqualTo("1.00");
  }

  @Test
  void longTextsAndNumbersAreShortenedToSixtyCharacters() {
    String sixty = "x".repeat(60);
    assertThat(BindContext.describe(TextNode.valueOf(sixty))).isEqualTo("\"" + sixty + "\"");
    assertThat(BindContext.describe(TextNode.valueOf(sixty + "y")))
        .isEqualTo("\"" + "x".repeat(57) + "...\"");
    String digits = BindContext.describe(NODES.numberNode(BigInteger.TEN.pow(80)));
    assertThat(digits).hasSize(60).startsWith("1000").endsWith("...");
  }

  @Test
  void shorteningNeverCutsACharacterOutsideTheBmpInTwo() {
    for (int before = 50; before <= 60; before++) {
      String text = "a".repeat(before) + "\uD83D\uDE00".repeat(10);
      String described = BindContext.describe(TextNode.valueOf(text));

      for (int i = 0; i < described.length(); i++) {
        char c = described.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < described.length() && Character.isLowSurrogate(described.charAt(i + 1)))
              .as("%d: %s", before, described).isTrue();
        } else if (Character.isLowSurrogate(c)) {
          assertThat(i > 0 && Character.isHighSurrogate(described.charAt(i - 1)))
              .as("%d: %s", before, described).isTrue();
        }
      }
      assertThat(described).as("%d", before).endsWith("...\"");
    }
  }

  @Test
  void anErrorNamesThePathPushedSoFar() {
    List<String> paths = new ArrayList<>();
    BindContext context = new BindContext((path, pathText, message) -> {
      paths.add(pathText);
      return new CardBindingException(pathText, message, 0, 0, null, null);
    });
    context.push("related");
    context.push(2);
    context.push("quality");

    CardBindingException error = context.mismatch("a whole number", TextNode.valueOf("high"));
    context.pop();
    CardBindingException other = context.error("free words");

    assertThat(error.path()).isEqualTo("related[2].quality");
    assertThat(error.problem()).isEqualTo("related[2].quality: expected a whole number, found \"high\"");
    assertThat(other.path()).isEqualTo("related[2]");
    assertThat(other.problem()).isEqualTo("related[2]: free words");
    assertThat(paths).containsExactly("related[2].quality", "related[2]");
  }
}
