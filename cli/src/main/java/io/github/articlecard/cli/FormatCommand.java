package io.github.articlecard.cli;

import io.github.articlecard.jackson.CardComment;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.HouseStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code articlecard fmt}: rewrites cards in the house style of their repository (or the
 * standard), refusing to drop comments unless told to; and {@code articlecard style}, which prints
 * that style.
 */
final class FormatCommand {
  private static final String BOM = "\uFEFF";

  private final CardMapper mapper;
  private final Inputs inputs;
  private final Output output;

  FormatCommand(CardMapper mapper, Inputs inputs, Output output) {
    this.mapper = mapper;
    this.inputs = inputs;
    this.output = output;
  }

  int run(Command.Arguments args) {
    boolean check = args.has("--check");
    boolean diff = args.has("--diff");
    boolean force = args.has("--force");
    Inputs.Listing listing = inputs.list(args.operands(), args.values("--exclude"));
    if (diff) {
      LineDiff.refuseNamesAbove("--diff", listing.inputs());
    }
    int status = listing.unreadable().isEmpty() ? 0 : 1;
    listing.unreadable().forEach(output::problem);
    listing.warnAboutEmptyFolders(output);
    Map<Inputs.Input, CardDocument> documents = new LinkedHashMap<>();
    for (Inputs.Input input : listing.inputs()) {
      try {
        documents.put(input, inputs.read(input));
      } catch (CardException e) {
        output.problem(Diagnostic.of(input.name(), e));
        status = 1;
      }
    }
    HouseStyle style;
    try {
      style = style(args, listing.folders(), documents.values());
    } catch (CardException e) {
      output.problem(Diagnostic.about(args.values("--style-from").get(0), e.getMessage()));
      return 1;
    }
    int unchanged = 0;
    for (Map.Entry<Inputs.Input, CardDocument> document : documents.entrySet()) {
      try {
        int result = format(document.getKey(), document.getValue(), style, check, diff, force);
        unchanged += result < 0 ? 1 : 0;
        status = Math.max(status, result);
      } catch (CardException e) {
        output.problem(Diagnostic.of(document.getKey().name(), e));
        status = 1;
      }
    }
    if (check && !style.isStandard() && !documents.isEmpty() && !output.isQuiet()) {
      output.message(unchanged + " of " + documents.size() + " cards follow the house style"
          + " (learned from " + style.cards() + " cards)");
    }
    return status;
  }

  /** {@code articlecard style FOLDER}: prints the style learned from a folder's cards. */
  int printStyle(Command.Arguments args) {
    String named = args.operands().get(0);
    if (!named.equals(Inputs.STDIN) && !Files.isDirectory(Path.of(named))) {
      output.problem(Diagnostic.about(named, Files.exists(Path.of(named))
          ? "not a folder; style learns the house style of a folder's cards"
          : "no such folder"));
      return 1;
    }
    Inputs.Listing listing = inputs.list(args.operands(), args.values("--exclude"));
    listing.unreadable().forEach(output::problem);
    List<CardDocument> documents = new ArrayList<>();
    for (Inputs.Input input : listing.inputs()) {
      try {
        documents.add(inputs.read(input));
      } catch (CardException e) {
        // a card that does not read says nothing of the style
      }
    }
    if (!listing.unreadable().isEmpty()) {
      return 1;
    }
    output.text(HouseStyle.learnFrom(documents).toString());
    return 0;
  }

  /**
   * The style to format in: the standard with {@code --style standard}, learned from
   * {@code --style-from}'s folder, else from the cards being formatted when a folder is among
   * them, else the standard.
   */
  private static HouseStyle style(Command.Arguments args, boolean folders,
      Collection<CardDocument> documents) {
    List<String> from = args.values("--style-from");
    if (standardAsked("fmt", args)) {
      return HouseStyle.standard();
    }
    if (!from.isEmpty()) {
      return HouseStyle.learnFrom(styleFolder("fmt", from.get(0)));
    }
    return folders ? HouseStyle.learnFrom(documents) : HouseStyle.standard();
  }

  /**
   * Returns the folder {@code --style-from} names.
   *
   * @throws UsageException if it is not a folder, naming it once
   */
  static Path styleFolder(String command, String named) {
    Path folder = Path.of(named);
    if (!Files.isDirectory(folder)) {
      throw new UsageException(command + ": --style-from " + named + ": "
          + (Files.exists(folder) ? "not a folder" : "no such folder")
          + "; it names the folder whose cards' house style to learn");
    }
    return folder;
  }

  /**
   * Tells whether {@code --style standard} was given ({@code fmt} and {@code new}).
   *
   * @throws UsageException if {@code --style} names another style or comes with
   *     {@code --style-from}
   */
  static boolean standardAsked(String command, Command.Arguments args) {
    List<String> named = args.values("--style");
    if (named.isEmpty()) {
      return false;
    }
    if (!named.get(0).equals("standard") || !args.values("--style-from").isEmpty()) {
      throw new UsageException(command + ": --style takes only standard, and not with"
          + " --style-from");
    }
    return true;
  }

  /** Formats one card: 1 on a problem or a change found by --check, -1 when unchanged, else 0. */
  private int format(Inputs.Input input, CardDocument doc, HouseStyle style, boolean check,
      boolean diff, boolean force) {
    String canonical = canonical(doc, style);
    boolean changes = !canonical.equals(doc.text());
    Path path = input.path();
    boolean writes = !check && !diff;
    if (changes && !force) {
      Optional<Diagnostic> comments = comments(input.name(), doc, writes);
      if (comments.isPresent()) {
        if (writes) {
          output.problem(comments.get());
          return 1;
        }
        output.warning(comments.get());
      }
    }
    if (diff && changes) {
      output.text(LineDiff.ofFile(input.name(), doc.text(), canonical));
    }
    if (check && changes) {
      output.result("would reformat " + input.name());
      return 1;
    }
    if (!writes) {
      return changes ? 0 : -1;
    }
    if (path == null) {
      output.text(canonical);
    } else if (changes) {
      mapper.write(mapper.read(canonical), path);
      output.note("reformatted " + input.name());
    }
    return 0;
  }

  /** Returns the card in a house style with the document's line ending, BOM and body. */
  private static String canonical(CardDocument doc, HouseStyle style) {
    String text = CardMapper.builder().houseStyle(style).lineEnding(doc.lineEnding()).build()
        .write(doc.card());
    return doc.text().startsWith(BOM) ? BOM + text : text;
  }

  /** Returns why formatting would lose comments, when it would. */
  private static Optional<Diagnostic> comments(String name, CardDocument doc, boolean writes) {
    List<CardComment> comments = doc.comments();
    if (comments.isEmpty()) {
      return Optional.empty();
    }
    String outcome = writes ? "not reformatted: " : "";
    String force = writes ? "; --force drops them" : " (fmt refuses to drop them without --force)";
    String lines = comments.stream().map(comment -> Integer.toString(comment.line())).distinct()
        .collect(Collectors.joining(", "));
    CardComment first = comments.get(0);
    boolean one = lines.indexOf(',') < 0;
    return Optional.of(new Diagnostic(name, first.line(), first.column(), "COMMENTS", null,
        outcome + "the house style has no place for comments; formatting would drop the "
            + (one ? "comment on line " : "comments on lines ") + lines + force, null));
  }
}
