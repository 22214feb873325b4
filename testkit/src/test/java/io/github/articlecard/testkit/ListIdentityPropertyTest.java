package io.github.articlecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property tests of list item identity: lists of mappings bound through types that model only
 * part of each item, rearranged at random (removals, insertions, swaps, reversals, shuffles, moves,
 * changes of kept items), written back with {@code with(value)} or {@code withFrontMatter}. The
 * lists stand at the top, nested, in a list item or in a front matter that is one flow mapping;
 * some items end with keep-chomped block scalars. Every kept item keeps all its unmodelled keys
 * with their values (kept lines included) and its comments, a removed one takes them with it, a
 * new one has only what was given, and the result reads back as the edited value. Seeded and
 * deterministic; {@code -Darticlecard.listIdentity.count=N} runs more cases.
 */
class ListIdentityPropertyTest {
  private static final int COUNT = Integer.getInteger("articlecard.listIdentity.count", 300);
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public record Item(String name, int weight) {}

  public record TopLevel(String title, List<Item> items) {}

  public record Nested(String title, Map<String, List<Item>> menu) {}

  public record Section(String title, List<Item> links) {}

  public record InList(String title, List<Section> sections) {}

  public record Picture(String url, Integer width) {}

  public record Pictures(List<Picture> images) {}

  /** Where the list stands, which type models it, and how to reach it in the data. */
  private enum Where {
    TOP("items:", 0) {
      @Override
      Object value(String title, List<Item> items) {
        return new TopLevel(title, items);
      }

      @Override
      ArrayNode list(ObjectNode data) {
        return (ArrayNode) data.get("items");
      }
    },
    NESTED("menu:\n  main:", 2) {
      @Override
      Object value(String title, List<Item> items) {
        return new Nested(title, Map.of("main", items));
      }

      @Override
      ArrayNode list(ObjectNode data) {
        return (ArrayNode) data.get("menu").get("main");
      }
    },
    IN_A_LIST_ITEM("sections:\n  - title: S\n    links:", 4) {
      @Override
      Object value(String title, List<Item> items) {
        return new InList(title, List.of(new Section("S", items)));
      }

      @Override
      ArrayNode list(ObjectNode data) {
        return (ArrayNode) data.get("sections").get(0).get("links");
      }
    },
    /** A front matter that is one flow mapping, written over several lines. */
    IN_A_FLOW_FRONT_MATTER("{title: T,\n # the list\n items:", 1) {
      @Override
      Object value(String title, List<Item> items) {
        return TOP.value(title, items); // the same data as at the top, in flow style
      }

      @Override
      ArrayNode list(ObjectNode data) {
        return TOP.list(data);
      }
    };

    final String head;
    final int keyColumn;

    Where(String head, int keyColumn) {
      this.head = head;
      this.keyColumn = keyColumn;
    }

    boolean flow() {
      return this == IN_A_FLOW_FRONT_MATTER;
    }

    abstract Object value(String title, List<Item> items);

    abstract ArrayNode list(ObjectNode data);
  }

  /** How the items are written. */
  private enum Layout { BLOCK, BLOCK_OF_FLOW_MAPPINGS, FLOW_ONE_A_LINE }

  /**
   * One generated item: its model, the keys the model does not know, and its comments; in block
   * layout some end with a keep-chomped {@code note} ({@code |+} or {@code >+}), whose blank lines
   * are its value.
   */
  private record Generated(Item item, Map<String, String> extras, boolean above, boolean trailing,
      String keptNote) {
    String aboveComment() {
      return "# above " + item.name();
    }

    String trailingComment() {
      return "# about " + item.name();
    }
  }

  /** A generated front matter with one list of menu items somewhere in it. */
  private record Menu(String text, Where where, List<Generated> items, String header,
      String footer) {}

