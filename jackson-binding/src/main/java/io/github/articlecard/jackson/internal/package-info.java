/**
 * The engine behind {@code CardMapper} and {@code CardDocument}; not part of the API. Its
 * sub-packages follow the flow of a card, and their dependencies point one way:
 *
 * <ol>
 *   <li>{@code text}: split a card text into BOM, delimiters, front matter and body; positions and
 *       quoted lines for errors; line geometry;
 *   <li>{@code yaml}: parse the front matter once into a source map (every node's span, style and
 *       anchor, and the comment and blank lines each entry and item owns) and its data; scalar
 *       resolution, limits; the emitter and style policies;
 *   <li>{@code bind}: the card model's shape, binding data to an {@code ArticleCard} and back, merging
 *       an edited card into the data it was read from; the house style;
 *   <li>{@code patch}: the smallest text edit that makes the source say new data: the width loop,
 *       one patch per node kind, the edit list;
 *   <li>{@code document}: the pipelines: read (split, parse), bind, edit (merge, patch, verify by
 *       re-reading);
 *   <li>{@code usertype}: the front matter as users' own types ({@code as}/{@code with}): Jackson
 *       binding on a tree that keeps each value's source form, and minimal edits back;
 *   <li>{@code io}: files: bounded reading, atomic replacement, folder walking;
 *   <li>{@code jackson3}: the model's JSON form ({@code bind.ModelJson}) on Jackson 3's tokens, for
 *       the Jackson 3 module; the only package that needs Jackson 3, which is optional.
 * </ol>
 *
 * <p>{@code text}, {@code yaml} and {@code patch} know no card model: they serve any front matter
 * ({@code EngineLayersTest} keeps it so).
 *
 * <p>Each room has unit tests of its own in the test package of the same name, one test class per
 * construct ({@code internal.usertype.TimeTextTest} for {@code TimeText}); the black-box suites of
 * the public API stand in {@code io.github.articlecard.jackson}.
 */
@NullMarked
package io.github.articlecard.jackson.internal;

import org.jspecify.annotations.NullMarked;
