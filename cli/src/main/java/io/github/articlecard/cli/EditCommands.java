package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.CardPath;
import io.github.articlecard.jackson.CardProblem;
import io.github.articlecard.cli.DataPaths.Place;
import io.github.articlecard.cli.DataPaths.Refused;
import io.github.articlecard.cli.ModelKeys.Slot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code articlecard get}, {@code set}, {@code unset} and {@code mv}: values and keys at key paths,
 * read and edited through the generic front matter, so that an edit changes only its own lines.
 */
final class EditCommands {
  private final CardMapper mapper;
  private final Inputs inputs;
  private final Output output;

  EditCommands(CardMapper mapper, Inputs inputs, Output output) {
    this.mapper = mapper;
    this.inputs = inputs;
    this.output = output;
  }

  int get(Command.Arguments args) {
    Inputs.Input input = inputs.single(args.operands().get(0));
    KeyPath path = KeyPath.parse(args.operands().get(1));
    CardDocument doc = inputs.read(input);
    try {
      output.result(display(DataPaths.find(doc.frontMatter(), path).value()));
      return 0;
    } catch (Refused e) {
      output.problem(Diagnostic.about(input.name(), e.problem()));
      return 1;
    }
  }

  /** Text as it is, lists and mappings as indented JSON, other values as JSON writes them. */
  private static String display(@Nullable JsonNode value) {
    if (value == null) {
      return "null";
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    return value.isContainerNode() ? Json.pretty(value) : value.toString();
  }

  int set(Command.Arguments args) {
    List<String> operands = args.operands();
    if (operands.size() % 2 == 0) {
      throw new UsageException("set: KEY and VALUE come in pairs; '" + operands.get(operands.size() - 1)
          + "' has no VALUE");
    }
    List<KeyPath> paths = new ArrayList<>();
    for (int i = 1; i < operands.size(); i += 2) {
      paths.add(KeyPath.parse(operands.get(i)));
    }
    boolean allowNew = args.has("--new");
    return editData(inputs.single(operands.get(0)), args.has("--dry-run"), data -> {
      ObjectNode before = data.deepCopy();
      for (int i = 0; i < paths.size(); i++) {
        Place place = DataPaths.prepare(data, paths.get(i), allowNew);
        JsonNode value = value(operands.get(2 * i + 2), place.slot(), place.value());
        if (!allowNew) {
          DataPaths.checkKnown(value, place.value(), place.slot(), place.resolved());
        }
        DataPaths.put(place.parent(), place.step(), value);
      }
      // a new key, and a mapping made on the way to it, go where the house order puts them
      DataPaths.placeNewKeys(before, data, mapper.houseStyle());
    });
  }

  int unset(Command.Arguments args) {
    List<String> operands = args.operands();
    List<KeyPath> paths = new ArrayList<>();
    for (String operand : operands.subList(1, operands.size())) {
      paths.add(KeyPath.parse(operand));
    }
    return editData(inputs.single(operands.get(0)), args.has("--dry-run"), data -> {
      List<Place> places = new ArrayList<>();
      for (KeyPath path : paths) {
        places.add(DataPaths.find(data, path));
      }
      remove(places);
    });
  }

  /**
   * Renames a key in place ({@link CardDocument#withKeyRenamed(CardPath, String)}): refused when
   * there is no key at the path, when its mapping has a key of the new name, or, without
   * {@code --new}, when the card format does not know the new name there.
   */
  int mv(Command.Arguments args) {
    List<String> operands = args.operands();
    KeyPath path = KeyPath.parse(operands.get(1));
    if (!(path.steps().get(path.steps().size() - 1) instanceof KeyPath.Key)) {
      throw new UsageException("mv: '" + path + "' names a list item, not a key");
    }
    String newName = operands.get(2);
    boolean allowNew = args.has("--new");
    return edit(inputs.single(operands.get(0)), args.has("--dry-run"), doc -> {
      CardPath old = DataPaths.find(doc.frontMatter(), path).resolved();
      List<KeyPath.Step> renamed = new ArrayList<>();
      for (CardPath.Step step : old.steps().subList(0, old.steps().size() - 1)) {
        renamed.add(step instanceof CardPath.Index index ? new KeyPath.Index(index.index())
            : new KeyPath.Key(((CardPath.Key) step).name()));
      }
      renamed.add(new KeyPath.Key(newName));
      DataPaths.prepare(doc.frontMatter(), new KeyPath(newName, renamed), allowNew);
      return doc.withKeyRenamed(old, newName);
    });
  }

  /** Removes the values at places found in the same data: list items from the last one back. */
  private static void remove(List<Place> places) {
    List<Place> ordered = new ArrayList<>(places);
    ordered.sort(Comparator.comparingInt((Place place) ->
        place.step() instanceof CardPath.Index index ? -index.index() : 0));
    IdentityHashMap<Object, Set<Object>> removed = new IdentityHashMap<>();
    for (Place place : ordered) {
      Object step = place.step() instanceof CardPath.Index index ? (Object) index.index()
          : ((CardPath.Key) place.step()).name();
      if (!removed.computeIfAbsent(place.parent(), parent -> new HashSet<>()).add(step)) {
        continue;
      }
      if (place.parent() instanceof ObjectNode object) {
        object.remove((String) step);
      } else if (place.parent() instanceof ArrayNode array) {
        array.remove((Integer) step);
      }
    }
  }

  /** Changes the data of a document. */
  private interface Change {
    void apply(ObjectNode data);
  }

  /** Makes the edited document from a document. */
  private interface Edit {
    /**
     * Returns the edited document.
     *
     * @throws Refused if the edit does not fit the card
     * @throws CardException if the edited card cannot be written
     */
    CardDocument apply(CardDocument doc);
  }

  /** Applies a change to a card's data as {@link #edit} applies an edit. */
  private int editData(Inputs.Input input, boolean dryRun, Change change) {
    return edit(input, dryRun, doc -> {
      ObjectNode data = doc.frontMatter();
      change.apply(data);
      return doc.withFrontMatter(data);
    });
  }

  /**
   * Applies an edit to a card and writes it back (or prints it for standard input, or its diff
   * with {@code --dry-run}), unless the edit is refused or makes a card that bound no longer
   * bind.
   */
  private int edit(Inputs.Input input, boolean dryRun, Edit edit) {
    CardDocument doc = inputs.read(input);
    boolean wasCard = binds(doc);
    CardDocument edited;
    Set<ValidationProblem> before = new HashSet<>();
    if (wasCard) {
      doc.problems().forEach(problem -> before.add(problem.validation()));
    }
    try {
      edited = edit.apply(doc);
      if (wasCard) {
        for (CardProblem problem : edited.problems()) {
          if (!before.contains(problem.validation())) {
            output.warning(Findings.problem(input.name(), problem));
          }
        }
      }
    } catch (Refused e) {
      output.problem(Diagnostic.about(input.name(), "not changed: " + e.problem()));
      return 1;
    } catch (CardException e) {
      output.problem(Diagnostic.about(input.name(),
          "not changed: " + Diagnostic.of(input.name(), e).message()));
      return 1;
    }
    Path path = input.path();
    if (dryRun) {
      output.text(LineDiff.ofFile(input.name(), doc.text(), edited.text()));
    } else if (path == null) {
      output.text(edited.text());
    } else if (edited.text().equals(doc.text())) {
      output.note("unchanged " + input.name());
    } else {
      mapper.write(edited, path);
      output.note("updated " + input.name());
    }
    return 0;
  }

  private static boolean binds(CardDocument doc) {
    try {
      doc.card();
      return true;
    } catch (CardException e) {
      return false;
    }
  }

  /**
   * Reads a value as {@code set} takes it: {@code null} is null; JSON text in double quotes is
   * that text; a key that holds text (or held text, when the model does not know it) takes the
   * value as text; otherwise JSON when it is JSON, else text.
   */
  static JsonNode value(String raw, @Nullable Slot slot, @Nullable JsonNode old) {
    if (raw.equals("null")) {
      return NullNode.getInstance();
    }
    if (raw.startsWith("\"")) {
      JsonNode quoted = Json.parse(raw);
      if (quoted != null && quoted.isTextual()) {
        return quoted;
      }
    }
    boolean text = slot == ModelKeys.Scalar.TEXT
        || (slot == null && old != null && old.isTextual());
    JsonNode parsed = text ? null : Json.parse(raw);
    return parsed == null ? TextNode.valueOf(raw) : parsed;
  }
}
