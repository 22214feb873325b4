package io.github.articlecard.jackson.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardBindingException;
import io.github.articlecard.jackson.CardDocument;
import io.github.articlecard.jackson.CardException;
import io.github.articlecard.jackson.CardFile;
import io.github.articlecard.jackson.CardFileFinder;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.CardParseException;
import io.github.articlecard.jackson.LineDiff;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code articlecard} command: {@code check}, {@code get}, {@code set}, {@code fmt} and
 * {@code json}. Output goes to the given streams so that tests can run it in-process.
 */
public final class CardTool {
  private static final String USAGE = String.join("\n",
      "usage: articlecard [-q] COMMAND ...",
      "  check [--json] PATH...          read every card (folders recursively); report errors,",
      "                                  validation problems and whether the round trip is exact",
      "  get PATH KEY                    print a value, KEY like title or related[0].title",
      "  set [--dry-run] PATH KEY VALUE [KEY VALUE]...",
      "                                  edit values in place, changing only their lines",
      "  fmt [--check] PATH...           rewrite cards in the canonical house style",
      "  json PATH                       print a card as JSON",
      "  -q                              no progress or summary on stderr/stdout, only problems",
      "exit status: 0 all well, 1 something failed, 2 wrong usage");
  private static final long ONE_SECOND = 1_000_000_000L;

  private final PrintStream out;
  private final PrintStream err;
  private final long progressNanos;
  private final CardMapper mapper = CardMapper.builder().build();
  private final ObjectMapper json = new ObjectMapper().registerModule(new ArticleCardModule())
      .enable(SerializationFeature.INDENT_OUTPUT);
  private boolean quiet;

  /**
   * Creates the tool.
   *
   * @param out where results go
   * @param err where errors and progress go
   */
  public CardTool(PrintStream out, PrintStream err) {
    this(out, err, ONE_SECOND);
  }

  /** Creates the tool with another progress interval (tests use 0 to see progress on every file). */
  CardTool(PrintStream out, PrintStream err, long progressNanos) {
    this.out = out;
    this.err = err;
    this.progressNanos = progressNanos;
  }

