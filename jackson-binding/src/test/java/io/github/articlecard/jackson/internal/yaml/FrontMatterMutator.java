package io.github.articlecard.jackson.internal.yaml;

import java.util.Random;

/**
 * Damages front matter the ways YAML cares about, for the differential test: a character that
 * YAML reads as syntax inserted, a character deleted, a line duplicated, dropped, swapped with the
 * next or indented one or two spaces off, a space turned into a tab. Seeded: the same seed gives
 * the same texts.
 */
final class FrontMatterMutator {
  private static final String SYNTAX = " \n\t:-#'\"[]{},&*!|>?%@`\\0123456789abc.~";

  private final Random random;

  FrontMatterMutator(long seed) {
    this.random = new Random(seed);
  }

  /** Returns the text with one to three kinds of damage. */
  String mutate(String text) {
    String result = text;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count && !result.isEmpty(); i++) {
      result = once(result);
    }
    return result;
  }

  private String once(String text) {
    int at = random.nextInt(text.length());
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int lineEnd = text.indexOf('\n', at);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
    String line = text.substring(lineStart, lineEnd);
    switch (random.nextInt(8)) {
      case 0:
        return text.substring(0, at) + SYNTAX.charAt(random.nextInt(SYNTAX.length()))
            + text.substring(at);
      case 1:
        return text.substring(0, at) + text.substring(at + 1);
      case 2:
        return text.substring(0, lineEnd) + line + text.substring(lineEnd);
      case 3:
        return text.substring(0, lineStart) + text.substring(lineEnd);
      case 4:
        int nextEnd = text.indexOf('\n', lineEnd);
        if (lineEnd >= text.length() || nextEnd < 0) {
          return text;
        }
        return text.substring(0, lineStart) + text.substring(lineEnd, nextEnd + 1) + line
            + text.substring(nextEnd + 1);
      case 5:
        return text.substring(0, lineStart) + (random.nextBoolean() ? " " : "  ") + text.substring(lineStart);
      case 6:
        return line.startsWith(" ") ? text.substring(0, lineStart) + text.substring(lineStart + 1)
            : text;
      default:
        int space = text.indexOf(' ', at);
        return space < 0 ? text : text.substring(0, space) + "\t" + text.substring(space + 1);
    }
  }
}
