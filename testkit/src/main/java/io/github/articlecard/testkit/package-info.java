/**
 * Test support for article cards. Start from {@link io.github.articlecard.testkit.TestCards} for
 * fixtures and generators, and {@link io.github.articlecard.testkit.CardAssertions} for assertions.
 *
 * <pre>{@code
 * import static io.github.articlecard.testkit.CardAssertions.assertThat;
 *
 * assertThat(TestCards.seedText()).roundTripsUnchanged();
 * assertThat(TestCards.seedText())
 *     .afterEditing(card -> card.toBuilder().quality(60).build())
 *     .changesOnlyLines(12);
 * }</pre>
 */
@NullMarked
package io.github.articlecard.testkit;

import org.jspecify.annotations.NullMarked;
