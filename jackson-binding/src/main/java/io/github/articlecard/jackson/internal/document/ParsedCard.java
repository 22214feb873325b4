package io.github.articlecard.jackson.internal.document;

import io.github.articlecard.jackson.internal.text.CardLayout;
import io.github.articlecard.jackson.internal.yaml.SourceMap;

/**
 * A card text read once: where its parts are, and its front matter's source map and data.
 *
 * @param layout the parts of the text
 * @param source the parsed front matter
 */
public record ParsedCard(CardLayout layout, SourceMap source) {}
