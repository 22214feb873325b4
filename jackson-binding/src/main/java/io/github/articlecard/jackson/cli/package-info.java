/**
 * The {@code articlecard} command-line tool ({@link io.github.articlecard.jackson.cli.Main}),
 * shipped as the {@code cli} classifier jar. Not part of the library API (the package is not
 * exported).
 *
 * <p>How a command line flows: {@code CardTool} reads the global options and picks a
 * {@code Command}, which parses its own options and operands (and holds its help);
 * {@code Inputs} turns operands into cards to read (standard input, files, folders through
 * {@code CardFileFinder}); the command classes ({@code CheckCommand}, {@code EditCommands} for
 * get/set/unset, {@code FormatCommand}, {@code JsonCommand}) do the work, following key paths
 * ({@code KeyPath}) through the front matter with {@code DataPaths}, which knows the model's keys
 * from {@code ModelKeys}; everything they report becomes a {@code Diagnostic}, built from the
 * fields of {@code CardException}, warnings and validation problems ({@code Findings}), and
 * {@code Output} prints it in the one shape {@code articlecard: FILE:LINE:COLUMN: message}.
 */
@NullMarked
package io.github.articlecard.jackson.cli;

import org.jspecify.annotations.NullMarked;
