package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data of a collection node is built when it is first asked for, from its children's data: it
 * is the same instance on every call and inside its parent's data, an alias's data is its anchor's,
 * and {@code copyData()} gives new containers that share nothing with it.
 */
class SourceNodeDataTest {
  private static final String ANCHORED = "a: &m\n  b: [1, &s {c: d}]\n  e: *s\nf: *m\n"
      + "g:\n  - *s\n  - {h: *m}\n";

  private static SourceMap read(String text) {
    return CardReader.readFrontMatter(text, ReadLimits.DEFAULTS, SourceText.of(text), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {ANCHORED, "a: {b: [1, 2], c: {d: e}}\n",
      "a:\r\n  - b: 1\r\n    c: [x, y]\r\n  - - z\r\n", "? a\n: - 1\n  - {b: c}\n", ""})
  void dataIsBuiltOnceAndSharedWithTheParentsData(String text) {
    SourceMap map = read(text);
    ObjectNode data = map.data();

    assertThat(map.data()).isSameAs(data);
    SourceNode.Mapping root = map.root();
    if (root != null) {
      assertThat(root.data()).isSameAs(data);
      for (SourceNode.Entry entry : root.entries()) {
        assertThat(data.get(entry.key().value())).isSameAs(entry.value().data());
      }
    }
    assertThat(map.copyData()).isEqualTo(data).isNotSameAs(data);
  }

  @Test
  void anAliasHasItsAnchorsData() {
    SourceMap map = read(ANCHORED);
    JsonNode data = map.data();

    assertThat(data.get("f")).isSameAs(data.get("a"));
    assertThat(data.get("a").get("e")).isSameAs(data.get("a").get("b").get(1));
    assertThat(data.get("g").get(1).get("h")).isSameAs(data.get("a"));
  }

  @Test
  void aCopySharesNoContainerWithTheDataNorWithItself() {
    SourceMap map = read(ANCHORED);
    ObjectNode copy = map.copyData();

    assertThat(copy).isEqualTo(map.data());
    assertThat(copy.get("f")).isNotSameAs(copy.get("a")).isNotSameAs(map.data().get("a"));
    ((ObjectNode) copy.get("a")).put("changed", true);
    ((ObjectNode) copy.get("g").get(0)).put("c", "changed");

    assertThat(map.data().get("a").has("changed")).isFalse();
    assertThat(copy.get("f").has("changed")).isFalse();
    assertThat(map.data().get("g").get(0).get("c").textValue()).isEqualTo("d");
    assertThat(map.copyData()).isEqualTo(read(ANCHORED).data());
  }

  @Test
  void threadsAskingAtOnceGetTheSameData() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("k").append(i).append(": {a: [").append(i).append(", b], c: {d: e}}\n");
    }
    SourceMap map = read(text.toString());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ObjectNode>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(map::data));
      }
      for (Future<ObjectNode> data : asked) {
        assertThat(data.get()).isSameAs(map.data());
      }
    } finally {
      pool.shutdown();
    }
    for (SourceNode.Entry entry : Objects.requireNonNull(map.root()).entries()) {
      assertThat(map.data().get(entry.key().value())).isSameAs(entry.value().data());
    }
  }
}
