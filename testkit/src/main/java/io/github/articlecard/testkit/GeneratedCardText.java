package io.github.articlecard.testkit;

import io.github.articlecard.ArticleCard;
import java.util.List;

/**
 * A card text made by {@link CardTextGenerator}: the text, the card it means, and where each
 * scalar value stands in it, so that a test can edit one value and know which lines may change.
 *
 * <pre>{@code
 * GeneratedCardText generated = TestCards.textGenerator(7).next();
 * for (GeneratedCardText.ValueLines value : generated.values()) {
 *   if (value.pointer().equals("/title")) {
 *     assertThatCardText(generated.text())
 *         .afterEditingFrontMatter(data -> data.put("title", "Edited"))
 *         .changesOnlyLinesWithin(value.firstLine(), value.lastLine());
 *   }
 * }
 * }</pre>
 *
 * @param text the card text
 * @param card the card the text means
 * @param values every scalar value's model path and lines
 */
public record GeneratedCardText(String text, ArticleCard card, List<ValueLines> values) {

  /**
   * Where one scalar value stands.
   *
   * @param path the value's path: keys and list indexes, such as {@code [related, 0, title]}
   * @param firstLine the 1-based line of its key or dash
   * @param lastLine the 1-based last line of its value
   */
  public record ValueLines(List<Object> path, int firstLine, int lastLine) {
    /**
     * Returns the path as a JSON pointer, such as {@code /related/0/title}.
     *
     * @return the pointer
     */
    public String pointer() {
      StringBuilder pointer = new StringBuilder();
      for (Object step : path) {
        pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
      }
      return pointer.toString();
    }
  }
}
