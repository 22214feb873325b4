package io.github.articlecard.jackson.internal.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.bind.HouseStyle;
import io.github.articlecard.jackson.internal.patch.FrontMatterPatcher;
import io.github.articlecard.jackson.internal.patch.KeyRename;
import io.github.articlecard.jackson.internal.patch.Width;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.DataLimits;
import io.github.articlecard.jackson.internal.yaml.Limit;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The edit pipeline: check → merge (for cards) → patch → verify. What is written is checked first
 * against the limits the result will be read with (without recursion, so that data nested too
 * deeply is refused before any recursive code sees it); every result is re-read with the same
 * limits and compared with the data it should hold before it is returned. A result that would
 * break a limit fails with an exception naming the setting.
 */
public final class CardEditor {
  private static final String PREFIX = "cannot write the front matter: ";

  private final CardReader reader;

  /** Creates an editor whose results are verified by re-reading them with {@code reader}. */
  public CardEditor(CardReader reader) {
    this.reader = reader;
  }

  /**
   * Checks that a card can be written at all before any code walks it: its unknown keys nest
   * within the depth limit and its body is text that can be stored.
   *
   * @throws CardException naming the limit or the text that cannot be stored
   */
  public void check(ArticleCard card) {
    CardDepth.check(card, reader.limits().maxNestingDepth());
    DataLimits.checkStorable(card.body(), "the body");
  }

  /**
   * Returns the card text for an edited card, with only what changed patched in the house style;
   * {@code original} is the card {@code parsed} binds to, or null when it does not bind (then the
   * edited card's data replaces the front matter's data as a whole).
   */
  public ParsedCard withCard(ParsedCard parsed, @Nullable ArticleCard original,
      ArticleCard edited) {
    check(edited);
    ObjectNode target = original == null
        ? CardShapes.write(edited)
        : CardShapes.merge(parsed.source().data(), original, edited);
    return withFrontMatter(parsed, target, edited.body(), HouseStyle.INSTANCE);
  }

  /**
   * Returns the card text whose front matter holds {@code target} and whose body is {@code body},
   * patched narrowly in the given style; {@code parsed} itself when nothing changes.
   *
   * @throws CardException if no text that reads back as the target can be written
   */
  public ParsedCard withFrontMatter(ParsedCard parsed, ObjectNode target, String body,
      StylePolicy policy) {
    DataLimits.check(target, reader.limits());
    if (DataEquality.same(parsed.source().data(), target)) {
      return withBody(parsed, body);
    }
    DataLimits.checkStorable(body, "the body");
    CardLayout layout = parsed.layout();
    Verifier verifier = new Verifier(target, body);
    try {
      return FrontMatterPatcher.patch(parsed.source(), target, layout.lineEnding(), policy,
          candidate -> verifier.verified(layout.assemble(candidate, body)));
    } catch (CardException e) {
      throw verifier.explained(e);
    }
  }

  /**
   * Renames one key in place ({@link KeyRename}) and checks that the result reads as the old data
   * with that one key renamed, its value, place and everything else the same.
   *
   * @param steps the path to the key, ending at a key
   * @throws CardException when there is no such key, the new name is taken, or the rename cannot
   *     be made in place
   */
  public ParsedCard renameKey(ParsedCard parsed, List<Object> steps, String newName) {
    DataLimits.checkStorable(newName, "the new key");
    if (newName.length() > reader.limits().maxKeyLength()) {
      throw new CardException(CardException.Kind.LIMIT, PREFIX + Limit.KEY_LENGTH.tooLong(
          "the new key", newName.length(), "characters", reader.limits().maxKeyLength()));
    }
    String candidate = KeyRename.rename(parsed.source(), steps, newName);
    if (candidate.equals(parsed.source().text())) {
      return parsed;
    }
    ObjectNode expected = renamedCopy(parsed.source().data(), steps, newName);
    CardLayout layout = parsed.layout();
    Verifier verifier = new Verifier(expected, layout.body());
    ParsedCard verified = verifier.verified(layout.assemble(candidate, layout.body()));
    if (verified == null) {
      throw verifier.explained(new CardException(CardException.Kind.UNWRITABLE, "cannot rename"
          + " the key: the text does not read back as the same data with the key renamed"));
    }
    return verified;
  }

