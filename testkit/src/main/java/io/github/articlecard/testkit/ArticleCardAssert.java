package io.github.articlecard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.ValidationProblem;
import io.github.articlecard.jackson.CardMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an {@link ArticleCard}, with failure messages that name the fields (as YAML paths)
 * that differ.
 *
 * <pre>{@code
 * assertThat(card)
 *     .hasTitle("Facebook will use your uploaded videos")
 *     .hasQuality(59)
 *     .hasTopics("Facebook AI", "AI")
 *     .doesNotHaveKey("featuredContent")
 *     .hasKey("images[0].width")
 *     .isValid();
 * }</pre>
 */
public final class ArticleCardAssert extends AbstractAssert<ArticleCardAssert, ArticleCard> {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  ArticleCardAssert(ArticleCard actual) {
    super(actual, ArticleCardAssert.class);
  }

  /**
   * Checks the title.
   *
   * @param title the expected title
   * @return this assertion
   */
  public ArticleCardAssert hasTitle(String title) {
    return field("title", actual.title(), title);
  }

  /**
   * Checks the quality score; an absent quality reads as 0 (see {@link #hasKey}).
   *
   * @param quality the expected score
   * @return this assertion
   */
  public ArticleCardAssert hasQuality(int quality) {
    return field("quality", actual.quality(), quality);
  }

  /**
   * Checks the heat score.
   *
   * @param heat the expected score
   * @return this assertion
   */
  public ArticleCardAssert hasHeat(int heat) {
    return field("heat", actual.heat(), heat);
  }

  /**
   * Checks that the card is published.
   *
   * @return this assertion
   */
  public ArticleCardAssert isPublished() {
    return field("published", actual.published(), true);
  }

  /**
   * Checks that the card is not published.
   *
   * @return this assertion
   */
  public ArticleCardAssert isNotPublished() {
    return field("published", actual.published(), false);
  }

  /**
   * Checks the topics, in order.
   *
   * @param topics the expected topics
   * @return this assertion
   */
  public ArticleCardAssert hasTopics(String... topics) {
    return field("topics", actual.topics(), List.of(topics));
  }

  /**
   * Checks the number of images.
   *
   * @param count the expected number
   * @return this assertion
   */
  public ArticleCardAssert hasImageCount(int count) {
    return field("images.size()", actual.images().size(), count);
  }

  /**
   * Checks an unknown top-level key's value.
   *
   * @param key the key
   * @param value the expected plain-data value
   * @return this assertion
   */
  public ArticleCardAssert hasExtra(String key, @Nullable Object value) {
    isNotNull();
    if (!actual.extras().containsKey(key)) {
      failWithMessage("Expected the card to have the unknown key <%s>, but its unknown keys are %s",
          key, actual.extras().keys());
    }
    return field(key, actual.extras().get(key), value);
  }

  /**
   * Checks that the card has a key, at any level: a model path such as {@code quality},
   * {@code images[0].width} or {@code related[1].excerpt}, as validation problems name them. A key
   * is there when it is written, whatever its value ({@code quality: 0} included).
   *
   * @param path the model path of the key
   * @return this assertion
   */
  public ArticleCardAssert hasKey(String path) {
    isNotNull();
    if (!has(path)) {
      failWithMessage("Expected the card to have <%s>, but it is absent (the card's absent top-level"
          + " keys: %s)", path, actual.absentKeys());
    }
    return this;
  }

  /**
   * Checks that the card does not have a key, at any level: a model path such as {@code quality} or
   * {@code images[0].isCached}. An absent key reads as its default ({@code 0}, {@code false},
   * {@code ""} or an empty list) but is not written.
   *
   * @param path the model path of the key
   * @return this assertion
   */
  public ArticleCardAssert doesNotHaveKey(String path) {
    isNotNull();
    if (has(path)) {
      failWithMessage("Expected the card not to have <%s>, but it has it", path);
    }
    return this;
  }

  /** Tells whether the card, written, holds the path: writing writes exactly the keys it has. */
  private boolean has(String path) {
    return MAPPER.read(MAPPER.write(actual)).positionOf(path).isPresent();
  }

  /**
   * Checks that {@link ArticleCard#validate()} finds no problem.
   *
   * @return this assertion
   */
  public ArticleCardAssert isValid() {
    isNotNull();
    List<ValidationProblem> problems = actual.validate();
    if (!problems.isEmpty()) {
      failWithMessage("Expected the card to be valid, but it has %d problem(s):%n  %s", problems.size(),
          String.join("\n  ", problems.stream().map(ValidationProblem::toString).toList()));
    }
    return this;
  }

  /**
   * Checks that validation reports a problem, given as {@code path: message}.
   *
   * @param problem such as {@code "quality: must be >= 0"}
   * @return this assertion
   */
  public ArticleCardAssert hasProblem(String problem) {
    isNotNull();
    List<String> problems = actual.validate().stream().map(ValidationProblem::toString).toList();
    if (!problems.contains(problem)) {
      failWithMessage("Expected the problem <%s>, but validation found %s", problem, problems);
    }
    return this;
  }

  /**
   * Checks that the card equals another, naming every field (as a YAML path) that differs.
   *
   * @param expected the expected card
   * @return this assertion
   */
  public ArticleCardAssert isEqualToCard(ArticleCard expected) {
    isNotNull();
    if (actual.equals(expected)) {
      return this;
    }
    List<String> differences = new ArrayList<>();
    compare("", MAPPER.toFrontMatter(actual), MAPPER.toFrontMatter(expected), differences);
    if (!actual.body().equals(expected.body())) {
      differences.add("body: expected " + quote(expected.body()) + " but was " + quote(actual.body()));
    }
    failWithMessage("Expected the cards to be equal, but they differ at:%n  %s",
        String.join("\n  ", differences));
    return this;
  }

  private ArticleCardAssert field(String name, @Nullable Object actualValue, @Nullable Object expected) {
    isNotNull();
    if (!Objects.equals(actualValue, expected)) {
      failWithMessage("Expected %s to be <%s> but was <%s>", name, expected, actualValue);
    }
    return this;
  }

  private static void compare(String path, @Nullable JsonNode actual, @Nullable JsonNode expected,
      List<String> differences) {
    if (Objects.equals(actual, expected)) {
      return;
    }
    if (actual != null && expected != null && actual.isObject() && expected.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      actual.properties().stream().map(Map.Entry::getKey).forEach(keys::add);
      expected.properties().stream().map(Map.Entry::getKey).forEach(keys::add);
      for (String key : keys) {
        compare(path.isEmpty() ? key : path + "." + key, actual.get(key), expected.get(key), differences);
      }
      return;
    }
    if (actual != null && expected != null && actual.isArray() && expected.isArray()
        && actual.size() == expected.size()) {
      for (int i = 0; i < actual.size(); i++) {
        compare(path + "[" + i + "]", actual.get(i), expected.get(i), differences);
      }
      return;
    }
    differences.add(path + ": expected " + (expected == null ? "(absent)" : expected)
        + " but was " + (actual == null ? "(absent)" : actual));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\n", "\\n") + "\"";
  }
}
