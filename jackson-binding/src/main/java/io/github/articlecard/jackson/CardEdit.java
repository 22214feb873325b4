package io.github.articlecard.jackson;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link CardMapper#edit(Path, java.util.function.UnaryOperator) CardMapper.edit} did to one
 * file: the document it read, the document the edit gave, and whether the file was written.
 *
 * <pre>{@code
 * CardEdit edit = mapper.edit(path, card -> card.toBuilder().addTopic("AI").build());
 * if (edit.changed()) {
 *   System.out.println("updated " + edit.path());
 * }
 * }</pre>
 *
 * @param path the file
 * @param before the document as read
 * @param after the document as edited: {@code before} itself when the edit changed nothing
 */
public record CardEdit(Path path, CardDocument before, CardDocument after) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public CardEdit {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Tells whether the edit changed the text, and so whether the file was written.
   *
   * @return true when the file now holds {@code after}'s text
   */
  public boolean changed() {
    return !before.text().equals(after.text());
  }
}