  /**
   * Runs one command line.
   *
   * @param args the arguments
   * @return the exit status: 0 all well, 1 something failed, 2 wrong usage
   */
  public int run(String... args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean shortFlag = rest.remove("-q");
    boolean longFlag = rest.remove("--quiet");
    quiet = shortFlag || longFlag;
    if (rest.isEmpty() || rest.contains("-h") || rest.contains("--help")) {
      (rest.isEmpty() ? err : out).println(USAGE);
      return rest.isEmpty() ? 2 : 0;
    }
    String command = rest.remove(0);
    try {
      return switch (command) {
        case "check" -> check(rest.remove("--json"), paths(rest, 1, -1));
        case "get" -> get(paths(rest, 2, 2));
        case "set" -> set(rest.remove("--dry-run"), rest);
        case "fmt" -> fmt(rest.remove("--check"), paths(rest, 1, -1));
        case "json" -> json(paths(rest, 1, 1));
        default -> usage("unknown command '" + command + "'");
      };
    } catch (IllegalArgumentException e) {
      return usage(String.valueOf(e.getMessage()));
    } catch (CardException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private int usage(String problem) {
    err.println("articlecard: " + problem);
    err.println(USAGE);
    return 2;
  }

  private static List<String> paths(List<String> args, int min, int max) {
    for (String arg : args) {
      if (arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (args.size() < min || (max >= 0 && args.size() > max)) {
      throw new IllegalArgumentException("wrong number of arguments");
    }
    return args;
  }

  // ------------------------------------------------------------------ check

  private enum Status { OK, INVALID, ERROR, LOSSY }

  private int check(boolean asJson, List<String> roots) {
    CardFileFinder.Listing listing = cardFiles(roots);
    List<Path> files = listing.files();
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    ArrayNode report = json.createArrayNode();
    for (CardFile folder : listing.unreadable()) {
      ObjectNode entry = report.addObject().put("file", folder.path().toString());
      error(entry, asJson, folder.path(), 0, 0, errorOf(folder), null);
      entry.put("status", "error");
      counts.merge(Status.ERROR, 1, Integer::sum);
    }
    long started = System.nanoTime();
    long lastProgress = started;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      ObjectNode entry = report.addObject().put("file", file.toString());
      Status status = checkOne(file, entry, asJson);
      entry.put("status", status.name().toLowerCase(Locale.ROOT));
      counts.merge(status, 1, Integer::sum);
      long now = System.nanoTime();
      if (!quiet && now - lastProgress >= progressNanos) {
        err.printf("checked %d of %d files%n", i + 1, files.size());
        lastProgress = now;
      }
    }
    if (asJson) {
      out.println(write(report));
    } else if (!quiet) {
      out.printf("%n%8s %8s %8s %8s %8s%n", "files", "ok", "invalid", "errors", "lossy");
      out.printf("%8d %8d %8d %8d %8d%n", files.size() + listing.unreadable().size(),
          counts.getOrDefault(Status.OK, 0),
          counts.getOrDefault(Status.INVALID, 0), counts.getOrDefault(Status.ERROR, 0),
          counts.getOrDefault(Status.LOSSY, 0));
    }
    return counts.getOrDefault(Status.OK, 0) == files.size() && listing.unreadable().isEmpty() ? 0 : 1;
  }

  private Status checkOne(Path file, ObjectNode entry, boolean asJson) {
    CardDocument doc;
    ArticleCard card;
    try {
      doc = mapper.read(file);
      card = doc.card();
    } catch (CardParseException e) {
      return error(entry, asJson, file, e.line(), e.column(), e, null);
    } catch (CardBindingException e) {
      return error(entry, asJson, file, e.line(), e.column(), e, e.path());
    } catch (CardException e) {
      return error(entry, asJson, file, 0, 0, e, null);
    }
    boolean exact = doc.withCard(card).text().equals(doc.text())
        && doc.withFrontMatter(doc.frontMatter()).text().equals(doc.text());
    entry.put("roundTrip", exact);
    List<ValidationProblem> problems = card.validate();
    ArrayNode listed = entry.putArray("problems");
    problems.forEach(problem -> listed.add(problem.toString()));
    if (!exact) {
      if (!asJson) {
        out.println("LOSSY   " + file + ": the unmodified round trip is not byte-identical");
      }
      return Status.LOSSY;
    }
    if (!problems.isEmpty()) {
      if (!asJson) {
        problems.forEach(problem -> out.println("INVALID " + file + ": " + problem));
      }
      return Status.INVALID;
    }
    if (!asJson && !quiet) {
      out.println("OK      " + file);
    }
    return Status.OK;
  }

  private Status error(ObjectNode entry, boolean asJson, Path file, int line, int column,
      CardException e, @Nullable String modelPath) {
    String message = firstLine(e.getMessage());
    String prefix = file + ": ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    String located = message.replaceFirst("^line \\d+, column \\d+: ", "");
    entry.put("line", line).put("column", column).put("message", located);
    if (modelPath != null) {
      entry.put("path", modelPath);
    }
    if (!asJson) {
      out.println("ERROR   " + file + (line > 0 ? ":" + line + ":" + column : "") + ": " + located);
    }
    return Status.ERROR;
  }

  private static String firstLine(@Nullable String message) {
    String text = message == null ? "" : message;
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  // ------------------------------------------------------------------ get, set

  private int get(List<String> args) {
    CardDocument doc = mapper.read(Path.of(args.get(0)));
    List<Object> path = KeyPath.parse(args.get(1));
    JsonNode value = find(doc.frontMatter(), path);
    if (value == null) {
      err.println(args.get(0) + ": no value at " + args.get(1));
      return 1;
    }
    out.println(value.isValueNode() ? (value.isTextual() ? value.textValue() : value.toString()) : write(value));
    return 0;
  }

  private int set(boolean dryRun, List<String> args) {
    if (args.size() < 3 || args.size() % 2 == 0) {
      throw new IllegalArgumentException("set takes PATH followed by KEY VALUE pairs");
    }
    Path file = Path.of(args.get(0));
    CardDocument doc = mapper.read(file);
    boolean wasCard = bindsToCard(doc);
    ObjectNode data = doc.frontMatter();
    for (int i = 1; i < args.size(); i += 2) {
      List<Object> path = KeyPath.parse(args.get(i));
      JsonNode parent = path.size() == 1 ? data : find(data, path.subList(0, path.size() - 1));
      Object last = path.get(path.size() - 1);
      if (!(parent instanceof ContainerNode<?>)) {
        err.println(file + ": no mapping or list at " + args.get(i));
        return 1;
      }
      JsonNode old = last instanceof String key ? parent.get(key) : parent.get((Integer) last);
      JsonNode value = parseValue(args.get(i + 1), old);
      if (parent instanceof ObjectNode object && last instanceof String key) {
        object.set(key, value);
      } else if (parent instanceof ArrayNode array && last instanceof Integer index && index <= array.size()) {
        if (index == array.size()) {
          array.add(value);
        } else {
          array.set(index, value);
        }
      } else {
        err.println(file + ": cannot set " + args.get(i));
        return 1;
      }
    }
    CardDocument edited = doc.withFrontMatter(data);
    if (wasCard) {
      try {
        edited.card();
      } catch (CardBindingException e) {
        err.println(file + ": not changed: " + e.path() + ": "
            + firstLine(e.getMessage()).replaceFirst("^.*?" + java.util.regex.Pattern.quote(e.path()) + ": ", ""));
        return 1;
      }
    }
    if (dryRun) {
      out.print(LineDiff.unified(file.toString(), file + " (edited)", doc.text(), edited.text(), 3));
      return 0;
    }
    mapper.write(edited, file);
    if (!quiet) {
      out.println("updated " + file);
    }
    return 0;
  }

  private static boolean bindsToCard(CardDocument doc) {
    try {
      doc.card();
      return true;
    } catch (CardBindingException e) {
      return false;
    }
  }

  /** Text stays text when the old value was text; otherwise JSON literals are typed, the rest is text. */
  private JsonNode parseValue(String text, @Nullable JsonNode old) {
    if (old != null && old.isTextual()) {
      return TextNode.valueOf(text);
    }
    try {
      JsonNode parsed = json.readTree(text);
      return parsed == null || parsed.isMissingNode() ? TextNode.valueOf(text) : parsed;
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(text);
    }
  }

  private static @Nullable JsonNode find(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof String key ? node.get(key) : node.get((Integer) step);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  // ------------------------------------------------------------------ fmt, json

  private int fmt(boolean checkOnly, List<String> roots) {
    CardFileFinder.Listing listing = cardFiles(roots);
    int status = listing.unreadable().isEmpty() ? 0 : 1;
    listing.unreadable().forEach(folder -> err.println(firstLine(errorOf(folder).getMessage())));
    for (Path file : listing.files()) {
      try {
        CardDocument doc = mapper.read(file);
        String canonical = CardMapper.builder().lineEnding(doc.lineEnding()).build().write(doc.card());
        if (canonical.equals(doc.text())) {
          continue;
        }
        if (checkOnly) {
          out.println("would reformat " + file);
          status = 1;
        } else {
          mapper.write(mapper.read(canonical), file);
          if (!quiet) {
            out.println("reformatted " + file);
          }
        }
      } catch (CardException e) {
        err.println(firstLine(e.getMessage()));
        status = 1;
      }
    }
    return status;
  }

  private int json(List<String> args) {
    ArticleCard card = mapper.read(Path.of(args.get(0))).card();
    try {
      out.println(json.writeValueAsString(card));
    } catch (JsonProcessingException e) {
      throw new CardException(CardException.Kind.UNWRITABLE, "cannot write " + args.get(0) + " as JSON: " + e.getOriginalMessage(), e);
    }
    return 0;
  }

  private String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The card files named: files as given, folders listed by {@link CardFileFinder}; folders that
   * cannot be listed come back as failed outcomes.
   */
  private static CardFileFinder.Listing cardFiles(List<String> roots) {
    List<Path> files = new ArrayList<>();
    List<CardFile> unreadable = new ArrayList<>();
    for (String root : roots) {
      Path path = Path.of(root);
      if (Files.isDirectory(path)) {
        CardFileFinder.Listing listing = CardFileFinder.cards().find(path);
        files.addAll(listing.files());
        unreadable.addAll(listing.unreadable());
      } else {
        files.add(path);
      }
    }
    return new CardFileFinder.Listing(files, unreadable);
  }

  private static CardException errorOf(CardFile failed) {
    return Objects.requireNonNull(failed.error(), "error");
  }
}
