package io.github.articlecard.jackson.internal.yaml;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A house style as data, learned from a repository's cards by a {@link StyleLearner}: the choices
 * the cards agree on, each with how many agree. It says nothing where it learned nothing; the
 * {@link StyleDecision} then asks the standard. Places are named by {@link StylePaths}: a level is
 * the path of a mapping ({@code ""} for the front matter, {@code provider}, {@code related[]}), a key
 * path that of a value ({@code title}, {@code topics[]}, {@code related[].provider.name}).
 *
 * @param cards how many cards it was learned from (0: nothing learned)
 * @param lineEnding the line break most cards use
 * @param emptyBodyLines how many line breaks an empty body has (0: none, 1: one blank line)
 * @param mappingIndent columns a nested mapping's keys stand right of their parent key
 * @param sequenceIndent columns a sequence's dashes stand right of their key
 * @param keyOrders by level, one order of its keys that most mappings there follow
 * @param quoting by key path, the quoting of strings that any style could hold
 * @param quotesWhenNeeded the quoting of strings that plain style cannot hold
 * @param blankLines by {@link Between}, whether a blank line stands between two adjacent keys
 * @param blankLinesBefore by key path, whether a blank line stands before the key (after another)
 * @param nullForms by key path, the text after the colon of a key without a value ({@code ""},
 *     {@code " "}, {@code " ~"}, {@code " null"}); under {@code ""} for all of them together
 * @param writtenEmpty by key path, whether a key that has no value is written without one rather
 *     than left out
 */
public record HouseRules(int cards, @Nullable Learned<String> lineEnding,
    @Nullable Learned<Integer> emptyBodyLines, @Nullable Learned<Integer> mappingIndent,
    @Nullable Learned<Integer> sequenceIndent, Map<String, Learned<List<String>>> keyOrders,
    Map<String, Learned<ScalarStyle>> quoting, @Nullable Learned<ScalarStyle> quotesWhenNeeded,
    Map<Between, Learned<Boolean>> blankLines, Map<String, Learned<Boolean>> blankLinesBefore,
    Map<String, Learned<String>> nullForms, Map<String, Learned<Boolean>> writtenEmpty)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nothing learned: every choice is the standard's. */
  public static final HouseRules NONE = new HouseRules(0, null, null, null, null, Map.of(),
      Map.of(), null, Map.of(), Map.of(), Map.of(), Map.of());

  /** Copies the maps, so that the rules cannot change under their users. */
  public HouseRules {
    keyOrders = Map.copyOf(keyOrders);
    quoting = Map.copyOf(quoting);
    blankLines = Map.copyOf(blankLines);
    blankLinesBefore = Map.copyOf(blankLinesBefore);
    nullForms = Map.copyOf(nullForms);
    writtenEmpty = Map.copyOf(writtenEmpty);
  }

  /** Tells whether nothing was learned. */
  public boolean isEmpty() {
    return cards == 0;
  }

  /**
   * One learned choice and how sure it is.
   *
   * @param value what most agree on
   * @param agreeing how many agree on it
   * @param seen how many had a say
   * @param <T> the kind of choice
   */
  public record Learned<T>(T value, int agreeing, int seen) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Two adjacent keys of the mappings at one level.
   *
   * @param level the level
   * @param previous the key before
   * @param key the key after
   */
  public record Between(String level, String previous, String key) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