  /** A copy of the data with the key at the path renamed, in its place. */
  private static ObjectNode renamedCopy(ObjectNode data, List<Object> steps, String newName) {
    ObjectNode copy = data.deepCopy();
    JsonNode parent = copy;
    for (Object step : steps.subList(0, steps.size() - 1)) {
      parent = step instanceof String key ? parent.get(key) : parent.get((Integer) step);
    }
    ObjectNode mapping = (ObjectNode) parent;
    String old = (String) steps.get(steps.size() - 1);
    ObjectNode renamed = mapping.objectNode();
    mapping.properties().forEach(entry -> renamed.set(
        entry.getKey().equals(old) ? newName : entry.getKey(), entry.getValue()));
    mapping.removeAll();
    mapping.setAll(renamed);
    return copy;
  }

  /**
   * Writes a document's own, unchanged front matter back at one width, past the shortcut that
   * returns unchanged data as it is, and checks the result as any edit's: for checks that the writer
   * loses nothing at that width.
   *
   * @throws CardException if that width cannot write the front matter so that it reads back
   */
  public ParsedCard rewrite(ParsedCard parsed, Width width, StylePolicy policy) {
    CardLayout layout = parsed.layout();
    String candidate = FrontMatterPatcher.rewrite(parsed.source(), width, layout.lineEnding(),
        policy);
    Verifier verifier = new Verifier(parsed.source().data(), layout.body());
    ParsedCard verified = candidate == null ? null
        : verifier.verified(layout.assemble(candidate, layout.body()));
    if (verified == null) {
      throw verifier.explained(new CardException(CardException.Kind.UNWRITABLE, "cannot write the"
          + " front matter at the " + width.name().toLowerCase(java.util.Locale.ROOT)
          + " width so that it reads back as itself"));
    }
    return verified;
  }

  /**
   * Returns a card written from scratch in the house style, verified by re-reading it.
   *
   * @param card the card
   * @param eol the line ending
   * @return the card text
   * @throws CardException if the card cannot be written as a text that reads back as itself
   */
  public String write(ArticleCard card, String eol) {
    check(card);
    ObjectNode data = CardShapes.write(card);
    DataLimits.check(data, reader.limits());
    String text = "---" + eol + FrontMatterPatcher.render(data, eol, HouseStyle.INSTANCE) + "---"
        + eol + card.body();
    Verifier verifier = new Verifier(data, card.body());
    if (verifier.verified(text) == null) {
      throw verifier.explained(new CardException(CardException.Kind.UNWRITABLE, "cannot write the"
          + " card: the text written for it does not read back as the same card"));
    }
    return text;
  }

  /** Returns the card text with a new body and the same front matter text. */
  public ParsedCard withBody(ParsedCard parsed, String body) {
    CardLayout layout = parsed.layout();
    if (body.equals(layout.body())) {
      return parsed;
    }
    DataLimits.checkStorable(body, "the body");
    String text = layout.assemble(parsed.source().text(), body);
    int maxInputSize = reader.limits().maxInputSize();
    if (text.length() > maxInputSize) {
      throw new CardException(CardException.Kind.LIMIT, "cannot write the card: "
          + Limit.INPUT_SIZE.tooLong("the card",
              text.length(), "characters", maxInputSize));
    }
    CardLayout next = new CardLayout(text, layout.frontMatterStart(), layout.frontMatterEnd(),
        text.length() - body.length(), layout.lineEnding());
    return new ParsedCard(next, parsed.source());
  }

  /** Re-reads candidates and remembers why the last one failed, to explain a final failure. */
  private final class Verifier {
    private final ObjectNode target;
    private final String body;
    private @Nullable CardException limit;
    private @Nullable CardException other;

    Verifier(ObjectNode target, String body) {
      this.target = target;
      this.body = body;
    }

    /** The parsed card when the text holds the target and body, else null. */
    @Nullable ParsedCard verified(String text) {
      try {
        ParsedCard reread = reader.read(text);
        return reread.layout().body().equals(body)
            && DataEquality.same(reread.source().data(), target) ? reread : null;
      } catch (CardException e) {
        if (e.kind() == CardException.Kind.LIMIT) {
          limit = e;
        } else {
          other = e;
        }
        return null;
      }
    }

    /** A failure that names the limit the result would break, when one did. */
    CardException explained(CardException failure) {
      CardException cause = limit;
      if (cause != null && failure.kind() == CardException.Kind.UNWRITABLE) {
        return new CardException(CardException.Kind.LIMIT, PREFIX + cause.problem(), failure);
      }
      CardException unreadable = other;
      if (unreadable != null && failure.kind() == CardException.Kind.UNWRITABLE) {
        return new CardException(CardException.Kind.UNWRITABLE, failure.problem() + " (re-reading"
            + " it gave: " + unreadable.problem() + ")", failure);
      }
      return failure;
    }
  }
}
