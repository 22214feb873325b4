package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SourceMap#holds}, which an edit's verifying re-read asks, answers as
 * {@link DataEquality#same} does on the built data, for the data itself and for every variant that
 * differs in one place: a value changed, of another kind or width, a key or item added or taken
 * away, through aliases, in flow and block style, with CRLF.
 */
class SourceMapHoldsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static SourceMap read(String text) {
    return CardReader.readFrontMatter(text, ReadLimits.DEFAULTS, SourceText.of(text), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: &m\n  b: [1, &s {c: d}]\n  e: *s\nf: *m\ng:\n  - *s\n  - {h: *m}\n",
      "title: \"t\"\nquality: 7\nbig: 12345678901234567890\nratio: 1.50\nfloat: 2.5e3\n"
          + "flag: true\nnothing: null\nempty: ''\nlist: []\nmap: {}\n",
      "a:\r\n  - b: 1\r\n    c: [x, y]\r\n  - - z\r\n  - ~\r\n",
      "? a\n: - 1\n  - {b: c}\nk: |\n  block\n  text\n",
      "x: .inf\ny: -0.0\nz: 0x1F\nw: 012\nv: \"012\"\n",
      ""})
  void holdsAnswersAsDataEqualityOnTheBuiltData(String text) {
    ObjectNode data = read(text).copyData();
    List<JsonNode> variants = new ArrayList<>();
    variants.add(data);
    variantsOf(data, data, variants);

    for (JsonNode variant : variants) {
      boolean expected = DataEquality.same(read(text).data(), variant);
      boolean held = variant instanceof ObjectNode object && read(text).holds(object);

      assertThat(held).as(text + " holds " + variant).isEqualTo(expected && variant.isObject());
    }
    assertThat(variants).hasSizeGreaterThan(text.isEmpty() ? 0 : 4);
    assertThat(read(text).holds(data)).isTrue();
  }

  /** Adds copies of the root that differ from it at one place inside {@code node}. */
  private static void variantsOf(ObjectNode root, JsonNode node, List<JsonNode> variants) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      variants.add(changed(root, node, copy -> ((ObjectNode) copy).put("added", 1)));
      for (String key : keys) {
        variants.add(changed(root, node, copy -> ((ObjectNode) copy).remove(key)));
        for (JsonNode other : othersFor(node.get(key))) {
          variants.add(changed(root, node, copy -> ((ObjectNode) copy).set(key, other)));
        }
        variantsOf(root, node.get(key), variants);
      }
    } else if (node.isArray()) {
      variants.add(changed(root, node, copy -> ((ArrayNode) copy).add("added")));
      for (int i = 0; i < node.size(); i++) {
        int index = i;
        variants.add(changed(root, node, copy -> ((ArrayNode) copy).remove(index)));
        for (JsonNode other : othersFor(node.get(i))) {
          variants.add(changed(root, node, copy -> ((ArrayNode) copy).set(index, other)));
        }
        variantsOf(root, node.get(i), variants);
      }
    }
  }

  /** Values that may or may not mean the same as a value: other kinds, widths and scales. */
  private static List<JsonNode> othersFor(JsonNode value) {
    List<JsonNode> others = new ArrayList<>(List.of(TextNode.valueOf("other"), NODES.nullNode(),
        NODES.objectNode(), NODES.arrayNode()));
    if (value.isTextual()) {
      others.add(TextNode.valueOf(value.textValue()));
      others.add(TextNode.valueOf(value.textValue() + " "));
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      others.add(LongNode.valueOf(value.longValue())); // the same number, another width
      others.add(LongNode.valueOf(value.longValue() + 1));
    }
    if (value.isNumber() && !value.isIntegralNumber() && !Double.isInfinite(value.doubleValue())) {
      BigDecimal decimal = value.decimalValue();
      others.add(NODES.numberNode(decimal));
      others.add(NODES.numberNode(decimal.setScale(decimal.scale() + 1)));
    }
    if (value.isObject() || value.isArray()) {
      others.add(value.deepCopy());
    }
    return others;
  }

  private interface Change {
    void apply(JsonNode copyOfNode);
  }

  /** A copy of the root with one change made to the copy of {@code node}. */
  private static JsonNode changed(ObjectNode root, JsonNode node, Change change) {
    ObjectNode copy = root.deepCopy();
    JsonNode target = find(root, node, copy);
    change.apply(target == null ? copy : target);
    return copy;
  }

  /** The node of {@code copy} that stands where {@code node} stands in {@code original}. */
  private static @Nullable JsonNode find(JsonNode original, JsonNode node, JsonNode copy) {
    if (original == node) {
      return copy;
    }
    if (original.isObject()) {
      for (Map.Entry<String, JsonNode> entry : original.properties()) {
        JsonNode found = find(entry.getValue(), node, copy.get(entry.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (original.isArray()) {
      for (int i = 0; i < original.size(); i++) {
        JsonNode found = find(original.get(i), node, copy.get(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
