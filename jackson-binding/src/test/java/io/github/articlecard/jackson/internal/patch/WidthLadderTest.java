package io.github.articlecard.jackson.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.StandardStyle;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.document.Edited;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.HouseRules;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ladder of widths (minimal, entry, document, bare) never loses a comment of a key an edit does
 * not touch. Every front matter in {@code ladder/} (as the front matter, under a key and in a list
 * item, each with its CRLF twin) gets every edit of one key or item, at every level: removed,
 * changed, a new key or item inserted after it (and before the first), in the document's own style
 * and in the card's house style. The width that wrote each result is recorded: every one is the
 * minimal patch, none needs a wider rewrite. The document width, tried on its own for every edit,
 * shows what a wider rewrite would keep.
 *
 * <p>A comment in a ladder file says whose it is: {@code # @m.a} belongs to key {@code a} of
 * {@code m}, {@code # @} to no key (a header, a footer, a note between groups).
 */
class WidthLadderTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern OWNER = Pattern.compile("#\\s*@(\\S*)");
  private static final CardReader READER = new CardReader(ReadLimits.DEFAULTS);
  private static final Map<String, StyleDecision> POLICIES = Map.of(
      "document style", StyleDecision.of(HouseRules.NONE, StylePolicy.NONE),
      "house style", StyleDecision.of(HouseRules.NONE, StandardStyle.INSTANCE));
  private static final CardEditor EDITOR =
      new CardEditor(READER, POLICIES.get("house style"));

  /**
   * What an edit did, to which value ({@code touched}, null for an insert), in which top-level
   * entry ({@code entry}, null for an insert at the top level), and the data it asks for.
   */
  private record Edit(String description, @Nullable String touched, @Nullable String entry,
      ObjectNode target) {}

  /**
   * One edit of one shape: the width that wrote it, what it wrote and the comments it lost that
   * were no touched key's; and the same for the document width, tried on its own.
   */
  private record Outcome(String input, @Nullable Width width, @Nullable String result,
      Map<String, Integer> lostComments, @Nullable String document,
      Map<String, Integer> lostByDocument) {}

  private static final List<Outcome> OUTCOMES = new ArrayList<>();

  @BeforeAll
  static void editEveryShape() throws IOException, URISyntaxException {
    for (Path file : shapes()) {
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      String shape = Files.readString(file, StandardCharsets.UTF_8);
      for (Placement placement : Placement.values()) {
        for (String eol : List.of("\n", "\r\n")) {
          String text = placement.place(shape).replace("\n", eol);
          String input = name + placement.description + (eol.equals("\n") ? "" : " (CRLF)");
          ParsedCard card = READER.read("---" + eol + text
              + (text.isEmpty() || text.endsWith("\n") ? "" : eol) + "---" + eol);
          for (Edit edit : edits(card.source().data())) {
            for (Map.Entry<String, StyleDecision> policy : POLICIES.entrySet()) {
              OUTCOMES.add(run(input + ", " + edit.description() + ", " + policy.getKey(), card,
                  placement, edit, eol, policy.getValue()));
            }
          }
        }
      }
    }
  }

  /** Where a shape stands: as the front matter, or nested in one with a sibling after it. */
  private enum Placement {
    ROOT("", "") {
      @Override
      String place(String shape) {
        return shape;
      }
    },
    UNDER_A_KEY(" under a key", "wrap") {
      @Override
      String place(String shape) {
        return "wrap:\n" + indent(shape, 2) + "after: 1 # @after\n";
      }
    },
    IN_A_LIST_ITEM(" in a list item", "list[0]") {
      @Override
      String place(String shape) {
        return "list:\n  -\n" + indent(shape, 4) + "  - last # @list[1]\nafter: 1 # @after\n";
      }
    };

    final String description;
    /** The owner of the shape's comments that are no key's (the wrapping value), then a prefix. */
    final String owner;

    Placement(String description, String owner) {
      this.description = description;
      this.owner = owner;
    }

    abstract String place(String shape);

    /** The owner of a comment tagged {@code tag} in the shape, as a path in the placed text. */
    String owner(String tag) {
      if (owner.isEmpty() || tag.equals("after") || tag.startsWith("list[1]")) {
        return tag;
      }
      return tag.isEmpty() ? owner : owner + "." + tag;
    }

    private static String indent(String shape, int columns) {
      StringBuilder out = new StringBuilder();
      for (String line : shape.split("\n", -1)) {
        if (!line.isEmpty()) {
          out.append(" ".repeat(columns)).append(line);
        }
        out.append('\n');
      }
      return out.substring(0, out.length() - 1);
    }
  }

  @Test
  void everyShapeInEveryPlaceGetsEveryKindOfEdit() {
    assertThat(OUTCOMES.size()).isGreaterThan(9_000);
    assertThat(OUTCOMES.stream().filter(outcome -> outcome.width() == null).map(Outcome::input))
        .isEmpty();
  }

  @Test
  void noEditLosesACommentOfAKeyItDidNotTouch() {
    assertThat(OUTCOMES.stream().filter(outcome -> !outcome.lostComments().isEmpty())
        .map(outcome -> outcome.input() + " lost " + outcome.lostComments() + ":\n"
            + outcome.result()))
        .isEmpty();
  }

  @Test
  void everyEditIsPatchedInPlaceSoNoInputNeedsTheDocumentOrBareRendering() {
    assertThat(inputsWrittenAt(Width.BARE)).isEmpty();
    assertThat(inputsWrittenAt(Width.DOCUMENT)).isEmpty();
    assertThat(inputsWrittenAt(Width.ENTRY)).isEmpty();
  }

  /**
   * The document width, should an edit ever need it, reads back as the edit and keeps the comments
   * of the top-level entries the edit does not touch, and those around them.
   */
  @Test
  void theDocumentWidthKeepsTheCommentsOfUntouchedTopLevelEntries() {
    assertThat(OUTCOMES.stream().filter(outcome -> outcome.document() == null)
        .map(Outcome::input)).isEmpty();
    assertThat(OUTCOMES.stream().filter(outcome -> !outcome.lostByDocument().isEmpty())
        .map(outcome -> outcome.input() + " lost " + outcome.lostByDocument() + ":\n"
            + outcome.document()))
        .isEmpty();
  }

  private static List<String> inputsWrittenAt(Width width) {
    return OUTCOMES.stream().filter(outcome -> outcome.width() == width).map(Outcome::input)
        .toList();
  }

  private static Outcome run(String input, ParsedCard card, Placement placement, Edit edit,
      String eol, StyleDecision policy) {
    SourceMap source = card.source();
    ObjectNode target = edit.target();
    Edited verified;
    try {
      verified = EDITOR.withFrontMatter(card, target, "", policy);
    } catch (CardException e) {
      verified = null;
    }
    StyleDecision style = policy.within(source);
    String document = readsAs(FrontMatterPatcher.candidate(Width.DOCUMENT, source, target,
        new YamlEmitter(eol, style), style), target);
    // a flow front matter is written anew in its place at the document width: only the comments
    // around it stay
    boolean flowRoot = source.root() != null && source.root().flow();
    String result = verified == null ? null : verified.card().source().text();
    return new Outcome(input, verified == null ? null : verified.step().width(), result,
        lost(source.text(), result, placement,
            owner -> within(owner, edit.touched())),
        document, lost(source.text(), document, placement,
            owner -> within(owner, edit.entry()) || (flowRoot && !owner.isEmpty())));
  }

  /** The comments of a text that another lost, but for those that may go. */
  private static Map<String, Integer> lost(String text, @Nullable String result,
      Placement placement, Predicate<String> mayGo) {
    Map<String, Integer> lost = new HashMap<>();
    if (result == null) {
      return lost;
    }
    Map<String, Integer> after = owners(result);
    owners(text).forEach((tag, count) -> {
      int kept = after.getOrDefault(tag, 0);
      if (kept < count && !mayGo.test(placement.owner(tag))) {
        lost.put(placement.owner(tag), count - kept);
      }
    });
    return lost;
  }

  private static @Nullable String readsAs(@Nullable String candidate, ObjectNode target) {
    if (candidate == null) {
      return null;
    }
    try {
      return DataEquality.same(Patches.parse(candidate).data(), target) ? candidate : null;
    } catch (CardException e) {
      return null;
    }
  }

  /** How many comments each owner has in a text. */
  private static Map<String, Integer> owners(String text) {
    Map<String, Integer> owners = new HashMap<>();
    Matcher matcher = OWNER.matcher(text);
    while (matcher.find()) {
      owners.merge(matcher.group(1), 1, Integer::sum);
    }
    return owners;
  }

  /** Tells whether a comment's owner is the touched value or inside it. */
  private static boolean within(String owner, @Nullable String touched) {
    return touched != null && (owner.equals(touched) || owner.startsWith(touched + ".")
        || owner.startsWith(touched + "["));
  }

  private static List<Path> shapes() throws IOException, URISyntaxException {
    Path folder = Path.of(WidthLadderTest.class.getResource("ladder").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Every edit of one key or item of the data, at every level. */
  private static List<Edit> edits(ObjectNode data) {
    List<Edit> edits = new ArrayList<>();
    collect(data, data, new ArrayList<>(), edits);
    return edits;
  }

  private static void collect(ObjectNode root, JsonNode node, List<Object> path, List<Edit> edits) {
    String at = name(path);
    if (node.isObject()) {
      edits.add(new Edit("insert a first key in " + at, null, entry(path),
          edited(root, path, parent -> insertKey((ObjectNode) parent, -1))));
      int index = 0;
      for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); index++) {
        String key = keys.next();
        int position = index;
        List<Object> child = append(path, key);
        edits.add(new Edit("remove " + name(child), name(child), entry(child),
            edited(root, path, parent -> ((ObjectNode) parent).remove(key))));
        edits.add(new Edit("insert after " + name(child), null, entry(path),
            edited(root, path, parent -> insertKey((ObjectNode) parent, position))));
        JsonNode value = node.get(key);
        if (value.isValueNode()) {
          edits.add(new Edit("change " + name(child), name(child), entry(child),
              edited(root, path, parent -> ((ObjectNode) parent).set(key, changed(value)))));
        } else {
          collect(root, value, child, edits);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        int index = i;
        List<Object> child = append(path, i);
        edits.add(new Edit("remove " + name(child), name(child), entry(child),
            edited(root, path, parent -> ((ArrayNode) parent).remove(index))));
        edits.add(new Edit("insert after " + name(child), null, entry(path),
            edited(root, path, parent -> ((ArrayNode) parent).insert(index + 1, "new"))));
        JsonNode value = node.get(i);
        if (value.isValueNode()) {
          edits.add(new Edit("change " + name(child), name(child), entry(child),
              edited(root, path, parent -> ((ArrayNode) parent).set(index, changed(value)))));
        } else {
          collect(root, value, child, edits);
        }
      }
    }
  }

  /** A copy of the data with the container at {@code path} edited. */
  private static ObjectNode edited(ObjectNode root, List<Object> path,
      Consumer<JsonNode> edit) {
    ObjectNode copy = root.deepCopy();
    JsonNode parent = copy;
    for (Object step : path) {
      parent = step instanceof String key ? parent.get(key) : parent.get((Integer) step);
    }
    edit.accept(parent);
    return copy;
  }

  /** Inserts {@code added: "new"} after the key at {@code position} (-1: before the first). */
  private static void insertKey(ObjectNode mapping, int position) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(mapping.properties());
    mapping.removeAll();
    if (position < 0) {
      mapping.put("added", "new");
    }
    for (int i = 0; i < entries.size(); i++) {
      mapping.set(entries.get(i).getKey(), entries.get(i).getValue());
      if (i == position) {
        mapping.put("added", "new");
      }
    }
  }

  /** Another value of the same kind; text keeps its line breaks, so block scalars stay blocks. */
  private static JsonNode changed(JsonNode value) {
    if (value.isTextual()) {
      return NODES.textNode("new " + value.textValue());
    }
    if (value.isIntegralNumber()) {
      return NODES.numberNode(value.longValue() + 1);
    }
    if (value.isBoolean()) {
      return NODES.booleanNode(!value.booleanValue());
    }
    return NODES.textNode("set");
  }

  /** The top-level entry a path leads into, null for the root. */
  private static @Nullable String entry(List<Object> path) {
    return path.isEmpty() ? null : (String) path.get(0);
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> child = new ArrayList<>(path);
    child.add(step);
    return child;
  }

  private static String name(List<Object> path) {
    StringBuilder name = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        name.append('[').append(index).append(']');
      } else {
        name.append(name.length() == 0 ? "" : ".").append(step);
      }
    }
    return name.length() == 0 ? "the root" : name.toString();
  }
}
