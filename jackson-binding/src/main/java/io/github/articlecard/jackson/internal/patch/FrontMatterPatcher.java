package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import org.jspecify.annotations.Nullable;

/**
 * Turns a change of front matter data into a text edit of the source that makes it say the new
 * data, at a given width.
 *
 * <p>Each {@link Width} writes its own candidate: minimal (a {@link TreePatch} that recurses into
 * changed collections), entry (the same, re-rendering each changed top-level entry whole) and
 * document (the whole front matter written anew, keeping the comments and unchanged entries it
 * can: {@link DocumentRender}); a bare rendering of the data ({@link Width#BARE}) is the last
 * resort. Which widths are tried, in which order, and which candidate wins is decided by the edit
 * ladder of the caller, which verifies each candidate by re-reading it.
 * Where a change leaves aliases meaning an old value, an {@link AnchorPlan} moves the anchor to
 * them. New text takes the style the {@link StyleDecision} chooses: the document's own first.
 */
public final class FrontMatterPatcher {
  private final SourceMap source;
  private final StyleDecision style;
  private final YamlEmitter emitter;

  /**
   * Prepares the patches of one front matter.
   *
   * @param source the parsed original
   * @param eol the line break for new lines
   * @param style chooses the style of new keys and values, after the document's own
   */
  public FrontMatterPatcher(SourceMap source, String eol, StyleDecision style) {
    this.source = source;
    this.style = style.within(source);
    this.emitter = new YamlEmitter(eol, this.style);
  }

  /**
   * Returns the candidate front matter text that one width writes for {@code target}, which must
   * differ from the source's data (callers check that first), unverified; the caller re-reads it.
   *
   * @param width how much of the front matter the candidate may rewrite
   * @param target the data to write
   * @return the candidate, or null when that width cannot express the change
   */
  public @Nullable String candidate(Width width, ObjectNode target) {
    return candidate(width, source, target, emitter, style);
  }

  /** The candidate text of one width, or null when that width cannot express the change. */
  static @Nullable String candidate(Width width, SourceMap source, ObjectNode target,
      YamlEmitter emitter, StyleDecision style) {
    return switch (width) {
      case MINIMAL, ENTRY -> {
        PatchContext context = PatchContext.of(source, emitter, style, width, AnchorPlan.NONE);
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
      case DOCUMENT -> new DocumentRender(source, emitter, style).render(target);
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
   * @param style chooses the style of new text
   * @return the written text, or null when that width cannot write this front matter
   */
  public static @Nullable String rewrite(SourceMap source, Width width, String eol,
      StyleDecision style) {
    StyleDecision within = style.within(source);
    ObjectNode data = source.data();
    return candidate(width, source, data, new YamlEmitter(eol, within), within);
  }

  /** Renders data as a whole front matter, in the style a decision without a document chooses. */
  public static String render(ObjectNode data, String eol, StyleDecision style) {
    return new YamlEmitter(eol, style).document(data);
  }
}
