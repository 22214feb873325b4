package io.github.articlecard.jackson.cli;

import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.text.CardSplitter;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.YamlProblem;
import io.github.articlecard.jackson.internal.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comments in a card's front matter, found by the YAML reader, so that a {@code #} inside a
 * quoted or block value is not taken for one. Used by {@code fmt}, whose house style has no place
 * for comments.
 */
final class CommentLines {
  /** The text has been read with the mapper's limits; these only keep the reader's stack bounded. */
  private static final ReadLimits READ = new ReadLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
      1_000, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
      Integer.MAX_VALUE, Integer.MAX_VALUE);

  private CommentLines() {}

  /**
   * Where a comment starts.
   *
   * @param line the 1-based line in the whole card text
   * @param column the 1-based column of its {@code #}
   */
  record Comment(int line, int column) {}

  /**
   * Returns the comments of a card text that reads, in order, or empty when the parser cannot say
   * (then the caller must assume there may be some).
   *
   * @param text a card text the mapper has read
   */
  static Optional<List<Comment>> of(String text) {
    CardLayout layout = CardSplitter.split(text);
    SourceText file = SourceText.of(text);
    int base = layout.frontMatterStart();
    List<Comment> comments = new ArrayList<>();
    try {
      for (int at : YamlReader.comments(layout.frontMatter(), READ)) {
        comments.add(new Comment(file.line(base + at), file.column(base + at)));
      }
    } catch (YamlProblem e) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(comments));
  }
}
