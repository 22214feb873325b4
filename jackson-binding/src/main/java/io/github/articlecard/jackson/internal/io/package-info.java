/**
 * Files: atomic replacement of a card file.
 */
@NullMarked
package io.github.articlecard.jackson.internal.io;

import org.jspecify.annotations.NullMarked;
