package io.github.articlecard.spark;

import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.spark.internal.CardFiles;
import io.github.articlecard.spark.internal.HadoopConf;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Puts edited card texts back, from the rows {@link CardEdits} gives ({@code path}, {@code text},
 * {@code changed}), on the executors: in place on a local file system, or into an output folder on
 * any Hadoop file system. The bytes are the library's strict UTF-8 ({@code CardDocument.bytes()}),
 * each text is read once more before it is written, and a local file is replaced atomically, as
 * {@code CardMapper.write(document, path)} does (owner, group, mode, extended attributes and ACL
 * kept, or the write refused unless the mapper allows attribute loss; read-only files refused;
 * nothing half written). A file that cannot be written is counted and named in the result; the
 * others are written.
 *
 * <pre>{@code
 * CardWriteResult inPlace = CardWriter.inPlace(mapper).write(edited);          // only the changed files
 * CardWriteResult copy = CardWriter.toFolder(mapper, "file:/data/cards", "s3a://news/cards-v2")
 *     .write(edited);                                                          // every file, edited or not
 * }</pre>
 */
public final class CardWriter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CardMapper mapper;
  private final @Nullable String from;
  private final @Nullable String to;

  private CardWriter(CardMapper mapper, @Nullable String from, @Nullable String to) {
    this.mapper = mapper;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns a writer that replaces each changed file where it is, on a local file system
   * ({@code file:} paths): unchanged files are not touched, so they stay byte-identical.
   *
   * @param mapper reads each text before it is written
   * @return the writer
   */
  public static CardWriter inPlace(CardMapper mapper) {
    return new CardWriter(Objects.requireNonNull(mapper, "mapper"), null, null);
  }

  /**
   * Returns a writer that writes every file under {@code from} to the same place under {@code to}:
   * edited texts as written, every other file (unedited, or not readable as a card) copied byte for
   * byte. Either folder may be on any Hadoop file system.
   *
   * @param mapper reads each edited text before it is written
   * @param from the folder the cards were read from
   * @param to the output folder
   * @return the writer
   */
  public static CardWriter toFolder(CardMapper mapper, String from, String to) {
    return new CardWriter(Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(from, "from"),
        Objects.requireNonNull(to, "to"));
  }

  /**
   * Writes the rows' texts (one Spark job).
   *
   * @param edited rows with {@code path}, {@code text} and {@code changed}, as {@link CardEdits}
   *     gives them
   * @return what was written, copied, left and failed
   * @throws IllegalArgumentException if a column is missing
   * @throws IOException if the folders' file systems cannot be reached
   */
  public CardWriteResult write(Dataset<Row> edited) throws IOException {
    for (String column : List.of("path", "text", "changed")) {
      if (!List.of(edited.columns()).contains(column)) {
        throw new IllegalArgumentException("articlecard: the writer needs the path, text and changed"
            + " columns of CardEdits' rows; " + column + " is missing");
      }
    }
    HadoopConf conf = new HadoopConf(edited.sparkSession().sessionState().newHadoopConf());
    Placement placement = from == null || to == null ? null
        : new Placement(qualified(from, conf), qualified(to, conf));
    CardMapper mapper = this.mapper;
    List<CardWriteResult> results = edited.select("path", "text", "changed").toJavaRDD()
        .mapPartitions((Iterator<Row> rows) -> List.of(
            writeAll(rows, mapper, conf, placement)).iterator())
        .collect();
    CardWriteResult total = new CardWriteResult(0, 0, 0, 0, List.of());
    for (CardWriteResult result : results) {
      total = total.plus(result);
    }
    return total;
  }

  private static String qualified(String folder, HadoopConf conf) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
    FileSystem fileSystem = path.getFileSystem(conf.get());
    String qualified = fileSystem.makeQualified(path).toString();
    return qualified.endsWith("/") ? qualified.substring(0, qualified.length() - 1) : qualified;
  }

  /** Where a file under the input folder goes under the output folder. */
  private record Placement(String from, String to) implements Serializable {
    private static final long serialVersionUID = 1L;

    String target(String path) throws IOException {
      if (!path.startsWith(from + "/")) {
        throw new IOException("not under the input folder " + from);
      }
      return to + path.substring(from.length());
    }
  }

  private static CardWriteResult writeAll(Iterator<Row> rows, CardMapper mapper, HadoopConf conf,
      @Nullable Placement placement) {
    long written = 0;
    long copied = 0;
    long unchanged = 0;
    long failed = 0;
    List<String> failures = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      String path = row.getString(0);
      String text = row.isNullAt(1) ? null : row.getString(1);
      boolean changed = !row.isNullAt(2) && row.getBoolean(2);
      try {
        if (placement == null) {
          if (changed && text != null) {
            writeInPlace(mapper, path, text);
            written++;
          } else {
            unchanged++;
          }
        } else if (changed && text != null) {
          writeTo(mapper, mapper.read(text), placement.target(path), conf);
          written++;
        } else {
          CardFiles.copy(path, placement.target(path), conf);
          copied++;
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        if (failures.size() < CardWriteResult.MOST_FAILURES) {
          failures.add(path + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        }
      }
    }
    return new CardWriteResult(written, copied, unchanged, failed, failures);
  }

  private static void writeInPlace(CardMapper mapper, String path, String text) throws IOException {
    Path local = CardFiles.local(path);
    if (local == null) {
      throw new IOException("in place writes need a local file system (file:); write to an output"
          + " folder with CardWriter.toFolder");
    }
    mapper.write(mapper.read(text), local);
  }

  private static void writeTo(CardMapper mapper, CardDocument document, String target, HadoopConf conf)
      throws IOException {
    Path local = CardFiles.local(target);
    if (local == null) {
      CardFiles.write(target, document.bytes(), conf);
      return;
    }
    Path parent = local.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mapper.write(document, local);
  }
}
