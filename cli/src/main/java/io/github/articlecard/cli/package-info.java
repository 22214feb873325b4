/**
 * The {@code articlecard} command-line tool ({@link io.github.articlecard.cli.Main}), shipped as
 * the runnable jar {@code articlecard-cli-VERSION-all.jar}. It uses only the library's public API
 * ({@code io.github.articlecard.jackson}); nothing here is API (the module exports nothing).
 *
 * <p>How a command line flows: {@code CardTool} reads the global options and picks a
 * {@code Command}, which parses its own options and operands (and holds its help);
 * {@code Inputs} turns operands into cards to read (standard input, files, folders through
 * {@code CardFileFinder}); the command classes ({@code CheckCommand}, {@code EditCommands} for
 * get/set/unset/mv, {@code NewCommand} for new, {@code FormatCommand} for fmt and style,
 * {@code JsonCommand}) do the work, following key paths
 * ({@code KeyPath}: a {@code CardPath} that may count list indexes from the end) through the front
 * matter with {@code DataPaths}, which knows the model's keys from {@code ModelKeys} and puts new
 * keys where the mapper's {@code HouseStyle} orders them; everything
 * they report becomes a {@code Diagnostic}, built from the fields of {@code CardException},
 * warnings and validation problems ({@code Findings}), and {@code Output} prints it in the one
 * shape {@code articlecard: FILE:LINE:COLUMN: message}. {@code set}, {@code unset} and {@code mv}
 * take one PATH or, ended by {@code --}, several, and edit the cards of folders one by one, each
 * refusal at its card, with a summary; {@code --where} picks the cards by {@code Condition}s.
 * {@code set --dry-run}, {@code unset --dry-run} and {@code fmt --diff} print a unified diff
 * ({@code LineDiff}). {@code check} validates
 * each card by {@code CheckRules}: its options over the nearest {@code .articlecard.properties}
 * ({@code RulesFiles}), each problem a {@code RuleViolation} naming its rule and severity.
 */
@NullMarked
package io.github.articlecard.cli;

import org.jspecify.annotations.NullMarked;
