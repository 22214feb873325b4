package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceNode;
import java.util.Objects;

/** Front matter texts read as this package's classes take them: parsed cards and their nodes. */
final class FrontMatters {
  private static final CardReader READER = new CardReader(ReadLimits.DEFAULTS);

  private FrontMatters() {}

  /** Reads a whole card text. */
  static ParsedCard read(String text) {
    return READER.read(text);
  }

  /** Reads a card whose front matter is the given YAML lines (each ending in a line break). */
  static ParsedCard card(String frontMatter) {
    return READER.read("---\n" + frontMatter + "---\n");
  }

  /** Returns the node of a top-level key, aliases resolved. */
  static SourceNode node(ParsedCard card, String key) {
    SourceNode.Entry entry = Objects.requireNonNull(card.source().root()).entry(key);
    assertThat(entry).as(key).isNotNull();
    return Objects.requireNonNull(ValueMerge.resolved(entry.value()));
  }

  /** Returns the scalar of the only key of a one-line front matter such as {@code price: 1.50}. */
  static SourceNode.Scalar scalar(String line) {
    ParsedCard card = card(line + "\n");
    return (SourceNode.Scalar) node(card, card.source().data().fieldNames().next());
  }
}
