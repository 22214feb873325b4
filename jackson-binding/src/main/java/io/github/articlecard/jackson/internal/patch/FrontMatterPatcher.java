package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a change of front matter data into the smallest text edit that makes the source say the new
 * data, and checks that it does.
 *
 * <p>The {@link Width widths} are tried in turn, each candidate verified by re-reading it: minimal
 * (a {@link TreePatch} that recurses into changed collections), entry (the same, re-rendering each
 * changed top-level entry whole) and document (the whole front matter written anew, keeping the
 * comments and unchanged entries it can: {@link DocumentRender}); a bare rendering of the data
 * ({@link Width#BARE}) is the last resort. The first candidate that re-reads as the target wins.
 * Where a change leaves aliases meaning an old value, an {@link AnchorPlan} moves the anchor to
 * them. New text follows the document's indentation ({@link Indentation}) and the given
 * {@link StylePolicy}.
 */
public final class FrontMatterPatcher {
  private FrontMatterPatcher() {}

  /**
   * Returns front matter text that reads as {@code target}, which must differ from the source's
   * data (callers check that first): the narrowest verified patch.
   *
   * @param source the parsed original
   * @param target the data to write
   * @param eol the line break for new lines
   * @param policy the style of new keys and values
   * @param verify re-reads a candidate front matter text: its result when the text reads as
   *     {@code target}, null when it does not
   * @param <R> what verification gives
   * @return the result of the first verified candidate
   * @throws CardException when not even a whole re-render reads back as the target
   */
  public static <R> R patch(SourceMap source, ObjectNode target, String eol, StylePolicy policy,
      Function<String, @Nullable R> verify) {
    Verified<R> verified = firstVerified(source, target, eol, policy, verify);
    if (verified == null) {
      throw new CardException(CardException.Kind.UNWRITABLE, "cannot write the front matter: the"
          + " data does not read back as itself once written as YAML (a value may exceed a read"
          + " limit or hold unrepresentable text)");
    }
    return verified.result();
  }

  /** The first verified candidate and the width that wrote it. */
  record Verified<R>(Width width, R result) {}

  /** Tries the widths in turn: the first verified candidate, or null when none verifies. */
  static <R> @Nullable Verified<R> firstVerified(SourceMap source, ObjectNode target, String eol,
      StylePolicy policy, Function<String, @Nullable R> verify) {
    StylePolicy style = policy.within(source);
    YamlEmitter emitter = emitter(source, eol, style);
    for (Width width : Width.values()) {
      String candidate = candidate(width, source, target, emitter, style);
      R verified = candidate == null ? null : verify.apply(candidate);
      if (verified != null) {
        return new Verified<>(width, verified);
      }
    }
    return null;
  }

  /** An emitter for new text in a document: its indentation, the policy's style. */
  static YamlEmitter emitter(SourceMap source, String eol, StylePolicy style) {
    Indentation indentation = Indentation.of(source);
    return new YamlEmitter(eol, indentation.step(), indentation.sequenceIndent(), style);
  }

  /** The candidate text of one width, or null when that width cannot express the change. */
  static @Nullable String candidate(Width width, SourceMap source, ObjectNode target,
      YamlEmitter emitter, StylePolicy policy) {
    return switch (width) {
      case MINIMAL, ENTRY -> {
        PatchContext context = PatchContext.of(source, emitter, policy, width, AnchorPlan.NONE);
        NodeEdits first = new TreePatch(context).run(target);
        String patched = first == null ? null : first.apply(source.text());
        AnchorPlan plan = first == null || patched == null ? AnchorPlan.NONE
            : AnchorPlan.after(source, first);
        if (plan.isEmpty()) {
          yield patched;
        }
        NodeEdits second = new TreePatch(context.carryingOut(plan)).run(target);
        yield second == null ? null : second.apply(source.text());
      }
      case DOCUMENT -> new DocumentRender(source, emitter, policy).render(target);
      case BARE -> emitter.document(target); // nothing of the source kept
    };
  }

  /**
   * Writes a front matter's own data back at one width as if it had changed, without the shortcut
   * that keeps unchanged data as it is: for checks that the writer gives the text back byte for
   * byte at that width.
   *
   * @param source the parsed front matter
   * @param width the width to write at
   * @param eol the line break for new lines
   * @param policy the style of new text
   * @return the written text, or null when that width cannot write this front matter
   */
  public static @Nullable String rewrite(SourceMap source, Width width, String eol,
      StylePolicy policy) {
    StylePolicy style = policy.within(source);
    ObjectNode data = source.data();
    return candidate(width, source, data, emitter(source, eol, style), style);
  }

  /** Renders data in a policy's style, as a whole front matter. */
  public static String render(ObjectNode data, String eol, StylePolicy policy) {
    return new YamlEmitter(eol, Indentation.DEFAULT.step(), Indentation.DEFAULT.sequenceIndent(),
        policy).document(data);
  }
}
