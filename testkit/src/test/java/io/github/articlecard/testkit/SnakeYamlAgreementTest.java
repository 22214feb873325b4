package io.github.articlecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.Position;
import io.github.articlecard.testkit.internal.StyledYamlWriter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The library's own YAML reader against SnakeYAML, through the public API, on the testkit's texts:
 * the text generator's styled cards, canonically written generated cards, the property tests'
 * keep-chomped block scalars and flow front matters, and the mutator's damaged copies of cards. Where both read a text they agree on the data and on the place of every
 * value ({@code positionOf}); they agree on reading or refusing it, or SnakeYAML is wrong in a way
 * a yaml-test-suite case names. The reader's own differential test (jackson-binding) compares
 * whole source maps with the SnakeYAML parser the library had before.
 *
 * <p>{@code -Darticlecard.differential.inputs=N} for a long run (300 of each in the build).
 */
class SnakeYamlAgreementTest {
  private static final int INPUTS = Integer.getInteger("articlecard.differential.inputs", 300);
  private static final CardMapper MAPPER = CardMapper.builder().build();

  static {
    // on the module path the testkit does not read SnakeYAML (only its tests use it): read it
    try {
      SnakeYamlAgreementTest.class.getModule().addReads(
          Class.forName("org.yaml.snakeyaml.Yaml").getModule());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("SnakeYAML is a test dependency of the testkit", e);
    }
  }

  @Test
  void styledTextsReadAsSnakeYamlReadsThem() {
    CardTextGenerator texts = TestCards.textGenerator(31);
    for (int i = 0; i < INPUTS; i++) {
      String text = texts.next().text();
      assertThat(difference(text)).as(text).isNull();
    }
  }

  @Test
  void canonicallyWrittenCardsReadAsSnakeYamlReadsThem() {
    CardGenerator cards = TestCards.generator(32);
    for (int i = 0; i < INPUTS; i++) {
      String text = MAPPER.write(cards.next());
      assertThat(difference(text)).as(text).isNull();
    }
  }

  @Test
  void keptLinesAndFlowFrontMattersReadAsSnakeYamlReadsThem() {
    // the property tests' shapes: keep-chomped block scalars at every level, a flow front matter
    CardGenerator cards = TestCards.generator(36);
    Random random = new Random(36);
    for (int i = 0; i < INPUTS; i++) {
      ObjectNode data = MAPPER.toFrontMatter(cards.next());
      boolean kept = i % 2 == 0;
      if (kept) {
        KeptLinesAndFlowFrontMatterPropertyTest.keepTrailingLines(data, random);
      }
      String text = new StyledYamlWriter(random, new StyledYamlWriter.Shapes(kept, !kept))
          .write(data, "body\n").text();
      assertThat(difference(text)).as(text).isNull();
    }
  }

  @Test
  void damagedTextsReadAsSnakeYamlReadsThemOrSnakeYamlIsWrong() {
    CardTextGenerator texts = TestCards.textGenerator(33);
    CardGenerator cards = TestCards.generator(34);
    CardMutator mutator = TestCards.mutator(35);
    for (int i = 0; i < INPUTS; i++) {
      String base = i % 2 == 0 ? texts.next().text() : MAPPER.write(cards.next());
      String text = mutator.mutate(base);
      String difference = difference(text);
      if (difference != null) {
        assertThat(snakeYamlIsWrong(text)).as("%s%n%s", difference, text).isNotNull();
      }
    }
  }

  /** Where the two readers disagree on a card text, or null. */
  static @Nullable String difference(String text) {
    String frontMatter = frontMatter(text);
    CardDocument doc;
    try {
      doc = MAPPER.read(text);
    } catch (CardException e) {
      if (frontMatter == null || policy(e)) {
        return null;
      }
      try {
        oracle(frontMatter);
      } catch (RuntimeException bothRefuse) {
        return null;
      }
      return "ours refuses: " + e.getMessage();
    }
    if (frontMatter == null) {
      return null;
    }
    Node root;
    try {
      root = oracle(frontMatter);
    } catch (RuntimeException e) {
      return "SnakeYAML refuses: " + e.getMessage();
    }
    if (root == null) {
      return doc.frontMatter().isEmpty() ? null : "SnakeYAML reads nothing";
    }
    return node(doc, new ArrayList<>(), root, doc.frontMatter());
  }

  /** Refusals by the library's policy, which SnakeYAML does not apply (its compose step reads them). */
  private static boolean policy(CardException e) {
    return switch (e.kind()) {
      case DUPLICATE_KEY, UNSUPPORTED, NOT_A_MAPPING, LIMIT, CHARACTER, DOCUMENT_MARKER,
          MISSING_DELIMITER, ENCODING -> true;
      default -> false;
    };
  }

