/**
 * Applying revisions: the version table, the plan's steps run one revision per transaction under
 * the advisory lock, checksums of applied revisions, and the offline {@code --sql} output. Every
 * step's SQL is compiled before any runs, and remembered between runs for the file text and build.
 */
package io.wsmigrate.runtime;
