package io.github.articlecard.jackson.internal.bind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;

/** Front matter YAML read as the data this package binds from. */
final class FrontMatterData {
  private FrontMatterData() {}

  static ObjectNode of(String yaml) {
    return CardReader.readFrontMatter(yaml, ReadLimits.DEFAULTS, SourceText.of(yaml), 0).data();
  }
}
