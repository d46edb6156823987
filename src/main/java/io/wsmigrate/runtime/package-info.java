/**
 * Applying revisions: the version table, the plan's steps run one revision per transaction under
 * the advisory lock, checksums of applied revisions, and the offline {@code --sql} output.
 */
package io.wsmigrate.runtime;
