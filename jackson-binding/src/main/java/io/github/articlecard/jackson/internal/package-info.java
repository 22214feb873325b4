/**
 * Implementation of the card format: splitting ({@code CardSplitter}), parsing into a source map
 * ({@code FrontMatterParser}, {@code SourceNode}), binding ({@code CardBinder}, {@code CardTrees}),
 * patching ({@code FrontMatterPatcher}) and canonical emitting ({@code YamlEmitter},
 * {@code HouseStyle}). Not part of the API.
 */
@NullMarked
package io.github.articlecard.jackson.internal;

import org.jspecify.annotations.NullMarked;
