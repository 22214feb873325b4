package io.github.articlecard.jackson.internal.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.bind.CardShapes;
import io.github.articlecard.jackson.internal.bind.EmptyKeys;
import io.github.articlecard.jackson.internal.patch.FrontMatterPatcher;
import io.github.articlecard.jackson.internal.patch.KeyRename;
import io.github.articlecard.jackson.internal.patch.Width;
import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.yaml.DataEquality;
import io.github.articlecard.jackson.internal.yaml.DataLimits;
import io.github.articlecard.jackson.internal.yaml.Limit;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.HouseRules;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
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
  /**
   * The style of new text written as data rather than as a card ({@code withFrontMatter},
   * {@code with(value)}): the document's own, whatever the keys are named, new keys after the key
   * before them in the data.
   */
  private static final StyleDecision DOCUMENT_ONLY =
      StyleDecision.of(HouseRules.NONE, StylePolicy.NONE);

  private final CardReader reader;
  /** The known keys the style writes without a value, by level, worked out once. */
  private final EmptyKeys emptyKeys;
  private final StyleDecision style;

  /**
   * Creates an editor whose results are verified by re-reading them with {@code reader}.
   *
   * @param style chooses the style of new text, after each document's own
   */
  public CardEditor(CardReader reader, StyleDecision style) {
    this.reader = reader;
    this.style = style;
    this.emptyKeys = new EmptyKeys(style::writesEmpty);
  }

  /** Returns the limits every result is read back under. */
  public ReadLimits limits() {
    return reader.limits();
  }

  /** Returns what chooses the style of new text. */
  public StyleDecision style() {
    return style;
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
   * Returns the card text for an edited card, with only what changed patched, new text in the
   * style the decision chooses;
   * {@code original} is the card {@code parsed} binds to, or null when it does not bind (then the
   * edited card's data replaces the front matter's data as a whole).
   */
  public Edited withCard(ParsedCard parsed, @Nullable ArticleCard original, ArticleCard edited) {
    check(edited);
    ObjectNode target = original == null
        ? CardShapes.write(edited)
        : CardShapes.merge(parsed.source().data(), original, edited);
    return withFrontMatter(parsed, target, edited.body(), style);
  }

  /**
   * Returns the card text whose front matter holds {@code target} and whose body is {@code body},
   * patched narrowly, new text in the document's own style whatever its keys are named;
   * {@code parsed} itself when nothing changes.
   *
   * @throws CardException if no text that reads back as the target can be written
   */
  public Edited withFrontMatter(ParsedCard parsed, ObjectNode target, String body) {
    return withFrontMatter(parsed, target, body, DOCUMENT_ONLY);
  }

  /**
   * Returns the card text whose front matter holds {@code target} and whose body is {@code body},
   * patched narrowly, new text in the style {@code newText} chooses after the document's own;
   * {@code parsed} itself when nothing changes.
   *
   * @throws CardException if no text that reads back as the target can be written
   */
  public Edited withFrontMatter(ParsedCard parsed, ObjectNode target, String body,
      StyleDecision newText) {
    Edited edited = climb(parsed, body, newText, new Climb() {
      @Override
      public @Nullable ObjectNode target(EditStep.Data data) {
        return data == EditStep.Data.DATA ? target : null;
      }

      @Override
      public boolean accepts(ParsedCard result) {
        return true;
      }
    });
    if (edited == null) {
      throw new IllegalStateException("an edit of data ends verified or with a failure");
    }
    return edited;
  }

  /**
   * What an edit writes at each data of the edit ladder ({@link EditStep.Data}), and whether a
   * result that reads back as that data is what the edit asked for.
   */
  public interface Climb {
    /**
     * Returns the front matter data to write at a step's data, or null to pass that data by;
     * asked once for each data, in the ladder's order.
     */
    @Nullable ObjectNode target(EditStep.Data data);

    /**
     * Tells whether a result that reads back as the data is the edit's; false climbs on to the
     * next data.
     *
     * @throws CardException when it is not, with the reason; the ladder climbs on to the next data
     */
    boolean accepts(ParsedCard result);
  }

  /**
   * Climbs the edit ladder ({@link EditStep#LADDER}): for each data the edit writes, each width in
   * turn writes a candidate, and the first candidate that re-reads as that data (with
   * {@code body}) is offered to {@code climb}; the first it accepts is the edit's result, with
   * the step that wrote it. Data the limits refuse, or that no width can write so that it reads
   * back, or whose result {@code climb} refuses, passes to the next data; data equal to the data
   * passed before is not tried again, and data equal to the source's keeps its text. New text
   * takes the document's own style whatever its keys are named, as {@link #withFrontMatter}'s.
   *
   * @return the result and its step, or null when {@code climb} refused every result without an
   *     exception
   * @throws CardException the last failure, when no step gave an accepted result
   */
  public @Nullable Edited climb(ParsedCard parsed, String body, Climb climb) {
    return climb(parsed, body, DOCUMENT_ONLY, climb);
  }

  private @Nullable Edited climb(ParsedCard parsed, String body, StyleDecision newText,
      Climb climb) {
    CardException failure = null;
    ObjectNode tried = null;
    Rung rung = null;
    for (EditStep step : EditStep.LADDER) {
      if (rung == null || rung.data != step.data()) {
        if (rung != null && rung.unwritten()) {
          failure = rung.failure();
        }
        ObjectNode target = climb.target(step.data());
        if (target == null || (tried != null && DataEquality.same(tried, target))) {
          rung = new Rung(step.data(), null);
          continue;
        }
        tried = target;
        rung = new Rung(step.data(), target);
        try {
          DataLimits.check(target, reader.limits());
          if (DataEquality.same(parsed.source().data(), target)) {
            rung.settled = true; // the front matter's own data: its text stays
            ParsedCard kept = withBody(parsed, body);
            if (climb.accepts(kept)) {
              return new Edited(kept, new EditStep(step.data(), Width.MINIMAL));
            }
            continue;
          }
          DataLimits.checkStorable(body, "the body");
        } catch (CardException e) {
          rung.settled = true;
          failure = e;
          continue;
        }
      }
      ObjectNode target = rung.target;
      if (target == null || rung.settled) {
        continue;
      }
      ParsedCard verified;
      try {
        verified = rung.verified(parsed, step.width(), body, newText);
      } catch (CardException e) {
        rung.settled = true;
        failure = rung.explained(e);
        continue;
      }
      if (verified == null) {
        continue;
      }
      rung.settled = true;
      try {
        if (climb.accepts(verified)) {
          return new Edited(verified, step);
        }
      } catch (CardException e) {
        failure = e;
      }
    }
    if (rung != null && rung.unwritten()) {
      failure = rung.failure();
    }
    if (failure != null) {
      throw failure;
    }
    return null;
  }

  /** One data of the ladder being climbed: its target, and whether a width has settled it. */
  private final class Rung {
    final EditStep.Data data;
    final @Nullable ObjectNode target;
    /** Whether a width wrote the data so that it reads back, or it failed before any could. */
    boolean settled;
    private @Nullable Verifier verifier;
    private @Nullable FrontMatterPatcher patcher;

    Rung(EditStep.Data data, @Nullable ObjectNode target) {
      this.data = data;
      this.target = target;
    }

    /** The result of one width's candidate when it reads back as the target, else null. */
    @Nullable ParsedCard verified(ParsedCard parsed, Width width, String body,
        StyleDecision newText) {
      ObjectNode data = java.util.Objects.requireNonNull(target);
      CardLayout layout = parsed.layout();
      Verifier check = verifier;
      FrontMatterPatcher patch = patcher;
      if (check == null || patch == null) {
        check = new Verifier(data, body);
        patch = new FrontMatterPatcher(parsed.source(), layout.lineEnding(), newText);
        verifier = check;
        patcher = patch;
      }
      String candidate = patch.candidate(width, data);
      return candidate == null ? null : check.verified(layout.assemble(candidate, body));
    }

    /** Tells whether every width was tried on the target and none wrote it so that it reads back. */
    boolean unwritten() {
      return target != null && !settled;
    }

    /** Why no width wrote the target: the limit it would break, or that it does not read back. */
    CardException failure() {
      return explained(new CardException(CardException.Kind.UNWRITABLE, "cannot write the front"
          + " matter: the data does not read back as itself once written as YAML (a value may"
          + " exceed a read limit or hold unrepresentable text)"));
    }

    /** A failure that names the limit a candidate would break, when one did. */
    CardException explained(CardException failure) {
      Verifier check = verifier;
      return check == null ? failure : check.explained(failure);
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
  public ParsedCard rewrite(ParsedCard parsed, Width width) {
    CardLayout layout = parsed.layout();
    String candidate = FrontMatterPatcher.rewrite(parsed.source(), width, layout.lineEnding(),
        DOCUMENT_ONLY);
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
   * Returns a card written from scratch in the house style, verified by re-reading it: its keys
   * in the house order, with the house style's quoting, blank lines and indentation, the known keys
   * it does not have that the house style writes without a value written so, and an empty body
   * written as the house style writes one.
   *
   * @param card the card
   * @param eol the line ending
   * @return the card text
   * @throws CardException if the card cannot be written as a text that reads back as itself
   */
  public String write(ArticleCard card, String eol) {
    check(card);
    ObjectNode data = style.writesAnyKeyEmpty() ? CardShapes.write(card, emptyKeys)
        : CardShapes.write(card);
    DataLimits.check(data, reader.limits());
    String body = card.body().isEmpty() ? style.emptyBody(eol) : card.body();
    String text = "---" + eol + FrontMatterPatcher.render(data, eol, style) + "---" + eol + body;
    Verifier verifier = new Verifier(data, body);
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
        return reread.layout().body().equals(body) && reread.source().holds(target) ? reread
            : null;
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
