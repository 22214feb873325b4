package io.github.articlecard.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import io.github.articlecard.Image;
import io.github.articlecard.Provider;
import io.github.articlecard.RelatedArticle;
import io.github.articlecard.Secured;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardDocument;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the {@code articlecard} source, described once: each with its name, its Spark type
 * and how its value comes from a file's outcome. The schemas, column pruning and the rows are all
 * derived from this table. A card key that is absent is null in its column, at every level, so
 * presence stays visible ({@code quality} null is no quality line; 0 is {@code quality: 0}).
 */
public enum CardColumn {
  PATH("path", DataTypes.StringType, Source.FILE, outcome -> utf8(outcome.path())),
  CATEGORY("category", DataTypes.StringType, Source.CARD,
      outcome -> text(card(outcome).category() == null ? null : String.valueOf(card(outcome).category()))),
  TITLE("title", DataTypes.StringType, Source.CARD,
      outcome -> card(outcome).hasTitle() ? utf8(card(outcome).title()) : null),
  EXCERPT("excerpt", DataTypes.StringType, Source.CARD,
      outcome -> card(outcome).hasExcerpt() ? utf8(card(outcome).excerpt()) : null),
  PUBLISHED_DATE_TIME("publishedDateTime", DataTypes.TimestampType, Source.CARD,
      outcome -> micros(card(outcome).publishedDateTime())),
  ORIGINAL_URL("originalUrl", DataTypes.StringType, Source.CARD, outcome -> url(card(outcome).originalUrl())),
  WEB_URL("webUrl", DataTypes.StringType, Source.CARD, outcome -> url(card(outcome).webUrl())),
  AMP_WEB_URL("ampWebUrl", DataTypes.StringType, Source.CARD, outcome -> url(card(outcome).ampWebUrl())),
  CDN_AMP_WEB_URL("cdnAmpWebUrl", DataTypes.StringType, Source.CARD,
      outcome -> url(card(outcome).cdnAmpWebUrl())),
  TYPE("type", DataTypes.StringType, Source.CARD,
      outcome -> text(card(outcome).type() == null ? null : String.valueOf(card(outcome).type()))),
  QUALITY("quality", DataTypes.IntegerType, Source.CARD,
      outcome -> card(outcome).hasQuality() ? card(outcome).quality() : null),
  HEAT("heat", DataTypes.IntegerType, Source.CARD,
      outcome -> card(outcome).hasHeat() ? card(outcome).heat() : null),
  PUBLISHED("published", DataTypes.BooleanType, Source.CARD,
      outcome -> card(outcome).hasPublished() ? card(outcome).published() : null),
  FEATURED_CONTENT("featuredContent", DataTypes.StringType, Source.CARD,
      outcome -> text(card(outcome).featuredContent())),
  PROVIDER("provider", Types.PROVIDER, Source.CARD, outcome -> provider(card(outcome).provider())),
  TOPICS("topics", DataTypes.createArrayType(DataTypes.StringType, false), Source.CARD,
      outcome -> card(outcome).has("topics")
          ? array(card(outcome).topics(), CardColumn::utf8) : null),
  IMAGES("images", Types.IMAGES, Source.CARD,
      outcome -> card(outcome).has("images") ? array(card(outcome).images(), CardColumn::image) : null),
  RELATED("related", Types.RELATED_LIST, Source.CARD,
      outcome -> card(outcome).has("related")
          ? array(card(outcome).related(), CardColumn::related) : null),
  SECURED("secured", DataTypes.StringType, Source.CARD,
      outcome -> secured(card(outcome).secured())),
  EXTRAS("extras", DataTypes.StringType, Source.CARD, outcome -> extras(card(outcome).extras())),
  FRONT_MATTER("frontMatter", DataTypes.StringType, Source.DOCUMENT,
      outcome -> utf8(json(document(outcome).frontMatter()))),
  BODY("body", DataTypes.StringType, Source.DOCUMENT, outcome -> utf8(document(outcome).body())),
  TEXT("text", DataTypes.StringType, Source.DOCUMENT, outcome -> utf8(document(outcome).text())),
  ERROR("error", Types.ERROR, Source.FILE, CardColumn::error);

