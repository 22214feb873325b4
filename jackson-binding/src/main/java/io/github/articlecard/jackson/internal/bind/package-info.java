/**
 * The article model's shape: how each key of a card is read from front matter data, written
 * back and merged into the data it came from ({@code CardShapes}, {@code Shape}, {@code Codec}), and
 * the card format's house style ({@code HouseStyle}).
 */
@NullMarked
package io.github.articlecard.jackson.internal.bind;

import org.jspecify.annotations.NullMarked;
