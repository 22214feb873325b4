package io.github.articlecard.cli;

import io.github.articlecard.jackson.CardComment;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code articlecard fmt}: rewrites cards in the canonical house style, refusing to drop comments
 * unless told to.
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
    int status = listing.unreadable().isEmpty() ? 0 : 1;
    listing.unreadable().forEach(output::problem);
    listing.warnAboutEmptyFolders(output);
    for (Inputs.Input input : listing.inputs()) {
      try {
        status = Math.max(status, format(input, check, diff, force));
      } catch (CardException e) {
        output.problem(Diagnostic.of(input.name(), e));
        status = 1;
      }
    }
    return status;
  }

  private int format(Inputs.Input input, boolean check, boolean diff, boolean force) {
    CardDocument doc = inputs.read(input);
    String canonical = canonical(doc);
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
      return 0;
    }
    if (path == null) {
      output.text(canonical);
    } else if (changes) {
      mapper.write(mapper.read(canonical), path);
      output.note("reformatted " + input.name());
    }
    return 0;
  }

  /** Returns the card in the house style with the document's line ending, BOM and body. */
  private static String canonical(CardDocument doc) {
    String text = CardMapper.builder().lineEnding(doc.lineEnding()).build().write(doc.card());
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
