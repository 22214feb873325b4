package io.github.articlecard.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.HouseStyle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing cards, against plain Jackson ({@code YAMLMapper.readTree} on the front
 * matter slice, and its writer) in the same run, and against Jackson's JSON parser reading the
 * same data written as compact JSON. Each invocation handles the next of 64 texts; learning a house
 * style, and its baseline, handle {@link BenchInputs#BATCH} texts at once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CardBenchmark {
  @Param({"seed", "generated", "generic"})
  public String input;

  private final CardMapper mapper = CardMapper.builder().build();
  private CardMapper learnedMapper = mapper; // in the style learned from the inputs (setUp)
  private final YAMLMapper yaml = new YAMLMapper();
  private final ObjectMapper json = new ObjectMapper();
  private String[] texts;
  private String[] jsonTexts;
  private ObjectNode[] editedFrontMatters;
  private CardDocument[] documents;
  private String[] batchTexts; // a repository's worth, to learn a house style from
  private ArticleCard[] equalCards;
  private ArticleCard[] editedCards;
  private JsonNode[] trees;
  private int next;

  @Setup
  public void setUp() throws IOException {
    texts = BenchInputs.texts(input);
    int size = texts.length;
    documents = new CardDocument[size];
    equalCards = new ArticleCard[size];
    editedCards = new ArticleCard[size];
    trees = new JsonNode[size];
    jsonTexts = new String[size];
    editedFrontMatters = new ObjectNode[size];
    for (int i = 0; i < size; i++) {
      documents[i] = mapper.read(texts[i]);
      ArticleCard card = documents[i].card();
      equalCards[i] = card.toBuilder().build(); // equal, not the same instance
      editedCards[i] = card.toBuilder().quality(card.quality() + 1).build();
      trees[i] = yaml.readTree(BenchInputs.frontMatter(texts[i]));
      jsonTexts[i] = json.writeValueAsString(trees[i]);
      editedFrontMatters[i] = BenchInputs.oneFieldEdited(documents[i].frontMatter());
    }
    batchTexts = BenchInputs.texts(input, BenchInputs.BATCH);
    List<CardDocument> batch = new ArrayList<>(batchTexts.length);
    for (String text : batchTexts) {
      batch.add(mapper.read(text));
    }
    learnedMapper = CardMapper.builder().houseStyle(HouseStyle.learnFrom(batch)).build();
  }

  private int index() {
    int i = next;
    next = i + 1 == texts.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public ObjectNode readFrontMatter() {
    return mapper.read(texts[index()]).frontMatter();
  }

  @Benchmark
  public ArticleCard readCard() {
    return mapper.read(texts[index()]).card();
  }

  @Benchmark
  public JsonNode jacksonRead() throws IOException {
    return yaml.readTree(BenchInputs.frontMatter(texts[index()]));
  }

  @Benchmark
  public JsonNode jacksonJsonRead() throws IOException {
    return json.readTree(jsonTexts[index()]);
  }

  @Benchmark
  public String unmodifiedWrite() {
    int i = index();
    return documents[i].withCard(equalCards[i]).text();
  }

  @Benchmark
  public String editWrite() {
    int i = index();
    return documents[i].withCard(editedCards[i]).text();
  }

  @Benchmark
  public String editFrontMatterWrite() {
    int i = index();
    return documents[i].withFrontMatter(editedFrontMatters[i]).text();
  }

  @Benchmark
  public String canonicalWrite() {
    return mapper.write(equalCards[index()]);
  }

  /** Writes a card in the style learned from the inputs: to cost no more than the standard's. */
  @Benchmark
  public String learnedCanonicalWrite() {
    return learnedMapper.write(equalCards[index()]);
  }

  /**
   * The documents of a repository's worth of cards, read afresh before each invocation of
   * {@link #learnStyle} (untimed): a repository is read and then learned from once, so nothing a
   * document works out on first use is left over from an earlier invocation.
   */
  @State(Scope.Thread)
  public static class FreshBatch {
    private final CardMapper mapper = CardMapper.builder().build();
    List<CardDocument> documents = List.of();

    @Setup(Level.Invocation)
    public void read(CardBenchmark benchmark) {
      List<CardDocument> read = new ArrayList<>(benchmark.batchTexts.length);
      for (String text : benchmark.batchTexts) {
        read.add(mapper.read(text));
      }
      documents = read;
    }
  }

  /**
   * Learns the house style of {@link BenchInputs#BATCH} cards, already read: to cost less than
   * reading them.
   */
  @Benchmark
  public HouseStyle learnStyle(FreshBatch fresh) {
    return HouseStyle.learnFrom(fresh.documents);
  }

  /** Reads the {@link BenchInputs#BATCH} cards, the baseline of {@link #learnStyle}. */
  @Benchmark
  public CardDocument[] readBatch() {
    CardDocument[] read = new CardDocument[batchTexts.length];
    for (int i = 0; i < batchTexts.length; i++) {
      read[i] = mapper.read(batchTexts[i]);
    }
    return read;
  }

  @Benchmark
  public String jacksonWrite() throws IOException {
    return yaml.writeValueAsString(trees[index()]);
  }
}
