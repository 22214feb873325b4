/**
 * Card text, before any YAML: splitting a card into its parts ({@code CardSplitter},
 * {@code CardLayout}), strict UTF-8 decoding, line and column positions with the quoted line for
 * error messages ({@code SourceText}), line geometry ({@code Lines}: line starts and ends,
 * indentation, blank and comment lines), the equal ends of two sequences ({@code CommonEnds}) and
 * which items of two lists are the same item ({@code ListAlignment}). Knows nothing of YAML or of
 * the card model.
 */
@NullMarked
package io.github.articlecard.jackson.internal.text;

import org.jspecify.annotations.NullMarked;