  /** What a column's value needs: the file alone, the parsed document, or the bound card. */
  public enum Source { FILE, DOCUMENT, CARD }

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new ArticleCardModule());

  private final String columnName;
  private final DataType type;
  private final Source source;
  private final Function<FileOutcome, @Nullable Object> value;

  CardColumn(String columnName, DataType type, Source source,
      Function<FileOutcome, @Nullable Object> value) {
    this.columnName = columnName;
    this.type = type;
    this.source = source;
    this.value = value;
  }

  /** Returns the column's name. */
  public String columnName() {
    return columnName;
  }

  /** Returns what the column's value needs. */
  public Source source() {
    return source;
  }

  /** Returns the column as a schema field. */
  public StructField field() {
    return DataTypes.createStructField(columnName, type, this != PATH);
  }

  /** Returns the columns the source gives for these options, in order. */
  public static List<CardColumn> of(ReadOptions options) {
    List<CardColumn> columns = new ArrayList<>();
    for (CardColumn column : values()) {
      boolean wanted = switch (column) {
        case FRONT_MATTER -> options.frontMatterOnly();
        case TEXT -> options.keepText();
        case PATH, BODY, ERROR -> true;
        default -> !options.frontMatterOnly();
      };
      if (wanted) {
        columns.add(column);
      }
    }
    return columns;
  }

  /** Returns the schema of these columns. */
  public static StructType schema(List<CardColumn> columns) {
    return DataTypes.createStructType(columns.stream().map(CardColumn::field).toList());
  }

  /** Returns the column of a name in this list. */
  public static CardColumn named(List<CardColumn> columns, String name) {
    return columns.stream().filter(column -> column.columnName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("articlecard: no column " + name));
  }

  /**
   * Returns one file's row: the value of each column, or null where the outcome has none (a failed
   * file's card columns, a card's absent keys).
   */
  public static InternalRow row(List<CardColumn> columns, FileOutcome outcome) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      CardColumn column = columns.get(i);
      boolean available = switch (column.source) {
        case FILE -> true;
        case DOCUMENT -> outcome.document() != null;
        case CARD -> outcome.card() != null;
      };
      values[i] = available ? column.value.apply(outcome) : null;
    }
    return new GenericInternalRow(values);
  }

  private static ArticleCard card(FileOutcome outcome) {
    ArticleCard card = outcome.card();
    if (card == null) {
      throw new IllegalStateException("no card");
    }
    return card;
  }

  private static CardDocument document(FileOutcome outcome) {
    CardDocument document = outcome.document();
    if (document == null) {
      throw new IllegalStateException("no document");
    }
    return document;
  }

  private static @Nullable Object error(FileOutcome outcome) {
    FileOutcome.Problem problem = outcome.error();
    if (problem == null) {
      return null;
    }
    return new GenericInternalRow(new Object[] {utf8(problem.kind()),
        problem.line() > 0 ? problem.line() : null, problem.column() > 0 ? problem.column() : null,
        utf8(problem.message())});
  }

  private static @Nullable Object provider(@Nullable Provider provider) {
    if (provider == null) {
      return null;
    }
    return new GenericInternalRow(new Object[] {text(provider.name()), text(provider.domain()),
        provider.has("images") ? array(provider.images(), CardColumn::image) : null,
        extras(provider.extras())});
  }

  private static Object image(Image image) {
    return new GenericInternalRow(new Object[] {url(image.url()),
        image.hasWidth() ? image.width() : null, image.hasHeight() ? image.height() : null,
        image.hasIsCached() ? image.isCached() : null, text(image.title()), extras(image.extras())});
  }

  private static Object related(RelatedArticle related) {
    return new GenericInternalRow(new Object[] {
        related.hasTitle() ? utf8(related.title()) : null,
        related.hasExcerpt() ? utf8(related.excerpt()) : null,
        micros(related.publishedDateTime()), url(related.webUrl()), url(related.ampWebUrl()),
        url(related.cdnAmpWebUrl()),
        text(related.type() == null ? null : String.valueOf(related.type())),
        provider(related.provider()), related.hasQuality() ? related.quality() : null,
        related.has("images") ? array(related.images(), CardColumn::image) : null,
        extras(related.extras())});
  }

  private static <T> GenericArrayData array(List<T> items, Function<T, Object> element) {
    Object[] values = new Object[items.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = element.apply(items.get(i));
    }
    return new GenericArrayData(values);
  }

  private static @Nullable Object extras(Extras extras) {
    return extras.isEmpty() ? null : utf8(json(extras));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns microseconds since the epoch, Spark's timestamp; nanoseconds below a microsecond go. */
  private static @Nullable Object micros(@Nullable Instant instant) {
    if (instant == null) {
      return null;
    }
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
        instant.getNano() / 1000);
  }

  private static @Nullable Object secured(@Nullable Secured secured) {
    return secured == null ? null : utf8(secured.value());
  }

  private static @Nullable Object url(@Nullable Url url) {
    return url == null ? null : utf8(url.raw());
  }

  private static @Nullable Object text(@Nullable String text) {
    return text == null ? null : utf8(text);
  }

  private static UTF8String utf8(String text) {
    return UTF8String.fromString(text);
  }

  /** The nested types, named once. */
  private static final class Types {
    static final StructType IMAGE = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("width", DataTypes.IntegerType, true),
        DataTypes.createStructField("height", DataTypes.IntegerType, true),
        DataTypes.createStructField("isCached", DataTypes.BooleanType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("extras", DataTypes.StringType, true)});
    static final ArrayType IMAGES = DataTypes.createArrayType(IMAGE, false);
    static final StructType PROVIDER = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("name", DataTypes.StringType, true),
        DataTypes.createStructField("domain", DataTypes.StringType, true),
        DataTypes.createStructField("images", IMAGES, true),
        DataTypes.createStructField("extras", DataTypes.StringType, true)});
    static final StructType RELATED = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("excerpt", DataTypes.StringType, true),
        DataTypes.createStructField("publishedDateTime", DataTypes.TimestampType, true),
        DataTypes.createStructField("webUrl", DataTypes.StringType, true),
        DataTypes.createStructField("ampWebUrl", DataTypes.StringType, true),
        DataTypes.createStructField("cdnAmpWebUrl", DataTypes.StringType, true),
        DataTypes.createStructField("type", DataTypes.StringType, true),
        DataTypes.createStructField("provider", PROVIDER, true),
        DataTypes.createStructField("quality", DataTypes.IntegerType, true),
        DataTypes.createStructField("images", IMAGES, true),
        DataTypes.createStructField("extras", DataTypes.StringType, true)});
    static final ArrayType RELATED_LIST = DataTypes.createArrayType(RELATED, false);
    static final StructType ERROR = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.IntegerType, true),
        DataTypes.createStructField("column", DataTypes.IntegerType, true),
        DataTypes.createStructField("message", DataTypes.StringType, false)});

    private Types() {}
  }
}
