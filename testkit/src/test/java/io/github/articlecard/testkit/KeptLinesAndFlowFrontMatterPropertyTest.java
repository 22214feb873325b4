package io.github.articlecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.testkit.internal.LineDiff;
import io.github.articlecard.testkit.internal.StyledYamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property tests over generated texts with keep-chomped block scalars ({@code |+}, {@code >+},
 * {@code |2+}) at every level, in list items and at the end of the front matter, and over texts
 * whose front matter is one flow mapping: a random edit of one key or item (removed, changed, or a
 * new one inserted after it) reads back as the edited data, changes no line outside the top-level
 * entry it is in (the flow mapping's entry, for a flow front matter), and keeps every comment
 * unless it removes or replaces a collection.
 */
class KeptLinesAndFlowFrontMatterPropertyTest {
  private static final int COUNT = Integer.getInteger("articlecard.property.count", 2000);
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern COMMENT = Pattern.compile("# (?:note|see: the docs|trailing)");

  @Test
  void editsBesideKeepChompedScalarsStayInTheirEntryAndKeepEveryComment() {
    CardGenerator cards = TestCards.generator(8128);
    Random random = new Random(8128);
    for (int i = 0; i < COUNT / 4; i++) {
      ObjectNode data = MAPPER.toFrontMatter(cards.next());
      keepTrailingLines(data, random);
      String text = new StyledYamlWriter(random, new StyledYamlWriter.Shapes(true, false))
          .write(data, "body\n").text();

      editOneKey(text, data, random, "text " + i);
    }
  }

  @Test
  void editsOfAFlowFrontMatterStayInTheirEntryAndKeepEveryComment() {
    CardGenerator cards = TestCards.generator(6174);
    Random random = new Random(6174);
    for (int i = 0; i < COUNT / 4; i++) {
      ObjectNode data = MAPPER.toFrontMatter(cards.next());
      String text = new StyledYamlWriter(random, new StyledYamlWriter.Shapes(false, true))
          .write(data, "body\n").text();

      editOneKey(text, data, random, "text " + i);
    }
  }

  /**
   * Gives some texts of the data (at every level) trailing line breaks, and sometimes adds a last
   * key that holds such a text, so that kept lines stand right before the closing line.
   */
  static void keepTrailingLines(JsonNode node, Random random) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : new ArrayList<>(object.properties())) {
        if (entry.getValue().isTextual() && random.nextInt(3) == 0) {
          object.put(entry.getKey(), keptText(random));
        } else {
          keepTrailingLines(entry.getValue(), random);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && random.nextInt(3) == 0) {
          array.set(i, keptText(random));
        } else {
          keepTrailingLines(array.get(i), random);
        }
      }
    }
    if (node instanceof ObjectNode root && random.nextInt(4) == 0) {
      root.put("notes", keptText(random));
    }
  }

  private static String keptText(Random random) {
    String words = List.of("One line.", "Two\nlines.", "A #hash and: colon", "Ünïcode 😀")
        .get(random.nextInt(4));
    return words + "\n".repeat(1 + random.nextInt(3));
  }

  /** Makes one random edit inside one top-level entry and checks what it changed. */
  private static void editOneKey(String text, ObjectNode data, Random random, String what) {
    CardDocument doc = MAPPER.read(text);
    assertThat(doc.frontMatter()).as("%s reads as its data:%n%s", what, text).isEqualTo(data);
    if (data.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    data.fieldNames().forEachRemaining(keys::add);
    int entry = random.nextInt(keys.size());
    ObjectNode edited = data.deepCopy();
    String edit = edit(edited, keys.get(entry), random);

    String after = doc.withFrontMatter(edited).text();

    String about = what + ", " + edit + ":\n" + text + "\n=>\n" + after;
    assertThat(MAPPER.read(after).frontMatter()).as(about).isEqualTo(edited);
    int[] range = entryLines(text, entry);
    List<String> lines = LineDiff.lines(text);
    String before = String.join("", lines.subList(0, range[0]));
    String rest = String.join("", lines.subList(range[1], lines.size()));
    assertThat(after).as("the lines before the entry; %s", about).startsWith(before);
    assertThat(after).as("the lines after the entry; %s", about).endsWith(rest);
    assertThat(after.length()).as(about).isGreaterThanOrEqualTo(before.length() + rest.length());
    if (!edit.startsWith("remove") && !edit.startsWith("replace")) {
      assertThat(comments(after)).as("comments; %s", about).isGreaterThanOrEqualTo(comments(text));
    }
  }

  /** Removes, changes or inserts after a random key or item inside one top-level entry. */
  private static String edit(ObjectNode data, String key, Random random) {
    JsonNode parent = data;
    Object step = key;
    JsonNode node = data.get(key);
    StringBuilder path = new StringBuilder(key);
    while (node.isContainerNode() && node.size() > 0 && random.nextBoolean()) {
      parent = node;
      if (node.isObject()) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        step = names.get(random.nextInt(names.size()));
        path.append('.').append(step);
        node = node.get((String) step);
      } else {
        step = random.nextInt(node.size());
        path.append('[').append(step).append(']');
        node = node.get((Integer) step);
      }
    }
    JsonNode value = random.nextBoolean() ? NODES.textNode(random.nextBoolean() ? "fresh words"
        : "fresh\n\n") : NODES.numberNode(random.nextInt(100));
    switch (random.nextInt(3)) {
      case 0 -> {
        if (parent instanceof ObjectNode object) {
          object.remove((String) step);
        } else {
          ((ArrayNode) parent).remove((Integer) step);
        }
        return "remove " + path;
      }
      case 1 -> {
        if (parent instanceof ObjectNode object) {
          object.set((String) step, value);
        } else {
          ((ArrayNode) parent).set((Integer) step, value);
        }
        return (node.isContainerNode() ? "replace " : "change ") + path + " with " + value;
      }
      default -> {
        if (parent instanceof ObjectNode object) {
          insertAfter(object, (String) step, value);
        } else {
          ((ArrayNode) parent).insert((Integer) step + 1, value);
        }
        return "insert " + value + " after " + path;
      }
    }
  }

  private static void insertAfter(ObjectNode mapping, String after, JsonNode value) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(mapping.properties());
    mapping.removeAll();
    for (Map.Entry<String, JsonNode> entry : entries) {
      mapping.set(entry.getKey(), entry.getValue());
      if (entry.getKey().equals(after)) {
        mapping.set("added", value);
      }
    }
  }

  /**
   * The 0-based lines of the text that a top-level entry may change: from the comment lines
   * directly above its first line (and the blank lines above those) to the first line of the next
   * entry (or the closing line). In a
   * flow front matter written one entry a line, an entry's first line is its key's; on one line,
   * every entry is on that line.
   */
  private static int[] entryLines(String text, int entry) {
    List<String> lines = LineDiff.lines(text);
    List<Integer> starts = new ArrayList<>();
    int closing = lines.size();
    boolean flow = false;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("---") || line.startsWith("...")) {
        closing = i;
        break;
      }
      if (line.startsWith("{")) {
        flow = true;
        if (!line.trim().equals("{")) {
          return new int[] {i, i + 1}; // a flow front matter on one line
        }
      } else if (flow ? line.startsWith("  ") && !line.startsWith("  #") : isKeyLine(line)) {
        starts.add(i);
      }
    }
    int first = starts.get(entry);
    while (first > 1 && lines.get(first - 1).trim().startsWith("#")
        && indent(lines.get(first - 1)) == indent(lines.get(first))) {
      first--;
    }
    while (first > 1 && lines.get(first - 1).isBlank()) { // a removed entry may take them
      first--;
    }
    int next = entry + 1 < starts.size() ? starts.get(entry + 1) : closing;
    return new int[] {first, flow ? Math.min(next, starts.get(entry) + 1) : next};
  }

  private static boolean isKeyLine(String line) {
    return !line.isEmpty() && " #-\r\n".indexOf(line.charAt(0)) < 0;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int comments(String text) {
    int count = 0;
    for (Matcher matcher = COMMENT.matcher(text); matcher.find(); count++) {
      // counted
    }
    return count;
  }
}
