/**
 * Files and streams: bounded reading of files (regular files only), streams and readers
 * ({@code BoundedInput}); folder walking that reports unreadable folders and goes on
 * ({@code FolderWalker}); atomic replacement that keeps permissions, owner and links
 * ({@code FileReplacer}); strict UTF-8 encoding of what is written ({@code StrictUtf8}); the words
 * for I/O problems ({@code IoProblems}).
 */
@NullMarked
package io.github.articlecard.jackson.internal.io;

import org.jspecify.annotations.NullMarked;
