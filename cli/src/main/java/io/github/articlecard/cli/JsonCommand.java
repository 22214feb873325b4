package io.github.articlecard.cli;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException;

/**
 * {@code articlecard json}: prints cards as JSON with the card's key names; one file indented,
 * several files or a folder as NDJSON (one card a line).
 */
final class JsonCommand {
  private final Inputs inputs;
  private final Output output;

  JsonCommand(Inputs inputs, Output output) {
    this.inputs = inputs;
    this.output = output;
  }

  int run(Command.Arguments args) {
    Inputs.Listing listing = inputs.list(args.operands(), args.values("--exclude"));
    boolean lines = listing.folders() || args.operands().size() > 1;
    int status = listing.unreadable().isEmpty() ? 0 : 1;
    listing.unreadable().forEach(output::problem);
    listing.warnAboutEmptyFolders(output);
    for (Inputs.Input input : listing.inputs()) {
      try {
        ArticleCard card = inputs.read(input).card();
        output.result(lines ? Json.compact(card) : Json.pretty(card));
      } catch (CardException e) {
        output.problem(Diagnostic.of(input.name(), e));
        status = 1;
      }
    }
    return status;
  }
}
