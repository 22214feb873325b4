package io.github.articlecard.testkit.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH suite and prints each measure as a ratio to the plain-Jackson baseline measured in
 * the same run, with the target it should meet. Run it with {@code mvn -B -Pbench -DskipTests
 * verify} (argument {@code quick} for a shorter, noisier run: {@code -Dbench.args=quick}; on a
 * machine that other work shares, {@code interleaved}: {@link InterleavedRatios}).
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  public static void main(String[] args) throws RunnerException, java.io.IOException {
    if (args.length > 0 && args[0].equals("interleaved")) {
      InterleavedRatios.run();
      return;
    }
    boolean quick = args.length > 0 && args[0].equals("quick");
    ChainedOptionsBuilder single = new OptionsBuilder()
        .include(CardBenchmark.class.getSimpleName())
        .forks(1)
        .warmupIterations(quick ? 2 : 4)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 3 : 6)
        .measurementTime(TimeValue.seconds(1))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    // Each bulk read takes about half a second: many single shots, so that JIT and GC settle.
    ChainedOptionsBuilder bulk = new OptionsBuilder()
        .include(BulkReadBenchmark.class.getSimpleName())
        .forks(1)
        .warmupIterations(quick ? 4 : 10)
        .measurementIterations(quick ? 4 : 10)
        .shouldFailOnError(true);
    // Each large edit takes a good part of a second: longer iterations, fewer of them.
    ChainedOptionsBuilder large = new OptionsBuilder()
        .include(LargeEditBenchmark.class.getSimpleName())
        .forks(1)
        .warmupIterations(quick ? 2 : 3)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(quick ? 3 : 5)
        .measurementTime(TimeValue.seconds(2))
        .shouldFailOnError(true);
    List<RunResult> results = new ArrayList<>(new Runner(single.build()).run());
    results.addAll(new Runner(large.build()).run());
    results.addAll(new Runner(bulk.build()).run());

    Map<String, Double> time = new LinkedHashMap<>();
    Map<String, Double> allocation = new LinkedHashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      String key = method + "/" + param(result, "input") + param(result, "threads");
      time.put(key, result.getPrimaryResult().getScore());
      Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
      if (alloc != null) {
        allocation.put(key, alloc.getScore());
      }
    }

    StringBuilder table = new StringBuilder();
    table.append("| input | measure | ratio | target | |\n|---|---|---|---|---|\n");
    for (String input : new String[] {"seed", "generated", "generic"}) {
      row(table, input, "read to frontMatter() / Jackson readTree", time, "readFrontMatter", "jacksonRead", input, 0.33, true);
      row(table, input, "read to card() / Jackson readTree", time, "readCard", "jacksonRead", input, 0.33, true);
      row(table, input, "unmodified write / read to card()", time, "unmodifiedWrite", "readCard", input, 0.05, true);
      row(table, input, "verified one-field edit, withCard / Jackson readTree", time, "editWrite", "jacksonRead", input, 1.0, true);
      row(table, input, "verified one-field edit, withFrontMatter / Jackson readTree", time, "editFrontMatterWrite", "jacksonRead", input, 1.0, true);
      row(table, input, "verified canonical write / Jackson writer", time, "canonicalWrite", "jacksonWrite", input, 1.0, true);
      row(table, input, "verified canonical write, learned style / standard style", time, "learnedCanonicalWrite", "canonicalWrite", input, 1.0, true);
      row(table, input, "house style learned from the cards / reading them", time, "learnStyle", "readBatch", input, 1.0, true);
      row(table, input, "allocation per read to card() / Jackson readTree", allocation, "readCard", "jacksonRead", input, 1.0, true);
      row(table, input, "read to frontMatter() / Jackson JSON readTree of the same data", time, "readFrontMatter", "jacksonJsonRead", input, 0, false);
      row(table, input, "Jackson readTree / Jackson JSON readTree of the same data", time, "jacksonRead", "jacksonJsonRead", input, 0, false);
    }
    row(table, "50k-key flow mapping", "one-field edit / read", time, "edit", "read", "flow-50k", 3.0, true);
    row(table, "100k-key mapping", "1,000 keys inserted / read", time, "edit", "read", "block-100k", 3.0, true);
    Double one = time.get("readAll/1");
    Double two = time.get("readAll/2");
    if (one != null && two != null) {
      double speedup = one / two;
      table.append(String.format(Locale.ROOT, "| 10,000 files | bulk readAll speed-up, 1 to 2 threads | %.2fx | >= 1.7x | %s |%n",
          speedup, speedup >= 1.7 ? "met" : "MISSED"));
    }
    System.out.println();
    System.out.println("Ratios against plain Jackson in the same run (" + System.getProperty("java.vm.name")
        + " " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
        + " cores):");
    System.out.println();
    System.out.print(table);
  }

  private static String param(RunResult result, String name) {
    String value = result.getParams().getParam(name);
    return value == null ? "" : value;
  }

  private static void row(StringBuilder table, String input, String label, Map<String, Double> values,
      String measure, String baseline, String in, double target, boolean atMost) {
    Double a = values.get(measure + "/" + in);
    Double b = values.get(baseline + "/" + in);
    if (a == null || b == null || b == 0) {
      return;
    }
    double ratio = a / b;
    if (target == 0) { // a figure to show, with no target
      table.append(String.format(Locale.ROOT, "| %s | %s | %.3fx | | |%n", input, label, ratio));
      return;
    }
    boolean met = atMost ? ratio <= target : ratio >= target;
    table.append(String.format(Locale.ROOT, "| %s | %s | %.3fx | %s %sx | %s |%n", input, label, ratio,
        atMost ? "<=" : ">=", target, met ? "met" : "MISSED"));
  }
}
