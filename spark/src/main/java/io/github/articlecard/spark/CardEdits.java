package io.github.articlecard.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.spark.internal.EditedRows;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Bulk edits applied on the executors, losslessly: each card text is read again there, edited
 * through {@code CardDocument.withCard} or {@code withFrontMatter}, and given back as its new text,
 * so that an edited file changes only the lines of what changed and an unedited one not at all.
 * The input is a DataFrame of the {@code articlecard} source read with {@code keepText} (or any
 * DataFrame with {@code path} and {@code text} columns); the result has one row per input row:
 *
 * <ul>
 *   <li>{@code path} string: the file;
 *   <li>{@code text} string: the new text (the old one when nothing changed); null for a file that
 *       could not be read;
 *   <li>{@code changed} boolean: true when the text differs from the file's;
 *   <li>{@code error} struct ({@code kind}, {@code line}, {@code column}, {@code message}): why the
 *       file could not be read or edited (a {@code CardException}: a card that does not bind, an
 *       edit that cannot be written); the text is then the old one, unchanged.
 * </ul>
 *
 * <pre>{@code
 * CardMapper mapper = CardMapper.builder().build();          // serializable: its settings travel
 * Dataset<Row> cards = spark.read().format("articlecard").option("keepText", true).load(folder);
 * Dataset<Row> edited = CardEdits.using(mapper).editCards(cards,
 *     card -> card.toBuilder().quality(card.quality() + 1).build());
 * CardWriteResult result = CardWriter.inPlace(mapper).write(edited);
 * }</pre>
 *
 * <p>The result is a lazy DataFrame like any other: each action over it runs the edits again, so
 * cache it, or write it, once. An exception other than a {@code CardException} thrown by the edit
 * itself is a bug in the edit, and fails the job.
 */
public final class CardEdits implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CardMapper mapper;

  private CardEdits(CardMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns edits that read and write with this mapper (one is rebuilt from its settings in each
   * task).
   *
   * @param mapper the mapper
   * @return the edits
   */
  public static CardEdits using(CardMapper mapper) {
    return new CardEdits(Objects.requireNonNull(mapper, "mapper"));
  }

  /**
   * Returns the schema of the edits' results: {@code path}, {@code text}, {@code changed},
   * {@code error}.
   *
   * @return the schema
   */
  public static StructType schema() {
    return EditedRows.SCHEMA;
  }

  /**
   * Edits every card on the model.
   *
   * @param cards rows with {@code path} and {@code text} (the source's {@code keepText} option)
   * @param edit the edit, serializable
   * @return one row per card: path, new text, changed, error
   * @throws IllegalArgumentException if there is no {@code text} column
   */
  public Dataset<Row> editCards(Dataset<Row> cards, CardEdit edit) {
    Objects.requireNonNull(edit, "edit");
    return edit(cards, (CardDocument doc) -> doc.withCard(edit.edit(doc.card())), mapper);
  }

  /**
   * Edits every page's generic front matter, cards or not.
   *
   * @param pages rows with {@code path} and {@code text} (the source's {@code keepText} option)
   * @param edit the edit, serializable
   * @return one row per page: path, new text, changed, error
   * @throws IllegalArgumentException if there is no {@code text} column
   */
  public Dataset<Row> editFrontMatter(Dataset<Row> pages, FrontMatterEdit edit) {
    Objects.requireNonNull(edit, "edit");
    return edit(pages, (CardDocument doc) -> {
      ObjectNode data = doc.frontMatter();
      edit.edit(data);
      return doc.withFrontMatter(data);
    }, mapper);
  }

  private static Dataset<Row> edit(Dataset<Row> rows, EditedRows.DocumentEdit edit, CardMapper mapper) {
    if (!Arrays.asList(rows.columns()).contains("text") || !Arrays.asList(rows.columns()).contains("path")) {
      throw new IllegalArgumentException("articlecard: edits need the path and text columns; read the"
          + " cards with .option(\"keepText\", true)");
    }
    Dataset<Row> input = Arrays.asList(rows.columns()).contains("error")
        ? rows.select("path", "text", "error") : rows.selectExpr("path", "text", "null AS error");
    return input.mapPartitions(new EditedRows(mapper, edit), Encoders.row(EditedRows.SCHEMA));
  }
}
