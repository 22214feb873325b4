package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.HouseStyle;
import io.github.articlecard.cli.DataPaths.Place;
import io.github.articlecard.cli.DataPaths.Refused;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code articlecard new}: writes a new card, made from key paths and values as {@code set} takes
 * them, in the house style of the folder it goes into, so that it looks like its siblings; refuses
 * to replace a file (unless {@code --force}) or to write a card that does not bind or breaks a
 * rule of that folder.
 */
final class NewCommand {
  /** The document the card's data is bound through, so that binding errors read as set's. */
  private static final String NO_CARD = "---\n{}\n---\n";

  private final CardMapper mapper;
  private final Inputs inputs;
  private final Output output;

  NewCommand(CardMapper mapper, Inputs inputs, Output output) {
    this.mapper = mapper;
    this.inputs = inputs;
    this.output = output;
  }

  /**
   * The cards a new card is written beside.
   *
   * @param style their house style (the standard when there are none, or with --style standard)
   * @param folder where they were found, as the command line names it, or null for the standard
   * @param keys the top-level keys every one of them has (none when there are no cards)
   */
  private record Siblings(HouseStyle style, @Nullable String folder,
      Set<String> keys) {}

  int run(Command.Arguments args) {
    List<String> operands = args.operands();
    if (operands.size() % 2 == 0) {
      throw new UsageException("new: KEY and VALUE come in pairs; '"
          + operands.get(operands.size() - 1) + "' has no VALUE");
    }
    List<KeyPath> paths = new ArrayList<>();
    for (int i = 1; i < operands.size(); i += 2) {
      paths.add(KeyPath.parse(operands.get(i)));
    }
    Inputs.Input target = inputs.single(operands.get(0));
    Path file = target.path();
    Path folder = file == null ? Path.of("") : file.toAbsolutePath().getParent();
    boolean replaces = file != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    if (file != null && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      return refuse(target, "it is a folder; new writes a card file, named as FILE: "
          + Path.of(target.name()).resolve("NAME.md"));
    }
    if (replaces && !args.has("--force")) {
      return refuse(target, "the file exists; new writes only new files (--force replaces it)");
    }
    if (file != null && (folder == null || !Files.isDirectory(folder))) {
      return refuse(target, "no folder " + file.getParent() + " to write it in");
    }
    Siblings siblings = siblings(args, Objects.requireNonNull(folder),
        file == null || file.getParent() == null ? "." : file.getParent().toString());
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    try {
      for (int i = 0; i < paths.size(); i++) {
        KeyPath path = paths.get(i);
        // keys the siblings have are known here, though the format may not know them (sourceUrl)
        boolean allowNew = args.has("--new");
        String level = levelOf(path, siblings.style());
        if (!allowNew && level == null) {
          refuseUnknownToBoth(path, siblings);
        }
        Place place = DataPaths.prepare(data, path, allowNew || level != null);
        JsonNode value = EditCommands.valueAt(place, operands.get(2 * i + 2), null);
        if (!allowNew && (level == null || !knownToTheHouse(value, level, siblings.style()))) {
          DataPaths.checkKnown(value, null, place.slot(), place.resolved());
        }
        DataPaths.put(place.parent(), place.step(), value);
      }
    } catch (Refused e) {
      return refuse(target, e.problem());
    }
    ArticleCard card;
    try {
      card = mapper.read(NO_CARD).withFrontMatter(data).card();
    } catch (CardException e) {
      return refuse(target, Diagnostic.of(target.name(), e).message());
    }
    List<String> errors = errors(card, data, folder);
    if (!errors.isEmpty()) {
      return refuse(target, String.join("; ", errors));
    }
    String text = CardMapper.builder().houseStyle(siblings.style()).build().write(card);
    warnAboutMissingKeys(target, text, siblings);
    if (file == null) {
      output.text(text);
      return 0;
    }
    if (replaces) {
      mapper.write(mapper.read(text), file);
      output.note("replaced " + target.name());
    } else {
      if (!create(file, text)) {
        return refuse(target, "the file exists; new writes only new files (--force replaces it)");
      }
      output.note("created " + target.name());
    }
    return 0;
  }

  private int refuse(Inputs.Input target, String problem) {
    output.problem(Diagnostic.about(target.name(), "not written: " + problem));
    return 1;
  }

  /**
   * The style to write in: the standard with {@code --style standard}, else learned from
   * {@code --style-from}'s folder or the folder the card goes into (the working folder for
   * {@code -}); the standard where that folder has no cards.
   */
  private Siblings siblings(Command.Arguments args, Path folder, String shown) {
    if (FormatCommand.standardAsked("new", args)) {
      return new Siblings(HouseStyle.standard(), null, Set.of());
    }
    List<String> from = args.values("--style-from");
    Path learnFrom = from.isEmpty() ? folder : FormatCommand.styleFolder("new", from.get(0));
    String shownFolder = from.isEmpty() ? shown : from.get(0);
    List<CardDocument> documents;
    try (Stream<CardFile> files = mapper.readAll(learnFrom)) {
      documents = files.filter(CardFile::parsed)
          .map(cardFile -> Objects.requireNonNull(cardFile.document())).toList();
    }
    Set<String> everyCard = new LinkedHashSet<>();
    for (int i = 0; i < documents.size(); i++) {
      List<String> keys = new ArrayList<>();
      documents.get(i).frontMatter().fieldNames().forEachRemaining(keys::add);
      if (i == 0) {
        everyCard.addAll(keys);
      } else {
        everyCard.retainAll(keys);
      }
    }
    return new Siblings(HouseStyle.learnFrom(documents), shownFolder, everyCard);
  }

