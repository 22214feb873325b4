package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.ScalarResolver;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainData}: front matter data to the plain Java data unknown keys hold and back, numbers
 * as their smallest type with their digits, in order, unmodifiable, at any depth, and refusing what
 * is not data.
 */
class PlainDataTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DEEP = 100_000;

  @Test
  void scalarsBecomeTheirJavaValues() {
    assertThat(PlainData.toJava(NODES.textNode("\uD83D\uDE00 \u00E9"))).isEqualTo("\uD83D\uDE00 \u00E9");
    assertThat(PlainData.toJava(NODES.booleanNode(false))).isEqualTo(false);
    assertThat(PlainData.toJava(NODES.nullNode())).isNull();
    assertThat(PlainData.toJava(MissingNode.getInstance())).isNull();
  }

  @Test
  void wholeNumbersBecomeTheSmallestOfIntegerLongAndBigInteger() {
    BigInteger huge = BigInteger.TEN.pow(30);
    assertThat(PlainData.toJava(LongNode.valueOf(5))).isEqualTo(5);
    assertThat(PlainData.toJava(BigIntegerNode.valueOf(BigInteger.valueOf(-5)))).isEqualTo(-5);
    assertThat(PlainData.toJava(LongNode.valueOf(5_000_000_000L))).isEqualTo(5_000_000_000L);
    assertThat(PlainData.toJava(BigIntegerNode.valueOf(BigInteger.valueOf(Long.MIN_VALUE))))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(PlainData.toJava(BigIntegerNode.valueOf(huge))).isEqualTo(huge);
  }

  @Test
  void aFractionIsADoubleUnlessItWasWrittenOtherwiseThanJavaWritesIt() {
    assertThat(PlainData.toJava(DoubleNode.valueOf(1.5))).isEqualTo(1.5);
    assertThat(PlainData.toJava(FloatNode.valueOf(0.2f))).isEqualTo(0.2);
    assertThat(PlainData.toJava(ScalarResolver.resolvePlain("1.5"))).isEqualTo(1.5);
    assertThat(PlainData.toJava(ScalarResolver.resolvePlain("1.50"))).isEqualTo(new BigDecimal("1.50"));
    assertThat(PlainData.toJava(ScalarResolver.resolvePlain("6.02e23")))
        .isEqualTo(new BigDecimal("6.02e23"));
    assertThat(PlainData.toJava(ScalarResolver.resolvePlain("1.0e400")))
        .isEqualTo(new BigDecimal("1.0e400"));
    assertThat(PlainData.toJava(DecimalNode.valueOf(new BigDecimal("2.500"))))
        .isEqualTo(new BigDecimal("2.500"));
  }

  @Test
  void mappingsAndSequencesKeepTheirOrderTheirNullsAndCannotBeChanged() {
    ObjectNode data = NODES.objectNode();
    data.put("z", 1);
    data.putNull("a");
    data.putArray("m").add("x").addNull().addObject().put("k", "v");

    Object java = PlainData.toJava(data);

    assertThat(java).isInstanceOf(Map.class);
    Map<String, ?> map = (Map<String, ?>) java;
    assertThat(map.keySet()).containsExactly("z", "a", "m");
    assertThat(map.containsKey("a")).isTrue();
    assertThat(map.get("m")).isEqualTo(Arrays.asList("x", null, Map.of("k", "v")));
    assertThatThrownBy(() -> ((Map<String, Object>) map).put("b", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) map.get("m")).add(2))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nodesThatAreNotYamlDataAreRefused() {
    for (JsonNode node : List.of(BinaryNode.valueOf(new byte[] {1}), new POJONode(new Object()))) {
      assertThatThrownBy(() -> PlainData.toJava(node)).isInstanceOf(CardException.class)
          .extracting(e -> ((CardException) e).kind()).isEqualTo(CardException.Kind.UNWRITABLE);
    }
  }

  @Test
  void javaValuesBecomeNodesAndReadBackEqual() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("z", "text");
    map.put("n", null);
    map.put("i", 1);
    map.put("l", 5_000_000_000L);
    map.put("b", BigInteger.TEN.pow(25));
    map.put("d", 1.5);
    map.put("x", new BigDecimal("1.50"));
    map.put("t", true);
    map.put("list", Arrays.asList(1, null, List.of(), Map.of()));

    JsonNode node = PlainData.toNode(map);

    assertThat(PlainData.toJava(node)).isEqualTo(map);
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(map.keySet());
    assertThat(node.get("x").decimalValue()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void valuesThatAreNotPlainDataAreRefused() {
    for (Object value : List.of(1.5f, 'c', (short) 1, new Object(), List.of(new StringBuilder()))) {
      assertThatThrownBy(() -> PlainData.toNode(value)).as(value.toString())
          .isInstanceOf(CardException.class).hasMessageContaining("not plain data");
    }
  }

  @Test
  void aListReachedAlongSeveralPathsIsConvertedOnce() {
    List<String> shared = List.of("a", "b");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("one", shared);
    map.put("two", List.of(shared, shared));

    JsonNode node = PlainData.toNode(map);

    assertThat(node.get("two").get(0)).isSameAs(node.get("one")).isSameAs(node.get("two").get(1));
  }

  @Test
  void dataNestedFarDeeperThanTheThreadsStackConvertsBothWays() {
    Object java = "leaf";
    for (int i = 0; i < DEEP; i++) {
      java = i % 2 == 0 ? List.of(java) : Map.of("k", java);
    }

    JsonNode node = PlainData.toNode(java);
    Object back = PlainData.toJava(node);

    int depth = 0;
    for (JsonNode at = node; at.isContainerNode(); at = at.isArray() ? at.get(0) : at.get("k")) {
      depth++;
    }
    assertThat(depth).isEqualTo(DEEP);
    depth = 0;
    for (Object at = back; !(at instanceof String); depth++) {
      at = at instanceof List<?> list ? list.get(0) : ((Map<String, ?>) at).get("k");
    }
    assertThat(depth).isEqualTo(DEEP);
    ArrayNode array = NODES.arrayNode();
    assertThat(PlainData.toJava(array)).isEqualTo(List.of());
  }
}
