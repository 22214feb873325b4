/**
 * Files and streams: bounded reading of files (regular files only), streams and readers
 * ({@code BoundedInput}); opening a path that must be a regular file so that nothing swapped in
 * for it is read or blocks the open ({@code RegularFileOpener}), with opens run on helper threads
 * that release a FIFO in the way ({@code GuardedOpen}); folder walking that reports unreadable
 * folders and goes on ({@code FolderWalker}); atomic replacement that keeps permissions, owner,
 * extended attributes, ACLs and links ({@code FileReplacer}), its temporary file in a private
 * staging folder until the rename ({@code StagingFolder}), checking what it kept
 * ({@code KeptAttributes}); test hooks before each stage ({@code StageHook}); strict UTF-8 encoding
 * of what is written ({@code StrictUtf8}); the words for I/O problems ({@code IoProblems}).
 */
@NullMarked
package io.github.articlecard.jackson.internal.io;

import org.jspecify.annotations.NullMarked;
