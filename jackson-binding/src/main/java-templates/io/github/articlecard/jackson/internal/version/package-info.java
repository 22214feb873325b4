/** The artifact's version, generated from the build. Not part of the API. */
@NullMarked
package io.github.articlecard.jackson.internal.version;

import org.jspecify.annotations.NullMarked;