  private static Menu menu(Random random) {
    Where where = Where.values()[random.nextInt(Where.values().length)];
    Layout layout = where.flow() ? Layout.FLOW_ONE_A_LINE
        : Layout.values()[random.nextInt(Layout.values().length)];
    String eol = random.nextInt(3) == 0 ? "\r\n" : "\n";
    int size = 1 + random.nextInt(7);
    List<Generated> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Map<String, String> extras = new LinkedHashMap<>();
      extras.put("identifier", "id" + i);
      if (random.nextBoolean()) {
        extras.put("url", "/page" + i + "/");
      }
      if (random.nextInt(3) == 0) {
        extras.put("pre", random.nextBoolean() ? "'<b>'" : "\"x\"");
      }
      String keptNote = layout == Layout.BLOCK && random.nextInt(3) == 0
          ? (random.nextBoolean() ? "|+" : ">+") + "\n" + "kept " + i + "\n\n" : "";
      items.add(new Generated(new Item("n" + i, random.nextInt(5)), extras,
          random.nextInt(3) == 0, random.nextBoolean(), keptNote));
    }
    boolean spaced = random.nextInt(4) == 0;
    String header = (where.flow() ? "---\n" : "---\ntitle: T\n# the list\n") + where.head;
    StringBuilder out = new StringBuilder(header);
    int dash = where.keyColumn + (random.nextBoolean() ? 2 : 0);
    if (layout == Layout.FLOW_ONE_A_LINE && !where.flow()) {
      dash = where.keyColumn + 2; // the lines of a flow collection are indented more than its key
    }
    if (layout == Layout.FLOW_ONE_A_LINE) {
      out.append(" [\n");
      for (int i = 0; i < size; i++) {
        Generated generated = items.get(i);
        out.append(spaced && i > 0 ? "\n" : "");
        if (generated.above()) {
          out.append(" ".repeat(dash)).append(generated.aboveComment()).append('\n');
        }
        out.append(" ".repeat(dash)).append(flow(generated))
            .append(i + 1 < size || random.nextBoolean() ? "," : "")
            .append(generated.trailing() ? "  " + generated.trailingComment() : "").append('\n');
      }
      out.append(" ".repeat(where.keyColumn)).append(where.flow() ? "],\n" : "]\n");
    } else {
      out.append('\n');
      boolean afterKeptLines = false;
      for (Generated generated : items) {
        // after kept lines a blank line would be the note's: those lines keep the items apart
        out.append(spaced && generated != items.get(0) && !afterKeptLines ? "\n" : "");
        afterKeptLines = !generated.keptNote().isEmpty();
        String indent = " ".repeat(dash);
        if (generated.above()) {
          out.append(indent).append(generated.aboveComment()).append('\n');
        }
        String trailing = generated.trailing() ? "  " + generated.trailingComment() : "";
        if (layout == Layout.BLOCK_OF_FLOW_MAPPINGS) {
          out.append(indent).append("- ").append(flow(generated)).append(trailing).append('\n');
          continue;
        }
        String inner = " ".repeat(dash + 2);
        out.append(indent).append("- name: ").append(generated.item().name()).append(trailing)
            .append('\n').append(inner).append("weight: ").append(generated.item().weight())
            .append('\n');
        generated.extras().forEach((key, value) ->
            out.append(inner).append(key).append(": ").append(value).append('\n'));
        if (!generated.keptNote().isEmpty()) {
          String[] note = generated.keptNote().split("\n", -1);
          out.append(inner).append("note: ").append(note[0]).append('\n')
              .append(inner).append("  ").append(note[1]).append("\n\n");
        }
      }
    }
    String footer = where.flow() ? " after: kept}  # the end\n---\nbody\n"
        : "after: kept  # the end\n---\nbody\n";
    String text = out.append(footer).toString();
    return new Menu(text.replace("\n", eol), where, items, header.replace("\n", eol),
        footer.replace("\n", eol));
  }

  private static String flow(Generated generated) {
    StringBuilder out = new StringBuilder("{name: ").append(generated.item().name())
        .append(", weight: ").append(generated.item().weight());
    generated.extras().forEach((key, value) -> out.append(", ").append(key).append(": ")
        .append(value));
    return out.append('}').toString();
  }

  /** A random rearrangement: the old index of each new item, -1 for new ones. */
  private static List<Integer> rearrangement(Random random, int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (random.nextInt(4) != 0) {
        order.add(i);
      }
    }
    switch (random.nextInt(5)) {
      case 0 -> Collections.shuffle(order, random);
      case 1 -> Collections.reverse(order);
      case 2 -> {
        if (order.size() > 1) {
          Collections.swap(order, random.nextInt(order.size()), random.nextInt(order.size()));
        }
      }
      case 3 -> {
        if (!order.isEmpty()) {
          order.add(random.nextInt(order.size()), order.remove(random.nextInt(order.size())));
        }
      }
      default -> { } // kept in order
    }
    for (int inserts = random.nextInt(3); inserts > 0; inserts--) {
      order.add(random.nextInt(order.size() + 1), -1);
    }
    if (order.isEmpty()) {
      order.add(-1);
    }
    return order;
  }

  @Test
  void keptItemsKeepTheirUnmodelledKeysAndCommentsWhereverTheyGo() {
    Random random = new Random(17);
    for (int i = 0; i < COUNT; i++) {
      Menu menu = menu(random);
      List<Integer> order = rearrangement(random, menu.items().size());
      List<Item> items = new ArrayList<>();
      int added = 0;
      for (int old : order) {
        Item item = old < 0 ? new Item("new" + added++, random.nextInt(5))
            : menu.items().get(old).item();
        items.add(old >= 0 && random.nextInt(4) == 0 ? new Item(item.name(), item.weight() + 10)
            : item);
      }
      CardDocument doc = MAPPER.read(menu.text());
      boolean generic = random.nextInt(3) == 0;
      CardDocument next = generic ? doc.withFrontMatter(edited(doc, menu, order, items))
          : doc.with(menu.where().value("T", items));

      String what = "case " + i + (generic ? " (withFrontMatter)" : " (with)") + ", order "
          + order + ":\n" + menu.text() + "\n=>\n" + next.text();
      assertThat(next.text()).as(what).startsWith(menu.header()).endsWith(menu.footer())
          .doesNotContain("\n\n\n").doesNotContain("\r\n\r\n\r\n");
      ArrayNode list = menu.where().list(MAPPER.read(next.text()).frontMatter());
      assertThat(list).as(what).hasSize(items.size());
      for (int j = 0; j < items.size(); j++) {
        JsonNode item = list.get(j);
        assertThat(item.get("name").asText()).as(what).isEqualTo(items.get(j).name());
        assertThat(item.get("weight").asInt()).as(what).isEqualTo(items.get(j).weight());
        ObjectNode extras = order.get(j) < 0 ? NODES.objectNode()
            : without(menu.where().list(doc.frontMatter()).get(order.get(j)), "name", "weight");
        assertThat(without(item, "name", "weight")).as(what).isEqualTo(extras);
      }
      assertCommentsFollowTheirItems(next.text(), menu, order, what);
    }
  }

  /** The generic front matter with the same rearrangement: old items' data, new ones fresh. */
  private static ObjectNode edited(CardDocument doc, Menu menu, List<Integer> order,
      List<Item> items) {
    ObjectNode data = doc.frontMatter();
    ArrayNode list = menu.where().list(data);
    List<JsonNode> old = new ArrayList<>();
    list.forEach(old::add);
    list.removeAll();
    for (int j = 0; j < order.size(); j++) {
      ObjectNode item = order.get(j) < 0 ? NODES.objectNode().put("name", items.get(j).name())
          : (ObjectNode) old.get(order.get(j));
      list.add(item.put("weight", items.get(j).weight()));
    }
    return data;
  }

  /** A copy of a mapping without the modelled keys: what an item must keep wherever it goes. */
  private static ObjectNode without(JsonNode mapping, String... modelled) {
    ObjectNode copy = (ObjectNode) mapping.deepCopy();
    copy.remove(List.of(modelled));
    return copy;
  }

  /**
   * Each kept item's comments stand once in the text, the trailing one on the line of its name and
   * the one above on the line before it; a removed item's comments are gone.
   */
  private static void assertCommentsFollowTheirItems(String text, Menu menu, List<Integer> order,
      String what) {
    List<String> lines = List.of(text.replace("\r\n", "\n").split("\n"));
    for (int old = 0; old < menu.items().size(); old++) {
      Generated generated = menu.items().get(old);
      boolean kept = order.contains(old);
      for (String comment : List.of(generated.aboveComment(), generated.trailingComment())) {
        boolean has = comment.equals(generated.aboveComment()) ? generated.above()
            : generated.trailing();
        assertThat(text.split(java.util.regex.Pattern.quote(comment), -1).length - 1).as(what)
            .isEqualTo(kept && has ? 1 : 0);
      }
      if (!kept) {
        continue;
      }
      int line = nameLine(lines, generated.item().name());
      if (generated.trailing()) {
        assertThat(lines.get(line)).as(what).endsWith(generated.trailingComment());
      }
      if (generated.above()) {
        assertThat(lines.get(line - 1).strip()).as(what).isEqualTo(generated.aboveComment());
      }
    }
  }

  private static int nameLine(List<String> lines, String name) {
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).matches(".*name: " + name + "\\b.*")) {
        return k;
      }
    }
    throw new AssertionError("no line names " + name);
  }

  @Test
  void generatedCardsImagesRearrangedThroughAPartialTypeKeepEveryOtherKey() {
    CardTextGenerator texts = TestCards.textGenerator(4242);
    Random random = new Random(4242);
    int tried = 0;
    for (int i = 0; tried < COUNT && i < COUNT * 10; i++) {
      GeneratedCardText generated = texts.next();
      CardDocument doc = MAPPER.read(generated.text());
      JsonNode images = doc.frontMatter().get("images");
      if (images == null || !images.isArray() || images.isEmpty() || !distinctUrls(images)) {
        continue;
      }
      tried++;
      List<Picture> before = doc.as(Pictures.class).images();
      List<Integer> order = rearrangement(random, before.size());
      List<Picture> after = new ArrayList<>();
      int added = 0;
      for (int old : order) {
        Picture picture = old < 0 ? new Picture("https://example.com/new" + added++ + ".jpg", 10)
            : before.get(old);
        after.add(old >= 0 && random.nextInt(4) == 0
            ? new Picture(picture.url(), picture.width() == null ? 7 : picture.width() + 1)
            : picture);
      }

      CardDocument next = doc.with(new Pictures(after));

      String what = "text " + i + ", order " + order + ":\n" + generated.text() + "\n=>\n"
          + next.text();
      CardDocument reread = MAPPER.read(next.text());
      assertThat(reread.as(Pictures.class).images()).as(what).isEqualTo(after);
      ObjectNode data = reread.frontMatter();
      ObjectNode original = doc.frontMatter();
      for (int j = 0; j < after.size(); j++) {
        ObjectNode item = (ObjectNode) data.get("images").get(j).deepCopy();
        item.remove("width");
        ObjectNode expected = order.get(j) < 0
            ? NODES.objectNode().put("url", after.get(j).url())
            : (ObjectNode) original.get("images").get(order.get(j)).deepCopy();
        expected.remove("width");
        assertThat(item).as(what).isEqualTo(expected);
      }
      data.remove("images");
      original.remove("images");
      assertThat(data).as(what).isEqualTo(original);
    }
    assertThat(tried).isPositive();
  }

  private static boolean distinctUrls(JsonNode images) {
    Set<String> urls = new HashSet<>();
    for (JsonNode image : images) {
      if (!image.isObject() || !image.path("url").isTextual() || !urls.add(image.get("url").asText())
          || (image.has("width") && !image.get("width").canConvertToInt())) {
        return false;
      }
    }
    return true;
  }
}
