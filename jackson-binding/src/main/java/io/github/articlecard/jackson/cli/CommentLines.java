package io.github.articlecard.jackson.cli;

import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.text.CardSplitter;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The comments in a card's front matter, found with SnakeYAML's event parser with comment
 * processing on, so that a {@code #} inside a quoted or block value is not taken for one. Used by
 * {@code fmt}, whose house style has no place for comments.
 */
final class CommentLines {
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
    int firstLine = SourceText.of(text).line(layout.frontMatterStart());
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setNestingDepthLimit(Integer.MAX_VALUE);
    options.setCodePointLimit(Integer.MAX_VALUE);
    List<Comment> comments = new ArrayList<>();
    try {
      Parser parser = new ParserImpl(new StreamReader(layout.frontMatter()), options);
      while (!parser.checkEvent(Event.ID.StreamEnd)) {
        Event event = parser.getEvent();
        if (event instanceof CommentEvent comment && comment.getCommentType() != CommentType.BLANK_LINE) {
          Mark mark = comment.getStartMark();
          comments.add(new Comment(firstLine + mark.getLine(), mark.getColumn() + 1));
        }
      }
    } catch (YAMLException e) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(comments));
  }
}
