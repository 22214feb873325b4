package io.github.articlecard.spark.internal;

import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Applies one document edit to a partition's rows of {@code path}, {@code text} and {@code error}:
 * each text read with the partition's mapper, edited, and given back as path, new text, changed and
 * error; a {@code CardException} becomes the row's error and the text stays as it was.
 */
public final class EditedRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The schema of edited rows. */
  public static final StructType SCHEMA = DataTypes.createStructType(java.util.List.of(
      CardColumn.PATH.field(), CardColumn.TEXT.field(),
      DataTypes.createStructField("changed", DataTypes.BooleanType, false),
      CardColumn.ERROR.field()));

  /** An edit of a whole document, serializable so that it travels to the executors. */
  @FunctionalInterface
  public interface DocumentEdit extends Serializable {
    /** Returns the edited document. */
    CardDocument apply(CardDocument document);
  }

  private final CardMapper mapper;
  private final DocumentEdit edit;

  public EditedRows(CardMapper mapper, DocumentEdit edit) {
    this.mapper = mapper;
    this.edit = edit;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new MappedIterator<>(rows, this::edited);
  }

  private Row edited(Row row) {
    String path = row.getString(0);
    String text = row.isNullAt(1) ? null : row.getString(1);
    if (text == null) {
      return RowFactory.create(path, null, false, row.isNullAt(2) ? null : row.get(2));
    }
    try {
      CardDocument document = mapper.read(text);
      CardDocument next = edit.apply(document);
      String nextText = next.text();
      return RowFactory.create(path, nextText, !nextText.equals(text), null);
    } catch (CardException e) {
      return RowFactory.create(path, text, false, problemRow(FileOutcome.Problem.of(path, e)));
    }
  }

  /** Returns a problem as an external row of the error column. */
  static Row problemRow(FileOutcome.Problem problem) {
    return RowFactory.create(problem.kind(), positive(problem.line()), positive(problem.column()),
        problem.message());
  }

  private static @Nullable Integer positive(int number) {
    return number > 0 ? number : null;
  }
}
