package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every rearrangement of one list in a front matter through the minimal patch: each order of its
 * items, with one item removed or none, and a new item ({@code "new"}) inserted anywhere or
 * nowhere. Each must be written, read as the edit, and keep the comments of the kept items
 * ({@code # i2} is item 2's), once each, while a removed item's are gone (or, where the new item
 * took its slot as a value changed where it stands, stay with it); each line tagged
 * {@code # o1} (outside the list) comes back as it was.
 *
 * @param edits how many rearrangements were tried
 * @param failures each failed one, named with its text
 */
record Rearrangements(int edits, List<String> failures) {
  private static final Pattern TAG = Pattern.compile("#\\s*(i\\d+)");
  private static final Pattern OUTSIDE = Pattern.compile("(?m)^.*#\\s*o\\d+.*$");

  /** The {@code .yaml} shapes in a resource folder beside a test class, by name. */
  static List<Path> shapes(Class<?> test, String folder) {
    try (Stream<Path> files = Files.list(Path.of(test.getResource(folder).toURI()))) {
      return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A shape's text, with its line breaks made {@code eol}. */
  static String read(Path shape, String eol) {
    try {
      return Files.readString(shape, StandardCharsets.UTF_8).replace("\n", eol);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Tries every rearrangement of the list {@code listOf} finds in the data of each shape.
   *
   * @param listOf finds the list in a copy of the shape's data, to rearrange in place
   */
  static Rearrangements ofEach(List<Path> shapes, String eol, Function<JsonNode, ArrayNode> listOf) {
    List<String> failures = new ArrayList<>();
    int edits = 0;
    for (Path file : shapes) {
      String text = read(file, eol);
      ObjectNode data = Patches.parse(text).data();
      ArrayNode list = listOf.apply(data);
      Map<String, Integer> tags = tags(text);
      for (int[] order : orders(list.size())) {
        for (int drop = -1; drop < list.size(); drop++) {
          int kept = list.size() - (drop >= 0 ? 1 : 0);
          for (int insert = -1; insert <= kept; insert++) {
            ObjectNode target = data.deepCopy();
            ArrayNode items = listOf.apply(target);
            items.removeAll();
            for (int old : order) {
              if (old != drop) {
                items.add(list.get(old).deepCopy());
              }
            }
            if (insert >= 0) {
              items.insert(insert, "new");
            }
            edits++;
            String result = Patches.patch(text, target, Width.MINIMAL);
            Map<String, Integer> expectedTags = new TreeMap<>(tags);
            expectedTags.remove("i" + drop);
            Map<String, Integer> resultTags = result == null ? Map.of() : tags(result);
            Integer slotTags = resultTags.get("i" + drop);
            if (insert >= 0 && slotTags != null && slotTags <= tags.get("i" + drop)) {
              // the new item took the removed one's slot: a value changed where it stands
              expectedTags.put("i" + drop, slotTags);
            }
            if (result == null || !readsAs(result, target) || !resultTags.equals(expectedTags)
                || !keepsTheLinesOutside(text, result)) {
              failures.add(file.getFileName() + " order " + Arrays.toString(order)
                  + " without " + drop + " new at " + insert + ":\n" + result);
            }
          }
        }
      }
    }
    return new Rearrangements(edits, failures);
  }

  /** The first list in the data, depth first. */
  static ArrayNode firstList(JsonNode node) {
    ArrayNode found = findList(node);
    if (found == null) {
      throw new IllegalArgumentException("no list in " + node);
    }
    return found;
  }

  private static @Nullable ArrayNode findList(JsonNode node) {
    if (node instanceof ArrayNode array) {
      return array;
    }
    for (JsonNode child : node) {
      ArrayNode found = findList(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean readsAs(String text, JsonNode target) {
    try {
      return DataEquality.same(Patches.parse(text).data(), target);
    } catch (CardException e) {
      return false;
    }
  }

  /** Tells whether each line tagged {@code # oN} in the text is in the result as it was. */
  private static boolean keepsTheLinesOutside(String text, String result) {
    Matcher matcher = OUTSIDE.matcher(text);
    while (matcher.find()) {
      if (!Pattern.compile("(?m)^" + Pattern.quote(matcher.group()) + "$").matcher(result)
          .find()) {
        return false;
      }
    }
    return true;
  }

  /** How many comments each item has in a text, by tag. */
  private static Map<String, Integer> tags(String text) {
    Map<String, Integer> tags = new TreeMap<>();
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      tags.merge(matcher.group(1), 1, Integer::sum);
    }
    return tags;
  }

  /** Every order of {@code size} items, as the old index of each new item. */
  private static List<int[]> orders(int size) {
    List<int[]> orders = new ArrayList<>();
    permute(new int[size], new boolean[size], 0, orders);
    return orders;
  }

  private static void permute(int[] order, boolean[] used, int at, List<int[]> out) {
    if (at == order.length) {
      out.add(order.clone());
      return;
    }
    for (int i = 0; i < order.length; i++) {
      if (!used[i]) {
        used[i] = true;
        order[at] = i;
        permute(order, used, at + 1, out);
        used[i] = false;
      }
    }
  }
}
