package io.github.articlecard.spark;

import io.github.articlecard.spark.internal.CardColumn;
import io.github.articlecard.spark.internal.CardTable;
import io.github.articlecard.spark.internal.ReadOptions;
import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code articlecard} Spark data source: card files under any Hadoop file system path as a
 * DataFrame, one row per file, with the card's keys as typed columns. Spark finds it by its short
 * name.
 *
 * <pre>{@code
 * Dataset<Row> cards = spark.read().format("articlecard")
 *     .option("exclude", "drafts,*.draft.md")
 *     .load("s3a://news/cards");
 * cards.filter("error IS NULL AND quality > 50").select("path", "title", "provider.domain").show();
 * }</pre>
 *
 * <p><b>Listing.</b> Folders are read recursively, with {@code CardFileFinder}'s rules: files
 * ending in {@code .md}, in every folder, those whose names start with {@code _} (Jekyll's {@code
 * _posts}) or {@code .} included, and nothing excluded (unlike {@code CardFileFinder.cards()},
 * which passes over hidden folders and {@code target}), sorted by path. Options: {@value #SUFFIXES}
 * (comma separated, default {@code .md}), {@value #SKIP_HIDDEN} ({@code true} passes over names
 * starting with a dot), {@value #EXCLUDE} (comma-separated globs, as {@code
 * CardFileFinder.excluding}: a glob without {@code /} matches a name at any depth, one with {@code
 * /} a path below the folder). A path that is a file is read whatever its name. The files are
 * listed on the driver and shared between partitions by size: by default two per core, or more so
 * that none reads more than {@value #MAX_PARTITION_BYTES} bytes (128 MiB); {@value #PARTITIONS}
 * sets the number.
 *
 * <p><b>Columns</b> (option {@value #MODE} {@code cards}, the default):
 *
 * <ul>
 *   <li>{@code path} string: the file, qualified ({@code file:/...}, {@code s3a://...});
 *   <li>the card's keys: {@code category}, {@code title}, {@code excerpt} strings,
 *       {@code publishedDateTime} timestamp, {@code originalUrl}, {@code webUrl},
 *       {@code ampWebUrl}, {@code cdnAmpWebUrl}, {@code type} strings, {@code quality},
 *       {@code heat} ints, {@code published} boolean, {@code featuredContent} string,
 *       {@code provider} struct ({@code name}, {@code domain}, {@code images}, {@code extras}),
 *       {@code topics} array of strings, {@code images} array of structs ({@code url},
 *       {@code width}, {@code height}, {@code isCached}, {@code title}, {@code extras}),
 *       {@code related} array of structs ({@code title}, {@code excerpt},
 *       {@code publishedDateTime}, {@code webUrl}, {@code ampWebUrl}, {@code cdnAmpWebUrl},
 *       {@code type}, {@code provider}, {@code quality}, {@code images}, {@code extras}),
 *       {@code secured} string. A key the card does not have is null, at every level
 *       ({@code quality} null: no quality line; {@code topics} an empty array:
 *       {@code topics: []});
 *   <li>{@code extras} string: the unknown keys of the card (and, in the structs, of the
 *       provider, each image and each related article) as one JSON object, in the card's order,
 *       numbers exactly as written ({@code 1.50} stays {@code 1.50}); null when there are none;
 *   <li>{@code body} string: the Markdown body, verbatim;
 *   <li>{@code text} string, with option {@value #KEEP_TEXT} {@code true}: the whole file, for
 *       lossless edits ({@link CardEdits});
 *   <li>{@code error} struct ({@code kind}, {@code line}, {@code column}, {@code message}): why
 *       the file did not read, parse or bind ({@code kind} is a {@code CardException.Kind} name,
 *       such as {@code SYNTAX}, {@code BINDING} or {@code IO}); null for a good card. A bad file
 *       is a row with an error, never a failed job; when it parsed, its {@code body} and
 *       {@code text} are still given.
 * </ul>
 *
 * <p>With option {@value #MODE} {@code frontMatter}, for pages that are not cards (Hugo, Jekyll),
 * the card's columns give way to {@code frontMatter}, the front matter as one JSON object in order;
 * {@code path}, {@code body}, {@code text} and {@code error} stay. Only the columns a query uses are
 * computed: a count reads no file, a query of {@code path} and {@code body} binds no card.
 */
public final class CardDataSource implements TableProvider, DataSourceRegister {
  /** The option listing file name endings, comma separated; default {@code .md}. */
  public static final String SUFFIXES = ReadOptions.SUFFIXES;
  /** The option passing over names that start with a dot when {@code true}; default false. */
  public static final String SKIP_HIDDEN = ReadOptions.SKIP_HIDDEN;
  /** The option listing globs to pass over, comma separated. */
  public static final String EXCLUDE = ReadOptions.EXCLUDE;
  /** The option giving the {@code text} column when {@code true}; default false. */
  public static final String KEEP_TEXT = ReadOptions.KEEP_TEXT;
  /** The option choosing the columns: {@code cards} (default) or {@code frontMatter}. */
  public static final String MODE = ReadOptions.MODE;
  /** The option setting the number of partitions. */
  public static final String PARTITIONS = ReadOptions.PARTITIONS;
  /** The option setting the most bytes of cards a partition reads; default 128 MiB. */
  public static final String MAX_PARTITION_BYTES = ReadOptions.MAX_PARTITION_BYTES;

  /** Creates the source; Spark does, for {@code format("articlecard")}. */
  public CardDataSource() {}

  /**
   * Returns {@code articlecard}, the name {@code format} takes.
   *
   * @return the short name
   */
  @Override
  public String shortName() {
    return "articlecard";
  }

  /**
   * Returns the schema for these options (see the class description).
   *
   * @param options the read's options
   * @return the schema
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return CardColumn.schema(CardColumn.of(ReadOptions.from(options.asCaseSensitiveMap())));
  }

  /**
   * Returns the table of the cards under the paths the options name.
   *
   * @param schema the schema {@link #inferSchema} gave
   * @param partitioning none
   * @param properties the read's options
   * @return the table
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new CardTable(ReadOptions.from(properties));
  }
}
