package io.github.articlecard.jackson.internal.document;

/**
 * An edit's result: the new card text, read, and the step of the edit ladder that wrote it.
 *
 * @param card the card the edit gives (the very card edited when nothing changed)
 * @param step the step that wrote its front matter ({@link EditStep#TEXT_KEPT} when the front
 *     matter's text was kept as it is)
 */
public record Edited(ParsedCard card, EditStep step) {}
