package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    refuseSwapped(Command.GET, args.operands());
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
    Targets targets = Targets.of(Command.SET, args);
    List<String> edit = targets.edit();
    if (edit.size() % 2 == 1) {
      throw new UsageException("set: KEY and VALUE come in pairs; '" + edit.get(edit.size() - 1)
          + "' has no VALUE");
    }
    List<KeyPath> paths = new ArrayList<>();
    for (int i = 0; i < edit.size(); i += 2) {
      paths.add(KeyPath.parse(edit.get(i)));
    }
    boolean allowNew = args.has("--new");
    if (!allowNew && many(targets)) {
      // a typo refused in every card is refused once, before any card is read
      for (KeyPath path : paths) {
        DataPaths.misspelledFirstKey(path).ifPresent(meant -> {
          throw new UsageException("set: " + meant.problem() + " (--new sets it anyway)");
        });
      }
    }
    EditingMappers mappers = new EditingMappers(Command.SET, args);
    return apply(targets, args, mappers, (input, doc) -> {
      ObjectNode data = doc.frontMatter();
      ObjectNode before = data.deepCopy();
      for (int i = 0; i < paths.size(); i++) {
        Place place = DataPaths.prepare(data, paths.get(i), allowNew);
        JsonNode value = valueAt(place, edit.get(2 * i + 1), place.value());
        if (!allowNew) {
          DataPaths.checkKnown(value, place.value(), place.slot(), place.resolved());
        }
        DataPaths.put(place.parent(), place.step(), value);
      }
      // a new key, and a mapping made on the way to it, go where the house order of the card's
      // folder puts them, with its blank lines: learned only when a key is new, once a folder
      boolean[] adds = {false};
      DataPaths.placeNewKeys(before, data, () -> {
        adds[0] = true;
        return mappers.style(input);
      });
      CardDocument edited = doc.withFrontMatter(data);
      return adds[0] ? inHouseStyle(mappers.styled(input).read(doc.text()), edited) : edited;
    });
  }

  /**
   * Returns an edit that adds keys made again as a card, so that the new groups get the blank
   * lines of the house style the document was read with ({@code withFrontMatter} takes the
   * document's own style only); the edit as it was where the card does not bind or the card's
   * edit would not hold the same data in the same order (an unknown key goes last through
   * {@code set}).
   */
  private static CardDocument inHouseStyle(CardDocument styled, CardDocument edited) {
    try {
      CardDocument asCard = styled.withCard(edited.card());
      // the same data in the same order (JSON text keeps the keys' order; equals does not)
      return asCard.frontMatter().toString().equals(edited.frontMatter().toString())
          && asCard.body().equals(edited.body()) ? asCard : edited;
    } catch (CardException e) {
      return edited;
    }
  }

  int unset(Command.Arguments args) {
    Targets targets = Targets.of(Command.UNSET, args);
    List<KeyPath> paths = new ArrayList<>();
    for (String operand : targets.edit()) {
      paths.add(KeyPath.parse(operand));
    }
    return apply(targets, args, new EditingMappers(Command.UNSET, args), (input, doc) -> {
      ObjectNode data = doc.frontMatter();
      List<Place> places = new ArrayList<>();
      for (KeyPath path : paths) {
        places.add(DataPaths.find(data, path));
      }
      remove(places);
      return doc.withFrontMatter(data);
    });
  }

  /**
   * Renames a key in place ({@link CardDocument#withKeyRenamed(CardPath, String)}): refused when
   * there is no key at the path, when its mapping has a key of the new name, or, without
   * {@code --new}, when the card format does not know the new name there.
   */
  int mv(Command.Arguments args) {
    Targets targets = Targets.of(Command.MV, args);
    KeyPath path = KeyPath.parse(targets.edit().get(0));
    if (!(path.steps().get(path.steps().size() - 1) instanceof KeyPath.Key)) {
      throw new UsageException("mv: '" + path + "' names a list item, not a key");
    }
    String newName = targets.edit().get(1);
    boolean allowNew = args.has("--new");
    if (!allowNew && many(targets) && path.steps().size() == 1) {
      // refused in every card (a card that has the name already is refused for that): once
      DataPaths.unknownAtTheTop(newName).ifPresent(problem -> {
        throw new UsageException("mv: " + problem);
      });
    }
    return apply(targets, args, new EditingMappers(Command.MV, args), (input, doc) -> {
      CardPath old;
      try {
        old = DataPaths.find(doc.frontMatter(), path).resolved();
      } catch (Refused e) {
        throw new Refused(e.problem() + "; --where has:" + path + " edits only the cards that"
            + " have it");
      }
      List<KeyPath.Step> renamed = new ArrayList<>();
      for (CardPath.Step step : old.steps().subList(0, old.steps().size() - 1)) {
        renamed.add(step instanceof CardPath.Index index ? new KeyPath.Index(index.index())
            : new KeyPath.Key(((CardPath.Key) step).name()));
      }
      renamed.add(new KeyPath.Key(newName));
      DataPaths.prepare(doc.frontMatter(), new KeyPath(newName, renamed), allowNew);
      try {
        return doc.withKeyRenamed(old, newName);
      } catch (CardException e) {
        if (e.kind() != CardException.Kind.DUPLICATE_KEY) {
          throw e;
        }
        CardPath taken = old.steps().size() == 1 ? CardPath.root().key(newName) : null;
        throw new Refused(e.problem() + "; unset it first" + (taken == null ? ""
            : ", or edit only the cards without it: --where '!has:" + newName + "'"));
      }
    });
  }

  /**
   * Refuses operands in the wrong order ({@code set quality 50 FILE.md}): the first is no file or
   * folder and a later one is a card file, so the card was probably meant to come first.
   *
   * @throws UsageException showing the command line in the right order
   */
  private static void refuseSwapped(Command command, List<String> operands) {
    String first = operands.get(0);
    if (first.equals(Inputs.STDIN) || exists(first)) {
      return;
    }
    for (int i = 1; i < operands.size(); i++) {
      String operand = operands.get(i);
      if (operand.endsWith(".md") && exists(operand) && !Files.isDirectory(Path.of(operand))) {
        List<String> right = new ArrayList<>(operands);
        right.add(0, right.remove(i));
        throw new UsageException(command.commandName() + ": no file or folder '" + first
            + "', and '" + operand + "' is a card file: the card comes first: articlecard "
            + command.commandName() + " " + String.join(" ", right.stream()
                .map(EditCommands::shellWord).toList()));
      }
    }
  }

  private static boolean exists(String operand) {
    try {
      return Files.exists(Path.of(operand), LinkOption.NOFOLLOW_LINKS);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** An operand as a shell takes it back: as it is, or in single quotes. */
  static String shellWord(String operand) {
    return operand.matches("[\\w./\\[\\]+-]+") ? operand
        : "'" + operand.replace("'", "'\\''") + "'";
  }

  /** Tells whether the command edits many cards: several PATHs, or a folder. */
  private static boolean many(Targets targets) {
    if (targets.paths().size() > 1) {
      return true;
    }
    try {
      return Files.isDirectory(Path.of(targets.paths().get(0)));
    } catch (InvalidPathException e) {
      return false;
    }
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

  /** Makes the edited document from a document. */
  private interface Edit {
    /**
     * Returns the edited document.
     *
     * @param input the card, for what depends on where it is (its folder's house style)
     * @param doc the card as read
     * @throws Refused if the edit does not fit the card
     * @throws CardException if the edited card cannot be written
     */
    CardDocument apply(Inputs.Input input, CardDocument doc);
  }

  /** What became of one card. */
  private enum Outcome { UPDATED, UNCHANGED, REFUSED, SKIPPED, VANISHED }

  /**
   * The PATHs a command line names and the edit to make there: before the {@code --} that ends
   * them, or the first operand alone.
   *
   * @param paths files, folders, or {@code -}
   * @param edit the operands after them (KEY VALUE pairs, KEYs, KEY NEWNAME)
   */
  private record Targets(List<String> paths, List<String> edit) {
    /**
     * Splits a command's operands.
     *
     * @throws UsageException if, without {@code --}, a KEY names a file or folder (several PATHs
     *     given without {@code --}), or standard input is named with other PATHs
     */
    static Targets of(Command command, Command.Arguments args) {
      List<String> operands = args.operands();
      if (!args.separated()) {
        refuseSwapped(command, operands);
      }
      int end = args.separated() ? args.pathsEnd() : 1;
      Targets targets = new Targets(operands.subList(0, end), operands.subList(end, operands.size()));
      if (!args.separated()) {
        int step = command == Command.SET ? 2 : 1;
        int keys = command == Command.MV ? 1 : targets.edit().size();
        for (int i = 0; i < keys; i += step) {
          String key = targets.edit().get(i);
          if (looksLikeAPath(key)) {
            throw new UsageException(command.commandName() + ": '" + key + "' stands where a KEY"
                + " goes but names a file or folder; several PATHs end with --: "
                + separated(command, operands));
          }
        }
      }
      if (targets.paths().size() > 1 && targets.paths().contains(Inputs.STDIN)) {
        throw new UsageException(command.commandName() + ": standard input (-) is edited alone,"
            + " not with other PATHs");
      }
      return targets;
    }

    /** The command line with a {@code --} after the last operand that looks like a PATH. */
    private static String separated(Command command, List<String> operands) {
      StringBuilder line = new StringBuilder("articlecard ").append(command.commandName());
      int last = 0;
      for (int i = 0; i < operands.size(); i++) {
        last = looksLikeAPath(operands.get(i)) ? i : last;
      }
      for (int i = 0; i < operands.size(); i++) {
        String operand = operands.get(i);
        line.append(' ').append(shellWord(operand));
        line.append(i == last ? " --" : "");
      }
      return line.toString();
    }

    /**
     * Tells whether an operand looks like a PATH: it ends in {@code .md} or {@code /}, or it names
     * a file or folder and does not start with a key of the card format ({@code images} is a
     * KEY even beside a folder named so).
     */
    private static boolean looksLikeAPath(String operand) {
      if (operand.endsWith(".md") || operand.endsWith("/")) {
        return true;
      }
      try {
        if (KeyPath.parse(operand).steps().get(0) instanceof KeyPath.Key key
            && ModelKeys.CARD.key(key.name()) != null) {
          return false;
        }
      } catch (UsageException e) {
        // not a key path: perhaps a file
      }
      try {
        return Files.exists(Path.of(operand), LinkOption.NOFOLLOW_LINKS);
      } catch (InvalidPathException e) {
        return false;
      }
    }
  }

  /**
   * Applies an edit at every PATH. One file (or standard input) alone is edited as it always was:
   * {@code updated FILE} or {@code unchanged FILE}, exit status 1 if refused. A folder or several
   * PATHs are edited card by card, each refusal reported at its file, then a summary on stderr.
   */
  private int apply(Targets targets, Command.Arguments args, EditingMappers mappers, Edit edit) {
    try {
      return applyAtEveryPath(targets, args, mappers, edit);
    } catch (RulesFiles.BrokenException e) {
      output.problem(e.diagnostic()); // a broken .articlecard.properties: before any card changes
      return CardTool.USAGE;
    }
  }

  private int applyAtEveryPath(Targets targets, Command.Arguments args, EditingMappers mappers,
      Edit edit) {
    List<Condition> where = Condition.parseAll(args.values("--where"), args.has("--new"));
    boolean dryRun = args.has("--dry-run");
    Inputs.Listing listing = inputs.list(targets.paths(), args.values("--exclude"));
    if (dryRun) {
      LineDiff.refuseNamesAbove("--dry-run", listing.inputs());
    }
    if (targets.paths().size() == 1 && !listing.folders()) {
      return edit(listing.inputs().get(0), where, dryRun, true, mappers, edit) == Outcome.REFUSED
          ? 1 : 0;
    }
    listing.unreadable().forEach(output::problem);
    listing.warnAboutEmptyFolders(output);
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Inputs.Input input : listing.inputs()) {
      Outcome outcome;
      try {
        outcome = edit(input, where, dryRun, false, mappers, edit);
      } catch (UsageException | RulesFiles.BrokenException e) {
        throw e; // the command line, not the card (a VALUE that is JSON with a key twice)
      } catch (RuntimeException e) {
        output.problem(Diagnostic.bug(input.name(), e)); // the next card may do
        outcome = Outcome.REFUSED;
      }
      counts.merge(outcome, 1, Integer::sum);
    }
    if (!output.isQuiet()) {
      output.message((dryRun ? "would update " : "updated ")
          + counts.getOrDefault(Outcome.UPDATED, 0)
          + ", unchanged " + counts.getOrDefault(Outcome.UNCHANGED, 0)
          + ", refused " + counts.getOrDefault(Outcome.REFUSED, 0)
          + (where.isEmpty() ? "" : ", skipped " + counts.getOrDefault(Outcome.SKIPPED, 0)
              + " (not matching --where)"));
    }
    return counts.containsKey(Outcome.REFUSED) || !listing.unreadable().isEmpty() ? 1 : 0;
  }

  /**
   * Applies an edit to a card that meets the conditions and writes it back (or prints it for
   * standard input, or its diff with {@code --dry-run}), unless the edit is refused or makes a
   * card that bound no longer bind; reports what it does not do at the card's name.
   *
   * @param alone whether the card is the command's one PATH, named as such in notes on stdout
   *     whatever becomes of it (among many, only the cards written are)
   */
  private Outcome edit(Inputs.Input input, List<Condition> where, boolean dryRun, boolean alone,
      EditingMappers mappers, Edit edit) {
    CardDocument doc;
    CardMapper reader = mappers.reader(input);
    try {
      doc = inputs.read(input, reader);
    } catch (CardException e) {
      if (input.vanished(e)) { // deleted since its folder was listed
        return Outcome.VANISHED;
      }
      output.problem(Diagnostic.of(input.name(), e));
      return Outcome.REFUSED;
    }
    Path path = input.path();
    if (!Condition.allHold(where, doc.frontMatter())) {
      if (dryRun) {
        return Outcome.SKIPPED; // stdout holds the diff alone: nothing to print
      }
      if (path == null) {
        output.text(doc.text()); // standard input goes through as it was
      } else if (alone) {
        output.note("skipped " + input.name() + " (not matching --where)");
      }
      return Outcome.SKIPPED;
    }
    boolean wasCard = binds(doc);
    CardDocument edited;
    Set<ValidationProblem> before = new HashSet<>();
    if (wasCard) {
      doc.problems().forEach(problem -> before.add(problem.validation()));
    }
    try {
      edited = edit.apply(input, doc);
      if (wasCard) {
        ObjectNode was = doc.frontMatter();
        ObjectNode now = edited.frontMatter();
        for (CardProblem problem : edited.problems()) {
          String at = NewCommand.pointer(problem.validation().path());
          // a problem the card had is new again where the edit changed its value (heat -1 to 500)
          if (!before.contains(problem.validation()) || !was.at(at).equals(now.at(at))) {
            // by the rules of the nearest .articlecard.properties, named as check names them
            output.warning(RuleViolation.of(input.name(), problem).withRuleId());
          }
        }
      }
    } catch (Refused e) {
      output.problem(Diagnostic.about(input.name(), "not changed: " + e.problem()));
      return Outcome.REFUSED;
    } catch (CardException e) {
      output.problem(Diagnostic.about(input.name(),
          "not changed: " + Diagnostic.of(input.name(), e).message()));
      return Outcome.REFUSED;
    }
    Outcome outcome = edited.text().equals(doc.text()) ? Outcome.UNCHANGED : Outcome.UPDATED;
    if (dryRun) {
      output.text(LineDiff.ofFile(input.name(), doc.text(), edited.text()));
    } else if (path == null) {
      output.text(edited.text());
    } else if (outcome == Outcome.UNCHANGED) {
      if (alone) {
        output.note("unchanged " + input.name());
      }
    } else {
      try {
        mapper.write(edited, path);
      } catch (CardException e) {
        output.problem(Diagnostic.of(input.name(), e));
        return Outcome.REFUSED;
      }
      output.note("updated " + input.name());
    }
    return outcome;
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
   * Reads a value as {@link #value} does, for a place.
   *
   * @throws Refused naming the place, for a number its key cannot hold ({@code quality: expected
   *     a whole number, found 1.5})
   */
  static JsonNode valueAt(Place place, String raw, @Nullable JsonNode old) {
    try {
      return value(raw, place.slot(), old);
    } catch (Refused e) {
      throw new Refused(place.resolved() + ": " + e.problem());
    }
  }

  /** A number as people write it: {@code 050}, {@code +5}, {@code 1e2}, {@code 2.50E1}. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

  /**
   * Reads a number written otherwise than JSON writes it, for a key that holds a whole number:
   * {@code 050} is 50, {@code +5} is 5, {@code 1e2} is 100; null for what is not a number.
   *
   * @throws Refused for a number that is not whole or too large, in the user's own text
   */
  private static @Nullable JsonNode wholeNumber(String raw) {
    if (!NUMBER.matcher(raw).matches()) {
      return null;
    }
    java.math.BigDecimal number = new java.math.BigDecimal(raw);
    try {
      return JsonNodeFactory.instance.numberNode(number.longValueExact());
    } catch (ArithmeticException e) {
      throw new Refused("expected a whole number, found " + raw
          + (number.stripTrailingZeros().scale() <= 0 ? " (too large)" : ""));
    }
  }

  /**
   * Reads a value as {@code set} takes it: {@code null} is null; JSON text in double quotes is
   * that text; a key that holds text (or held text, when the model does not know it) takes the
   * value as text; a key that holds a whole number takes a number however it is written
   * ({@code 050}, {@code +5}, {@code 1e2}); otherwise JSON when it is JSON, else text.
   *
   * @throws Refused for a number that a whole-number key cannot hold ({@code 1.5})
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
    if (slot == ModelKeys.Scalar.NUMBER) {
      JsonNode number = wholeNumber(raw);
      if (number != null) {
        return number;
      }
    }
    boolean text = slot == ModelKeys.Scalar.TEXT
        || (slot == null && old != null && old.isTextual());
    JsonNode parsed = text ? null : Json.parse(raw);
    return parsed == null ? TextNode.valueOf(raw) : parsed;
  }
}
