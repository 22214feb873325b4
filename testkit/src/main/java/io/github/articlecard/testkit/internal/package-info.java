/** Implementation of the testkit's generators; not part of the API. */
@NullMarked
package io.github.articlecard.testkit.internal;

import org.jspecify.annotations.NullMarked;
