package io.github.articlecard.cli;

import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.HouseStyle;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mappers that {@code set}, {@code unset} and {@code mv} read and edit a card with: the
 * validation rules of the card's nearest {@code .articlecard.properties} (as {@code check} finds
 * it), so that an edit warns by them, and, for {@code set} when it adds a key, the house style of
 * the card's folder (as {@code new} and {@code fmt} learn it), so that the key goes where its
 * siblings have it. Each rules file, style and mapper is made once a run.
 *
 * <pre>{@code
 * CardDocument doc = inputs.read(input, mappers.reader(input));
 * CardDocument styled = mappers.styled(input).read(doc.text());
 * }</pre>
 */
final class EditingMappers {
  /** A mapper's settings: the rules it validates by, the house style it writes new keys in. */
  private record Settings(CheckRules rules, @Nullable HouseStyle style) {}

  private final boolean allowAttributeLoss;
  private final boolean standard;
  private final @Nullable Path styleFrom;
  private final RulesFiles rulesFiles = new RulesFiles();
  private final Map<Path, HouseStyle> styles = new HashMap<>();
  private final Map<Settings, CardMapper> mappers = new HashMap<>();

  /**
   * Creates the mappers of one command line.
   *
   * @throws UsageException if {@code --style} names another style than standard, comes with
   *     {@code --style-from}, or {@code --style-from} names no folder
   */
  EditingMappers(Command command, Command.Arguments args) {
    this.allowAttributeLoss = args.has("--allow-attribute-loss");
    this.standard = FormatCommand.standardAsked(command.commandName(), args);
    List<String> from = args.values("--style-from");
    this.styleFrom = from.isEmpty() ? null
        : FormatCommand.styleFolder(command.commandName(), from.get(0));
  }

  /**
   * Returns the mapper that reads a card with the rules of its nearest rules file.
   *
   * @throws RulesFiles.BrokenException if that file cannot be read or is broken
   */
  CardMapper reader(Inputs.Input input) {
    return mapper(new Settings(rules(input), null));
  }

  /**
   * Returns the mapper that edits a card adding keys: its rules, and the house style of the
   * folder it was found in (the folder named, or the file's own folder; the working folder for
   * standard input), unless {@code --style standard} or {@code --style-from} says otherwise.
   */
  CardMapper styled(Inputs.Input input) {
    return mapper(new Settings(rules(input), style(input)));
  }

  /** Returns the house style new keys of a card take, learned once a folder. */
  HouseStyle style(Inputs.Input input) {
    if (standard) {
      return HouseStyle.standard();
    }
    Path folder = styleFrom != null ? styleFrom : input.folder();
    Path key = (folder == null ? Path.of("") : folder).toAbsolutePath().normalize();
    return styles.computeIfAbsent(key, HouseStyle::learnFrom);
  }

  private CheckRules rules(Inputs.Input input) {
    Path file = input.path();
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    Path folder = parent == null ? Path.of("").toAbsolutePath() : parent;
    return rulesFiles.nearest(folder).map(rulesFiles::rules).orElse(CheckRules.NONE);
  }

  private CardMapper mapper(Settings settings) {
    return mappers.computeIfAbsent(settings, each -> {
      CardMapper.Builder builder = CardMapper.builder().validator(each.rules().validator())
          .allowAttributeLoss(allowAttributeLoss);
      HouseStyle style = each.style();
      return (style == null ? builder : builder.houseStyle(style)).build();
    });
  }
}
