/**
 * The pipelines a {@code CardDocument} runs: reading (split, then parse: {@code CardReader}),
 * binding to the model ({@code CardBinder}) and editing (merge, patch, verify: {@code CardEditor}).
 */
@NullMarked
package io.github.articlecard.jackson.internal.document;

import org.jspecify.annotations.NullMarked;