  private static @Nullable Node oracle(String frontMatter) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    return new Yaml(options).compose(new StringReader(frontMatter));
  }

  private static @Nullable String node(CardDocument doc, List<Object> path, Node expected,
      JsonNode actual) {
    if (expected instanceof MappingNode mapping) {
      if (!actual.isObject() || actual.size() != mapping.getValue().size()) {
        return path + ": " + actual + " is not the mapping SnakeYAML reads";
      }
      Iterator<String> names = actual.fieldNames();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        if (!names.next().equals(key) || !actual.has(key)) {
          return path + ": key " + key + " not where SnakeYAML reads it";
        }
        List<Object> next = new ArrayList<>(path);
        next.add(key);
        String found = node(doc, next, tuple.getValueNode(), actual.get(key));
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (expected instanceof SequenceNode sequence) {
      if (!actual.isArray() || actual.size() != sequence.getValue().size()) {
        return path + ": " + actual + " is not the list SnakeYAML reads";
      }
      for (int i = 0; i < actual.size(); i++) {
        List<Object> next = new ArrayList<>(path);
        next.add(i);
        String found = node(doc, next, sequence.getValue().get(i), actual.get(i));
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    String raw = ((ScalarNode) expected).getValue();
    boolean same = actual.isTextual() ? actual.textValue().equals(raw)
        : actual.isNumber() ? number(raw).compareTo(actual.decimalValue()) == 0
        : actual.isBoolean() ? raw.equalsIgnoreCase(String.valueOf(actual.booleanValue()))
        : actual.isNull() && (raw.isEmpty() || raw.equals("~") || raw.equalsIgnoreCase("null"));
    if (!same) {
      return path + ": " + actual + " where SnakeYAML reads '" + raw + "'";
    }
    Optional<Position> at = doc.positionOf(pointer(path));
    int line = expected.getStartMark().getLine() + 2; // the front matter starts on line 2
    int column = expected.getStartMark().getColumn() + 1;
    String start = doc.text().lines().skip(line - 1).findFirst().orElse("");
    boolean properties = column - 1 < start.length()
        && (start.charAt(column - 1) == '&' || start.charAt(column - 1) == '!');
    if (raw.isEmpty() || properties || at.isEmpty()) {
      return null; // an empty value, or one with an anchor or tag before it: placed otherwise
    }
    return at.get().line() == line && at.get().column() == column ? null
        : path + " is at " + at.get().line() + ":" + at.get().column() + ", SnakeYAML has it at "
            + line + ":" + column;
  }

  private static BigDecimal number(String raw) {
    try {
      return new BigDecimal(raw);
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(Long.MIN_VALUE);
    }
  }

  private static String pointer(List<Object> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer) {
        pointer.append('[').append(step).append(']');
      } else if (String.valueOf(step).matches("[A-Za-z0-9_-]+")) {
        pointer.append(pointer.length() == 0 ? "" : ".").append(step);
      } else {
        pointer.append("[\"").append(String.valueOf(step).replace("\\", "\\\\")
            .replace("\"", "\\\"")).append("\"]");
      }
    }
    return pointer.toString();
  }

  /** The front matter of a text that starts with a '---' line, up to its closing line; or null. */
  private static @Nullable String frontMatter(String text) {
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
      return null;
    }
    int start = text.indexOf('\n') + 1;
    for (int line = start; line < text.length(); line = text.indexOf('\n', line) + 1) {
      int end = text.indexOf('\n', line);
      String content = text.substring(line, end < 0 ? text.length() : end).stripTrailing();
      if (content.equals("---") || content.equals("...")) {
        return text.substring(start, line);
      }
      if (end < 0) {
        break;
      }
    }
    return null;
  }

  /** Names the SnakeYAML bug behind a disagreement (by the yaml-test-suite case), or null. */
  private static @Nullable String snakeYamlIsWrong(String text) {
    String difference = String.valueOf(difference(text));
    if (difference.startsWith("SnakeYAML refuses") && text.contains("\t")) {
      return "DC7X, DK95: SnakeYAML refuses tabs YAML allows as white space";
    }
    if (difference.startsWith("SnakeYAML refuses") && (difference.contains("escape character /")
        || difference.contains("escape character \t"))) {
      return "3UYS: SnakeYAML refuses the escapes \\/ and \\<TAB> YAML 1.2 has";
    }
    if (difference.startsWith("SnakeYAML refuses") && (difference.contains("found ':'")
        || difference.contains("found '?'"))) {
      return "58MP, 652Z: SnakeYAML refuses plain scalars starting with ':' or '?' in flow";
    }
    if (difference.startsWith("SnakeYAML refuses") && (difference.contains("scanning an anchor")
        || difference.contains("scanning an alias"))) {
      return "W5VH, 2SXE: SnakeYAML refuses anchor names YAML 1.2 allows";
    }
    if (difference.startsWith("ours refuses") && (difference.contains("quoted value")
        || difference.contains("unclosed quote"))) {
      return "QB6E, DK95-01: SnakeYAML takes lines of a quoted value that are not indented";
    }
    if (text.matches("(?s).*[{\\[,]\\s*\\?[^\\s].*")) {
      return "652Z: SnakeYAML takes the '?' of a plain scalar in a flow collection for an"
          + " explicit key";
    }
    if (text.matches("(?s).*&[^\\s,\\[\\]{}]*:.*")) {
      return "2SXE: SnakeYAML ends an anchor's name at a ':', YAML 1.2 does not";
    }
    if (difference.startsWith("ours refuses") && difference.contains("flow collection must be")) {
      return "9C9N: SnakeYAML takes lines of a flow collection that are not indented";
    }
    if (difference.startsWith("ours refuses") && difference.contains("text after the closing")) {
      return "SU5Z, 9JBA: SnakeYAML takes a '#' right after a value for a comment";
    }
    if (difference.startsWith("ours refuses")
        && difference.contains("comment only after a space")) {
      return "CVW2: SnakeYAML takes a '#' right after a ',' in a flow collection for a comment";
    }
    return null;
  }
}
