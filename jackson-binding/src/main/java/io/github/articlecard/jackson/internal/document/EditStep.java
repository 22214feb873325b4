package io.github.articlecard.jackson.internal.document;

import io.github.articlecard.jackson.internal.patch.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the edit ladder: which data an edit writes and how much of the front matter the
 * patch that writes it may rewrite. {@link #LADDER} is the one table of every step, in the order
 * an edit tries them ({@link CardEditor#climb}); the step that wrote a document is recorded with
 * it ({@link Edited}), so that a test can say which step an input needs.
 *
 * <pre>{@code
 * (DATA, MINIMAL), (DATA, ENTRY), (DATA, DOCUMENT), (DATA, BARE),                    edits of data
 * (VALUE_IN_OLD_FORMS, MINIMAL), ... (VALUE_AS_SERIALIZED_WITHOUT_READ_MODEL, BARE)  edits of values
 * }</pre>
 *
 * @param data which data the step writes
 * @param width how much of the front matter its patch may rewrite
 */
public record EditStep(Data data, Width width) {
  /**
   * Which data a step writes. An edit of data has one; an edited value of a user's type can be
   * written as several data, each keeping less of the old text's form, tried in this order.
   */
  public enum Data {
    /**
     * The edit's own data: the front matter given to {@code withFrontMatter}, or for
     * {@code withCard} the edited card merged into the source's data.
     */
    DATA,
    /**
     * An edited value with its changed values in the form of the text they replace (a date in the
     * old date's shape, a number with the old decimals, a quoted number still quoted), date-times
     * at the old text's offset.
     */
    VALUE_IN_OLD_FORMS,
    /** The same, but only instants keep the old text's offset. */
    VALUE_IN_OLD_FORMS_INSTANT_OFFSETS,
    /** An edited value with its changed values as the {@code ObjectMapper} serializes them. */
    VALUE_AS_SERIALIZED,
    /**
     * The same, compared key by key without what the type is known to read (its read model): for
     * types whose introspection does not say what they read.
     */
    VALUE_AS_SERIALIZED_WITHOUT_READ_MODEL;

    /** Tells whether this is data an edited value of a user's type is written as. */
    public boolean isValue() {
      return this != DATA;
    }
  }

  /** Every step, in the order an edit tries them: each data at each width, narrowest first. */
  public static final List<EditStep> LADDER = ladder();

  /** The step of an edit that keeps the front matter's text as it is. */
  public static final EditStep TEXT_KEPT = new EditStep(Data.DATA, Width.MINIMAL);

  private static List<EditStep> ladder() {
    List<EditStep> steps = new ArrayList<>();
    for (Data data : Data.values()) {
      for (Width width : Width.values()) {
        steps.add(new EditStep(data, width));
      }
    }
    return List.copyOf(steps);
  }
}
