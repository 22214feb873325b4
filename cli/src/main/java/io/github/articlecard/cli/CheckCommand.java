package io.github.articlecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.CardProblem;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code articlecard check}: reads every card named, validates it by the rules of the options over
 * its nearest {@code .articlecard.properties} ({@link CheckRules}, {@link RulesFiles}), reports
 * each problem in the one shape on stderr, and ends with a summary on stdout (or prints one JSON
 * report with {@code --json}).
 */
final class CheckCommand {
  /** What became of one card. */
  enum Status {
    OK, INVALID, ERROR, LOSSY;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Everything check found in one card. */
  private static final class Report {
    final String file;
    Status status = Status.OK;
    @Nullable Diagnostic error;
    @Nullable Boolean roundTrip;
    final List<RuleViolation> problems = new ArrayList<>();
    final List<Diagnostic> warnings = new ArrayList<>();

    Report(String file) {
      this.file = file;
    }

    Report failed(Diagnostic diagnostic) {
      error = diagnostic;
      status = Status.ERROR;
      return this;
    }
  }

  private final Inputs inputs;
  private final Output output;
  private final Progress progress;
  private final RulesFiles rulesFiles = new RulesFiles();
  private final Map<CheckRules, CardMapper> mappers = new HashMap<>();

  CheckCommand(Inputs inputs, Output output, Progress progress) {
    this.inputs = inputs;
    this.output = output;
    this.progress = progress;
  }

  int run(Command.Arguments args) {
    boolean json = args.has("--json");
    boolean verbose = args.has("--verbose");
    CheckRules options = CheckRules.fromOptions(args);
    Inputs.Listing listing = inputs.list(args.operands(), args.values("--exclude"));
    List<Inputs.Input> cards = listing.inputs();
    List<CardMapper> readers = new ArrayList<>(cards.size());
    try {
      for (Inputs.Input card : cards) {
        readers.add(reader(card, options, args.has(CheckRules.NO_CONFIG)));
      }
    } catch (RulesFiles.BrokenException e) {
      output.problem(e.diagnostic());
      return CardTool.USAGE;
    }
    List<Report> reports = new ArrayList<>();
    for (Diagnostic unreadable : listing.unreadable()) {
      Report report = new Report(String.valueOf(unreadable.source())).failed(unreadable);
      reports.add(report);
      if (!json) {
        print(report, verbose);
      }
    }
    if (!json) {
      listing.warnAboutEmptyFolders(output);
    }
    for (int i = 0; i < cards.size(); i++) {
      Report report = check(cards.get(i), readers.get(i));
      if (report == null) { // deleted since the listing
        progress.done(i + 1, cards.size());
        continue;
      }
      reports.add(report);
      if (!json) {
        print(report, verbose);
      }
      progress.done(i + 1, cards.size());
    }
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    int warnings = listing.empty().size();
    for (Report report : reports) {
      counts.merge(report.status, 1, Integer::sum);
      warnings += report.warnings.size()
          + (int) report.problems.stream().filter(problem -> !problem.isError()).count();
    }
    if (json) {
      output.result(Json.pretty(report(reports, counts, warnings, listing.empty())));
    } else {
      output.note(String.format("checked %d file%s: %d ok, %d invalid, %s, %d lossy; %s",
          reports.size(), reports.size() == 1 ? "" : "s", counts.getOrDefault(Status.OK, 0),
          counts.getOrDefault(Status.INVALID, 0),
          plural(counts.getOrDefault(Status.ERROR, 0), "error"),
          counts.getOrDefault(Status.LOSSY, 0), plural(warnings, "warning")));
    }
    return counts.getOrDefault(Status.OK, 0) == reports.size() ? 0 : 1;
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * Returns the mapper that reads a card with its rules: the options over the nearest rules file's
   * ({@link RulesFiles}), unless {@code --no-config}; one mapper for each set of rules.
   *
   * @throws RulesFiles.BrokenException if the nearest rules file cannot be read or is broken
   */
  private CardMapper reader(Inputs.Input card, CheckRules options, boolean noConfig) {
    CheckRules rules = options;
    if (!noConfig) {
      Path path = card.path();
      Path folder = path == null ? Path.of("") : path.toAbsolutePath().getParent();
      Optional<Path> file = folder == null ? Optional.empty() : rulesFiles.nearest(folder);
      if (file.isPresent()) {
        rules = options.over(rulesFiles.rules(file.get()));
      }
    }
    return mappers.computeIfAbsent(rules,
        settings -> CardMapper.builder().validator(settings.validator()).build());
  }

  /** Checks one card; null for a card deleted since its folder was listed. */
  private @Nullable Report check(Inputs.Input input, CardMapper reader) {
    Report report = new Report(input.name());
    CardDocument doc;
    try {
      doc = inputs.read(input, reader);
    } catch (CardException e) {
      return input.vanished(e) ? null : report.failed(Diagnostic.of(input.name(), e));
    }
    report.warnings.addAll(Findings.warnings(input.name(), doc));
    ArticleCard card;
    try {
      card = doc.card();
    } catch (CardException e) {
      return report.failed(Diagnostic.of(input.name(), e));
    }
    try {
      report.roundTrip = doc.withCard(card).text().equals(doc.text())
          && doc.withFrontMatter(doc.frontMatter()).text().equals(doc.text());
    } catch (CardException e) {
      report.roundTrip = false;
    }
    for (CardProblem problem : doc.problems()) {
      report.problems.add(RuleViolation.of(input.name(), problem));
    }
    if (!report.roundTrip) {
      report.status = Status.LOSSY;
    } else if (report.problems.stream().anyMatch(RuleViolation::isError)) {
      report.status = Status.INVALID;
    }
    return report;
  }

  private void print(Report report, boolean verbose) {
    if (report.error != null) {
      output.problem(report.error);
    }
    report.problems.forEach(problem -> output.errorText(problem.format()));
    report.warnings.forEach(output::warning);
    if (Boolean.FALSE.equals(report.roundTrip)) {
      output.problem(Diagnostic.about(report.file, "the unmodified round trip is not"
          + " byte-identical: articlecard would change this card when editing it (please report"
          + " this as a bug)"));
    }
    if (verbose) {
      output.result(String.format("%-7s %s", report.status.word(), report.file));
    }
  }

  private static ObjectNode report(List<Report> reports, Map<Status, Integer> counts,
      int warnings, List<Diagnostic> emptyFolders) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (!emptyFolders.isEmpty()) {
      ArrayNode empty = root.putArray("warnings");
      emptyFolders.forEach(folder -> folder.writeTo(empty.addObject()
          .put("folder", folder.source())));
    }
    ArrayNode files = root.putArray("files");
    for (Report report : reports) {
      ObjectNode file = files.addObject().put("file", report.file)
          .put("status", report.status.word());
      if (report.error != null) {
        report.error.writeTo(file.putObject("error"));
      }
      if (report.roundTrip != null) {
        file.put("roundTrip", report.roundTrip);
      }
      if (report.error == null) {
        ArrayNode problems = file.putArray("problems");
        report.problems.forEach(problem -> problem.writeTo(problems.addObject()));
      }
      ArrayNode found = file.putArray("warnings");
      report.warnings.forEach(warning -> warning.writeTo(found.addObject()));
    }
    ObjectNode summary = root.putObject("summary").put("files", reports.size());
    for (Status status : Status.values()) {
      summary.put(status.word(), counts.getOrDefault(status, 0));
    }
    summary.put("warnings", warnings);
    return root;
  }
}
