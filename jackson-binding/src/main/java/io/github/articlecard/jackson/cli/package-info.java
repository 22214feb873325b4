/**
 * The {@code articlecard} command-line tool ({@link io.github.articlecard.jackson.cli.Main}),
 * shipped as the {@code cli} classifier jar. Not part of the library API.
 */
@NullMarked
package io.github.articlecard.jackson.cli;

import org.jspecify.annotations.NullMarked;
