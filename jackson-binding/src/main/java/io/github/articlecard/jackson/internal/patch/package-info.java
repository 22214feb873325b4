/**
 * The minimal text patch: turns a change of front matter data into the smallest text edit of the
 * source that reads as the new data, widening step by step when a narrow edit cannot be verified.
 * Knows nothing of the card model; the style of new text comes from a {@code StylePolicy}.
 */
@NullMarked
package io.github.articlecard.jackson.internal.patch;

import org.jspecify.annotations.NullMarked;
