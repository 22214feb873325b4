package io.github.articlecard.spark.internal;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/**
 * Makes the readers that turn a partition's files into rows on the executors: one mapper per
 * partition (rebuilt from its settings), each file read, parsed and bound only as far as the
 * columns asked for need, and a file that fails a row with its error, never a failed task.
 */
public final class CardReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  private final CardMapper mapper;
  private final HadoopConf conf;
  private final List<CardColumn> columns;
  private final CardColumn.Source needs;

  /**
   * @param mapper reads the files
   * @param conf opens non-local paths
   * @param columns the columns of each row, in order
   * @param cards true when the source gives cards (an error column then reports binding errors
   *     too), false for generic front matter
   */
  public CardReaderFactory(CardMapper mapper, HadoopConf conf, List<CardColumn> columns,
      boolean cards) {
    this.mapper = mapper;
    this.conf = conf;
    this.columns = List.copyOf(columns);
    CardColumn.Source most = CardColumn.Source.FILE;
    for (CardColumn column : columns) {
      CardColumn.Source source = column != CardColumn.ERROR ? column.source()
          : cards ? CardColumn.Source.CARD : CardColumn.Source.DOCUMENT;
      if (source.compareTo(most) > 0) {
        most = source;
      }
    }
    this.needs = most;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    CardPartition files = (CardPartition) partition;
    return new Reader(files.paths().iterator(), files.unreadable().iterator());
  }

  /** Reads one file as far as the columns need. */
  FileOutcome read(String path) {
    if (needs == CardColumn.Source.FILE) {
      return new FileOutcome(path, null, null, null);
    }
    CardDocument document;
    try {
      document = CardFiles.read(mapper, path, conf);
    } catch (IOException | RuntimeException e) {
      return FileOutcome.failed(path, FileOutcome.Problem.of(path, e));
    }
    if (needs != CardColumn.Source.CARD) {
      return new FileOutcome(path, document, null, null);
    }
    try {
      ArticleCard card = document.card();
      return new FileOutcome(path, document, card, null);
    } catch (CardException e) {
      return new FileOutcome(path, document, null, FileOutcome.Problem.of(path, e));
    }
  }

  /** The rows of one partition: its unreadable folders, then its files in order. */
  private final class Reader implements PartitionReader<InternalRow> {
    private final Iterator<String> paths;
    private final Iterator<FileOutcome> unreadable;
    private InternalRow row = new GenericInternalRow(0);

    Reader(Iterator<String> paths, Iterator<FileOutcome> unreadable) {
      this.paths = paths;
      this.unreadable = unreadable;
    }

    @Override
    public boolean next() {
      FileOutcome outcome;
      if (unreadable.hasNext()) {
        outcome = unreadable.next();
      } else if (paths.hasNext()) {
        outcome = read(paths.next());
      } else {
        return false;
      }
      try {
        row = CardColumn.row(columns, outcome);
      } catch (ArithmeticException e) { // an instant beyond Spark's timestamps
        row = CardColumn.row(columns, FileOutcome.failed(outcome.path(), new FileOutcome.Problem(
            CardException.Kind.BINDING.name(), 0, 0, outcome.path()
                + ": publishedDateTime is beyond the range of Spark timestamps: " + e.getMessage())));
      }
      return true;
    }

    @Override
    public InternalRow get() {
      return row;
    }

    @Override
    public void close() {
      // nothing is held open between rows
    }
  }
}
