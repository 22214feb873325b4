package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.cli.ModelKeys.ListOf;
import io.github.articlecard.cli.ModelKeys.RecordKeys;
import io.github.articlecard.cli.ModelKeys.Slot;
import io.github.articlecard.jackson.CardPath;
import io.github.articlecard.jackson.HouseStyle;
import io.github.articlecard.jackson.ListItemPairing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Follows key paths through front matter data: to the value that is there ({@link #find}, for
 * {@code get} and {@code unset}) or to the place a value goes ({@link #prepare}, for {@code set},
 * where {@code [+]} is a new item at the end of a list), refusing keys the card format does not
 * know. Indexes are resolved (a negative one counts from
 * the end); every refusal says what is there instead.
 */
final class DataPaths {
  private DataPaths() {}

  /** A request that the data cannot satisfy; nothing is changed. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    Refused(String problem) {
      super(problem, null, false, false);
      this.problem = problem;
    }

    /** Returns why the request cannot be followed. */
    String problem() {
      return problem;
    }
  }

  /**
   * Where a path leads.
   *
   * @param parent the mapping or list that holds (or will hold) the value
   * @param step the key, or the index resolved to count from the start
   * @param value the value there now, or null when there is none yet
   * @param slot what the model expects there, or null when it knows nothing of the place
   * @param resolved the path with its indexes resolved
   */
  record Place(ContainerNode<?> parent, CardPath.Step step, @Nullable JsonNode value,
      @Nullable Slot slot, CardPath resolved) {}

  /**
   * Finds the value at a path.
   *
   * @throws Refused if there is no value there, suggesting a key that is there when one is close
   */
  static Place find(ObjectNode root, KeyPath path) {
    return walk(root, path, false, true);
  }

  /**
   * Finds where {@code set} puts a value: creates the missing mappings and lists on the way, and
   * allows an index one past the end of a list (a new item).
   *
   * @param allowNew whether keys the card format does not know may be added
   * @throws Refused if the path names a key the card format does not know (and {@code allowNew}
   *     is false) or goes through a value that cannot hold it
   */
  static Place prepare(ObjectNode root, KeyPath path, boolean allowNew) {
    return walk(root, path, true, allowNew);
  }

  private static Place walk(ObjectNode root, KeyPath path, boolean create, boolean allowNew) {
    List<KeyPath.Step> steps = path.steps();
    CardPath here = CardPath.root();
    JsonNode node = root;
    @Nullable Slot slot = ModelKeys.CARD;
    for (int i = 0; i < steps.size(); i++) {
      boolean last = i == steps.size() - 1;
      KeyPath.Step step = steps.get(i);
      ContainerNode<?> parent;
      CardPath.Step at;
      @Nullable Slot next;
      if (step instanceof KeyPath.Key key) {
        if (!(node instanceof ObjectNode object)) {
          throw new Refused(notAMapping(here, node, key.name()));
        }
        next = slot instanceof RecordKeys record ? record.key(key.name()) : null;
        if (!object.has(key.name())) {
          if (!create) {
            throw new Refused(missing(here, key.name(), object));
          }
          if (!allowNew && slot instanceof RecordKeys record && next == null) {
            throw new Refused(unknown(here, key.name(), record));
          }
        }
        parent = object;
        at = new CardPath.Key(key.name());
      } else {
        if (!(node instanceof ArrayNode array)) {
          throw new Refused(notAList(here, node));
        }
        int size = array.size();
        if (step instanceof KeyPath.Append && !create) {
          throw new Refused(quoted(here + "[+]") + " names no item: it adds one, for set"
              + (size == 0 ? "" : "; " + quoted(here + "[-1]") + " is the last item"));
        }
        int index = step instanceof KeyPath.Index given ? given.index() : size;
        int item = index < 0 ? size + index : index;
        boolean append = create && index >= 0 && item == size;
        if (item < 0 || (item >= size && !append)) {
          throw new Refused(noItem(here, index, size, create));
        }
        next = slot instanceof ListOf list ? list.item() : null;
        parent = array;
        at = new CardPath.Index(item);
      }
      CardPath there = at instanceof CardPath.Key key ? here.key(key.name())
          : here.index(((CardPath.Index) at).index());
      JsonNode child = at instanceof CardPath.Key key ? parent.get(key.name())
          : parent.get(((CardPath.Index) at).index());
      if (last) {
        return new Place(parent, at, child, next, there);
      }
      if (create && (child == null || child.isNull())) {
        child = steps.get(i + 1) instanceof KeyPath.Key ? JsonNodeFactory.instance.objectNode()
            : JsonNodeFactory.instance.arrayNode();
        put(parent, at, child);
      }
      node = child;
      slot = next;
      here = there;
    }
    throw new IllegalStateException("a key path has at least one step");
  }

  /**
   * Moves the keys that {@code after} has and {@code before} does not, in every mapping both have
   * (list items matched by index), to where a house style's key order puts them: after the
   * nearest kept key the order puts before them, else before the nearest it puts after them; keys
   * the order does not know stay after the key before them. The style is asked for only where a
   * mapping has a new key. Walks without recursion.
   */
  static void placeNewKeys(JsonNode before, ObjectNode after, Supplier<HouseStyle> style) {
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {before, after, ""});
    while (!stack.isEmpty()) {
      Object[] next = stack.remove(stack.size() - 1);
      JsonNode old = (JsonNode) next[0];
      JsonNode now = (JsonNode) next[1];
      String level = (String) next[2];
      if (old instanceof ObjectNode oldMapping && now instanceof ObjectNode mapping) {
        reorder(oldMapping, mapping, () -> orderAt(style.get(), level));
        for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
          JsonNode was = oldMapping.get(entry.getKey());
          if (was != null && was.isContainerNode()) {
            stack.add(new Object[] {was, entry.getValue(),
                (level.isEmpty() ? "" : level + ".") + entry.getKey()});
          }
        }
      } else if (old instanceof ArrayNode oldList && now instanceof ArrayNode list) {
        for (int i = 0; i < Math.min(oldList.size(), list.size()); i++) {
          stack.add(new Object[] {oldList.get(i), list.get(i), level + "[]"});
        }
      }
    }
  }

  /** The house order at a level, or none where the level's keys cannot name a place. */
  static List<String> orderAt(HouseStyle style, String level) {
    try {
      return style.keyOrder(level);
    } catch (IllegalArgumentException e) {
      return List.of(); // a key with a dot or bracket on the way: no order known there
    }
  }

  private static void reorder(ObjectNode old, ObjectNode mapping,
      Supplier<List<String>> houseOrder) {
    List<String> keys = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(keys::add);
    List<String> placed = new ArrayList<>();
    for (String key : keys) {
      if (old.has(key)) {
        placed.add(key);
      }
    }
    if (placed.size() == keys.size()) {
      return; // no new key: no style asked for
    }
    List<String> order = houseOrder.get();
    if (order.isEmpty()) {
      return;
    }
    String previous = null;
    for (String key : keys) {
      if (!old.has(key)) {
        placed.add(positionFor(key, previous, placed, order), key);
      }
      previous = key;
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    mapping.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    mapping.removeAll();
    placed.forEach(key -> mapping.set(key, values.get(key)));
  }

  private static int positionFor(String key, @Nullable String previous, List<String> placed,
      List<String> order) {
    int rank = order.indexOf(key);
    if (rank >= 0) {
      int after = -1;
      int before = -1;
      for (int i = 0; i < placed.size(); i++) {
        int other = order.indexOf(placed.get(i));
        if (other >= 0 && other < rank) {
          after = i;
        } else if (other > rank && before < 0) {
          before = i;
        }
      }
      if (after >= 0) {
        return after + 1;
      }
      if (before >= 0) {
        return before;
      }
    }
    return previous == null ? 0 : placed.indexOf(previous) + 1;
  }

  /** Sets, or adds, the value at a place. */
  static void put(ContainerNode<?> parent, CardPath.Step at, JsonNode value) {
    if (parent instanceof ObjectNode object && at instanceof CardPath.Key key) {
      object.set(key.name(), value);
    } else if (parent instanceof ArrayNode array && at instanceof CardPath.Index index) {
      if (index.index() == array.size()) {
        array.add(value);
      } else {
        array.set(index.index(), value);
      }
    }
  }

  /**
   * Refuses a value (a mapping or list given as JSON) that holds keys the card format does not
   * know where the model expects a record, unless the value it replaces had them too: in a list,
   * the old item it is, matched by what it is wherever it moved.
   *
   * @param value the new value
   * @param old the value it replaces, or null
   * @param slot what the model expects there, or null
   * @param path where the value goes, resolved
   * @throws Refused naming the first unknown key
   */
  static void checkKnown(JsonNode value, @Nullable JsonNode old, @Nullable Slot slot,
      CardPath path) {
    if (slot instanceof RecordKeys record && value instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String key = entry.getKey();
        @Nullable JsonNode before = old instanceof ObjectNode oldObject ? oldObject.get(key) : null;
        @Nullable Slot inner = record.key(key);
        if (inner == null && before == null) {
          throw new Refused(unknown(path, key, record));
        }
        checkKnown(entry.getValue(), before, inner, path.key(key));
      }
    } else if (slot instanceof ListOf list && value instanceof ArrayNode array) {
      @Nullable ListItemPairing items = old instanceof ArrayNode oldArray
          ? ListItemPairing.of(oldArray, array) : null;
      for (int i = 0; i < array.size(); i++) {
        OptionalInt was = items == null ? OptionalInt.empty() : items.oldIndexOf(i);
        @Nullable JsonNode before = old != null && was.isPresent() ? old.get(was.getAsInt()) : null;
        checkKnown(array.get(i), before, list.item(), path.index(i));
      }
    }
  }

  /**
   * A first key that is probably a typo: not a key of the card format, but close to one.
   *
   * @param typed the key as typed
   * @param meant the key of the format it is close to
   */
  record Misspelled(String typed, String meant) {
    /** Says what is wrong: {@code `qualty` is not a key of the card format; did you mean ...?}. */
    String problem() {
      return quoted(typed) + " is not a key of the card format; did you mean " + quoted(meant)
          + "?";
    }
  }

  /**
   * The keys of the family's older cards that the format renamed ({@code sourceUrl},
   * {@code ampUrl}, {@code cdnAmpUrl}): close to today's names, never taken for a misspelling,
   * since migrating them is a job the command is for.
   */
  private static final Set<String> OLDER_SCHEMA = Set.of("sourceUrl", "ampUrl", "cdnAmpUrl");

  /**
   * Returns the key of the card format that a path's first key was probably meant to be, when
   * the format does not know that key and knows one close to it ({@code qualty}: {@code quality};
   * not {@code sourceUrl} or {@code price}, which are far from every key): a refusal that holds
   * whatever the card, so a command can make it once, before reading any.
   */
  static Optional<Misspelled> misspelledFirstKey(KeyPath path) {
    if (!(path.steps().get(0) instanceof KeyPath.Key key)
        || ModelKeys.CARD.key(key.name()) != null || OLDER_SCHEMA.contains(key.name())) {
      return Optional.empty();
    }
    return ModelKeys.closest(key.name(), ModelKeys.CARD.keys().keySet())
        .map(meant -> new Misspelled(key.name(), meant));
  }

  /**
   * Returns why a top-level key the card format does not know cannot be added without
   * {@code --new}, or empty when the format knows it.
   */
  static Optional<String> unknownAtTheTop(String key) {
    return ModelKeys.CARD.key(key) != null ? Optional.empty()
        : Optional.of(unknown(CardPath.root(), key, ModelKeys.CARD));
  }

  private static String quoted(Object path) {
    return "`" + path + "`";
  }

  private static String unknown(CardPath parent, String key, RecordKeys record) {
    Optional<String> meant = ModelKeys.closest(key, record.keys().keySet());
    return quoted(parent.key(key)) + " is not a key of the card format"
        + meant.map(known -> "; did you mean " + quoted(parent.key(known)) + "? (")
            .orElse(" (" + record.name() + " has " + String.join(", ", record.keys().keySet()) + "; ")
        + "--new adds it anyway)";
  }

  private static String missing(CardPath parent, String key, ObjectNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return "no value at " + quoted(parent.key(key))
        + ModelKeys.closest(key, keys).map(known -> "; did you mean " + quoted(parent.key(known)) + "?")
            .orElse("");
  }

  private static String noItem(CardPath list, int index, int size, boolean canAdd) {
    String has = size == 0 ? "is empty" : "has " + size + (size == 1 ? " item" : " items");
    return "no item " + quoted(list + "[" + index + "]") + ": " + quoted(list) + " " + has
        + (canAdd ? " (" + quoted(list + "[" + size + "]") + " adds one)" : "");
  }

  private static String what(CardPath here) {
    return here.isRoot() ? "the front matter" : quoted(here);
  }

  private static String notAMapping(CardPath here, JsonNode node, String key) {
    String what = what(here);
    return node.isArray()
        ? what + " is a list, so it has no key `" + key + "`: name an item, such as "
            + quoted(here.index(0).key(key))
        : what + " holds " + describe(node) + ", not a mapping, so it has no key `" + key + "`";
  }

  private static String notAList(CardPath here, JsonNode node) {
    return what(here) + " holds " + describe(node) + ", not a list, so it has no items";
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    return node.isNull() ? "null" : "a single value";
  }
}
