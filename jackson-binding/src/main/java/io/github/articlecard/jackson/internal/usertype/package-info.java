/**
 * Front matter as users' own types: binding through an {@code ObjectMapper} ({@code UserTypes}),
 * what a type reads ({@code ReadModel}), minimal edits through an edited value
 * ({@code ValueMerge}, {@code ScalarForms}, {@code TimeText}), binding errors positioned in the
 * text ({@code BindingErrors}) and the default mapper's space-separated date-times
 * ({@code JekyllDates}).
 */
@NullMarked
package io.github.articlecard.jackson.internal.usertype;

import org.jspecify.annotations.NullMarked;
