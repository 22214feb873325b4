package io.github.articlecard.testkit.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Edits of large front matters, against reading the same text in the same run: that edits stay
 * near-linear in the size of the front matter. {@code flow-50k}: one value changed in a flow
 * mapping of 50,000 keys; {@code block-100k}: 1,000 keys inserted into a mapping of 100,000 keys
 * (spread through it). An edit includes its verifying re-read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeEditBenchmark {
  @Param({"flow-50k", "block-100k"})
  public String input;

  private final CardMapper mapper = CardMapper.builder()
      .maxInputSize(16 << 20).maxFrontMatterSize(8 << 20).build();
  private String text;
  private CardDocument document;
  private ObjectNode target;

  @Setup
  public void setUp() {
    StringBuilder out = new StringBuilder("---\n");
    switch (input) {
      case "flow-50k" -> {
        out.append("title: Large\nvalues: {");
        for (int i = 0; i < 50_000; i++) {
          out.append(i == 0 ? "" : ", ").append("key").append(i).append(": ").append(i);
        }
        out.append("}\n");
      }
      case "block-100k" -> {
        for (int i = 0; i < 100_000; i++) {
          out.append("key").append(i).append(": value ").append(i).append('\n');
        }
      }
      default -> throw new IllegalArgumentException(input);
    }
    text = out.append("---\nbody\n").toString();
    document = mapper.read(text);
    target = document.frontMatter();
    if (input.equals("flow-50k")) {
      ((ObjectNode) target.get("values")).put("key25000", -1);
    } else {
      ObjectNode inserted = target.objectNode();
      target.properties().forEach(property -> {
        inserted.set(property.getKey(), property.getValue());
        String key = property.getKey();
        int n = Integer.parseInt(key.substring(3));
        if (n % 100 == 50) {
          inserted.put("new" + n, "inserted " + n);
        }
      });
      target = inserted;
    }
  }

  @Benchmark
  public CardDocument read() {
    return mapper.read(text);
  }

  @Benchmark
  public String edit() {
    return document.withFrontMatter(target).text();
  }
}
