package io.github.articlecard.cli;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code articlecard json}: prints cards as JSON with the card's key names; one file indented,
 * several files or a folder as NDJSON (one card a line); with {@code --with-path}, each card in an
 * envelope that names its file, {@code {"path":"content/a.md","card":{...}}}.
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
    boolean withPath = args.has("--with-path");
    int status = listing.unreadable().isEmpty() ? 0 : 1;
    listing.unreadable().forEach(output::problem);
    listing.warnAboutEmptyFolders(output);
    for (Inputs.Input input : listing.inputs()) {
      try {
        ArticleCard card = inputs.read(input).card();
        Object printed = withPath ? envelope(input.name(), card) : card;
        output.result(lines ? Json.compact(printed) : Json.pretty(printed));
      } catch (CardException e) {
        if (!input.vanished(e)) { // a card deleted since the listing is passed over
          output.problem(Diagnostic.of(input.name(), e));
          status = 1;
        }
      }
    }
    return status;
  }

  /** The card in an envelope that names its file: the card's own keys stay as they are. */
  private static Map<String, Object> envelope(String path, ArticleCard card) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("path", path);
    envelope.put("card", card);
    return envelope;
  }
}