  /**
   * Refuses a first key that neither the card format nor the folder's cards know, suggesting the
   * key of either it is closest to ({@code sourceUlr}: {@code sourceUrl}, which the cards have).
   *
   * @throws Refused naming the key probably meant, or the keys there are
   */
  private static void refuseUnknownToBoth(KeyPath path, Siblings siblings) {
    if (!(path.steps().get(0) instanceof KeyPath.Key key)
        || ModelKeys.CARD.key(key.name()) != null) {
      return;
    }
    List<String> theirs = DataPaths.orderAt(siblings.style(), "");
    if (theirs.contains(key.name())) {
      return;
    }
    Set<String> known = new LinkedHashSet<>(ModelKeys.CARD.keys().keySet());
    known.addAll(theirs);
    String where = siblings.folder() == null ? "" : " nor of the cards in " + siblings.folder();
    throw new Refused("`" + key.name() + "` is not a key of the card format" + where
        + ModelKeys.closest(key.name(), known).map(meant -> "; did you mean `" + meant + "`? (")
            .orElse(" (the card format has " + String.join(", ", ModelKeys.CARD.keys().keySet())
                + "; ")
        + "--new adds it anyway)");
  }

  /**
   * Returns the place a path names, list indexes left out ({@code related[].title}), when every
   * key on it is one the house style orders at its level: a key the siblings have, or one the
   * format knows; else null.
   */
  private static @Nullable String levelOf(KeyPath path, HouseStyle style) {
    StringBuilder level = new StringBuilder();
    for (KeyPath.Step step : path.steps()) {
      if (step instanceof KeyPath.Key key) {
        if (!DataPaths.orderAt(style, level.toString()).contains(key.name())) {
          return null;
        }
        level.append(level.length() == 0 ? "" : ".").append(key.name());
      } else {
        level.append("[]");
      }
    }
    return level.toString();
  }

  /**
   * Tells whether every key of a value given as JSON is one the house style orders at its level,
   * or stands where it orders nothing (inside a value of a key neither knows).
   */
  private static boolean knownToTheHouse(JsonNode value, String level, HouseStyle style) {
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {value, level});
    while (!stack.isEmpty()) {
      Object[] next = stack.remove(stack.size() - 1);
      JsonNode node = (JsonNode) next[0];
      String at = (String) next[1];
      if (node.isObject()) {
        List<String> order = DataPaths.orderAt(style, at);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          if (!order.isEmpty() && !order.contains(entry.getKey())) {
            return false;
          }
          stack.add(new Object[] {entry.getValue(), (at.isEmpty() ? "" : at + ".")
              + entry.getKey()});
        }
      } else if (node.isArray()) {
        node.forEach(item -> stack.add(new Object[] {item, at + "[]"}));
      }
    }
    return true;
  }

  /**
   * Returns what keeps the card from being written: each problem of severity error by the rules
   * of the nearest {@code .articlecard.properties} (as {@code check} would find it there), a
   * missing key said to be missing.
   */
  private static List<String> errors(ArticleCard card, ObjectNode data, Path folder) {
    RulesFiles files = new RulesFiles();
    CheckRules rules = files.nearest(folder).map(files::rules).orElse(CheckRules.NONE);
    List<String> errors = new ArrayList<>();
    for (ValidationProblem problem : rules.validator().validate(card)) {
      if (!problem.isError()) {
        continue;
      }
      boolean missing = data.at(pointer(problem.path())).isMissingNode();
      errors.add(missing ? "`" + problem.path() + "` is missing, and every card needs one ("
          + problem.path() + ": " + problem.message() + ")"
          : problem.path() + ": " + problem.message() + " [" + problem.rule().id() + "]");
    }
    return errors;
  }

  /** A JSON pointer for a simple model path such as {@code related[0].title}. */
  static String pointer(String path) {
    return "/" + path.replace("[", "/").replace("]", "").replace('.', '/');
  }

  /** Warns about the top-level keys every sibling has that the written card has not. */
  private void warnAboutMissingKeys(Inputs.Input target, String text, Siblings siblings) {
    Set<String> missing = new LinkedHashSet<>(siblings.keys());
    mapper.read(text).frontMatter().fieldNames().forEachRemaining(missing::remove);
    if (!missing.isEmpty()) {
      output.warning(Diagnostic.about(target.name(), "every card in " + siblings.folder()
          + " has " + missing.stream().map(key -> "`" + key + "`")
              .collect(Collectors.joining(", ")) + "; this one has not"));
    }
  }

  /**
   * Creates the file with the text, atomically and only if it does not exist: the text is written
   * beside it under a hidden name, as {@link CardMapper#write(CardDocument, Path)} writes a file,
   * and linked to the file's name, which fails if something took that name meanwhile.
   *
   * @return false if the file exists
   * @throws CardException if the file cannot be written
   */
  private boolean create(Path file, String text) {
    Path staged = file.resolveSibling("." + file.getFileName() + ".articlecard-new");
    try {
      mapper.write(mapper.read(text), staged);
      try {
        Files.createLink(file, staged);
      } catch (UnsupportedOperationException | IOException e) {
        if (e instanceof FileAlreadyExistsException) {
          return false;
        }
        Files.move(staged, file); // no hard links here: moved, refused where a file is
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new CardException(CardException.Kind.IO, "cannot write " + file + ": " + e, e);
    } finally {
      try {
        Files.deleteIfExists(staged);
      } catch (IOException e) {
        output.warning(Diagnostic.about(staged.toString(), "could not remove: " + e));
      }
    }
  }
}
